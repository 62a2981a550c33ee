import { OrderChangeKind } from '../../src/changes/kinds';
import { ChangePoller, type CycleOutcome } from '../../src/changes/poller';
import { PostgresChangeLog } from '../../src/changes/postgres-log';
import { loadConfig } from '../../src/config';
import type { OrderProvider } from '../../src/core/provider';
import { octopi } from '../../src/providers/octopi';
import type { OctopiCreateInput, OctopiProvider } from '../../src/providers/octopi/provider';
import { octopiSandbox } from '../../src/sandbox/octopi';
import type { SandboxHandle } from '../../src/sandbox';
import { migrate, postgresDatabase, type Database } from '../../src/state/database';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

const SETTINGS = { intervalMs: 50, leaseMs: 1500, budget: 5 };
const create = (orderNumber: string): OctopiCreateInput => ({ orderNumber, cargoType: 'container', containerIds: [4337700], serviceIds: ['cleaning'] });

/**
 * Two replicas' pollers of one vendor (Octopi on its emulator), each on its own connection pool
 * to one fresh database, cycles driven one at a time so that each step can be checked.
 */
describe('change pollers with a lease in PostgreSQL', () => {
  let testDb: TestDatabase | null;
  let sandbox: SandboxHandle;
  const pools: Database[] = [];
  let provider: OctopiProvider;
  let log: PostgresChangeLog;

  const pool = () => {
    const db = postgresDatabase(testDb!.url);
    pools.push(db);
    return db;
  };
  const poller = (owner: string, db = pool(), settings = SETTINGS) => new ChangePoller({ db, provider: provider as OrderProvider, settings, owner });
  const listCalls = () => sandbox.server.log.filter((r) => r.method === 'GET' && r.path.endsWith('/service_orders')).length;
  const committed = (outcome: CycleOutcome) => {
    if (outcome.kind !== 'committed') throw new Error(`expected a committed cycle, got ${outcome.kind}`);
    return outcome;
  };

  beforeAll(async () => {
    testDb = await createTestDatabase('change pollers');
    if (!testDb) return;
    sandbox = await octopiSandbox.start({ seed: 12 });
    const config = loadConfig([octopi], sandbox.env);
    provider = octopi.create(config.providerSettings.get(octopi.key) as never, { timeoutMs: 3000, onCall: () => undefined }) as OctopiProvider;
    const db = pool();
    await migrate(db);
    log = new PostgresChangeLog(db);
  });
  afterAll(async () => {
    await Promise.all(pools.map((db) => db.close()));
    await sandbox?.close();
    await testDb?.drop();
  });
  const run = (name: string, test: () => Promise<void>) => it(name, async () => (testDb ? test() : undefined), 30_000);

  run('lets one replica poll the vendor, records what it holds as the baseline, then appends each change at the vendor once', async () => {
    const a = poller('replica-a');
    const b = poller('replica-b');
    const before = listCalls();
    const first = committed(await a.runOnce());
    expect(await b.runOnce()).toEqual({ kind: 'standby' });
    // The baseline: twelve orders already there, none announced; one read of the list, by A only.
    expect(first.changes).toEqual([]);
    expect(listCalls() - before).toBe(first.calls);

    const made = await provider.createOrder(create('FEED-NEW-1'));
    const [victim, edited] = (await provider.listOrders({ direction: 'ASC', limit: 2, position: null, filter: {} })).orders;
    await provider.cancelOrder(victim.providerId, 'customer called');
    await provider.updateOrder(edited.providerId, { comment: 'gate 4 please' });

    const cycle = committed(await a.runOnce());
    expect(cycle.changes.map((c) => [c.orderId, c.kind])).toEqual(
      expect.arrayContaining([
        [made.id, OrderChangeKind.CREATED],
        [victim.id, OrderChangeKind.CANCELLED],
        [edited.id, OrderChangeKind.FIELDS_CHANGED],
      ]),
    );
    expect(cycle.changes).toHaveLength(3);
    expect(cycle.changes.find((c) => c.orderId === edited.id)!.changedFields).toEqual(['note']);
    expect(await b.runOnce()).toEqual({ kind: 'standby' });
    // Nothing new at the vendor: the next cycle appends nothing.
    expect(committed(await a.runOnce()).changes).toEqual([]);
    const logged = await log.read({ afterSequence: 0, limit: 100 });
    expect(logged.map((c) => c.eventId)).toEqual(cycle.changes.map((c) => c.eventId));
    await a.stop();
    await b.stop();
  });

  run('commits nothing from a poller whose lease was taken over, and the new holder appends the change once', async () => {
    const a = poller('replica-c');
    const b = poller('replica-d');
    // A holds the lease (C's poller of the previous test gave it up when it stopped).
    await a.runOnce();
    const from = await log.latestSequence();
    const made = await provider.createOrder(create('FEED-NEW-2'));
    // A freezes (a GC pause, a stopped VM) past its lease: as far as the database knows, it is gone.
    await pools[0].query("UPDATE change_detectors SET lease_until = clock_timestamp() - interval '1 second' WHERE provider = 'OCTOPI'");
    const takeover = committed(await b.runOnce());
    expect(takeover.changes.map((c) => [c.orderId, c.kind])).toEqual([[made.id, OrderChangeKind.CREATED]]);
    // A wakes up and finishes its cycle: the fence refuses it, and it learns it lost the lease.
    await provider.updateOrder(made.providerId, { comment: 'seen by both' });
    expect(await a.runOnce()).toEqual({ kind: 'lease_lost' });
    expect(a.leader).toBe(false);
    const next = committed(await b.runOnce());
    expect(next.changes.map((c) => [c.orderId, c.kind])).toEqual([[made.id, OrderChangeKind.FIELDS_CHANGED]]);
    const logged = await log.read({ afterSequence: from, limit: 100 });
    expect(logged.map((c) => c.kind)).toEqual([OrderChangeKind.CREATED, OrderChangeKind.FIELDS_CHANGED]);
    await a.stop();
    await b.stop();
  });

  run('loses nothing when a cycle fails before its commit: whoever polls next finds the same change', async () => {
    const a = poller('replica-e');
    await a.runOnce();
    const from = await log.latestSequence();
    const victim = (await provider.listOrders({ direction: 'DESC', limit: 1, position: null, filter: {} })).orders[0];
    await provider.updateOrder(victim.providerId, { comment: 'changed while the poller died' });
    // A's cycle fails at the vendor: nothing of it is committed.
    sandbox.server.setFaults({ drop: true, times: 3 });
    expect((await a.runOnce()).kind).toBe('failed');
    sandbox.server.clearFaults();
    await pools[0].query("UPDATE change_detectors SET lease_until = clock_timestamp() - interval '1 second' WHERE provider = 'OCTOPI'");
    const b = poller('replica-f');
    const cycle = committed(await b.runOnce());
    expect(cycle.changes.map((c) => [c.orderId, c.kind])).toEqual([[victim.id, OrderChangeKind.FIELDS_CHANGED]]);
    expect((await log.read({ afterSequence: from, limit: 100 })).map((c) => c.orderId)).toEqual([victim.id]);
    await a.stop();
    await b.stop();
  });

  run('keeps the vendor with a live holder through its pauses, and hands it to a standby when the holder shuts down', async () => {
    const settings = { intervalMs: 100, leaseMs: 600, budget: 5 };
    const a = poller('replica-g', pool(), settings);
    const b = poller('replica-h', pool(), settings);
    a.start();
    await waitFor(() => a.leader);
    b.start();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // A renews through its pauses: B never gets the lease while A lives.
    expect(b.leader).toBe(false);
    await a.stop();
    await waitFor(() => b.leader, 2000);
    await b.stop();
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
