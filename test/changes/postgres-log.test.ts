import pg from 'pg';
import type { OrderChangeRecord } from '../../src/changes/feed';
import { OrderChangeKind } from '../../src/changes/kinds';
import { appendChanges, PostgresChangeLog, type NewOrderChange } from '../../src/changes/postgres-log';
import { ProviderKey } from '../../src/providers';
import { OrderStatus } from '../../src/model/enums';
import type { Order } from '../../src/model/order';
import { mapOctopiOrder } from '../../src/providers/octopi/mapper';
import { migrate, postgresDatabase, type Database } from '../../src/state/database';
import { OCTOPI_DOCUMENTED_ORDER } from '../fixtures/octopi';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

const documented = mapOctopiOrder(OCTOPI_DOCUMENTED_ORDER);

function change(orderId: string, kind = OrderChangeKind.STATUS_CHANGED, provider = ProviderKey.OCTOPI): NewOrderChange {
  const order: Order = { ...documented, id: orderId, provider };
  return {
    provider,
    orderId,
    kind,
    previousStatus: kind === OrderChangeKind.CREATED ? null : OrderStatus.PENDING,
    changedFields: kind === OrderChangeKind.CREATED ? [] : ['status', 'providerStatus'],
    detectedAt: new Date('2026-01-02T03:04:05.678Z'),
    order,
  };
}

/** Resolves with the next latest sequence `log` announces after `predicate` holds. */
function announced(log: PostgresChangeLog, predicate: (latest: number) => boolean): Promise<number> {
  return new Promise((resolve) => {
    const stop = log.onAppended((latest) => {
      if (!predicate(latest)) return;
      stop();
      resolve(latest);
    });
  });
}

