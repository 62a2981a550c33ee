import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, OrderGraphError } from './core/errors';
import { MemoryIdempotencyLedger, type IdempotencyLedger } from './core/idempotency';
import { OrderLoaders } from './core/loaders';
import type { ProviderRegistry } from './core/registry';
import type { RequestContext } from './graphql/context';
import { jitGateway, type GraphQLExecutorName } from './graphql/executor';
import { buildOrderGraphSchema } from './graphql/schema';

export interface ServerOptions {
  registry: ProviderRegistry;
  providerResolvers: Function[];
  maxPageSize: number;
  idempotency?: IdempotencyLedger;
  introspection: boolean;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes?: number;
  /** Engine that executes operations (default `jit`, see src/graphql/executor.ts). */
  executor?: GraphQLExecutorName;
}

/** Codes that GraphQL itself or Apollo put on errors and that clients may see as they are. */
const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * The one place errors are normalised: ordergraph's own errors keep their code and details,
 * GraphQL's request errors keep theirs, and anything unexpected is masked as
 * INTERNAL_SERVER_ERROR so that no stack, URL or credential leaks to a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof OrderGraphError) return { ...formatted, message: original.message, extensions: { ...original.extensions } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (original instanceof GraphQLError && !(original.originalError) && formatted.extensions?.code === undefined) {
    return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** Appends the errors of partial answers (a provider down) to the response's `errors[]`. */
const partialErrorsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || contextValue.partialErrors.length === 0) return;
        const extra = contextValue.partialErrors.map((e) => ({ message: e.message, extensions: { ...e.extensions } }));
        const result = response.body.singleResult;
        result.errors = [...(result.errors ?? []), ...extra];
      },
    };
  },
};

export class OrderGraphServer {
  readonly apollo: ApolloServer<RequestContext>;
  private readonly idempotency: IdempotencyLedger;
  private httpServer?: http.Server;
  url = '';

  constructor(private readonly options: ServerOptions) {
    this.idempotency = options.idempotency ?? new MemoryIdempotencyLedger();
    const schema = buildOrderGraphSchema(options.providerResolvers);
    this.apollo = new ApolloServer<RequestContext>({
      ...((options.executor ?? 'jit') === 'jit' ? { gateway: jitGateway(schema) } : { schema }),
      introspection: options.introspection,
      includeStacktraceInErrorResponses: false,
      formatError,
      // No landing page (Apollo's loads from a CDN); no federated tracing (costs CPU on every request).
      // No cache-control plugin: Apollo installs it by default and it runs a hook on every resolved
      // field (a fifth of the CPU of a page of orders in bench/); ordergraph sets no cache hints.
      // A response cache that reads hints must install ApolloServerPluginCacheControl itself.
      plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), partialErrorsPlugin],
    });
  }

  async listen(port: number, host = '127.0.0.1'): Promise<string> {
    await this.apollo.start();
    this.httpServer = http.createServer((req, res) => {
      this.route(req, res).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
        else res.destroy();
      });
    });
    this.httpServer.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve) => this.httpServer!.listen(port, host, resolve));
    const address = this.httpServer.address() as AddressInfo;
    this.url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
    return this.url;
  }

  async close(): Promise<void> {
    if (this.httpServer) {
      this.httpServer.closeAllConnections();
      await new Promise<void>((resolve) => this.httpServer!.close(() => resolve()));
    }
    await this.apollo.stop();
  }

  private createContext(): RequestContext {
    return {
      registry: this.options.registry,
      loaders: new OrderLoaders(this.options.registry),
      maxPageSize: this.options.maxPageSize,
      idempotency: this.idempotency,
      principal: 'anonymous',
      partialErrors: [],
    };
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://ordergraph');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/graphql') return this.graphql(req, res, url);
    sendJson(res, 404, { error: `No route ${url.pathname}; GraphQL is served at /graphql` });
  }

  private async graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, this.options.maxBodyBytes ?? 1_000_000);
      if (raw === null) return sendGraphQLError(res, 413, 'Request body is larger than the allowed size', 'BAD_REQUEST');
      if (/json/i.test(headers.get('content-type') ?? '')) {
        try {
          body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
        } catch {
          return sendGraphQLError(res, 400, 'Request body is not valid JSON', 'BAD_REQUEST');
        }
      } else body = raw.toString('utf8');
    }
    const request: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    const response = await this.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: async () => this.createContext() });
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of response.headers) outHeaders[key] = value;
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === 'complete') res.end(response.body.string);
    else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(payload) });
  res.end(payload);
}

function sendGraphQLError(res: ServerResponse, status: number, message: string, code: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}
