import { CancelOrderDocument, OrderChangesDocument } from '../../schema/generated/graphql';
import { ProviderKey } from '../../src/providers';
import { gql } from '../support/graphql';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/sandbox';

/** One ordergraph with DATABASE_URL, its pollers on: a change made through the API comes back in the feed. */
describe('the change feed of a running ordergraph', () => {
  let testDb: TestDatabase | null;
  let app: TestApp;

  beforeAll(async () => {
    testDb = await createTestDatabase('change feed app');
    if (!testDb) return;
    app = await startTestApp({
      seed: 6,
      env: {
        DATABASE_URL: testDb.url,
        CHANGE_POLLING: 'true',
        CHANGE_POLL_INTERVAL_MS: '100',
        CHANGE_LEASE_MS: '3000',
        OCTOPI_CHANGE_POLL_BUDGET: '3',
        OCTOPI_CHANGE_POLL_INTERVAL_MS: '150',
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await testDb?.drop();
  });
  const run = (name: string, test: () => Promise<void>) => it(name, async () => (testDb ? test() : undefined), 30_000);

  run('shows each vendor poll settings and leadership in /metrics, the per-vendor settings winning over the defaults', async () => {
    await waitFor(async () => (await metric(app, 'ordergraph_change_poller_leader')).filter((line) => line.endsWith(' 1')).length === 5);
    const settings = await metric(app, 'ordergraph_change_poll_setting');
    expect(settings).toContain('ordergraph_change_poll_setting{provider="OCTOPI",setting="budget_calls"} 3');
    expect(settings).toContain('ordergraph_change_poll_setting{provider="OCTOPI",setting="interval_seconds"} 0.15');
    expect(settings).toContain('ordergraph_change_poll_setting{provider="VU",setting="interval_seconds"} 0.1');
    expect(settings).toContain('ordergraph_change_poll_setting{provider="SITOO",setting="lease_seconds"} 3');
  });

  run('appends a cancellation made at the vendor to orderChanges, with the status it came from', async () => {
    // The baseline pass of each vendor is done once its first cycles committed.
    await waitFor(async () => (await metric(app, 'ordergraph_change_poll_cycles_total')).filter((line) => line.includes('outcome="committed"')).length === 5);
    const target = await firstCancellable(app);
    const cancelled = await gql(app.url, CancelOrderDocument, { id: target, reason: 'feed test' });
    expect(cancelled.errors).toBeUndefined();
    let changes: Array<{ kind: string; orderId: string; previousStatus?: string | null }> = [];
    await waitFor(async () => {
      const page = await gql(app.url, OrderChangesDocument, { filter: { orderIds: [target] } });
      changes = page.data!.orderChanges.edges.map((e) => e.node);
      return changes.length > 0;
    });
    expect(changes).toEqual([expect.objectContaining({ kind: 'CANCELLED', orderId: target })]);
    expect(changes[0].previousStatus).not.toBe('CANCELLED');
  });
});

async function firstCancellable(app: TestApp): Promise<string> {
  const page = await app.registry.get(ProviderKey.OCTOPI).listOrders({ direction: 'ASC', limit: 50, position: null, filter: {} });
  return page.orders.find((order) => order.status === 'PENDING')!.id;
}

async function metric(app: TestApp, name: string): Promise<string[]> {
  const text = await (await fetch(`${app.url}/metrics`)).text();
  return text.split('\n').filter((line) => line.startsWith(`${name}{`));
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
