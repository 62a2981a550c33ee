import type { DestinationStream } from 'pino';
import { apiKeysFor, RequestGate, sandboxKeys } from './access';
import { SANDBOX_KEYS } from './access/keys';
import { loadConfig, type Config } from './config';
import { CursorCodec } from './core/cursor';
import { setDefaultHttpClient, type CallRecord } from './core/http';
import { HealthProber } from './core/health';
import { ProviderRegistry, type ProviderModule } from './core/registry';
import { ListReadAhead } from './core/read-ahead';
import { ProviderResilience } from './core/resilience';
import { ProviderStats } from './core/stats';
import { sandboxModules, type SandboxHandle, type SandboxModule } from './sandbox';
import { sandboxActivity, type SandboxActivity } from './sandbox/activity';
import { MemoryRateLimitStore, RateLimiter, RedisRateLimitStore } from './limits/rate-limit';
import { Observability } from './observability';
import { secretValues } from './observability/redact';
import { OrderGraphServer } from './server';
import { parseCorsOrigins } from './http/cors';
import { IdempotentCreates } from './core/idempotency';
import { migrate, postgresDatabase, type Database } from './state/database';
import { PostgresIdempotencyLedger } from './state/postgres-ledger';
import { embeddedDatabase } from './state/pglite';
import { PostgresChangeLog } from './changes/postgres-log';
import { ChangePoller } from './changes/poller';
import { ChangeFanout } from './changes/fanout';
import { FeedRetention } from './changes/retention';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Access } from './access/access';
import { WebhookStore } from './changes/webhooks/store';
import { WebhookUrlPolicy } from './changes/webhooks/url-policy';
import { DEFAULT_WEBHOOK_OPTIONS, WebhookWorker } from './changes/webhooks/worker';
import type { Webhooks } from './changes/webhooks/webhook.resolver';
import { memoryState, redisConnected, redisState, type SharedState } from './state/redis';

/** The API key the playground's key field starts with in the sandbox: the demo key, read and write. */
export const SANDBOX_API_KEY = SANDBOX_KEYS[0].key;
/** The sandbox signs cursors too, so that its cursors behave as a deployment's do. */
const SANDBOX_CURSOR_SECRET = 'ordergraph-sandbox-cursors';

export interface OrderGraphApp {
  server: OrderGraphServer;
  registry: ProviderRegistry;
  config: Config;
  /** The emulators, when running on the embedded sandbox. */
  sandboxes: Map<string, SandboxHandle>;
  /** Orders changing at the emulated vendors (sandbox only). */
  activity?: SandboxActivity;
  /** Where replicas share state (Redis or memory). */
  shared: SharedState;
  /** The durable store (PostgreSQL, with DATABASE_URL), its migrations applied. */
  database?: Database;
  /** The change feed, in the durable store. */
  changes?: PostgresChangeLog;
  /** This replica's change pollers, one per configured vendor (only the lease holder of each polls). */
  pollers: ChangePoller[];
  /** Webhook delivery of this replica, when the change feed runs. */
  webhookWorker?: WebhookWorker;
  /** Prunes the feed and the webhook delivery log past their retention (on the replica holding its lease). */
  retention?: FeedRetention;
  url: string;
  /** Logger, metrics registry and secret redactor of this instance. */
  observability: Observability;
  /** The background vendor prober. */
  health: HealthProber;
  close(): Promise<void>;
}

export interface StartOptions {
  modules: readonly ProviderModule[];
  /** The emulators to run on the embedded sandbox (default: every vendor's); only those of `modules` start. */
  sandboxes?: readonly SandboxModule[];
  /** Environment to read (default `process.env`). */
  env?: Record<string, string | undefined>;
  /** Observer of every upstream call. */
  onCall?: (record: CallRecord) => void;
  /** Where the JSON log lines go (default stdout). */
  logDestination?: DestinationStream;
}

/**
 * Starts ordergraph: reads the configuration, starts and seeds the sandbox emulators when
 * no provider is configured (or SANDBOX=true), builds the providers and serves GraphQL.
 */
