import type { ApolloServerPlugin } from '@apollo/server';
import { context, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Span, type TextMapGetter, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { CallTracer, TracedCall, VendorCall } from '../core/http';
import type { RequestContext } from '../graphql/context';

/** Where spans go (OTLP over HTTP, JSON), from the standard OTEL_* variables (src/observability/config.ts). */
export interface TracingConfig {
  /** The OTLP/HTTP traces endpoint, e.g. http://collector:4318/v1/traces. */
  tracesUrl: string;
  /** Extra headers of every export (OTEL_EXPORTER_OTLP_HEADERS), e.g. a vendor's API key. */
  headers: Record<string, string>;
  serviceName: string;
}

/** Reads a header of Apollo's HeaderMap (lower-case names) for the W3C propagator. */
const headerMapGetter: TextMapGetter<Map<string, string>> = {
  get: (carrier, key) => carrier.get(key.toLowerCase()),
  keys: (carrier) => [...carrier.keys()],
};

/**
 * OpenTelemetry traces, built only when an OTLP endpoint is configured; without one nothing of
 * this exists (no plugin, no wrapped resolver, no hook in the HTTP layer), so tracing off costs
 * nothing per request.
 *
 * The tree of one request:
 * - the request span (SERVER), one per GraphQL operation, from the Apollo plugin: child of the
 *   caller's W3C `traceparent` when it sends one (a gateway, Apollo Router), named after the
 *   operation (`query ListOrders`), with its type, name, the principal and the error codes;
 * - one span per root field (`Query.orders`), the only resolvers cheap enough to wrap: below
 *   them every field is a property read that graphql-jit inlines;
 * - one CLIENT span per vendor call attempt, from the HTTP layer's hook (`CallTracer`), with
 *   provider, method, route template, status, resend count and circuit state; its context goes
 *   to the vendor as `traceparent`.
 *
 * The request span reaches resolvers and the HTTP layer through OpenTelemetry's context (an
 * AsyncLocalStorage), entered by the executor around each operation (`withinRequest`), since
 * Apollo's plugin hooks cannot wrap execution. DataLoader batches run in the context of the
 * first `load` of their tick, so a batch shared by two root fields nests under the first one.
 */
export class Tracing {
  private readonly provider: TracerProvider;
  private readonly tracer: Tracer;
  private readonly propagator = new W3CTraceContextPropagator();
  /** Request spans by Apollo's per-operation `metrics` object, which the plugin and the executor both see. */
  private readonly requestSpans = new WeakMap<object, Span>();

  constructor(config: TracingConfig) {
    // One per process: a second registration (another instance in the same process) keeps the first.
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    this.provider = new TracerProvider({
      resource: resourceFromAttributes({ 'service.name': config.serviceName }),
      spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: config.tracesUrl, headers: config.headers }) })],
    });
    this.tracer = this.provider.getTracer('ordergraph');
  }

  /** The request span of each GraphQL operation. */
  plugin(): ApolloServerPlugin<RequestContext> {
    return {
      // An arrow function: `this` stays the tracer inside Apollo's hook.
      requestDidStart: async ({ request, contextValue, metrics }) => {
        const headers = request.http?.headers;
        const parent = headers ? this.propagator.extract(ROOT_CONTEXT, headers, headerMapGetter) : ROOT_CONTEXT;
        const span = this.tracer.startSpan(
          'graphql.request',
          { kind: SpanKind.SERVER, attributes: { 'enduser.id': contextValue.principal, 'ordergraph.request_id': contextValue.requestId } },
          parent,
        );
        this.requestSpans.set(metrics, span);
        return {
          async didResolveOperation({ operation, operationName }) {
            const type = operation?.operation ?? 'query';
            span.updateName(operationName ? `${type} ${operationName}` : type);
            span.setAttribute('graphql.operation.type', type);
            if (operationName) span.setAttribute('graphql.operation.name', operationName);
          },
          async willSendResponse({ response }) {
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
            if (codes.length > 0) {
              span.setAttribute('ordergraph.error_codes', codes);
              span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(', ') });
            }
            span.end();
          },
        };
      },
    };
  }

  /** Runs an operation's execution inside its request span (see the class comment). */
  withinRequest<T>(metrics: object, run: () => T): T {
    const span = this.requestSpans.get(metrics);
    return span ? context.with(trace.setSpan(context.active(), span), run) : run();
  }

  /** Gives every root field (Query, Mutation) its own span, as a child of the request span. */
  traceRootFields(schema: GraphQLSchema): GraphQLSchema {
    for (const type of [schema.getQueryType(), schema.getMutationType()]) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const resolve = field.resolve;
        if (!resolve) continue;
        const name = `${type.name}.${field.name}`;
        field.resolve = ((source, args, ctx, info) => {
          const parent = context.active();
          const span = this.tracer.startSpan(name, { attributes: { 'graphql.field.name': field.name, 'graphql.field.path': String(info.path.key) } }, parent);
          return context.with(trace.setSpan(parent, span), () => settle(span, () => resolve(source, args, ctx, info)));
        }) as GraphQLFieldResolver<unknown, unknown>;
      }
    }
    return schema;
  }

  /** The HTTP layer's hook: a CLIENT span per vendor call attempt, its traceparent sent along. */
  readonly calls: CallTracer = {
    start: (call: VendorCall): TracedCall => {
      const route = routeTemplate(call.path);
      const attributes: Attributes = {
        'ordergraph.provider': call.provider,
        'http.request.method': call.method,
        'url.template': route,
        'server.address': call.host,
        'ordergraph.circuit.state': call.circuit,
      };
      if (call.attempt > 0) attributes['http.request.resend_count'] = call.attempt;
      const parent = context.active();
      const span = this.tracer.startSpan(`${call.method} ${route}`, { kind: SpanKind.CLIENT, attributes }, parent);
      const headers: Record<string, string> = {};
      this.propagator.inject(trace.setSpan(parent, span), headers, { set: (carrier, key, value) => (carrier[key] = value) });
      return {
        headers,
        end: (status, error) => {
          if (status !== null) span.setAttribute('http.response.status_code', status);
          if (error || status === null || status >= 400) {
            const type = error ?? String(status);
            span.setAttribute('error.type', type);
            span.setStatus({ code: SpanStatusCode.ERROR, message: type });
          }
          span.end();
        },
      };
    },
  };

  /** Exports every finished span now (tests; before a shutdown). */
  flush(): Promise<void> {
    return this.provider.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.provider.shutdown();
  }
}

