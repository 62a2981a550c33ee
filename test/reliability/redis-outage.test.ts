import { createHash, randomUUID } from 'node:crypto';
import { octopi } from '../../src/providers/octopi';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startOwnRedis, type OwnRedis } from '../support/redis-server';
import { startTestApp, type TestApp } from '../support/sandbox';

const KEY = { authorization: 'Bearer sandbox-key', 'content-type': 'application/json' };
const READ = '{ orders(first: 5) { edges { node { id orderNumber status } } } }';

async function post(url: string, body: unknown): Promise<{ status: number; json: { data?: any; errors?: Array<{ extensions: Record<string, unknown> }> } }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: KEY, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as never };
}

describe('Redis down costs nothing but the cache', () => {
  let redis: OwnRedis;
  let db: TestDatabase | null;
  let app: TestApp;

  beforeAll(async () => {
    redis = await startOwnRedis();
    db = await createTestDatabase('redis outage test');
    app = await startTestApp({
      modules: [octopi],
      env: { REDIS_URL: redis.url, RESPONSE_CACHE_TTL_SECONDS: '30', RATE_LIMIT_PER_SECOND: '1000', ...(db ? { DATABASE_URL: db.url } : {}) },
    });
  });
  afterAll(async () => {
    await app?.close();
    await redis?.stop();
    await db?.drop();
  });

  it('keeps answering reads, persisted queries, creates and readiness while its Redis is stopped during a load', async () => {
    const failures: unknown[] = [];
    const latencies: { before: number[]; during: number[] } = { before: [], during: [] };
    let stopped = false;
    // A bounded steady load: 4 readers, 60 reads each; Redis is killed after the first third.
    const reader = async () => {
      for (let i = 0; i < 60; i += 1) {
        const started = performance.now();
        const { status, json } = await post(app.url, { query: READ });
        (stopped ? latencies.during : latencies.before).push(performance.now() - started);
        if (status !== 200 || json.errors || !json.data?.orders) failures.push({ status, errors: json.errors });
      }
    };
    const load = Promise.all([reader(), reader(), reader(), reader()]);
    while (latencies.before.length < 80) await new Promise((resolve) => setTimeout(resolve, 20));
    await redis.stop();
    stopped = true;
    await load;
    expect(failures).toEqual([]);
    expect(latencies.during.length).toBeGreaterThan(0);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(`reads with Redis up: median ${median(latencies.before).toFixed(1)} ms; with Redis down: median ${median(latencies.during).toFixed(1)} ms`);

    // Readiness reports the store, and stays ready.
    const ready = await fetch(`${app.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', sharedState: { kind: 'redis', ok: false }, providers: { OCTOPI: true } });

    // A persisted query fails open: not found (the client sends its text), then served.
    const hash = createHash('sha256').update(READ).digest('hex');
    const persisted = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
    const unknown = await post(app.url, persisted);
    expect(unknown.json.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const withText = await post(app.url, { ...persisted, query: READ });
    expect(withText.json.errors).toBeUndefined();

    // The ledger is in PostgreSQL: creates with a key go on, exactly once.
    if (db) {
      const key = randomUUID();
      const create = {
        query:
          'mutation($k: String) { createOctopiServiceOrder(input: { orderNumber: "REDIS-DOWN-1", cargoType: CONTAINER, containerIds: [4337700], serviceIds: ["cleaning"] }, idempotencyKey: $k) { id } }',
        variables: { k: key },
      };
      const first = await post(app.url, create);
      const again = await post(app.url, create);
      expect(first.json.errors).toBeUndefined();
      expect(again.json.data.createOctopiServiceOrder.id).toBe(first.json.data.createOctopiServiceOrder.id);
    }
  });
});
