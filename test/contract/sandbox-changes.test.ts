import { loadConfig } from '../../src/config';
import { providerModules } from '../../src/providers';
import { sandboxModules, type SandboxHandle } from '../../src/sandbox';
import { startTestApp, type TestApp } from '../support/sandbox';

/** Orders changing "at the vendor" in the sandbox, seen through each provider's own client. */
describe.each(providerModules.map((module) => [module.key, module] as const))('orders changing at the %s emulator', (key, module) => {
  let sandbox: SandboxHandle;
  beforeAll(async () => {
    sandbox = await sandboxModules.find((s) => s.key === key)!.start({ seed: 80 });
  });
  afterAll(() => sandbox.close());

  it('moves distinct orders on, and the provider reads each as changed', async () => {
    const provider = module.create(loadConfig([module], { ...sandbox.env, OCTOPI_SNAPSHOT_TTL_MS: '0' }).providerSettings.get(module.key), {
      timeoutMs: 3000,
      onCall: () => undefined,
    });
    const ids = (moved: Array<{ id: string }>) => moved.map((m) => m.id);
    const all = async () => {
      const orders = [];
      let position = null;
      for (;;) {
        const page: Awaited<ReturnType<typeof provider.listOrders>> = await provider.listOrders({ direction: 'ASC', limit: 100, position, filter: {} });
        orders.push(...page.orders);
        if (!page.hasMore || page.orders.length === 0) return orders;
        position = page.positionAfter(page.orders.length - 1);
      }
    };
    const before = new Map((await all()).map((o) => [o.providerId, JSON.stringify({ ...o, raw: undefined })]));
    const moved = sandbox.changeOrders(5);
    // Five, or as many as are still open at the vendor.
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.length).toBeLessThanOrEqual(5);
    expect(new Set(ids(moved)).size).toBe(moved.length);
    const after = await all();
    for (const id of ids(moved)) {
      const order = after.find((o) => o.providerId === id);
      expect(order).toBeDefined();
      expect(JSON.stringify({ ...order, raw: undefined })).not.toBe(before.get(id));
    }
  });
});

describe('sandbox order changes through ordergraph', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 80 });
  });
  afterAll(() => app.close());

  it('changes orders at every vendor on POST /_sandbox/change-orders, or at the one named', async () => {
    const every = (await (await fetch(`${app.url}/_sandbox/change-orders?count=2`, { method: 'POST' })).json()) as { changed: Record<string, unknown[]> };
    expect(Object.keys(every.changed).sort()).toEqual(['OCTOPI', 'SHIPWELL', 'SITOO', 'SOGET', 'VU']);
    for (const moved of Object.values(every.changed)) expect(moved).toHaveLength(2);
    const one = (await (await fetch(`${app.url}/_sandbox/change-orders?count=1&vendor=vu`, { method: 'POST' })).json()) as {
      changed: Record<string, unknown[]>;
    };
    expect(Object.keys(one.changed)).toEqual(['VU']);
    const refused = await fetch(`${app.url}/_sandbox/change-orders?count=1000`, { method: 'POST' });
    expect(refused.status).toBe(400);
  });
});

describe('sandbox orders changing by themselves', () => {
  it('moves orders on over time when SANDBOX_CHANGES_PER_MINUTE is set, and not at all when it is 0', async () => {
    const quiet = await startTestApp({ seed: 40 });
    const busy = await startTestApp({ seed: 40, env: { SANDBOX_CHANGES_PER_MINUTE: '3000' } });
    try {
      const snapshot = (app: TestApp) =>
        Promise.all(
          app.registry
            .all()
            .map(async (p) =>
              JSON.stringify((await p.listOrders({ direction: 'ASC', limit: 100, position: null, filter: {} })).orders.map((o) => ({ ...o, raw: undefined }))),
            ),
        );
      const [quietBefore, busyBefore] = await Promise.all([snapshot(quiet), snapshot(busy)]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await snapshot(quiet)).toEqual(quietBefore);
      expect(await snapshot(busy)).not.toEqual(busyBefore);
    } finally {
      await quiet.close();
      await busy.close();
    }
  });
});
