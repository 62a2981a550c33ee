import { OrderChangesDocument } from '../../schema/generated/graphql';
import { OrderChangeKind } from '../../src/changes/kinds';
import { appendChanges, PostgresChangeLog } from '../../src/changes/postgres-log';
import { ProviderKey } from '../../src/providers';
import { OrderStatus } from '../../src/model/enums';
import { mapOctopiOrder } from '../../src/providers/octopi/mapper';
import { migrate, type Database } from '../../src/state/database';
import { embeddedDatabase } from '../../src/state/pglite';
import { gql } from '../support/graphql';
import { OCTOPI_DOCUMENTED_ORDER } from '../fixtures/octopi';
import { startTestApp, type TestApp } from '../support/sandbox';

describe('the change log on the embedded PostgreSQL (PGlite)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await embeddedDatabase();
    await migrate(db);
  }, 60_000);
  afterAll(() => db.close());

  it('runs the migrations, appends in one transaction, reads back in order and announces the append', async () => {
    const log = new PostgresChangeLog(db);
    const order = mapOctopiOrder(OCTOPI_DOCUMENTED_ORDER);
    const heard: number[] = [];
    const stop = log.onAppended((latest) => heard.push(latest));
    const change = {
      provider: ProviderKey.OCTOPI,
      orderId: order.id,
      kind: OrderChangeKind.STATUS_CHANGED,
      previousStatus: OrderStatus.PENDING,
      changedFields: ['status' as const],
      detectedAt: new Date(),
      order,
    };
    const written = await db.transaction((tx) => appendChanges(tx, [change, { ...change, kind: OrderChangeKind.CANCELLED }]));
    expect(written.map((r) => r.sequence)).toEqual([1, 2]);
    expect(await log.read({ afterSequence: 0, limit: 10 })).toEqual(written);
    expect(await log.read({ afterSequence: 0, limit: 10, filter: { kinds: [OrderChangeKind.CANCELLED] } })).toEqual([written[1]]);
    expect(await log.latestSequence()).toBe(2);
    for (let i = 0; i < 100 && !heard.includes(2); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toContain(2);
    stop();
    await log.close();
  });
});

describe('the sandbox without DATABASE_URL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 30, env: { CHANGE_FEED: 'auto', CHANGE_POLLING: 'true', CHANGE_POLL_INTERVAL_MS: '100' } });
  }, 60_000);
  afterAll(() => app.close());

  it('serves the change feed on the embedded PostgreSQL: orders changed at the vendors show in orderChanges', async () => {
    expect(app.database).toBeUndefined();
    // Each vendor's baseline first, then changes at every vendor.
    const baselined = async () => (await app.changes!.latestSequence()) === 0 && app.pollers.every((p) => p.leader);
    for (let i = 0; i < 300 && !(await baselined()); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const moved = (await (await fetch(`${app.url}/_sandbox/change-orders?count=2`, { method: 'POST' })).json()) as {
      changed: Record<string, Array<{ id: string }>>;
    };
    const providers = Object.entries(moved.changed)
      .filter(([, changes]) => changes.length > 0)
      .map(([key]) => key)
      .sort();
    let seen: string[] = [];
    for (let i = 0; i < 300; i += 1) {
      const page = await gql(app.url, OrderChangesDocument, { first: 100 });
      seen = [...new Set(page.data!.orderChanges.edges.map((e) => e.node.provider as string))].sort();
      if (seen.length === providers.length) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(seen).toEqual(providers);
  }, 60_000);
});
