import { loadConfig } from '../../src/config';
import type { ListPage, OrderProvider, ProviderPosition } from '../../src/core/provider';
import { providerModules } from '../../src/providers';
import { sandboxModules, type SandboxHandle } from '../../src/sandbox';

/**
 * SOGET answers at most 50 orders a search. A page of more (the merge asks each vendor for its
 * share of a 500-order page) is several searches of the same window at consecutive offsets,
 * sent together rather than one after another, counted at the emulator.
 */
describe("SOGET S'mouv pages larger than one search", () => {
  let sandbox: SandboxHandle;
  let provider: OrderProvider;
  const searches = () => sandbox.server.log.filter((r) => r.method === 'GET' && !r.path.includes('token'));

  beforeAll(async () => {
    const module = providerModules.find((m) => m.key === 'SOGET')!;
    sandbox = await sandboxModules.find((s) => s.key === 'SOGET')!.start({ seed: 160 });
    const config = loadConfig([module], sandbox.env);
    provider = module.create(config.providerSettings.get(module.key), { timeoutMs: 5000, onCall: () => undefined });
    await provider.ping(); // the token is fetched here, once
  });
  afterAll(() => sandbox.close());

  const pageThrough = async (direction: 'ASC' | 'DESC', limit: number) => {
    const seen: string[] = [];
    let position: ProviderPosition | null = null;
    for (let guard = 0; guard < 100; guard += 1) {
      const page: ListPage = await provider.listOrders({ direction, limit, position, filter: {} });
      seen.push(...page.orders.map((o) => o.providerId));
      if (!page.hasMore || page.orders.length === 0) break;
      position = page.positionAfter(page.orders.length - 1);
    }
    return seen;
  };

  it.each(['DESC', 'ASC'] as const)('reads 130 orders (%s) as three searches of 44, 43 and 43 at consecutive offsets, sent together', async (direction) => {
    const oneSearchAPage = (await pageThrough(direction, 50)).slice(0, 130);
    sandbox.server.clearLog();
    sandbox.server.setFaults({ latencyMs: 40 });
    let page: ListPage;
    try {
      page = await provider.listOrders({ direction, limit: 130, position: null, filter: {} });
    } finally {
      sandbox.server.clearFaults();
    }
    expect(page.orders.map((o) => o.providerId)).toEqual(oneSearchAPage);
    expect(page.upstreamCalls).toBe(3);
    const calls = searches();
    expect(calls.map((c) => new URLSearchParams(c.query)).map((q) => [q.get('offset'), q.get('limit')])).toEqual([
      ['0', '44'],
      ['44', '43'],
      ['87', '43'],
    ]);
    // Together: every search started before the first answer came back.
    const firstAnswer = Math.min(...calls.map((c) => c.endedAt!));
    expect(calls.every((c) => c.startedAt < firstAnswer)).toBe(true);
  });

  it.each(['DESC', 'ASC'] as const)(
    'walks every order exactly once with pages of 500 (%s), the last window ending at the first short search',
    async (direction) => {
      const walked = await pageThrough(direction, 500);
      expect(walked).toEqual(await pageThrough(direction, 50));
      expect(new Set(walked).size).toBe(walked.length);
      expect(walked.length).toBeGreaterThanOrEqual(160);
    },
  );
});
