import { z } from 'zod';
import { accessEnv, parseAccessConfig, type AccessConfig } from './access/config';
import type { ProviderModule } from './core/registry';
import type { ProviderKey } from './core/provider-key';
import { limitsEnv, parseLimitsConfig, type LimitsConfig } from './limits/config';
import { observabilityEnv, parseObservabilityConfig, type ObservabilityConfig } from './observability/config';
import { parseCorsOrigins, type CorsOrigins } from './http/cors';

/**
 * The only reader of `process.env`. Every setting is validated here at start-up; a bad value
 * stops ordergraph with a message that names the variable and the rule.
 */

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const coreSchema = z.object({
  /** HTTP port of the GraphQL server. Default 4000. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Interface to listen on. Default 0.0.0.0. */
  HOST: z.string().min(1).default('0.0.0.0'),
  /** `auto` (default): run the embedded sandbox when no provider is configured; `true` / `false` force it. */
  SANDBOX: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Orders changed at the emulated vendors per minute in the sandbox (their statuses move on), so the change feed shows something; 0: none. Default 12. */
  SANDBOX_CHANGES_PER_MINUTE: z.coerce.number().min(0).max(6000).default(12),
  /** Demo orders seeded per provider in the sandbox. Default 40. */
  SANDBOX_SEED: z.coerce.number().int().min(0).max(200000).default(40),
  /** Deadline of every upstream call attempt, body included, in milliseconds. Default 10000. */
  PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(50).max(120000).default(10000),
  /** Retries of a failed safe read (GET) per upstream call. Default 2. */
  PROVIDER_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  /** Time one upstream read may take over all its attempts and waits, in milliseconds. Default twice PROVIDER_TIMEOUT_MS. */
  PROVIDER_RETRY_BUDGET_MS: z.coerce.number().int().min(50).max(600000).optional(),
  /** Longest vendor Retry-After (HTTP 429) a retry waits for, in milliseconds. Default 2000. */
  PROVIDER_MAX_RETRY_AFTER_MS: z.coerce.number().int().min(0).max(600000).default(2000),
  /** How long a provider's circuit stays open before a trial call, in milliseconds. Default 2000. */
  CIRCUIT_RESET_MS: z.coerce.number().int().min(100).max(600000).default(2000),
  /** Interval of the background health probe of each vendor, in milliseconds. Default 10000. */
  HEALTH_PROBE_INTERVAL_MS: z.coerce.number().int().min(100).max(3600000).default(10000),
  /** Seconds a read response is cached (0 turns the response cache off). Default 5. */
  RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
  /** HTTP client of the provider calls: `undici` (default, the faster) or `node-fetch`. */
  PROVIDER_HTTP_CLIENT: z.enum(['undici', 'node-fetch']).default('undici'),
  /** Engine that executes GraphQL operations: `jit` (default, graphql-jit) or `graphql-js`. */
  GRAPHQL_EXECUTOR: z.enum(['jit', 'graphql-js']).default('jit'),
  /** Largest `first` accepted by list queries. Default 500. */
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
  /** How long the first provider calls of a walk's next page, started as soon as a page is merged, wait for the request that continues the walk, ms (0: no read ahead). Default 5000. */
  LIST_READ_AHEAD_MS: z.coerce.number().int().min(0).max(60000).default(5000),
  /**
   * How far V8's heap may grow past what a full collection left live before the next one, in
   * percent (`npm start` only; 0: V8's own choice, which can be several times the live heap). Default 75.
   */
  HEAP_GROWTH_PERCENT: z.coerce.number().int().min(0).max(1000).default(75),
  /** Serve introspection (always on in the sandbox). Default false outside the sandbox. */
  INTROSPECTION: booleanFlag.optional(),
  /** Redis shared by the replicas (e.g. redis://127.0.0.1:6379): idempotency keys, persisted queries, response cache, rate limits. Unset: in memory. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  /** Prefix of every Redis key ordergraph writes (several deployments can share one Redis). Default `ordergraph:`. */
  REDIS_PREFIX: z.string().min(1).max(100).default('ordergraph:'),
  /** PostgreSQL of the durable state (e.g. postgres://ordergraph@db:5432/ordergraph): the idempotency ledger. Unset: Redis or memory. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** HMAC key signing list cursors (at least 16 characters; the same on every replica). Unset: cursors are checked but not signed (signed with a fixed key in the sandbox). */
  CURSOR_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** How long after a create was sent a vendor may still commit it: the window of the lookup of a create whose answer was lost. Default 10000. */
  CREATE_COMMIT_DELAY_MS: z.coerce.number().int().min(0).max(600000).default(10000),
  /** How long requests in flight may take to finish after SIGTERM, in milliseconds. Default 10000. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600000).default(10000),
  /** Serve the GraphiQL playground at /graphiql. Default true. */
  PLAYGROUND: booleanFlag.default(true),
  /** Browser origins allowed to call /graphql: `*`, or a list of origins. Unset: none, or any loopback origin in the sandbox. */
  CORS_ORIGINS: z.string().optional(),
  /** The change feed: `auto` (default) runs it with DATABASE_URL, and in the sandbox on an embedded PostgreSQL; `true` runs it in any case (embedded without DATABASE_URL), `false` never. */
  CHANGE_FEED: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Without DATABASE_URL, where the embedded PostgreSQL (PGlite) of the change feed keeps its data. Unset: in memory (lost at exit). */
  EMBEDDED_DATABASE_DIR: z.string().min(1).optional(),
  /** Whether this replica takes part in polling the vendors for changes (one replica per vendor polls at a time). Default true. */
  CHANGE_POLLING: booleanFlag.default(true),
  /** Pause between two change-poll cycles of a vendor, ms. Default 5000; `<VENDOR>_CHANGE_POLL_INTERVAL_MS` sets one vendor's. */
  CHANGE_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(3600000).default(5000),
  /** Lease of a vendor's poller, ms: how long a dead poller keeps its vendor before another replica takes over. Default 15000. */
  CHANGE_LEASE_MS: z.coerce.number().int().min(300).max(3600000).default(15000),
  /** Upstream calls one change-poll cycle may make per vendor. Default 20. */
  CHANGE_POLL_BUDGET: z.coerce.number().int().min(1).max(10000).default(20),
  /** Hours the change feed keeps a change (a cursor older than that is refused); 0: for ever. Default 720 (30 days). */
  CHANGE_RETENTION_HOURS: z.coerce.number().min(0).max(876000).default(720),
  /** Hours the webhook delivery log keeps a delivered or dead delivery and its attempts; 0: for ever. Default 720. */
  WEBHOOK_LOG_RETENTION_HOURS: z.coerce.number().min(0).max(876000).default(720),
  /** How often the replica holding the retention lease prunes, ms. Default 600000 (ten minutes). */
  CHANGE_RETENTION_INTERVAL_MS: z.coerce.number().int().min(1000).max(86400000).default(600000),
  /** Delay before a failed webhook's second attempt, ms; each later attempt doubles it. Default 10000. */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).max(86400000).default(10000),
  /** Longest delay between two attempts of a webhook, ms. Default 3600000 (one hour). */
  WEBHOOK_RETRY_MAX_MS: z.coerce.number().int().min(1).max(86400000).default(3600000),
  /** Attempts of a webhook before it is dead (then only a replay sends it). Default 10. */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  /** Deadline of one webhook attempt, answer included, ms. Default 10000. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(10000),
  /** Let webhook endpoints be private, loopback or link-local addresses. Default false (true in the sandbox). */
  WEBHOOK_ALLOW_PRIVATE_URLS: booleanFlag.optional(),
});

