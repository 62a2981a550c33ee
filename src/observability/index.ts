import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { CallRecord } from '../core/http';
import type { RequestContext } from '../graphql/context';
import { Metrics } from './metrics';
import { SecretRedactor } from './redact';
import { Tracing, type TracingConfig } from './tracing';

/** What is known about the request being served, for its log lines and metrics. */
export interface RequestScope {
  requestId: string;
  /** The API key's id once authenticated. */
  principal?: string;
  /** Names (or `anonymous`) of the GraphQL operations of the request. */
  operations: string[];
  /** `extensions.code` of every error returned. */
  errorCodes: string[];
  log: Logger;
  started: number;
}

export interface ObservabilityOptions {
  logLevel: string;
  /** Where JSON log lines go (default stdout). */
  destination?: DestinationStream;
  /** Values that must never appear in a log line or an error message. */
  secrets: Iterable<string>;
  metrics: boolean;
  /** OpenTelemetry traces over OTLP; unset: no tracing at all. */
  tracing?: TracingConfig;
}

/**
 * Structured JSON logs (pino) and Prometheus metrics (prom-client). Each request runs in an
 * AsyncLocalStorage scope holding its request id, so that the HTTP layer's report of every
 * upstream call (`providerCall`, fed by `onCall`) lands in a log line that names the request
 * and operation that caused it. Traces (OpenTelemetry, when an OTLP endpoint is set) follow
 * the same request into every vendor call. Log lines are redacted twice: by path (any `authorization`,
 * `token`, `password` field) and by value (every configured secret).
 */
export class Observability {
  readonly logger: Logger;
  readonly metrics: Metrics | null;
  readonly redactor: SecretRedactor;
  /** OpenTelemetry traces (src/observability/tracing.ts); null when no OTLP endpoint is set. */
  readonly tracing: Tracing | null;
  private readonly scopes = new AsyncLocalStorage<RequestScope>();
  /**
   * Whether each request's scope follows its asynchronous work. Only the provider call lines
   * need it (they name the request that caused the call), and only when they are written (level
   * info or finer). Entering an AsyncLocalStorage on Node 20 installs promise hooks that then
   * run for every promise of the process: about a tenth of the CPU of a read by id (BENCHMARKS.md).
   */
  readonly followsRequests: boolean;

  constructor(options: ObservabilityOptions) {
    this.redactor = new SecretRedactor(options.secrets);
    const redactor = this.redactor;
    this.logger = pino(
      {
        level: options.logLevel,
        base: { service: 'ordergraph' },
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        redact: {
          paths: [
            'authorization',
            '*.authorization',
            'headers.authorization',
            '*.headers.authorization',
            'token',
            '*.token',
            'password',
            '*.password',
            'apiKey',
            '*.apiKey',
          ],
          censor: '[REDACTED]',
        },
        hooks: { streamWrite: (line) => redactor.redact(line) },
      },
      options.destination ?? pino.destination({ dest: 1, sync: false }),
    );
    this.metrics = options.metrics ? new Metrics() : null;
    this.tracing = options.tracing ? new Tracing(options.tracing) : null;
    this.followsRequests = this.logger.isLevelEnabled('info');
  }

  /** The scope of the request being served on this async path, if any. */
  current(): RequestScope | undefined {
    return this.scopes.getStore();
  }

  /**
   * Opens the scope of one HTTP request (entered with `within`): takes the caller's `x-request-id` (when it is a
   * sane token) or makes one, echoes it in the response, and writes one log line and the
   * request metrics when the response ends.
   */
  begin(req: IncomingMessage, res: ServerResponse): RequestScope {
    const offered = req.headers['x-request-id'];
    const requestId = typeof offered === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(offered) ? offered : randomUUID();
    res.setHeader('x-request-id', requestId);
    const logger = this.logger;
    let log: Logger | undefined;
    const scope: RequestScope = {
      requestId,
      operations: [],
      errorCodes: [],
      // Made on first use: at level warn most requests never log a line.
      get log() {
        return (log ??= logger.child({ requestId }));
      },
      started: performance.now(),
    };
    res.once('close', () => this.finish(req, res, scope));
    return scope;
  }

  /** Runs `fn` inside `scope`: what it starts (provider calls, log lines) belongs to that request. */
  within<T>(scope: RequestScope, fn: () => T): T {
    return this.followsRequests ? this.scopes.run(scope, fn) : fn();
  }

  /** One line and one metric per upstream call (the HTTP layer's `onCall`). */
  providerCall(record: CallRecord): void {
    this.metrics?.providerCall(record);
    if (!this.followsRequests) return;
    const scope = this.current();
    const line = {
      provider: record.provider,
      method: record.method,
      path: record.path,
      status: record.status,
      ms: Math.round(record.ms * 10) / 10,
      error: record.error,
      operation: scope?.operations.join(',') || undefined,
    };
    (scope?.log ?? this.logger).info(line, 'provider call');
  }

  /** A provider's circuit breaker changed state: a warning line and the gauge. */
  circuitState(provider: string, state: 'CLOSED' | 'OPEN' | 'HALF_OPEN'): void {
    (state === 'CLOSED' ? this.logger.info : this.logger.warn).call(this.logger, { provider, circuit: state }, 'provider circuit');
    this.metrics?.circuitState(provider, state);
  }

  /** Records the operation names and the error codes of each GraphQL operation in the scope. */
  plugin(): ApolloServerPlugin<RequestContext> {
    const metrics = () => this.metrics;
    return {
      async requestDidStart() {
        return {
          async didResolveOperation({ operationName, contextValue }) {
            contextValue.scope.operations.push(operationName ?? 'anonymous');
          },
          async willSendResponse({ response, contextValue }) {
            const scope = contextValue.scope;
            if (!scope || response.body.kind !== 'single') return;
            for (const error of response.body.singleResult.errors ?? []) {
              const code = String(error.extensions?.code ?? 'UNKNOWN');
              scope.errorCodes.push(code);
              metrics()?.error(code);
            }
          },
        };
      },
    };
  }

  /** Counts a rejection made before GraphQL (401, 413, 429...) as an error of that code. */
  rejected(code: string, scope = this.current()): void {
    scope?.errorCodes.push(code);
    this.metrics?.error(code);
  }

  private finish(req: IncomingMessage, res: ServerResponse, scope: RequestScope): void {
    const seconds = (performance.now() - scope.started) / 1000;
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/metrics' || path === '/health' || path === '/ready') return;
    const operation = scope.operations.length > 1 ? 'batch' : (scope.operations[0] ?? 'none');
    this.metrics?.request(operation, res.statusCode, seconds);
    const line = {
      method: req.method,
      path,
      status: res.statusCode,
      ms: Math.round(seconds * 10000) / 10,
      principal: scope.principal,
      operations: scope.operations.length ? scope.operations : undefined,
      errors: scope.errorCodes.length ? scope.errorCodes : undefined,
      aborted: res.writableFinished ? undefined : true,
    };
    const level = res.statusCode >= 500 ? 'error' : 'info';
    if (this.logger.isLevelEnabled(level)) scope.log[level](line, 'request');
  }
}
