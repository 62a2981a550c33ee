import { randomUUID } from 'node:crypto';
import { CreateOctopiServiceOrderDocument, CreateVuOrderDocument } from '../../schema/generated/graphql';
import Redis from 'ioredis';
import { loadPlaygroundTabs } from '../../src/playground/operations';
import { octopi } from '../../src/providers/octopi';
import { vu } from '../../src/providers/vu';
import { gql } from '../support/graphql';
import { createTestDatabase } from '../support/postgres';
import { REDIS_URL, requireRedisOrSkip } from '../support/redis';
import { testPrefix } from '../support/require-redis';
import { startTestApp, type TestApp } from '../support/sandbox';

const input = (orderNumber: string) => ({ orderNumber, cargoType: 'CONTAINER' as const, containerIds: [4337700], serviceIds: ['cleaning'] });
const creates = (app: TestApp) => app.emulator('OCTOPI').log.filter((r) => r.method === 'POST').length;

describe('idempotent creates on one replica', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ modules: [octopi], env: { PROVIDER_TIMEOUT_MS: '500' } });
  });
  afterAll(() => app.close());
  beforeEach(() => {
    app.emulator('OCTOPI').clearLog();
    app.emulator('OCTOPI').clearFaults();
  });

  it('answers a repeated key with the same order and creates it upstream once', async () => {
    const key = randomUUID();
    const first = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`IDEM-${key}`), idempotencyKey: key });
    const second = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`IDEM-${key}`), idempotencyKey: key });
    expect(second.data!.createOctopiServiceOrder.id).toBe(first.data!.createOctopiServiceOrder.id);
    expect(creates(app)).toBe(1);
  });

  it('makes one order when the same request arrives twice at the same time', async () => {
    const key = randomUUID();
    const [a, b] = await Promise.all([
      gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`RACE-${key}`), idempotencyKey: key }),
      gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`RACE-${key}`), idempotencyKey: key }),
    ]);
    expect(a.data!.createOctopiServiceOrder.id).toBe(b.data!.createOctopiServiceOrder.id);
    expect(creates(app)).toBe(1);
  });

  it('refuses the same key with a different input as IDEMPOTENCY_KEY_REUSED, without calling the vendor', async () => {
    const key = randomUUID();
    await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`REUSE-${key}`), idempotencyKey: key });
    const reused = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`OTHER-${key}`), idempotencyKey: key });
    expect(reused.errors![0].extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
    expect(creates(app)).toBe(1);
  });

  it('finds the order by its number when the create succeeded upstream but the answer was lost', async () => {
    const key = randomUUID();
    app.emulator('OCTOPI').setFaults({ loseCreateResponse: true, times: 1 });
    const response = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`LOST-${key}`), idempotencyKey: key });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createOctopiServiceOrder.orderNumber).toBe(`LOST-${key}`);
    const retry = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`LOST-${key}`), idempotencyKey: key });
    expect(retry.data!.createOctopiServiceOrder.id).toBe(response.data!.createOctopiServiceOrder.id);
    expect(creates(app)).toBe(1);
  });

  it('finds the order when the vendor made it but answered too late, even without a key', async () => {
    app.emulator('OCTOPI').setFaults({ latencyMs: 800, method: 'POST', times: 1 });
    const response = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`SLOW-${randomUUID()}`) });
    expect(response.errors).toBeUndefined();
    expect(creates(app)).toBe(1);
  });

  it('reports a create as failed once no order turned up within the commit delay, and lets the same key be retried', async () => {
    const key = randomUUID();
    app.emulator('OCTOPI').setFaults({ status: 503, method: 'POST', times: 1 });
    const failed = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`FAIL-${key}`), idempotencyKey: key });
    expect(failed.errors![0].extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'OCTOPI', createOutcome: 'NOT_CREATED' });
    const retried = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`FAIL-${key}`), idempotencyKey: key });
    expect(retried.data!.createOctopiServiceOrder.orderNumber).toBe(`FAIL-${key}`);
  });
});

/** The example variables of a playground tab (schema/operations/), for a valid input of each vendor. */
function exampleOf(mutation: string): { input: unknown } {
  const tab = loadPlaygroundTabs().find((t) => t.query.includes(`${mutation}(`));
  return JSON.parse(tab!.variables!) as { input: unknown };
}

describe('an idempotency key belongs to one mutation', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ modules: [octopi, vu] });
  });
  afterAll(() => app.close());

  it('answers the same key on another create mutation with IDEMPOTENCY_KEY_REUSED and creates nothing there', async () => {
    const key = randomUUID();
    const first = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`ONE-${key}`), idempotencyKey: key });
    expect(first.errors).toBeUndefined();
    const vuPosts = () => app.emulator('VU').log.filter((r) => r.method === 'POST').length;
    const before = vuPosts();
    const other = await gql(app.url, CreateVuOrderDocument, { input: exampleOf('createVuOrder').input as never, idempotencyKey: key });
    expect(other.errors![0].extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey', createOutcome: 'NOT_CREATED' });
    expect(other.errors![0].message).toContain('createOctopiServiceOrder');
    expect(vuPosts()).toBe(before);
  });
});

describe('the idempotency ledger in PostgreSQL (DATABASE_URL)', () => {
  it('survives a Redis that restarts empty: a key that succeeded still answers its order, and nothing is created again', async () => {
    if (!(await requireRedisOrSkip())) return;
    const db = await createTestDatabase('durable ledger test');
    if (!db) return;
    const prefix = testPrefix();
    const redis = new Redis(REDIS_URL);
    const app = await startTestApp({ modules: [octopi], env: { DATABASE_URL: db.url, REDIS_URL, REDIS_PREFIX: prefix } });
    try {
      const key = randomUUID();
      const first = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`DURABLE-${key}`), idempotencyKey: key });
      const id = first.data!.createOctopiServiceOrder.id;
      // What a Redis restarted without persistence keeps of ordergraph: nothing.
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      const posts = app.emulator('OCTOPI').log.filter((r) => r.method === 'POST').length;
      const again = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`DURABLE-${key}`), idempotencyKey: key });
      expect(again.errors).toBeUndefined();
      expect(again.data!.createOctopiServiceOrder.id).toBe(id);
      expect(app.emulator('OCTOPI').log.filter((r) => r.method === 'POST').length).toBe(posts);
      const row = await app.database!.query<{ state: string; order_id: string }>('SELECT state, order_id FROM idempotency_keys');
      expect(row.rows).toEqual([{ state: 'succeeded', order_id: id }]);
    } finally {
      await app.close();
      redis.disconnect();
      await db.drop();
    }
  });
});
