import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { tmpdir } from 'node:os';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyMultipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Access } from '../access/access';
import { HttpRejection, type RequestGate } from '../access/gate';
import { ErrorCode, OrderGraphError } from '../core/errors';
import type { Observability, RequestScope } from '../observability';
import type { UploadLimits } from '../limits/config';
import { corsHandler, type CorsOrigins } from './cors';
import { readMultipartRequest, removeFiles } from './multipart';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's log and metrics scope (src/observability), from its first hook on. */
    scope: RequestScope;
    /** Who is calling, once the gate has authenticated the request. */
    access: Access;
  }
}

/** A JSON answer of a probe or a status route. */
export interface JsonAnswer {
  status: number;
  body: unknown;
}

export interface HttpAppOptions<Context extends BaseContext> {
  /** A started Apollo Server. */
  apollo: ApolloServer<Context>;
  /** The context of one GraphQL request, once the gate has let it through. */
  context: (access: Access, scope: RequestScope) => Promise<Context> | Context;
  /** Authentication, rate limit and the cheap document limits (src/access/gate.ts). */
  gate: RequestGate;
  observability: Observability;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /** Multipart requests (GraphQL multipart request spec): their own limits, files spooled to disk. */
  uploads: UploadLimits;
  cors: CorsOrigins;
  /** `/ready`: the state of the replica. */
  ready: () => Promise<JsonAnswer>;
  /** `/metrics`: Prometheus text, or null when metrics are off. */
  metrics?: () => Promise<{ contentType: string; body: string } | null>;
  /** In the sandbox: change orders at the emulated vendors on demand (`POST /_sandbox/change-orders`). */
  sandboxChanges?: (count: number, vendor?: string) => unknown;
  /** The playground page, when served: whether a request is for it, and how to serve it. */
  playground?: { handles(req: IncomingMessage, pathname: string): boolean; serve(req: IncomingMessage, res: ServerResponse): Promise<void> };
}

/**
 * Deeper JSON than any real operation needs; refused before parsing, because later steps
 * (variable coercion, cache keys) walk it recursively.
 */
export const MAX_JSON_DEPTH = 64;

/** Answers at least this long are sent as a Buffer (see the `onSend` hook); shorter ones, cheap to scan, stay strings. */
export const LARGE_ANSWER_CHARS = 16 * 1024;

/**
 * The HTTP side of ordergraph, on Fastify with Apollo's Fastify integration.
 *
 * The order of a GraphQL request's steps is the point of this file:
 * 1. `onRequest`: the request gets its id and log scope, CORS headers are set (a preflight is
 *    answered here, before any key is asked for), and the API key is checked: a request without
 *    a valid key is answered 401 before one byte of its body is read.
 * 2. Body parsing, with the body limit: a declared length over it is refused before reading, a
 *    streamed body as soon as it passes the limit (413), never after reading it all.
 * 3. `preHandler`: the rate limit and the limits that are cheapest before parsing GraphQL. A
 *    multipart request (files, src/http/multipart.ts) is read here instead of in step 2, with the
 *    upload limits: the gate runs on its `operations` before its files are read.
 * 4. Apollo's handler, with the request's context.
 * Every refusal of steps 1 to 3 is a GraphQL-shaped body with the status and headers of its
 * HttpRejection, and carries the CORS headers set in step 1.
 */
