import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { ErrorsAreMissesCache, InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import Redis from 'ioredis';
import { MemoryIdempotencyLedger, type ClaimResult, type IdempotencyLedger } from '../core/idempotency';

/**
 * Shared state of ordergraph replicas. With REDIS_URL set, the idempotency ledger, automatic
 * persisted queries and the response cache live in Redis, so every replica sees the same;
 * without it, each replica keeps its own in memory.
 */
export interface SharedState {
  kind: 'redis' | 'memory';
  ledger: IdempotencyLedger;
  /** Apollo's key-value cache: persisted queries and cached responses. */
  cache: KeyValueCache<string>;
  /** The Redis connection, for other shared stores (rate limits) and readiness checks. */
  redis?: Redis;
  /**
   * The response cache's generation: part of every cache key, bumped by every mutation, so
   * that a write through ordergraph is never followed by a stale cached read on any replica.
   */
  cacheGeneration(): Promise<string>;
  invalidateCache(): Promise<void>;
  /** Whether the store answers (Redis PING); always true in memory. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** A claim whose create never completed (a replica died) frees itself after this long. */
const PENDING_TTL_MS = 120_000;

export function memoryState(): SharedState {
  let generation = 0;
  return {
    cacheGeneration: async () => String(generation),
    invalidateCache: async () => {
      generation += 1;
    },
    kind: 'memory',
    ledger: new MemoryIdempotencyLedger(),
    cache: new InMemoryLRUCache<string>({ maxSize: 64 * 1024 * 1024 }),
    ping: async () => true,
    close: async () => undefined,
  };
}

export function redisState(url: string, prefix = 'ordergraph:'): SharedState {
  // No await on the connection: a Redis that is down at start-up (or later) makes /ready say so
  // and its commands fail, while ordergraph keeps serving what does not need it.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true, connectTimeout: 2000, commandTimeout: 2000 });
  redis.on('error', () => undefined); // reported through ping(), /ready and failing commands, not as crashes
  return {
    kind: 'redis',
    redis,
    ledger: new RedisIdempotencyLedger(redis, prefix),
    // A failing Redis makes cache reads misses (Apollo's wrapper), never failed requests.
    cache: new ErrorsAreMissesCache(new RedisKeyValueCache(redis, `${prefix}cache:`)),
    // Without the generation, a cached answer cannot be trusted: use a key nothing was stored under.
    cacheGeneration: async () => (await redis.get(`${prefix}cache-generation`).catch(() => `unavailable-${Math.random()}`)) ?? '0',
    invalidateCache: async () => {
      await redis.incr(`${prefix}cache-generation`).catch(() => undefined);
    },
    ping: async () => (await redis.ping().catch(() => 'DOWN')) === 'PONG',
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/**
 * The idempotency ledger in Redis. The claim is one `SET NX`: of two replicas racing on the
 * same key, exactly one wins and creates; the other sees the claim and waits for the result.
 */
export class RedisIdempotencyLedger implements IdempotencyLedger {
  constructor(private readonly redis: Redis, private readonly prefix: string) {}

  async claim(key: string, fingerprint: string): Promise<ClaimResult> {
    const redisKey = `${this.prefix}idem:${key}`;
    const won = await this.redis.set(redisKey, JSON.stringify({ fingerprint }), 'PX', PENDING_TTL_MS, 'NX');
    if (won === 'OK') return { state: 'claimed' };
    const current = await this.redis.get(redisKey);
    if (current === null) return this.claim(key, fingerprint); // expired between the two calls
    const entry = JSON.parse(current) as { fingerprint: string; orderId?: string };
    return entry.orderId ? { state: 'done', fingerprint: entry.fingerprint, orderId: entry.orderId } : { state: 'pending', fingerprint: entry.fingerprint };
  }

  async complete(key: string, fingerprint: string, orderId: string, ttlMs: number): Promise<void> {
    await this.redis.set(`${this.prefix}idem:${key}`, JSON.stringify({ fingerprint, orderId }), 'PX', ttlMs);
  }

  async release(key: string): Promise<void> {
    await this.redis.del(`${this.prefix}idem:${key}`);
  }
}

/** Apollo's KeyValueCache over ioredis (persisted queries, response cache). */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(private readonly redis: Redis, private readonly prefix: string) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttl = options?.ttl;
    if (ttl) await this.redis.set(this.prefix + key, value, 'PX', Math.ceil(ttl * 1000));
    else await this.redis.set(this.prefix + key, value);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.prefix + key)) > 0;
  }
}
