import { print } from 'graphql';
import { ListOrdersDocument, OrderFieldsFragmentDoc } from '../../schema/generated/graphql';
import type { LoggedRequest } from '../../src/sandbox/emulator';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

/** Every nested field of every order, as a frontend showing full orders would ask. */
const FULL_PAGE = `
  query FullPage($first: Int!, $after: String) {
    orders(first: $first, after: $after) { edges { cursor node { ...OrderFields raw } } pageInfo { hasNextPage endCursor } }
  }
  ${print(OrderFieldsFragmentDoc)}
`;

interface Page {
  orders: { edges: Array<{ node: { id: string; provider: string; createdAt: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const SEED = 220; // per provider: more than 1,000 orders across five providers

describe('one list over every provider', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: SEED, env: { PROVIDER_TIMEOUT_MS: '3000', PROVIDER_RETRIES: '0', RESPONSE_CACHE_TTL_SECONDS: '0' } });
  }, 60000);
  afterAll(() => app.close());
  afterEach(() => {
    for (const sandbox of app.sandboxes.values()) sandbox.server.clearFaults();
  });

  async function pageThrough(first: number, orderBy: 'NEWEST_FIRST' | 'OLDEST_FIRST') {
    const nodes: Page['orders']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 5000; guard += 1) {
      const page: Awaited<ReturnType<typeof gql<Page, object>>> = await gql(app.url, ListOrdersDocument, { first, after, orderBy });
      expect(page.errors).toBeUndefined();
      nodes.push(...page.data!.orders.edges.map((e) => e.node));
      if (!page.data!.orders.pageInfo.hasNextPage) break;
      after = page.data!.orders.pageInfo.endCursor!;
    }
    return nodes;
  }

  it.each([
    [13, 'NEWEST_FIRST'],
    [100, 'NEWEST_FIRST'],
    [500, 'OLDEST_FIRST'],
  ] as const)(
    'returns each order exactly once, in order, paging %i at a time (%s)',
    async (first, orderBy) => {
      const nodes = await pageThrough(first, orderBy);
      expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
      const times = nodes.map((n) => Date.parse(n.createdAt));
      expect(times).toEqual([...times].sort((a, b) => (orderBy === 'NEWEST_FIRST' ? b - a : a - b)));
      const perProvider: Record<string, number> = {};
      for (const node of nodes) perProvider[node.provider] = (perProvider[node.provider] ?? 0) + 1;
      for (const key of app.registry.keys()) expect(perProvider[key]).toBeGreaterThanOrEqual(SEED);
      expect(nodes.length).toBeGreaterThanOrEqual(SEED * app.registry.keys().length);
    },
    120000,
  );

  it('costs no more upstream calls than providers plus the pages their page-size limits force', async () => {
    for (const sandbox of app.sandboxes.values()) sandbox.server.clearLog();
    const page = await gql<Page, { first: number }>(app.url, FULL_PAGE, { first: 100 });
    expect(page.errors).toBeUndefined();
    expect(page.data!.orders.edges).toHaveLength(100);
    for (const provider of app.registry.all()) {
      const pagesForced = Math.ceil(100 / provider.capabilities.maxPageSize);
      const calls = app.emulator(provider.key).log.length;
      // Named in the failure message: which provider made how many calls.
      expect(`${provider.key}: ${calls <= pagesForced + 1 ? 'within' : 'over'} (${calls} calls)`).toBe(`${provider.key}: within (${calls} calls)`);
    }
  });

  it('calls the providers in parallel: their requests of one page overlap in time', async () => {
    for (const sandbox of app.sandboxes.values()) {
      sandbox.server.clearLog();
      sandbox.server.setFaults({ latencyMs: 150 });
    }
    await gql(app.url, ListOrdersDocument, { first: 5 });
    const firstCalls: LoggedRequest[] = [...app.sandboxes.values()].map((s) => s.server.log[0]);
    const latestStart = Math.max(...firstCalls.map((c) => c.startedAt));
    const earliestEnd = Math.min(...firstCalls.map((c) => c.endedAt!));
    expect(latestStart).toBeLessThan(earliestEnd);
  });

  describe.each([
    ['answers 500', { status: 500 }],
    ['times out', { hang: true }],
    ['drops the connection', { drop: true }],
  ])('when one provider %s', (_name, fault) => {
    it("returns the other providers' orders and one PROVIDER_UNAVAILABLE error naming it", async () => {
      const [failing] = app.registry.keys();
      app.emulator(failing).setFaults(fault);
      const page = await gql(app.url, ListOrdersDocument, { first: 50 });
      expect(page.data!.orders.edges.length).toBe(50);
      expect(page.data!.orders.edges.every((e) => e.node.provider !== failing)).toBe(true);
      expect(page.errors).toHaveLength(1);
      expect(page.errors![0].extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: failing });
      expect(page.data!.orders.pageInfo.hasNextPage).toBe(true);

      // Its orders are not skipped: once it is back, the next pages bring them.
      app.emulator(failing).clearFaults();
      let after = page.data!.orders.pageInfo.endCursor;
      const later: string[] = [];
      while (after) {
        const next = await gql(app.url, ListOrdersDocument, { first: 500, after });
        later.push(...next.data!.orders.edges.filter((e) => e.node.provider === failing).map((e) => e.node.id));
        after = next.data!.orders.pageInfo.hasNextPage ? next.data!.orders.pageInfo.endCursor : null;
      }
      expect(later.length).toBeGreaterThanOrEqual(SEED);
    }, 60000);
  });

  it('keeps paging correct while new orders arrive', async () => {
    const first = await gql(app.url, ListOrdersDocument, { first: 50 });
    const seen = new Set(first.data!.orders.edges.map((e) => e.node.id));
    let after = first.data!.orders.pageInfo.endCursor;
    // New orders created upstream after the first page.
    await gql(
      app.url,
      `mutation { createOctopiServiceOrder(input: { orderNumber: "ARRIVING-${Date.now()}", cargoType: CONTAINER, containerIds: [4337700], serviceIds: ["cleaning"] }) { id } }`,
    );
    let total = seen.size;
    while (after) {
      const next = await gql(app.url, ListOrdersDocument, { first: 500, after });
      for (const edge of next.data!.orders.edges) {
        expect(seen.has(edge.node.id)).toBe(false);
        seen.add(edge.node.id);
      }
      total += next.data!.orders.edges.length;
      after = next.data!.orders.pageInfo.hasNextPage ? next.data!.orders.pageInfo.endCursor : null;
    }
    expect(total).toBeGreaterThanOrEqual(SEED * app.registry.keys().length);
  }, 60000);
});
