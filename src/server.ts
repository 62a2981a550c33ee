import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Access } from './access/access';
import type { RequestGate } from './access/gate';
import { scopePlugin } from './access/plugin';
import { registryFor } from './access/scoped-registry';
import { CursorCodec } from './core/cursor';
import type { ListReadAhead } from './core/read-ahead';
import { ErrorCode, OrderGraphError } from './core/errors';
import { IdempotentCreates } from './core/idempotency';
import type { ChangeLog } from './changes/feed';
import { WEBHOOK_QUERIES } from './changes/webhooks/root-fields';
import type { Webhooks } from './changes/webhooks/webhook.resolver';
import type { Database } from './state/database';
import { readiness } from './state/readiness';
import { OrderLoaders } from './core/loaders';
import type { ProviderRegistry, ResolverClass } from './core/registry';
import { ProviderStats } from './core/stats';
import type { HealthProber } from './core/health';
import { ProviderResilience } from './core/resilience';
import { memoryState, type SharedState } from './state/redis';
import type { RequestContext } from './graphql/context';
import { executorGateway, type GraphQLExecutorName } from './graphql/executor';
import { PartialErrors } from './graphql/partial-errors';
import { buildOrderGraphSchema } from './graphql/schema';
import { Playground, type PlaygroundOptions } from './playground';
import { apolloLimitOptions, withStatus } from './limits/apollo';
import type { LimitsConfig } from './limits/config';
import type { Observability, RequestScope } from './observability';
import type { FastifyInstance } from 'fastify';
import { PREFLIGHT_HEADERS, type CorsOrigins } from './http/cors';
import { buildHttpApp, drainHttpApp, type JsonAnswer } from './http/app';
import { serveSubscriptions, type SubscriptionServer } from './http/subscriptions';
import { limitRules } from './limits/rules';
import type { GraphQLSchema } from 'graphql';

export interface ServerOptions {
  registry: ProviderRegistry;
  providerResolvers: ResolverClass[];
  maxPageSize: number;
  /** Signs and checks list cursors (unsigned when omitted). */
  cursors?: CursorCodec;
  /** The provider pages read ahead for walks' next pages; omitted: none. */
  readAhead?: ListReadAhead;
  stats?: ProviderStats;
  resilience?: ProviderResilience;
  /** The background vendor prober that `/ready` and `providers` read. */
  health: HealthProber;
  /** Where replicas share state (Redis or memory). */
  shared?: SharedState;
  /** The durable store, reported by /ready. */
  database?: Database;
  /** The change feed that `orderChanges` reads. */
  changes?: ChangeLog;
  /** Webhook endpoints and deliveries (src/changes/webhooks); without them, webhook operations are UNSUPPORTED_OPERATION. */
  webhooks?: Webhooks;
  /** In the sandbox: `POST /_sandbox/change-orders` changes orders at the emulated vendors. */
  sandboxChanges?: (count: number, vendor?: string) => unknown;
  /** Exactly-once creates (default: over the shared state's ledger, with the default delays). */
  idempotency?: IdempotentCreates;
  /** Seconds a read response is cached; 0 turns the cache off. */
  responseCacheTtlSeconds?: number;
  introspection: boolean;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes?: number;
  /** The GraphiQL playground at /graphiql (and / for browsers); false turns it off. */
  playground?: PlaygroundOptions | false;
  /** Authentication, rate limit and the limits checked before parsing (src/access/gate.ts). */
  gate: RequestGate;
  /** Operation limits (src/limits). */
  limits: LimitsConfig;
  /** "Did you mean ...?" in validation errors. */
  fieldSuggestions: boolean;
  /** JSON logs, metrics and secret redaction (src/observability). */
  observability: Observability;
  /** Engine that executes operations (default `jit`, see src/graphql/executor.ts). */
  executor?: GraphQLExecutorName;
  /** Browser origins allowed to call /graphql (default: none). */
  cors?: CorsOrigins;
  /** How long requests in flight may take to finish once the server closes (default 10 s). */
  shutdownGraceMs?: number;
}

/** Codes that GraphQL itself or Apollo put on errors and that clients may see as they are. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place errors are normalised: ordergraph's own errors keep their code and details,
 * GraphQL's request errors keep theirs, and anything unexpected is masked as
 * INTERNAL_SERVER_ERROR so that no stack, URL or credential leaks to a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // A validation rule's OrderGraphError (QUERY_TOO_COMPLEX) arrives wrapped by Apollo as its originalError.
  const original = unwrapped instanceof GraphQLError && unwrapped.originalError instanceof OrderGraphError ? unwrapped.originalError : unwrapped;
  if (original instanceof OrderGraphError) {
    const { http: _status, ...extensions } = original.extensions;
    return { ...formatted, message: original.message, extensions };
  }
  // Apollo gives an APQ hash that does not match its query no code; Apollo Router's name for it.
  if (formatted.message === 'provided sha does not match query')
    return {
      message: 'The persisted query hash (extensions.persistedQuery.sha256Hash) does not match the SHA-256 of the query text',
      extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' },
    };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (original instanceof GraphQLError && !original.originalError && formatted.extensions?.code === undefined) {
    return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/**
 * Root fields whose answers must never come from the cache: health is checked now, the feed's
 * latest page grows, and a key's webhook endpoints are its own (the cache is shared by keys of
 * the same scopes and vendors).
 */
