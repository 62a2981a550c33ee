import Redis from 'ioredis';
import { IDEMPOTENCY_TTL_MS, MemoryIdempotencyLedger, type IdempotencyLedger, type KeyRecord } from '../../src/core/idempotency';
import { migrate, postgresDatabase, type Database } from '../../src/state/database';
import { PostgresIdempotencyLedger } from '../../src/state/postgres-ledger';
import { RedisIdempotencyLedger } from '../../src/state/redis';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { REDIS_URL, requireRedisOrSkip } from '../support/redis';
import { testPrefix } from '../support/require-redis';

/** The same contract for every ledger: atomic insert, compare-and-set updates, expiry. */
let testDb: TestDatabase | null = null;
let database: Database | undefined;
let redis: Redis | undefined;

beforeAll(async () => {
  testDb = await createTestDatabase('idempotency ledger tests');
  if (testDb) {
    database = postgresDatabase(testDb.url);
    await migrate(database);
  }
  if (await requireRedisOrSkip()) redis = new Redis(REDIS_URL);
});
afterAll(async () => {
  await database?.close();
  await testDb?.drop();
  redis?.disconnect();
});

const ledgers: Array<[string, () => IdempotencyLedger | undefined]> = [
  ['memory', () => new MemoryIdempotencyLedger()],
  ['Redis', () => (redis ? new RedisIdempotencyLedger(redis, testPrefix()) : undefined)],
  ['PostgreSQL', () => (database ? new PostgresIdempotencyLedger(database) : undefined)],
];

const record = (overrides: Partial<KeyRecord> = {}): KeyRecord => ({
  mutation: 'createVuOrder',
  fingerprint: 'fp',
  state: 'claimed',
  owner: 'request-1',
  leaseUntil: Date.now() + 5000,
  version: 1,
  expiresAt: Date.now() + IDEMPOTENCY_TTL_MS,
  ...overrides,
});

describe.each(ledgers)('the %s idempotency ledger', (_name, make) => {
  const key = () => `scope:${Math.random().toString(36).slice(2)}`;

  it('stores a key once: a second insert of a live key is refused', async () => {
    const ledger = make();
    if (!ledger) return;
    const k = key();
    expect(await ledger.insert(k, record())).toBe(true);
    expect(await ledger.insert(k, record({ owner: 'request-2' }))).toBe(false);
    expect(await ledger.read(k)).toMatchObject({ state: 'claimed', owner: 'request-1', version: 1 });
  });

  it('lets exactly one of many racing updates from the same version through', async () => {
    const ledger = make();
    if (!ledger) return;
    const k = key();
    await ledger.insert(k, record());
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => ledger.update(k, 1, record({ state: 'sent', owner: `request-${i}`, sentAt: Date.now() }))),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.indexOf(true);
    expect(await ledger.read(k)).toMatchObject({ state: 'sent', owner: `request-${winner}`, version: 2 });
  });

  it('keeps every field of a record, and drops the holder once it lets go', async () => {
    const ledger = make();
    if (!ledger) return;
    const k = key();
    const sentAt = Date.now() - 1234;
    await ledger.insert(k, record());
    await ledger.update(k, 1, record({ state: 'sent', sentAt }));
    await ledger.update(k, 2, record({ state: 'succeeded', orderId: 'vu:42', owner: undefined, leaseUntil: undefined, sentAt }));
    const done = (await ledger.read(k))!;
    expect(done).toMatchObject({ mutation: 'createVuOrder', fingerprint: 'fp', state: 'succeeded', orderId: 'vu:42', version: 3 });
    expect(done.sentAt).toBeCloseTo(sentAt, -1);
    expect(done.owner).toBeUndefined();
    expect(done.leaseUntil).toBeUndefined();
  });

  it('forgets a key once it expired, and lets it be claimed anew', async () => {
    const ledger = make();
    if (!ledger) return;
    const k = key();
    await ledger.insert(k, record({ expiresAt: Date.now() + 150 }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await ledger.read(k)).toBeNull();
    expect(await ledger.insert(k, record({ owner: 'request-2' }))).toBe(true);
    expect(await ledger.read(k)).toMatchObject({ owner: 'request-2' });
  });
});