/** Per vendor, the same three settings, e.g. `OCTOPI_CHANGE_POLL_INTERVAL_MS`; unset: the defaults above. */
const pollEnv = (prefix: string) =>
  z.object({
    [`${prefix}_CHANGE_POLL_INTERVAL_MS`]: z.coerce.number().int().min(10).max(3600000).optional(),
    [`${prefix}_CHANGE_LEASE_MS`]: z.coerce.number().int().min(300).max(3600000).optional(),
    [`${prefix}_CHANGE_POLL_BUDGET`]: z.coerce.number().int().min(1).max(10000).optional(),
  });

/** How one vendor is polled for changes. */
export interface ChangePollSettings {
  intervalMs: number;
  leaseMs: number;
  budget: number;
}

export interface Config {
  port: number;
  host: string;
  sandbox: 'auto' | 'true' | 'false';
  sandboxSeed: number;
  sandboxChangesPerMinute: number;
  providerTimeoutMs: number;
  providerRetries: number;
  /** Undefined: twice providerTimeoutMs. */
  providerRetryBudgetMs?: number;
  providerMaxRetryAfterMs: number;
  circuitResetMs: number;
  healthProbeIntervalMs: number;
  providerHttpClient: 'undici' | 'node-fetch';
  graphqlExecutor: 'jit' | 'graphql-js';
  maxPageSize: number;
  /** Lifetime of the provider pages read ahead for a walk's next page, ms; 0: none. */
  listReadAheadMs: number;
  /** V8's heap growth between full collections, percent of the live heap; 0: V8's own (applied by main.ts, the process). */
  heapGrowthPercent: number;
  responseCacheTtlSeconds: number;
  introspection?: boolean;
  redisUrl?: string;
  redisPrefix: string;
  databaseUrl?: string;
  /** HMAC key of list cursors; undefined: unsigned (a fixed key in the sandbox). */
  cursorSecret?: string;
  createCommitDelayMs: number;
  /** Grace period of requests in flight at shutdown, ms. */
  shutdownGraceMs: number;
  /** Whether the playground is served. */
  playground: boolean;
  /** Browser origins allowed by CORS; undefined: the default (none, or loopback in the sandbox). */
  corsOrigins?: CorsOrigins;
  changeFeed: 'auto' | 'true' | 'false';
  embeddedDatabaseDir?: string;
  changePolling: boolean;
  /** Poll settings per provider (every provider, configured or not). */
  changePoll: Map<ProviderKey, ChangePollSettings>;
  /** How long the feed and the webhook delivery log are kept, and how often they are pruned. */
  retention: { changesHours: number; webhookLogHours: number; intervalMs: number };
  /** Webhook delivery: retries, timeout, and whether private addresses are allowed (undefined: only in the sandbox). */
  webhooks: { retryBaseMs: number; retryMaxMs: number; maxAttempts: number; timeoutMs: number; allowPrivateUrls?: boolean };
  /** Validated settings per provider module, configured or not. */
  providerSettings: Map<ProviderKey, unknown>;
  /** API keys and anonymous access (`src/access/config.ts`). */
  access: AccessConfig;
  /** Request limits and rate limit (`src/limits/config.ts`). */
  limits: LimitsConfig;
  /** Logs and metrics (`src/observability/config.ts`). */
  observability: ObservabilityConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The name of every environment variable ordergraph reads, with `modules`' own settings; the
 * per-vendor poll settings once, as their pattern (`<VENDOR>_CHANGE_POLL_INTERVAL_MS`). For the
 * check that the README's configuration table names them all.
 */
export function settingNames(modules: readonly ProviderModule[]): string[] {
  const schemas = [coreSchema, accessEnv, limitsEnv, observabilityEnv, pollEnv('<VENDOR>'), ...modules.map((m) => m.settings)];
  return schemas.flatMap((schema) => {
    if (!(schema instanceof z.ZodObject)) throw new Error('a settings schema that is not an object names no variables');
    return Object.keys(schema.shape);
  });
}

export function loadConfig(modules: readonly ProviderModule[], env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = [];
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const core = coreSchema.safeParse(clean);
  if (!core.success) problems.push(...core.error.issues.map(describeIssue));

  const providerSettings = new Map<ProviderKey, unknown>();
  for (const module of modules) {
    const parsed = module.settings.safeParse(clean);
    if (parsed.success) providerSettings.set(module.key, parsed.data);
    else problems.push(...parsed.error.issues.map(describeIssue));
  }
  const changePoll = new Map<ProviderKey, ChangePollSettings>();
  for (const module of modules) {
    const prefix = module.key.toUpperCase();
    const parsed = pollEnv(prefix).safeParse(clean);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map(describeIssue));
      continue;
    }
    const own = parsed.data as Record<string, number | undefined>;
    const settings = {
      intervalMs: own[`${prefix}_CHANGE_POLL_INTERVAL_MS`] ?? core.data?.CHANGE_POLL_INTERVAL_MS ?? 5000,
      leaseMs: own[`${prefix}_CHANGE_LEASE_MS`] ?? core.data?.CHANGE_LEASE_MS ?? 15000,
      budget: own[`${prefix}_CHANGE_POLL_BUDGET`] ?? core.data?.CHANGE_POLL_BUDGET ?? 20,
    };
    changePoll.set(module.key, settings);
  }
  const access = parseAccessConfig(clean);
  const limits = parseLimitsConfig(clean);
  const observability = parseObservabilityConfig(clean);
  const cors = clean.CORS_ORIGINS === undefined ? undefined : parseCorsOrigins(clean.CORS_ORIGINS, false);
  problems.push(...access.problems, ...limits.problems, ...observability.problems, ...(cors?.problems ?? []));
  if (problems.length > 0 || !core.success) throw new ConfigError(problems);

  const c = core.data;
  return {
    port: c.PORT,
    host: c.HOST,
    sandbox: c.SANDBOX,
    sandboxSeed: c.SANDBOX_SEED,
    sandboxChangesPerMinute: c.SANDBOX_CHANGES_PER_MINUTE,
    providerTimeoutMs: c.PROVIDER_TIMEOUT_MS,
    providerRetries: c.PROVIDER_RETRIES,
    providerRetryBudgetMs: c.PROVIDER_RETRY_BUDGET_MS,
    providerMaxRetryAfterMs: c.PROVIDER_MAX_RETRY_AFTER_MS,
    circuitResetMs: c.CIRCUIT_RESET_MS,
    healthProbeIntervalMs: c.HEALTH_PROBE_INTERVAL_MS,
    providerHttpClient: c.PROVIDER_HTTP_CLIENT,
    graphqlExecutor: c.GRAPHQL_EXECUTOR,
    maxPageSize: c.MAX_PAGE_SIZE,
    listReadAheadMs: c.LIST_READ_AHEAD_MS,
    heapGrowthPercent: c.HEAP_GROWTH_PERCENT,
    responseCacheTtlSeconds: c.RESPONSE_CACHE_TTL_SECONDS,
    introspection: c.INTROSPECTION,
    redisUrl: c.REDIS_URL,
    redisPrefix: c.REDIS_PREFIX,
    databaseUrl: c.DATABASE_URL,
    cursorSecret: c.CURSOR_SECRET,
    createCommitDelayMs: c.CREATE_COMMIT_DELAY_MS,
    corsOrigins: cors?.origins,
    changeFeed: c.CHANGE_FEED,
    embeddedDatabaseDir: c.EMBEDDED_DATABASE_DIR,
    changePolling: c.CHANGE_POLLING,
    changePoll,
    retention: { changesHours: c.CHANGE_RETENTION_HOURS, webhookLogHours: c.WEBHOOK_LOG_RETENTION_HOURS, intervalMs: c.CHANGE_RETENTION_INTERVAL_MS },
    shutdownGraceMs: c.SHUTDOWN_GRACE_MS,
    playground: c.PLAYGROUND,
    webhooks: {
      retryBaseMs: c.WEBHOOK_RETRY_BASE_MS,
      retryMaxMs: c.WEBHOOK_RETRY_MAX_MS,
      maxAttempts: c.WEBHOOK_MAX_ATTEMPTS,
      timeoutMs: c.WEBHOOK_TIMEOUT_MS,
      allowPrivateUrls: c.WEBHOOK_ALLOW_PRIVATE_URLS,
    },
    providerSettings,
    access: access.config!,
    limits: limits.config!,
    observability: observability.config!,
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const name = issue.path.join('.') || '(environment)';
  return `${name}: ${issue.message}`;
}