describe('the change log in PostgreSQL', () => {
  let testDb: TestDatabase | null;
  let db: Database;
  let log: PostgresChangeLog;

  beforeAll(async () => {
    testDb = await createTestDatabase('the change log in PostgreSQL');
    if (!testDb) return;
    db = postgresDatabase(testDb.url, { listenRetryMs: 50 });
    await migrate(db);
    log = new PostgresChangeLog(db);
  });
  afterAll(async () => {
    await log?.close();
    await db?.close();
    await testDb?.drop();
  });
  const run = (name: string, test: () => Promise<void>) => it(name, async () => (testDb ? test() : undefined));

  run('numbers appended changes in order, keeps each whole, and reads them back after a position', async () => {
    const before = await log.latestSequence();
    const written = await db.transaction((tx) => appendChanges(tx, [change('octopi:1', OrderChangeKind.CREATED), change('octopi:2'), change('octopi:1')]));
    expect(written.map((r) => r.sequence)).toEqual([before + 1, before + 2, before + 3]);
    expect(new Set(written.map((r) => r.eventId)).size).toBe(3);
    const read = await log.read({ afterSequence: before, limit: 10 });
    expect(read).toEqual(written);
    // The order comes back as the value it was, dates as dates.
    expect(read[0].order.createdAt).toEqual(documented.createdAt);
    expect(read[0].order.createdAt).toBeInstanceOf(Date);
    expect(read[0].order.raw).toEqual(documented.raw);
    expect(read[1]).toMatchObject({ kind: OrderChangeKind.STATUS_CHANGED, previousStatus: OrderStatus.PENDING, changedFields: ['status', 'providerStatus'] });
    expect(await log.read({ afterSequence: before + 1, limit: 1 })).toEqual([written[1]]);
    expect(await log.latestSequence()).toBe(before + 3);
  });

  run('reads only what the filter names: providers, kinds and orders', async () => {
    const before = await log.latestSequence();
    const written = await db.transaction((tx) =>
      appendChanges(tx, [
        change('octopi:7'),
        change('vu:7', OrderChangeKind.CANCELLED, ProviderKey.VU),
        change('sitoo:7', OrderChangeKind.CREATED, ProviderKey.SITOO),
      ]),
    );
    const sequences = (records: OrderChangeRecord[]) => records.map((r) => r.sequence);
    expect(sequences(await log.read({ afterSequence: before, limit: 10, filter: { providers: [ProviderKey.VU, ProviderKey.SITOO] } }))).toEqual(
      sequences(written.slice(1)),
    );
    expect(sequences(await log.read({ afterSequence: before, limit: 10, filter: { kinds: [OrderChangeKind.CANCELLED] } }))).toEqual([written[1].sequence]);
    expect(
      sequences(await log.read({ afterSequence: before, limit: 10, filter: { orderIds: ['octopi:7', 'sitoo:7'], providers: [ProviderKey.OCTOPI] } })),
    ).toEqual([written[0].sequence]);
  });

  run('writes nothing and announces nothing when the transaction of an append rolls back', async () => {
    const before = await log.latestSequence();
    const heard: number[] = [];
    const stop = log.onAppended((latest) => heard.push(latest));
    try {
      await waitForListener(testDb!.url);
      await expect(
        db.transaction(async (tx) => {
          await appendChanges(tx, [change('octopi:9')]);
          throw new Error('the cycle lost its lease');
        }),
      ).rejects.toThrow('lease');
      const after = await db.transaction((tx) => appendChanges(tx, [change('octopi:10')]));
      await waitFor(() => heard.includes(after[0].sequence));
      expect(await log.read({ afterSequence: before, limit: 10 })).toEqual(after);
      // The rolled-back append drew before + 1 and gave it up: no one was told of it.
      expect(after[0].sequence).toBe(before + 2);
      expect(heard).not.toContain(before + 1);
    } finally {
      stop();
    }
  });

  run('tells a listener on another replica of an append, with the latest sequence', async () => {
    const other = postgresDatabase(testDb!.url);
    const otherLog = new PostgresChangeLog(other);
    try {
      const before = await log.latestSequence();
      const heard = announced(otherLog, (latest) => latest > before);
      // LISTEN is issued once the listener's connection is up; appends after it are heard.
      await waitForListener(testDb!.url);
      const [written] = await db.transaction((tx) => appendChanges(tx, [change('octopi:11')]));
      expect(await heard).toBe(written.sequence);
    } finally {
      await otherLog.close();
      await other.close();
    }
  });

  run('makes a later append wait for an earlier one to commit, so that no reader steps past a sequence still to appear', async () => {
    const before = await log.latestSequence();
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstAppended!: () => void;
    const appended = new Promise<void>((resolve) => (firstAppended = resolve));
    const first = db.transaction(async (tx) => {
      const records = await appendChanges(tx, [change('octopi:20')]);
      firstAppended();
      await firstHeld;
      return records;
    });
    await appended;
    let secondDone = false;
    const second = db
      .transaction((tx) => appendChanges(tx, [change('vu:20', OrderChangeKind.STATUS_CHANGED, ProviderKey.VU)]))
      .then((records) => ((secondDone = true), records));
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The second append waits on the first; a reader sees neither yet.
    expect(secondDone).toBe(false);
    expect(await log.read({ afterSequence: before, limit: 10 })).toEqual([]);
    releaseFirst();
    const [[a], [b]] = await Promise.all([first, second]);
    expect(b.sequence).toBeGreaterThan(a.sequence);
    expect((await log.read({ afterSequence: before, limit: 10 })).map((r) => r.orderId)).toEqual(['octopi:20', 'vu:20']);
  });

  run('tells its listeners again after its listening connection was cut, so that appends made meanwhile are not missed', async () => {
    const heard: number[] = [];
    const stop = log.onAppended((latest) => heard.push(latest));
    try {
      await waitForListener(testDb!.url);
      const admin = new pg.Client({ connectionString: testDb!.url });
      await admin.connect();
      try {
        await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'");
      } finally {
        await admin.end();
      }
      // Appended while the listener is away: the notification is lost, the reconnect reports it.
      const [written] = await db.transaction((tx) => appendChanges(tx, [change('octopi:30')]));
      await waitFor(() => heard.some((latest) => latest >= written.sequence));
    } finally {
      stop();
    }
  });
});

async function waitForListener(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await waitFor(async () => {
      const { rows } = await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'");
      return rows[0].n > 0;
    });
  } finally {
    await admin.end();
  }
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