/** Ends `span` when `run` settles, marking a thrown error. */
function settle<T>(span: Span, run: () => T): T {
  const fail = (error: unknown) => {
    const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
    span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === 'string' ? code : 'error' });
    span.end();
  };
  try {
    const result = run();
    if (result instanceof Promise) {
      return result.then(
        (value: unknown) => {
          span.end();
          return value;
        },
        (error: unknown) => {
          fail(error);
          throw error;
        },
      ) as T;
    }
    span.end();
    return result;
  } catch (error) {
    fail(error);
    throw error;
  }
}

/**
 * A low-cardinality name of a vendor path, for span names: no query string (it may hold
 * filters), and each segment that holds an id (a digit or an escape, except an API version
 * such as `v2`) becomes `{id}`, keeping an extension: `/v2/accounts/90316/serviceorders/17.json`
 * is `/v2/accounts/{id}/serviceorders/{id}.json`.
 */
export function routeTemplate(path: string): string {
  const [bare] = path.split('?');
  const segments = bare.split('/').map((segment) => (/[\d%]/.test(segment) && !/^v\d+(\.\d+)?$/.test(segment) ? segment.replace(/^[^.]*/, '{id}') : segment));
  const route = segments.join('/');
  return route.startsWith('/') ? route : `/${route}`;
}
