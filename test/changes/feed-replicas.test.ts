import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { providerPrefix, type ProviderKey } from '../../src/core/provider-key';
import { sandboxModules, type SandboxHandle } from '../../src/sandbox';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startOrderGraphProcess } from '../support/process';

const KEY = 'feed-replicas-key';
const SEED = 300;
const ROUNDS = 4;
const PER_ROUND = 20;
const LEASE_MS = 2000;

interface Replica {
  name: string;
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

/** One replica: ordergraph as a deployment runs it, on the emulators of this test process. */
async function startReplica(name: string, env: Record<string, string>): Promise<Replica> {
  return { name, ...(await startOrderGraphProcess(env, `replica ${name}`)) };
}

/** The value of a counter or gauge of `replica`'s /metrics, per provider. */
async function metricByProvider(replica: Replica, name: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${replica.url}/metrics`)).text();
  const values: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const match = new RegExp(`^${name}\\{provider="(\\w+)"\\} (\\S+)$`).exec(line);
    if (match) values[match[1]] = Number(match[2]);
  }
  return values;
}

/** Every change in the feed, read through `replica`'s orderChanges, page after page. */
interface FeedEntry {
  /** Decimal digits (a 64-bit position). */
  sequence: string;
  eventId: string;
  orderId: string;
  kind: string;
}

async function readFeed(replica: Replica): Promise<FeedEntry[]> {
  const all: FeedEntry[] = [];
  let after: string | null = null;
  for (;;) {
    const response = await fetch(`${replica.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({
        query:
          'query($after: String) { orderChanges(first: 500, after: $after) { edges { node { sequence eventId orderId kind } } pageInfo { hasNextPage endCursor } } }',
        variables: { after },
      }),
    });
    const body = (await response.json()) as {
      data: { orderChanges: { edges: Array<{ node: FeedEntry }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    };
    const connection = body.data.orderChanges;
    all.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage) return all;
    after = connection.pageInfo.endCursor;
  }
}

async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The proof: two ordergraph processes on one PostgreSQL database, five emulated vendors
 * where orders change in rounds, one replica SIGKILLed while a round's changes are being
 * polled. Every change made at a vendor is in orderChanges exactly once, and each vendor is
 * polled by one replica at a time, counted at the emulators.
 */
