import type { Redis } from 'ioredis';

/**
 * Rate limiting per API key: a token bucket (the algorithm behind Stripe's and most gateways'
 * limiters). Each key owns a bucket of `burst` tokens, refilled at `perSecond` tokens a second;
 * a request takes one token per operation (a batch of five takes five). An empty bucket answers
 * 429 RATE_LIMITED with the seconds until enough tokens are back.
 *
 * The buckets live in a `RateLimitStore`: in memory for one replica, in Redis when replicas
 * share one (one Lua script reads, refills and takes atomically, on Redis's own clock).
 */

export interface BucketShape {
  /** Tokens added per second. */
  perSecond: number;
  /** Bucket size. */
  burst: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Whole tokens left after this request. */
  remaining: number;
  /** When refused: milliseconds until the request would be allowed. */
  retryAfterMs: number;
}

export interface RateLimitStore {
  /** Takes `cost` tokens from the bucket `key`, refilling it first; atomic per key. */
  take(key: string, cost: number, shape: BucketShape): Promise<RateLimitDecision>;
  close?(): Promise<void>;
}

/** Buckets of one replica. Idle buckets (full again) are dropped as the map grows. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = () => performance.timeOrigin + performance.now()) {}

  async take(key: string, cost: number, shape: BucketShape): Promise<RateLimitDecision> {
    const now = this.now();
    const perMs = shape.perSecond / 1000;
    const bucket = this.buckets.get(key) ?? { tokens: shape.burst, at: now };
    const tokens = Math.min(shape.burst, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
    const allowed = tokens >= cost;
    const left = allowed ? tokens - cost : tokens;
    if (this.buckets.size > 10_000 && !this.buckets.has(key)) this.prune(now, shape);
    this.buckets.set(key, { tokens: left, at: now });
    return { allowed, remaining: Math.floor(left), retryAfterMs: allowed ? 0 : Math.ceil((cost - tokens) / perMs) };
  }

  private prune(now: number, shape: BucketShape): void {
    const fullAfterMs = (shape.burst / shape.perSecond) * 1000;
    for (const [key, bucket] of this.buckets) if (now - bucket.at > fullAfterMs) this.buckets.delete(key);
  }
}

/** KEYS[1] bucket; ARGV: burst, tokens per millisecond, cost. Returns { allowed, tokens left, retry ms }. */
const TAKE_SCRIPT = `
local burst = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then tokens = burst; at = now end
tokens = math.min(burst, tokens + math.max(0, now - at) * per_ms)
local allowed = 0
local retry = 0
if tokens >= cost then
  tokens = tokens - cost
  allowed = 1
else
  retry = math.ceil((cost - tokens) / per_ms)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / per_ms) + 1000)
return { allowed, tostring(tokens), retry }
`;

type TakeCommand = (key: string, burst: string, perMs: string, cost: string) => Promise<[number, string, number]>;

/** Buckets shared by every replica through Redis. */
export class RedisRateLimitStore implements RateLimitStore {
  constructor(
    private readonly redis: Redis,
    /** Key prefix of the buckets (one hash per API key). */
    private readonly prefix = 'ordergraph:ratelimit:',
  ) {
    if (!(redis as unknown as Record<string, unknown>).ordergraphTakeTokens) {
      redis.defineCommand('ordergraphTakeTokens', { numberOfKeys: 1, lua: TAKE_SCRIPT });
    }
  }

  async take(key: string, cost: number, shape: BucketShape): Promise<RateLimitDecision> {
    const take = (this.redis as unknown as { ordergraphTakeTokens: TakeCommand }).ordergraphTakeTokens.bind(this.redis);
    const [allowed, tokens, retry] = await take(this.prefix + key, String(shape.burst), String(shape.perSecond / 1000), String(cost));
    return { allowed: allowed === 1, remaining: Math.floor(Number(tokens)), retryAfterMs: Number(retry) };
  }
}

/** Applies the configured bucket to a caller; off when `perSecond` is 0. */
export class RateLimiter {
  constructor(
    private readonly store: RateLimitStore,
    readonly shape: BucketShape,
    /** Called when the store fails (Redis down): the request is let through. */
    private readonly onStoreError: (error: unknown) => void = () => undefined,
  ) {}

  get enabled(): boolean {
    return this.shape.perSecond > 0;
  }

  /**
   * Takes `cost` tokens for `principal`. A store failure lets the request through (fail open,
   * as Envoy's and most gateways' limiters do): an outage of the counter store must not become
   * an outage of the API.
   */
  async check(principal: string, cost = 1): Promise<RateLimitDecision> {
    if (!this.enabled) return { allowed: true, remaining: this.shape.burst, retryAfterMs: 0 };
    try {
      return await this.store.take(principal, Math.min(cost, this.shape.burst), this.shape);
    } catch (error) {
      this.onStoreError(error);
      return { allowed: true, remaining: 0, retryAfterMs: 0 };
    }
  }
}