export function buildHttpApp<Context extends BaseContext>(options: HttpAppOptions<Context>): FastifyInstance {
  const { observability, gate } = options;
  const app = Fastify({
    bodyLimit: options.maxBodyBytes,
    keepAliveTimeout: 65_000,
    // While closing, requests on kept-alive connections are answered 503 with `Connection: close`,
    // and idle connections are closed at once (src/server.ts drains the busy ones).
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    logger: false,
    // `/graphql/` and `/graphiql/` are the same routes as without the slash.
    routerOptions: { ignoreTrailingSlash: true },
    // ordergraph's own request ids (the caller's x-request-id when sane, see Observability).
    genReqId: () => '',
  });
  // While closing, every answer closes its connection: a client's kept-alive connection would
  // otherwise stay open, idle, until the grace period cuts it.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    // A large answer (a page of orders) goes out as bytes, encoded once here. As a string,
    // Fastify would scan it whole for its UTF-8 length (Content-Length) and the socket write
    // would then encode it: two passes over a 1.3 MB export page instead of one (about 1 ms).
    done(null, typeof payload === 'string' && payload.length >= LARGE_ANSWER_CHARS ? Buffer.from(payload) : payload);
  });
  app.decorateRequest('scope', null as unknown as RequestScope);
  app.decorateRequest('access', null as unknown as Access);

  // Async context: the scope is entered at the first hook and again after the body is read
  // (body events run in the socket's context), so provider calls log under their request. When
  // nothing follows requests (see Observability), the second hook is not installed at all.
  app.addHook('onRequest', (request, reply, done) => {
    request.scope = observability.begin(request.raw, reply.raw);
    observability.within(request.scope, done);
  });
  if (observability.followsRequests) app.addHook('preHandler', (request, _reply, done) => observability.within(request.scope, done));

  // Bodies are read by ordergraph's own parsers: JSON with a nesting limit (any `...json` type, as
  // Apollo accepts), anything else as text so that Apollo answers it (CSRF prevention, 400s).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(/^[^;]*json/i, { parseAs: 'string' }, (_request, text, done) => {
    try {
      done(null, parseJsonBody(text as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, text, done) => done(null, text));
  // Multipart bodies are not read by a parser: readMultipartRequest streams them in the route's
  // preHandler, after authentication, with the upload limits instead of the JSON body limit.
  void app.register(fastifyMultipart);
  const multipart = { limits: options.uploads, maxFieldBytes: options.maxBodyBytes, spoolDir: options.uploads.dir ?? tmpdir(), parseJson: parseJsonBody };

  app.setErrorHandler((error, request, reply) => replyWithRejection(request, reply, asRejection(error, request, observability), observability));
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0];
    void reply.code(404).send({ error: `No route ${pathname}; GraphQL is served at /graphql` });
  });

  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_request, reply) => {
    const answer = await options.ready();
    return reply.code(answer.status).send(answer.body);
  });
  app.get('/metrics', async (_request, reply) => {
    const metrics = options.metrics ? await options.metrics() : null;
    if (!metrics) return reply.code(404).send({ error: 'Metrics are switched off (METRICS=false)' });
    return reply.code(200).header('content-type', metrics.contentType).send(metrics.body);
  });

  const sandboxChanges = options.sandboxChanges;
  if (sandboxChanges) {
    // The sandbox's vendors are ordergraph's own emulators: anyone who can reach the sandbox may move their orders.
    app.post('/_sandbox/change-orders', async (request, reply) => {
      const query = request.query as Record<string, string | undefined>;
      const count = query.count === undefined ? 5 : Number(query.count);
      if (!Number.isInteger(count) || count < 1 || count > 100) return reply.code(400).send({ error: 'count: must be an integer from 1 to 100' });
      return reply.code(200).send({ changed: sandboxChanges(count, query.vendor) });
    });
  }

  const playground = options.playground;
  // The playground page needs no key: the key is typed into the page. It is written to the raw
  // response (compressed once, with its own caching headers).
  const servePlayground = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!playground?.handles(request.raw, request.url.split('?')[0])) {
      return reply.code(404).send({ error: `No route ${request.url.split('?')[0]}; GraphQL is served at /graphql` });
    }
    reply.hijack();
    await playground.serve(request.raw, reply.raw);
  };
  app.get('/graphiql', servePlayground);
  app.get('/', servePlayground);

  const cors = corsHandler(options.cors);
  const apolloHandler = fastifyApolloHandler(options.apollo, { context: async (request) => options.context(request.access, request.scope) });
  app.route({
    method: ['GET', 'POST', 'OPTIONS', 'PUT', 'PATCH', 'DELETE'],
    url: '/graphql',
    onRequest: (request, reply, done) => {
      const authenticate = (outcome: 'preflight-answered' | 'continue') => {
        if (outcome === 'preflight-answered') return void reply.hijack();
        request.access = gate.authenticate(request.headers.authorization);
        request.scope.principal = request.access.principal;
      };
      // Before the gate: a preflight has no key, and every answer (a 401 too) carries the CORS headers.
      // A preflight from an allowed origin is answered (204) by the cors middleware itself, on the
      // raw response; anything else goes on with the CORS headers set. A request without an Origin
      // header has no CORS step, and goes through this hook without a promise.
      const outcome = cors(request.raw, reply.raw);
      if (outcome === 'continue') {
        try {
          authenticate(outcome);
        } catch (error) {
          return done(error as Error);
        }
        return done();
      }
      outcome.then(authenticate).then(() => done(), done);
    },
    preHandler: async (request, reply) => {
      const search = new URLSearchParams(request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '');
      if (request.isMultipart()) {
        // The gate runs once `operations` is read, before any file is; the files go once answered.
        const { operations, files } = await readMultipartRequest(request, multipart, (body) => gate.admit(request.access, body, search, request.ip));
        reply.raw.once('close', () => void removeFiles(files.map((file) => file.path)));
        request.body = operations;
        return;
      }
      await gate.admit(request.access, request.body, search, request.ip);
    },
    handler: apolloHandler,
  });
  return app;
}