export async function startOrderGraph(options: StartOptions): Promise<OrderGraphApp> {
  const env = options.env ?? process.env;
  let config = loadConfig(options.modules, env);
  const anyConfigured = options.modules.some((m) => m.isConfigured(config.providerSettings.get(m.key)));
  const useSandbox = config.sandbox === 'true' || (config.sandbox === 'auto' && !anyConfigured);
  // Before anything starts: no key and no anonymous access is a configuration error.
  const apiKeys = apiKeysFor(config.access, useSandbox);

  const sandboxes = new Map<string, SandboxHandle>();
  if (useSandbox) {
    const wanted = (options.sandboxes ?? sandboxModules).filter((s) => options.modules.some((m) => m.key === s.key));
    const handles = await Promise.all(wanted.map((s) => s.start({ seed: config.sandboxSeed })));
    handles.forEach((handle, i) => sandboxes.set(wanted[i].key, handle));
    config = loadConfig(options.modules, { ...env, ...Object.assign({}, ...handles.map((h) => h.env)) });
  }
  const activity = useSandbox ? sandboxActivity(sandboxes, config.sandboxChangesPerMinute) : undefined;

  setDefaultHttpClient(config.providerHttpClient);
  const observability = new Observability({
    logLevel: config.observability.logLevel,
    destination: options.logDestination,
    // Only ordergraph's own settings: scanning the whole environment would take any `*_KEY` value
    // (even a word like "createdAt") for a secret and mangle responses.
    secrets: [
      ...secretValues([
        ...config.providerSettings.values(),
        { REDIS_URL: config.redisUrl, DATABASE_URL: config.databaseUrl, CURSOR_SECRET: config.cursorSecret },
      ]),
      ...(useSandbox ? sandboxKeys() : []),
    ],
    metrics: config.observability.metrics,
    tracing: config.observability.tracing,
  });
  const stats = new ProviderStats();
  const onCall = (record: CallRecord) => {
    stats.record(record);
    observability.providerCall(record);
    options.onCall?.(record);
  };
  const resilience = new ProviderResilience({
    retries: config.providerRetries,
    budgetMs: config.providerRetryBudgetMs,
    maxRetryAfterMs: config.providerMaxRetryAfterMs,
    resetTimeoutMs: config.circuitResetMs,
    onStateChange: (provider, state) => {
      observability.circuitState(provider, state);
      // The half-open trial is the prober's probe, at once, rather than some client's read later.
      if (state === 'HALF_OPEN') void health.probeNow(provider);
    },
  });
  const deps = { timeoutMs: config.providerTimeoutMs, onCall, resilience, tracer: observability.tracing?.calls };
  const providers = options.modules
    .filter((m) => m.isConfigured(config.providerSettings.get(m.key)))
    .map((m) => m.create(config.providerSettings.get(m.key), deps));
  const registry = new ProviderRegistry(providers);
  const health = new HealthProber(providers, { intervalMs: config.healthProbeIntervalMs });
  for (const key of registry.keys()) observability.metrics?.circuitState(key, resilience.state(key));
  // Migrations first: a replica serves only once the schema is what its code expects.
  const database = config.databaseUrl ? postgresDatabase(config.databaseUrl) : undefined;
  if (database) {
    await migrate(database).catch(async (error: unknown) => {
      await database.close();
      throw error;
    });
  }
  // The feed lives in DATABASE_URL's PostgreSQL; without one, in the sandbox (or when asked), in an
  // embedded PostgreSQL of this process, so that `npm start` shows it with nothing installed.
  const feedWanted = config.changeFeed === 'true' || (config.changeFeed === 'auto' && (database !== undefined || useSandbox));
  let embedded: Database | undefined;
  if (feedWanted && !database) {
    embedded = await embeddedDatabase(config.embeddedDatabaseDir);
    await migrate(embedded);
  }
  const feedDatabase = database ?? embedded;
  const changes = feedWanted && feedDatabase ? new PostgresChangeLog(feedDatabase) : undefined;
  const shared: SharedState = config.redisUrl ? redisState(config.redisUrl, config.redisPrefix) : memoryState();

  // The ledger lives where it survives: PostgreSQL when configured, else with the shared state.
  const idempotency = new IdempotentCreates(database ? new PostgresIdempotencyLedger(database) : shared.ledger, {
    commitDelayMs: config.createCommitDelayMs,
    // A create is sent once (writes are never retried): its holder needs the key for one timeout, and a margin.
    sendLeaseMs: config.providerTimeoutMs + 2000,
  });

  // Rate-limit buckets: in Redis when replicas share one, in memory otherwise.
  const redis = shared.redis;
  // A Redis that is down at start-up costs its cache, not the start: wait briefly, then serve anyway.
  if (redis) await redisConnected(redis);
  redis?.on('error', (error: Error) => observability.logger.warn({ err: { message: error.message } }, 'redis error'));
  const rateLimiter = new RateLimiter(
    redis ? new RedisRateLimitStore(redis, `${config.redisPrefix}ratelimit:`) : new MemoryRateLimitStore(),
    config.limits.rateLimit,
    (error) => observability.logger.warn({ err: { message: (error as Error).message } }, 'rate limit store unavailable; request let through'),
  );
  const gate = new RequestGate({
    keys: apiKeys,
    allowAnonymous: config.access.allowAnonymous,
    rateLimiter,
    limits: config.limits,
    onRateLimited: (principal) => observability.metrics?.rateLimit(principal),
  });

  // Webhooks live beside the change feed in the database; every replica delivers (src/changes/webhooks/worker.ts).
  let webhooks: Webhooks | undefined;
  let webhookWorker: WebhookWorker | undefined;
  if (feedDatabase && changes) {
    const urlPolicy = new WebhookUrlPolicy(config.webhooks.allowPrivateUrls ?? useSandbox);
    const store = new WebhookStore(feedDatabase);
    webhooks = { store, changeLog: changes, urlPolicy };
    webhookWorker = new WebhookWorker({
      ...DEFAULT_WEBHOOK_OPTIONS,
      retryBaseMs: config.webhooks.retryBaseMs,
      retryMaxMs: config.webhooks.retryMaxMs,
      maxAttempts: config.webhooks.maxAttempts,
      timeoutMs: config.webhooks.timeoutMs,
      store,
      changeLog: changes,
      urlPolicy,
      accessOf: (principal) => apiKeys.accessOf(principal) ?? (principal === 'anonymous' && config.access.allowAnonymous ? Access.full('anonymous') : null),
      logger: observability.logger,
      observer: observability.metrics?.webhooks,
    });
  }

  // One reader of the log per replica for its subscriptions; its metrics.
  if (changes && observability.metrics) {
    ChangeFanout.of(changes, (error) =>
      observability.logger.warn({ err: { message: (error as Error).message } }, 'reading the change feed for subscriptions failed; retrying'),
    ).observer = observability.metrics.subscriptions;
  }

  const server = new OrderGraphServer({
    registry,
    providerResolvers: options.modules.flatMap((m) => m.resolvers),
    maxPageSize: config.maxPageSize,
    cursors: new CursorCodec(config.cursorSecret ?? (useSandbox ? SANDBOX_CURSOR_SECRET : undefined)),
    readAhead: config.listReadAheadMs > 0 ? new ListReadAhead({ ttlMs: config.listReadAheadMs }) : undefined,
    stats,
    resilience,
    health,
    shared,
    database,
    changes,
    webhooks,
    sandboxChanges: activity ? (count, vendor) => activity.changeNow(count, vendor) : undefined,
    idempotency,
    responseCacheTtlSeconds: config.responseCacheTtlSeconds,
    introspection: config.introspection ?? useSandbox,
    playground: config.playground ? { defaultApiKey: useSandbox ? SANDBOX_API_KEY : undefined } : false,
    shutdownGraceMs: config.shutdownGraceMs,
    maxBodyBytes: config.limits.maxBodyBytes,
    gate,
    limits: config.limits,
    fieldSuggestions: config.limits.fieldSuggestions ?? useSandbox,
    observability,
    executor: config.graphqlExecutor,
    cors: config.corsOrigins ?? parseCorsOrigins(undefined, useSandbox).origins!,
  });
  const url = await server.listen(config.port, config.host);
  // After start-up's CPU work (schema, executor), which would otherwise hold the first probes past their deadline.
  health.start();
  // Every replica runs a poller per vendor; the lease in the database lets one of them poll.
  const replicaId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const pollers =
    feedDatabase && changes && config.changePolling
      ? registry.all().map(
          (provider) =>
            new ChangePoller({
              db: feedDatabase,
              provider,
              settings: config.changePoll.get(provider.key)!,
              owner: replicaId,
              observer: observability.metrics?.changePolls,
              log: observability.logger,
            }),
        )
      : [];
  for (const poller of pollers) poller.start();
  webhookWorker?.start();
  const retention =
    feedDatabase && changes && config.changePolling ? new FeedRetention(feedDatabase, config.retention, replicaId, observability.logger) : undefined;
  retention?.start();

  return {
    server,
    registry,
    config,
    sandboxes,
    activity,
    shared,
    database,
    changes,
    pollers,
    webhookWorker,
    retention,
    url,
    observability,
    health,
    async close() {
      activity?.stop();
      await server.close();
      // Before the database closes: a cycle under way commits or not, then the leases go to another replica.
      await Promise.all(pollers.map((poller) => poller.stop()));
      // Attempts in flight are recorded before the database closes.
      await webhookWorker?.stop();
      await retention?.stop();
      health.stop();
      resilience.shutdown();
      await shared.close();
      await changes?.close();
      await database?.close();
      await embedded?.close();
      await Promise.all([...sandboxes.values()].map((s) => s.close()));
      // Exports the spans still buffered.
      await observability.tracing?.shutdown();
      observability.logger.flush();
    },
  };
}