const UNCACHEABLE_ROOT_FIELDS = new Set<string>(['providers', 'orderChanges', ...WEBHOOK_QUERIES]);

/**
 * The response cache's policy, set once per operation rather than by per-field hints: a query
 * is cacheable for `maxAge` seconds unless it selects an uncacheable root field.
 */
function operationCachePolicy(maxAge: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, overallCachePolicy }) {
          if (operation?.operation !== 'query') return;
          const roots = operation.selectionSet.selections;
          if (roots.some((s) => s.kind !== 'Field' || UNCACHEABLE_ROOT_FIELDS.has(s.name.value))) return;
          overallCachePolicy.replace({ maxAge, scope: 'PUBLIC' });
        },
      };
    },
  };
}

/** A subscription sent over HTTP is refused with a pointer to where subscriptions are served. */
function subscriptionsOverWebSocket(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw withStatus(
            new OrderGraphError(
              ErrorCode.BAD_REQUEST,
              'Subscriptions are served over WebSocket (graphql-ws, protocol graphql-transport-ws) at /graphql, not over HTTP POST',
            ),
            400,
          );
        },
      };
    },
  };
}

/** Every mutation bumps the cache generation: reads after a write never see the cached past. */
function invalidateOnMutation(shared: SharedState): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') await shared.invalidateCache();
        },
      };
    },
  };
}

export class OrderGraphServer {
  readonly apollo: ApolloServer<RequestContext>;
  private readonly idempotency: IdempotentCreates;
  private readonly shared: SharedState;
  private readonly stats: ProviderStats;
  private readonly cursors: CursorCodec;
  private readonly resilience: ProviderResilience;
  private readonly playground?: Playground;
  /** Set once the server starts closing: /ready answers 503 from then on. */
  private draining = false;
  private http?: FastifyInstance;
  private readonly schema: GraphQLSchema;
  /**
   * What every request's context shares, made once. Apollo copies a context's own properties
   * for every operation it runs (and a copy reads a getter's value, which would make the child
   * logger that `log` makes on first use), so a context holds only its own request's parts and
   * finds the rest, and the `log` getter, on this prototype.
   */
  private readonly sharedContext: Partial<RequestContext>;
  /** GraphQL over WebSocket on the HTTP server's port (src/http/subscriptions.ts). */
  subscriptions?: SubscriptionServer;
  url = '';

  constructor(private readonly options: ServerOptions) {
    this.shared = options.shared ?? memoryState();
    // Resolved once: a request context only points at them.
    this.stats = options.stats ?? new ProviderStats();
    this.cursors = options.cursors ?? new CursorCodec();
    this.resilience = options.resilience ?? new ProviderResilience();
    this.idempotency = options.idempotency ?? new IdempotentCreates(this.shared.ledger, { commitDelayMs: 10_000, sendLeaseMs: 12_000 });
    this.playground = options.playground === false ? undefined : new Playground(options.playground);
    this.sharedContext = {
      maxPageSize: options.maxPageSize,
      cursors: this.cursors,
      readAhead: options.readAhead,
      stats: this.stats,
      resilience: this.resilience,
      health: options.health,
      idempotency: this.idempotency,
      changes: options.changes,
      webhooks: options.webhooks,
      // Read through: the request's child logger is made only if something logs.
      get log() {
        return (this as RequestContext).scope.log;
      },
    };
    const cacheTtl = options.responseCacheTtlSeconds ?? 0;
    const { plugins: limitPlugins, ...limitOptions } = apolloLimitOptions(options.limits, options.fieldSuggestions);
    const { redactor } = options.observability;
    const schema = buildOrderGraphSchema(options.providerResolvers);
    this.schema = schema;
    this.apollo = new ApolloServer<RequestContext>({
      gateway: executorGateway(schema, options.executor ?? 'jit', options.observability.tracing),
      introspection: options.introspection,
      includeStacktraceInErrorResponses: false,
      formatError: (formatted, error) => redactError(formatError(formatted, error), (text) => redactor.redact(text)),
      logger: options.observability.logger,
      ...limitOptions,
      // No landing page (Apollo's loads from a CDN); no federated tracing (costs CPU on every request).
      // No cache-control plugin: Apollo installs it by default and it runs a hook on every resolved
      // field (a fifth of the CPU of a page of orders in bench/). The response cache gets its
      // policy for the whole operation instead (operationCachePolicy).
      plugins: [
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginInlineTraceDisabled(),
        ApolloServerPluginCacheControlDisabled(),
        drainHttpApp(() => this.http, options.shutdownGraceMs ?? 10_000),
        scopePlugin(options.introspection),
        subscriptionsOverWebSocket(),
        ...limitPlugins,
        options.observability.plugin(),
        ...(options.observability.tracing ? [options.observability.tracing.plugin()] : []),
        ...(cacheTtl > 0
          ? [
              operationCachePolicy(cacheTtl),
              // Cached answers are keyed by what the caller may see (scopes and providers), so no key
              // reads another's scope, and by the cache generation that every mutation bumps.
              responseCachePlugin({
                extraCacheKeyData: async (rc) => [(rc.contextValue as RequestContext).access.fingerprint, await this.shared.cacheGeneration()],
              }),
              invalidateOnMutation(this.shared),
            ]
          : []),
      ],
      // Automatic persisted queries share the same store as the response cache (Redis across replicas).
      cache: this.shared.cache,
      persistedQueries: { ttl: 24 * 3600 },
      // Every ordergraph request carries Authorization, which no HTML form or <img> can send and which
      // forces a CORS preflight: such a GET (urql's default for short queries) is no CSRF risk.
      csrfPrevention: { requestHeaders: [...PREFLIGHT_HEADERS] },
    });
  }