/** Parses a JSON body, refusing one nested deeper than MAX_JSON_DEPTH before parsing it. */
function parseJsonBody(text: string): unknown {
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw badRequest(`Request body is nested deeper than ${MAX_JSON_DEPTH} levels`);
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    // The parser's own words say where: "Expected ',' or '}' after property value in JSON at position 12".
    throw badRequest(`Request body is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Greatest nesting of arrays and objects in a JSON text, ignoring brackets inside strings; one
 * pass, no recursion. A request body is mostly one long string (the GraphQL document), so each
 * string is skipped with a native `indexOf` for its closing quote instead of character by
 * character: the scan costs about the body's structure, not its length.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) i = closingQuote(text, i);
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > max) max = depth;
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return max;
}

/** Index of the quote that closes the string opened at `open` (one not escaped by an odd run of backslashes), or the end. */
function closingQuote(text: string, open: number): number {
  for (let close = text.indexOf('"', open + 1); close !== -1; close = text.indexOf('"', close + 1)) {
    let backslashes = 0;
    for (let k = close - 1; text.charCodeAt(k) === 92; k -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return close;
  }
  return text.length;
}

function badRequest(message: string, status = 400): HttpRejection {
  return new HttpRejection(status, new OrderGraphError(ErrorCode.BAD_REQUEST, message));
}

/** What a failure before or around Apollo's handler becomes for the client. */
function asRejection(error: unknown, request: FastifyRequest, observability: Observability): HttpRejection {
  if (error instanceof HttpRejection) return error;
  const fastifyError = error as { code?: string; statusCode?: number; message?: string };
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return badRequest('Request body is larger than the allowed size', 413);
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return badRequest(`The HTTP request is unusable: ${fastifyError.message ?? 'bad request'}`, fastifyError.statusCode);
  }
  (request.scope?.log ?? observability.logger).error({ err: error }, 'request failed');
  return new HttpRejection(500, new OrderGraphError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
}

function replyWithRejection(request: FastifyRequest, reply: FastifyReply, rejection: HttpRejection, observability: Observability): FastifyReply | void {
  if (reply.sent || reply.raw.headersSent) return void reply.raw.destroy();
  observability.rejected(rejection.error.code, request.scope);
  return reply.code(rejection.status).headers(rejection.headers).send(rejection.body());
}

/**
 * Apollo's drain step for this Fastify app (what `ApolloServerPluginDrainHttpServer` does for a
 * bare node:http server, with Fastify's own close): when Apollo stops, the listener closes (new
 * connections are refused), requests arriving on open connections get 503, idle connections
 * close, and requests in flight run to their end; whatever is still open after `graceMs` is cut.
 */
export function drainHttpApp(app: () => FastifyInstance | undefined, graceMs: number): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async drainServer() {
          const http = app();
          if (!http) return;
          const cut = setTimeout(() => http.server.closeAllConnections(), graceMs);
          try {
            await http.close();
          } finally {
            clearTimeout(cut);
          }
        },
      };
    },
  };
}
