import { createHash, randomUUID } from 'node:crypto';
import { CreateOctopiServiceOrderDocument } from '../../schema/generated/graphql';
import { startOrderGraph, type OrderGraphApp } from '../../src/app';
import { octopi } from '../../src/providers/octopi';
import { gql } from '../support/graphql';
import { REDIS_URL, requireRedisOrSkip } from '../support/redis';
import { startTestApp, type TestApp } from '../support/sandbox';

/** The instances started here log nowhere: tests read logs through test/support when they need them. */
const QUIET = { write: () => undefined };

const input = (orderNumber: string) => ({ orderNumber, cargoType: 'CONTAINER' as const, containerIds: [4337700], serviceIds: ['cleaning'] });

describe('two replicas sharing Redis', () => {
  let redisUp = false;
  let a: TestApp;
  let b: OrderGraphApp;
  const posts = () => a.emulator('OCTOPI').log.filter((r) => r.method === 'POST').length;

  beforeAll(async () => {
    redisUp = await requireRedisOrSkip();
    if (!redisUp) return;
    a = await startTestApp({ modules: [octopi], env: { REDIS_URL, RESPONSE_CACHE_TTL_SECONDS: '30' } });
    // Replica B talks to the same vendor (A's emulator) and the same Redis.
    b = await startOrderGraph({
      modules: [octopi],
      logDestination: QUIET,
      env: {
        PORT: '0',
        HOST: '127.0.0.1',
        SANDBOX: 'false',
        REDIS_URL,
        RESPONSE_CACHE_TTL_SECONDS: '30',
        RATE_LIMIT_PER_SECOND: '0',
        HEALTH_PROBE_INTERVAL_MS: '600000', // its vendor probes would show in the emulator's log these tests count
        // The same demo key as replica A's sandbox, configured the way production keys are: hashed.
        API_KEYS: JSON.stringify([
          { id: 'sandbox', sha256: createHash('sha256').update('sandbox-key').digest('hex'), scopes: ['orders:read', 'orders:write'] },
        ]),
        ...a.sandboxes.get('OCTOPI')!.env,
      },
    });
    await b.health.latestAll();
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });
  beforeEach(() => a?.emulator('OCTOPI').clearLog());

  it('replays on one replica an idempotency key first used on the other', async () => {
    if (!redisUp) return;
    const key = randomUUID();
    const first = await gql(a.url, CreateOctopiServiceOrderDocument, { input: input(`R-${key}`), idempotencyKey: key });
    const replay = await gql(b.url, CreateOctopiServiceOrderDocument, { input: input(`R-${key}`), idempotencyKey: key });
    expect(replay.data!.createOctopiServiceOrder.id).toBe(first.data!.createOctopiServiceOrder.id);
    expect(posts()).toBe(1);
  });

  it('makes one upstream order from concurrent duplicates sent to both replicas', async () => {
    if (!redisUp) return;
    const key = randomUUID();
    const answers = await Promise.all(
      [a.url, b.url, a.url, b.url].map((url) => gql(url, CreateOctopiServiceOrderDocument, { input: input(`C-${key}`), idempotencyKey: key })),
    );
    expect(new Set(answers.map((r) => r.data!.createOctopiServiceOrder.id)).size).toBe(1);
    expect(posts()).toBe(1);
  });

  it('serves a read cached by one replica from the other without calling the vendor', async () => {
    if (!redisUp) return;
    const query = `{ orders(first: 7, filter: { orderNumber: "none-${randomUUID()}" }) { edges { node { id } } } }`;
    await gql(a.url, query);
    const calls = a.emulator('OCTOPI').log.length;
    const cached = await gql(b.url, query);
    expect(cached.errors).toBeUndefined();
    expect(a.emulator('OCTOPI').log.length).toBe(calls);
  });

  it('never serves a cached read after a mutation on either replica', async () => {
    if (!redisUp) return;
    const query = '{ orders(first: 1) { edges { node { orderNumber } } } }';
    await gql(a.url, query);
    const number = `AFTER-${randomUUID()}`;
    await gql(b.url, CreateOctopiServiceOrderDocument, { input: input(number) });
    const fresh = await gql<{ orders: { edges: Array<{ node: { orderNumber: string } }> } }, never>(a.url, query);
    expect(fresh.data!.orders.edges[0].node.orderNumber).toBe(number);
  });

  it('shares automatic persisted queries: a hash registered on one replica runs on the other', async () => {
    if (!redisUp) return;
    const query = `{ order(id: "octopi:41") { id } __typename }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const post = (url: string, body: object) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sandbox-key' },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ data?: unknown; errors?: Array<{ extensions: { code: string } }> }>);
    const unknown = await post(b.url, { extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(randomUUID()).digest('hex') } } });
    expect(unknown.errors![0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    await post(a.url, { query, extensions });
    const byHash = await post(b.url, { extensions });
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data).toMatchObject({ order: { id: 'octopi:41' } });
  });
});
