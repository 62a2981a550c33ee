import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { ErrorsAreMissesCache, InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import Redis from 'ioredis';
import { MemoryIdempotencyLedger, type IdempotencyLedger, type KeyRecord } from '../core/idempotency';

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

/** The longest any Redis call may take before it counts as failed. */
export const REDIS_COMMAND_TIMEOUT_MS = 200;

/** Waits (at most `timeoutMs`) for Redis to accept commands, so that a replica's first requests find it; never throws. */
export async function redisConnected(redis: Redis, timeoutMs = 2000): Promise<boolean> {
  if (redis.status === 'ready') return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    const onReady = () => done(true);
    function done(ok: boolean) {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ok);
    }
    redis.once('ready', onReady);
  });
}

export function redisState(url: string, prefix = 'ordergraph:'): SharedState {
  // No await on the connection: a Redis that is down at start-up (or later) makes /ready say so
  // and its commands fail, while ordergraph keeps serving what does not need it.
  // Redis holds only what may be lost, so no call waits for it: commands fail at once while it is
  // disconnected (no offline queue) and after REDIS_COMMAND_TIMEOUT_MS when it hangs, and every
  // caller fails open (cache miss, persisted query not found, rate limit let through).
  const redis = new Redis(url, {
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    connectTimeout: 1000,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 1000),
  });
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
      // QUIT needs a live connection; a Redis that is down is simply let go.
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}

/**
 * The idempotency ledger in Redis: one JSON record per key, expiring with the record. Insert is
 * `SET NX`; an update is a script that replaces the record only if its version is the one the
 * caller read, so of two replicas racing on a key exactly one moves it on.
 */
export class RedisIdempotencyLedger implements IdempotencyLedger {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private redisKey(key: string): string {
    return `${this.prefix}idem:${key}`;
  }

  async read(key: string): Promise<KeyRecord | null> {
    const value = await this.redis.get(this.redisKey(key));
    return value === null ? null : (JSON.parse(value) as KeyRecord);
  }

  async insert(key: string, record: KeyRecord): Promise<boolean> {
    const ttl = record.expiresAt - Date.now();
    if (ttl <= 0) return false;
    return (await this.redis.set(this.redisKey(key), JSON.stringify(record), 'PX', ttl, 'NX')) === 'OK';
  }

  async update(key: string, version: number, record: KeyRecord): Promise<boolean> {
    const next = { ...record, version: version + 1 };
    const ttl = Math.max(1, record.expiresAt - Date.now());
    return (await this.redis.eval(COMPARE_AND_SET, 1, this.redisKey(key), String(version), JSON.stringify(next), String(ttl))) === 1;
  }
}

const COMPARE_AND_SET = `
local current = redis.call('GET', KEYS[1])
if not current then return 0 end
if cjson.decode(current).version ~= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 1`;

/** Apollo's KeyValueCache over ioredis (persisted queries, response cache). */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

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
