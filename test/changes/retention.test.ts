import { OrderChangesDocument } from '../../schema/generated/graphql';
import { OrderChangeKind } from '../../src/changes/kinds';
import { appendChanges, PostgresChangeLog, type NewOrderChange } from '../../src/changes/postgres-log';
import { FeedRetention, retentionHorizon } from '../../src/changes/retention';
import { ProviderKey } from '../../src/providers';
import { OrderStatus } from '../../src/model/enums';
import type { Order } from '../../src/model/order';
import type { Database } from '../../src/state/database';
import { gql } from '../support/graphql';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/sandbox';

const HOUR = 3_600_000;
const settings = { changesHours: 48, webhookLogHours: 24, intervalMs: 60_000 };

/**
 * Retention of the change feed and of the webhook delivery log, on real PostgreSQL: changes
 * detected before the retention are pruned by the replica holding the lease, and a cursor into
 * what was pruned is refused, never read on from the oldest change kept.
 */
describe('retention of the change feed', () => {
  let testDb: TestDatabase | null;
  let app: TestApp;
  let db: Database;
  let order: Order;
  /** Sequences of the changes appended 100 hours ago and now. */
  let old: number[] = [];
  let recent: number[] = [];

  const append = async (count: number, detectedAt: Date) => {
    const changes: NewOrderChange[] = Array.from({ length: count }, () => ({
      provider: ProviderKey.OCTOPI,
      orderId: order.id,
      kind: OrderChangeKind.STATUS_CHANGED,
      previousStatus: OrderStatus.PENDING,
      changedFields: ['status'],
      detectedAt,
      order,
    }));
    return (await db.transaction((tx) => appendChanges(tx, changes))).map((r) => r.sequence);
  };

  beforeAll(async () => {
    testDb = await createTestDatabase('feed retention');
    if (!testDb) return;
    // No pruner of its own (CHANGE_POLLING off): the test runs them.
    app = await startTestApp({ seed: 2, env: { DATABASE_URL: testDb.url } });
    db = app.database!;
    order = (await app.registry.get(ProviderKey.OCTOPI).listOrders({ direction: 'ASC', limit: 1, position: null, filter: {} })).orders[0];
    old = await append(6, new Date(Date.now() - 100 * HOUR));
    recent = await append(3, new Date());
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await testDb?.drop();
  });
  const run = (name: string, test: () => Promise<void>) => it(name, async () => (testDb ? test() : undefined), 60_000);

  run('prunes the changes detected before the retention, on the one replica holding the lease, and moves the horizon to the last of them', async () => {
    const first = new FeedRetention(db, settings, 'replica-a');
    const second = new FeedRetention(db, settings, 'replica-b');
    expect(await first.runOnce()).toEqual({ changes: old.length, deliveries: 0, horizon: old.at(-1) });
    expect(await second.runOnce()).toBeNull();
    expect(await retentionHorizon(db)).toBe(old.at(-1));
    const log = new PostgresChangeLog(db);
    expect((await log.read({ afterSequence: 0, limit: 100 })).map((r) => r.sequence)).toEqual(recent);
    // Again: nothing more is old.
    expect(await first.runOnce()).toEqual({ changes: 0, deliveries: 0, horizon: old.at(-1) });
    await first.stop();
    // Given up at stop: the other replica takes over at once.
    expect(await second.runOnce()).not.toBeNull();
    await second.stop();
  });

  run('refuses a cursor before the horizon as BAD_USER_INPUT naming the rule, and reads on from one at or after it', async () => {
    await new FeedRetention(db, settings, 'replica-a').runOnce();
    const pages = await gql(app.url, OrderChangesDocument, { first: 100 });
    const cursors = pages.data!.orderChanges.edges.map((e) => e.cursor);
    expect(pages.data!.orderChanges.edges.map((e) => e.node.sequence)).toEqual(recent.map(String));
    // A cursor of a pruned change: what came after it is partly gone.
    const stale = app.server['cursors'].encodeLogPosition(old[2]) as string;
    const refused = await gql(app.url, OrderChangesDocument, { after: stale });
    expect(refused.data).toBeNull();
    expect(refused.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.extensions?.rule])).toEqual([['BAD_USER_INPUT', 'after', 'retention']]);
    expect(refused.errors?.[0].message).toMatch(/CHANGE_RETENTION_HOURS/);
    // The horizon itself: everything after it is kept.
    const edge = app.server['cursors'].encodeLogPosition(old.at(-1)!) as string;
    const kept = await gql(app.url, OrderChangesDocument, { after: edge });
    expect(kept.data!.orderChanges.edges.map((e) => e.cursor)).toEqual(cursors);
  });

  run('keeps the latest sequence where it was when every change is pruned, so positions never go back', async () => {
    const log = new PostgresChangeLog(db);
    const latest = await log.latestSequence();
    await new FeedRetention(db, { ...settings, changesHours: 0.0001 }, 'replica-a').runOnce(new Date(Date.now() + HOUR));
    expect(await log.read({ afterSequence: 0, limit: 10 })).toEqual([]);
    expect(await log.latestSequence()).toBe(latest);
  });

  run('prunes delivered and dead webhook deliveries past the log retention, with their attempts, and keeps pending ones', async () => {
    await db.query(
      `INSERT INTO webhook_endpoints (id, principal, url, secret, position) VALUES ('wh_retention', 'sandbox', 'http://127.0.0.1:9/hook', 'whsec_x', 0)`,
    );
    const delivery = (sequence: number, state: string, hoursAgo: number) =>
      db.query(
        `INSERT INTO webhook_deliveries (endpoint_id, sequence, event_id, order_id, event_type, payload, state, created_at)
         VALUES ('wh_retention', $1, $2, 'octopi:1', 'order.status_changed', '{}', $3, now() - $4 * interval '1 hour')`,
        [sequence, `event-${sequence}`, state, hoursAgo],
      );
    await delivery(1, 'DELIVERED', 30);
    await delivery(2, 'DEAD', 30);
    await delivery(3, 'PENDING', 30);
    await delivery(4, 'DELIVERED', 1);
    for (const sequence of [1, 2, 3, 4]) {
      await db.query(
        `INSERT INTO webhook_attempts (endpoint_id, sequence, attempt, started_at, duration_ms, replica) VALUES ('wh_retention', $1, 1, now(), 1, 'r')`,
        [sequence],
      );
    }
    const result = await new FeedRetention(db, settings, 'replica-a').runOnce();
    expect(result?.deliveries).toBe(2);
    const left = await db.query<{ sequence: string }>(`SELECT sequence FROM webhook_deliveries WHERE endpoint_id = 'wh_retention' ORDER BY sequence`);
    expect(left.rows.map((r) => Number(r.sequence))).toEqual([3, 4]);
    const attempts = await db.query<{ sequence: string }>(`SELECT sequence FROM webhook_attempts WHERE endpoint_id = 'wh_retention' ORDER BY sequence`);
    expect(attempts.rows.map((r) => Number(r.sequence))).toEqual([3, 4]);
  });
});
