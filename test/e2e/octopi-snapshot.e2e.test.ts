import { octopi } from '../../src/providers/octopi';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

const PAGE = `query ($after: String) { orders(first: 10, after: $after, orderBy: OLDEST_FIRST) { edges { node { id orderNumber } } pageInfo { hasNextPage endCursor } } }`;
interface Page {
  orders: { edges: Array<{ node: { id: string; orderNumber: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

async function walk(app: TestApp, between?: (n: number) => Promise<void>): Promise<string[]> {
  const numbers: string[] = [];
  let after: string | null = null;
  for (let n = 1; n < 100; n += 1) {
    const page: Awaited<ReturnType<typeof gql<Page, object>>> = await gql(app.url, PAGE, { after });
    expect(page.errors).toBeUndefined();
    numbers.push(...page.data!.orders.edges.map((e) => e.node.orderNumber));
    if (!page.data!.orders.pageInfo.hasNextPage) break;
    after = page.data!.orders.pageInfo.endCursor;
    await between?.(n);
  }
  return numbers;
}

const lists = (app: TestApp) => app.emulator('OCTOPI').log.filter((r) => r.method === 'GET' && /^\/api\/v1\/service_orders(\.json)?$/.test(r.path));

/** Adds an order at the emulator, behind ordergraph's back. */
async function createUpstream(app: TestApp, orderNumber: string) {
  const response = await fetch(`${app.emulator('OCTOPI').url}/api/v1/service_orders`, {
    method: 'POST',
    headers: { Authorization: 'Token token=sandbox-octopi-token', 'content-type': 'application/json' },
    body: JSON.stringify({ service_order: { order_number: orderNumber, cargo_type: 'container', container_ids: [4337700], service_ids: ['cleaning'] } }),
  });
  expect(response.status).toBeLessThan(300);
}

describe("Octopi's whole list, read once per export", () => {
  describe('within the snapshot lifetime', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ modules: [octopi], seed: 35, env: { OCTOPI_SNAPSHOT_TTL_MS: '600000' } });
    }, 60000);
    afterAll(() => app.close());

    it('pages through every order with one read of the list', async () => {
      app.emulator('OCTOPI').clearLog();
      const numbers = await walk(app);
      expect(numbers.length).toBeGreaterThanOrEqual(35);
      expect(new Set(numbers).size).toBe(numbers.length);
      expect(lists(app)).toHaveLength(1);
    });

    it('reads its own writes: a create through ordergraph drops the snapshot', async () => {
      await walk(app);
      const created = await gql<{ createOctopiServiceOrder: { orderNumber: string } }, object>(
        app.url,
        `mutation { createOctopiServiceOrder(input: { orderNumber: "SNAPSHOT-${Date.now()}", cargoType: CONTAINER, containerIds: [4337700], serviceIds: ["cleaning"] }) { orderNumber } }`,
      );
      expect(created.errors).toBeUndefined();
      expect(await walk(app)).toContain(created.data!.createOctopiServiceOrder.orderNumber);
    });
  });

  describe('after the lifetime', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ modules: [octopi], seed: 25, env: { OCTOPI_SNAPSHOT_TTL_MS: '0' } });
    }, 60000);
    afterAll(() => app.close());

    it('revalidates with If-None-Match, and Octopi answers 304 while the list is unchanged', async () => {
      app.emulator('OCTOPI').clearLog();
      await walk(app);
      const calls = lists(app);
      expect(calls.length).toBeGreaterThan(1);
      expect(calls[0].headers['if-none-match']).toBeUndefined();
      for (const call of calls.slice(1)) {
        expect(call.headers['if-none-match']).toMatch(/^W\/"[0-9a-f]{32}"$/);
        expect(call.status).toBe(304);
      }
    });

    it('shows an order created upstream during a walk, at its end', async () => {
      const number = `UPSTREAM-${Date.now()}`;
      const numbers = await walk(app, async (n) => {
        if (n === 1) await createUpstream(app, number);
      });
      expect(numbers[numbers.length - 1]).toBe(number);
      expect(new Set(numbers).size).toBe(numbers.length);
    });
  });

  describe('past the lifetime, within the stale window', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ modules: [octopi], seed: 25, env: { OCTOPI_SNAPSHOT_TTL_MS: '100', OCTOPI_SNAPSHOT_STALE_MS: '600000' } });
    }, 60000);
    afterAll(() => app.close());

    it("answers a page from the list held while Octopi's conditional GET is still under way, and uses its answer next", async () => {
      const first = await gql<Page, object>(app.url, PAGE, { after: null });
      expect(first.errors).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 150));
      // Octopi now takes 400 ms to answer: the check goes out, and the page does not wait for it.
      app.emulator('OCTOPI').setFaults({ latencyMs: 400 });
      app.emulator('OCTOPI').clearLog();
      const number = `STALE-${Date.now()}`;
      await createUpstream(app, number);
      const second = await gql<Page, object>(app.url, PAGE, { after: first.data!.orders.pageInfo.endCursor });
      const answeredAt = performance.now();
      expect(second.errors).toBeUndefined();
      const [check] = lists(app);
      expect(check.headers['if-none-match']).toMatch(/^W\/"[0-9a-f]{32}"$/);
      expect(check.endedAt === null || check.endedAt > answeredAt).toBe(true);
      app.emulator('OCTOPI').setFaults({ latencyMs: 0 });
      // Once the check's answer (a 200: an order was created) is in, walks show that order at their end.
      let rest: string[] = [];
      for (let tries = 0; tries < 50 && rest[rest.length - 1] !== number; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        rest = await walk(app);
      }
      expect(rest[rest.length - 1]).toBe(number);
    });
  });
});