describe('the change feed across two replica processes', () => {
  let testDb: TestDatabase | null;
  const sandboxes = new Map<ProviderKey, SandboxHandle>();
  const replicas: Replica[] = [];
  let admin: pg.Client;

  beforeAll(async () => {
    testDb = await createTestDatabase('change feed replicas');
    if (!testDb) return;
    for (const module of sandboxModules) sandboxes.set(module.key, await module.start({ seed: SEED }));
    const env = {
      ...Object.assign({}, ...[...sandboxes.values()].map((s) => s.env)),
      SANDBOX: 'false',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATABASE_URL: testDb.url,
      RESPONSE_CACHE_TTL_SECONDS: '0',
      RATE_LIMIT_PER_SECOND: '0',
      HEALTH_PROBE_INTERVAL_MS: '600000',
      CHANGE_POLL_INTERVAL_MS: '200',
      CHANGE_LEASE_MS: String(LEASE_MS),
      API_KEYS: JSON.stringify([{ id: 'feed-test', sha256: createHash('sha256').update(KEY).digest('hex'), scopes: ['orders:read'] }]),
    };
    replicas.push(...(await Promise.all([startReplica('A', env), startReplica('B', env)])));
    admin = new pg.Client({ connectionString: testDb.url });
    await admin.connect();
  }, 120_000);
  afterAll(async () => {
    for (const replica of replicas) replica.child.kill('SIGKILL');
    await admin?.end();
    await Promise.all([...sandboxes.values()].map((s) => s.close()));
    await testDb?.drop();
  });

  const listCalls = () =>
    Object.fromEntries([...sandboxes].map(([key, s]) => [key, s.server.log.filter((r) => r.method === 'GET' && !r.path.includes('token')).length]));
  const countsByOrder = async () =>
    new Map(
      (await admin.query<{ order_id: string; n: number }>('SELECT order_id, count(*)::int AS n FROM order_changes GROUP BY order_id')).rows.map((r) => [
        r.order_id,
        r.n,
      ]),
    );

  it('holds every change made at the vendors exactly once, in order, though a replica is killed mid-cycle, each vendor polled by one replica at a time', async () => {
    if (!testDb) return;
    await waitFor(
      'the baseline of every vendor',
      async () => (await admin.query('SELECT count(*)::int AS n FROM change_detectors WHERE baselined')).rows[0].n === 5,
    );

    // One replica polls each vendor: the other's upstream calls for it stay at zero, and what
    // the emulators received meanwhile is no more than the poller counted around that window.
    const [first, second] = replicas;
    const calls = () =>
      Promise.all([
        metricByProvider(first, 'ordergraph_change_poll_upstream_calls_total'),
        metricByProvider(second, 'ordergraph_change_poll_upstream_calls_total'),
      ]);
    const countedBefore = await calls();
    const emulatorsFrom = listCalls();
    // At least a second, and until every vendor has been polled in the window (a loaded machine's cycles run longer).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await waitFor('a poll of every vendor', async () => {
      const now = listCalls();
      return [...sandboxes.keys()].every((key) => now[key] > emulatorsFrom[key]);
    });
    const emulatorsTo = listCalls();
    await new Promise((resolve) => setTimeout(resolve, 600));
    const countedAfter = await calls();
    for (const key of sandboxes.keys()) {
      const byReplica = [countedAfter[0][key] ?? 0, countedAfter[1][key] ?? 0];
      expect(Math.min(...byReplica)).toBe(0);
      const leader = byReplica[0] > 0 ? 0 : 1;
      const received = emulatorsTo[key] - emulatorsFrom[key];
      expect(received).toBeGreaterThan(0);
      expect(received).toBeLessThanOrEqual(countedAfter[leader][key] - (countedBefore[leader][key] ?? 0));
    }

    // The replica to kill is the one polling the most vendors; the other must take them over.
    const leads = async (replica: Replica) => Object.values(await metricByProvider(replica, 'ordergraph_change_poller_leader')).filter((v) => v === 1).length;
    const [victim, survivor] = (await leads(first)) >= (await leads(second)) ? [first, second] : [second, first];
    expect(await leads(victim)).toBeGreaterThan(0);

    // Rounds of changes at every vendor; each round is polled before the next, so that no two
    // changes of one order fall within one look (the feed would rightly show them as one).
    const expected = new Map<string, number>();
    let made = 0;
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const [key, sandbox] of sandboxes) {
        for (const change of sandbox.changeOrders(PER_ROUND)) {
          const orderId = `${providerPrefix(key)}:${change.id}`;
          expected.set(orderId, (expected.get(orderId) ?? 0) + 1);
          made += 1;
        }
      }
      if (round === 2) {
        // Within the first cycles that see the round: the killed replica may be mid-scan or mid-commit.
        await new Promise((resolve) => setTimeout(resolve, 150));
        victim.child.kill('SIGKILL');
        await victim.exited;
      }
      await waitFor(`round ${round} in the feed`, async () => {
        const counts = await countsByOrder();
        return [...expected].every(([orderId, n]) => (counts.get(orderId) ?? 0) >= n);
      });
    }
    expect(made).toBeGreaterThanOrEqual(300);

    // The survivor took every vendor over.
    await waitFor('the survivor leading every vendor', async () => (await leads(survivor)) === 5);

    const feed = await readFeed(survivor);
    const perOrder = new Map<string, number>();
    for (const entry of feed) perOrder.set(entry.orderId, (perOrder.get(entry.orderId) ?? 0) + 1);
    // Exactly once: as many entries per order as changes made to it, and no other order.
    expect(Object.fromEntries(perOrder)).toEqual(Object.fromEntries(expected));
    expect(new Set(feed.map((e) => e.eventId)).size).toBe(feed.length);
    // In order: sequences strictly increase through the feed (so through each order's entries).
    for (let i = 1; i < feed.length; i += 1) expect(BigInt(feed[i].sequence) > BigInt(feed[i - 1].sequence)).toBe(true);
    expect(feed.every((e) => ['STATUS_CHANGED', 'FIELDS_CHANGED', 'CANCELLED'].includes(e.kind))).toBe(true);
  }, 180_000);
});