  async listen(port: number, host = '127.0.0.1'): Promise<string> {
    await this.apollo.start();
    const { observability } = this.options;
    const metrics = observability.metrics;
    this.http = buildHttpApp<RequestContext>({
      apollo: this.apollo,
      context: (access, scope) => this.createContext(access, scope),
      gate: this.options.gate,
      observability,
      maxBodyBytes: this.options.maxBodyBytes ?? 1_000_000,
      uploads: this.options.limits.uploads,
      cors: this.options.cors ?? { kind: 'none' },
      ready: () => this.ready(),
      metrics: async () => (metrics ? metrics.render() : null),
      playground: this.playground,
      sandboxChanges: this.options.sandboxChanges,
    });
    this.subscriptions = serveSubscriptions<RequestContext>({
      server: this.http.server,
      schema: this.schema,
      gate: this.options.gate,
      context: (access, scope) => this.createContext(access, scope),
      validationRules: limitRules(this.options.limits),
      maxTokens: this.options.limits.maxTokens,
      formatError: (error) => redactError(formatError(error.toJSON(), error), (text) => observability.redactor.redact(text)),
      observability,
    });
    await this.http.listen({ port, host });
    const address = this.http.server.address() as AddressInfo;
    this.url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
    return this.url;
  }

  /** Stops serving: Apollo's stop drains the HTTP server first (see `drainHttpApp`). */
  async close(): Promise<void> {
    this.draining = true;
    // Subscriptions never end by themselves: their sockets are closed first (clients reconnect elsewhere).
    await this.subscriptions?.close();
    await this.apollo.stop();
  }

  /** The context of one request, narrowed to what its API key may access. */
  private createContext(access: Access, scope: RequestScope): RequestContext {
    const context = Object.create(this.sharedContext) as RequestContext;
    context.registry = registryFor(this.options.registry, access);
    context.loaders = new OrderLoaders(context.registry);
    context.principal = access.principal;
    context.access = access;
    context.requestId = scope.requestId;
    context.scope = scope;
    context.partialErrors = new PartialErrors();
    return context;
  }

  /** Readiness (src/state/readiness.ts): a store that is down is reported, never a reason to be unready; vendors from the prober. */
  private async ready(): Promise<JsonAnswer> {
    if (this.draining) return { status: 503, body: { status: 'shutting down' } };
    const probes = await this.options.health.latestAll();
    const { ready, body } = await readiness(this.shared, Object.fromEntries(probes.map((probe) => [probe.provider, probe.reachable])), this.options.database);
    return { status: ready ? 200 : 503, body };
  }
}

/** Applies `redact` to an error's message and to every string among its extensions. */
function redactError(error: GraphQLFormattedError, redact: (text: string) => string): GraphQLFormattedError {
  const extensions = error.extensions
    ? Object.fromEntries(Object.entries(error.extensions).map(([key, value]) => [key, typeof value === 'string' ? redact(value) : value]))
    : undefined;
  return { ...error, message: redact(error.message), ...(extensions ? { extensions } : {}) };
}
