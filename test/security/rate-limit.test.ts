import { Redis } from 'ioredis';
import { MemoryRateLimitStore, RateLimiter, RedisRateLimitStore, type RateLimitStore } from '../../src/limits/rate-limit';
import { asKey, gql } from '../support/graphql';
import { redisReachable, TEST_REDIS_URL, testPrefix } from '../support/require-redis';
import { startTestApp, type TestApp } from '../support/sandbox';

const shape = { perSecond: 2, burst: 5 };

/** The bucket rules, checked against every store. */
function bucketRules(name: string, makeStore: () => RateLimitStore | Promise<RateLimitStore>, enabled: () => boolean = () => true) {
  describe(`token bucket (${name})`, () => {
    it('allows a burst, then refuses with the time until a token is back', async () => {
      if (!enabled()) return;
      const store = await makeStore();
      const decisions = [];
      for (let i = 0; i < 6; i++) decisions.push(await store.take('key-a', 1, shape));
      expect(decisions.slice(0, 5).map((d) => d.allowed)).toEqual([true, true, true, true, true]);
      expect(decisions.slice(0, 5).map((d) => d.remaining)).toEqual([4, 3, 2, 1, 0]);
      expect(decisions[5]).toMatchObject({ allowed: false, remaining: 0 });
      expect(decisions[5].retryAfterMs).toBeGreaterThan(400);
      expect(decisions[5].retryAfterMs).toBeLessThanOrEqual(500);
    });

    it('keeps one bucket per key', async () => {
      if (!enabled()) return;
      const store = await makeStore();
      for (let i = 0; i < 5; i++) await store.take('key-b', 1, shape);
      expect((await store.take('key-b', 1, shape)).allowed).toBe(false);
      expect((await store.take('key-c', 1, shape)).allowed).toBe(true);
    });

    it('refills at the sustained rate', async () => {
      if (!enabled()) return;
      const store = await makeStore();
      expect((await store.take('key-d', 5, shape)).allowed).toBe(true);
      expect((await store.take('key-d', 1, shape)).allowed).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect((await store.take('key-d', 1, shape)).allowed).toBe(true);
      expect((await store.take('key-d', 1, shape)).allowed).toBe(false);
    });

    it('takes several tokens at once (a batch)', async () => {
      if (!enabled()) return;
      const store = await makeStore();
      expect((await store.take('key-e', 4, shape)).allowed).toBe(true);
      expect((await store.take('key-e', 2, shape)).allowed).toBe(false);
      expect((await store.take('key-e', 1, shape)).allowed).toBe(true);
    });
  });
}

bucketRules('memory', () => new MemoryRateLimitStore());

describe('with Redis', () => {
  let up = false;
  const clients: Redis[] = [];
  const prefix = testPrefix();
  const client = () => {
    const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
    clients.push(redis);
    return redis;
  };
  beforeAll(async () => {
    up = await redisReachable('the Redis rate-limit tests');
  });
  afterAll(() => clients.forEach((c) => c.disconnect()));

  bucketRules(
    'Redis',
    () => new RedisRateLimitStore(client(), prefix),
    () => up,
  );

  it('is atomic across replicas: of 40 concurrent requests on two connections, exactly the burst passes', async () => {
    if (!up) return;
    const a = new RedisRateLimitStore(client(), prefix);
    const b = new RedisRateLimitStore(client(), prefix);
    const slow = { perSecond: 0.001, burst: 7 };
    const decisions = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).take('shared', 1, slow)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(7);
  });

  it("two ordergraph instances sharing Redis share each key's bucket", async () => {
    if (!up) return;
    const env = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: testPrefix(), RATE_LIMIT_PER_SECOND: '0.01', RATE_LIMIT_BURST: '4' };
    const [one, two] = await Promise.all([startTestApp({ seed: 1, env }), startTestApp({ seed: 1, env })]);
    try {
      const statuses = [];
      for (const app of [one, two, one, two, one, two]) statuses.push((await gql(app.url, '{ __typename }')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
      expect((await gql(two.url, '{ __typename }', undefined, asKey('sandbox-read-key'))).status).toBe(200);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});

describe('rate limit over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 1, env: { RATE_LIMIT_PER_SECOND: '1', RATE_LIMIT_BURST: '3', BATCHING: 'true' } });
  });
  afterAll(() => app.close());

  it("answers 429 RATE_LIMITED with retryAfterSeconds and Retry-After once a key's bucket is empty", async () => {
    const key = asKey('sandbox-read-key');
    for (let i = 0; i < 3; i++) expect((await gql(app.url, '{ __typename }', undefined, key)).status).toBe(200);
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...key },
      body: '{"query":"{ __typename }"}',
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toEqual({
      errors: [{ message: 'Too many requests for this API key; retry in 1 s', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 } }],
    });
    // Other keys have their own bucket.
    expect((await gql(app.url, '{ __typename }')).status).toBe(200);
    // A second later one token is back.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await gql(app.url, '{ __typename }', undefined, key)).status).toBe(200);
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/ordergraph_rate_limited_total\{principal="sandbox-read"\} [1-9]/);
  });

  it('counts every operation of a batch', async () => {
    const key = asKey('sandbox-octopi-key');
    const batch = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...key },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(200);
    expect((await gql(app.url, '{ __typename }', undefined, key)).status).toBe(429);
  });

  it('lets requests through when the counter store fails (fail open), and says so in the log', async () => {
    const failing: RateLimitStore = { take: () => Promise.reject(new Error('connection refused')) };
    const errors: unknown[] = [];
    const limiter = new RateLimiter(failing, { perSecond: 1, burst: 1 }, (error) => errors.push(error));
    expect((await limiter.check('k')).allowed).toBe(true);
    expect(errors).toHaveLength(1);

    const down = await startTestApp({ seed: 1, env: { REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_PER_SECOND: '1', RATE_LIMIT_BURST: '1' } });
    try {
      expect((await gql(down.url, '{ __typename }')).status).toBe(200);
      expect((await gql(down.url, '{ __typename }')).status).toBe(200);
      expect(down.logs.some((line) => /rate limit store unavailable/.test(line))).toBe(true);
    } finally {
      await down.close();
    }
  });
});
