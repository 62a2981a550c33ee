import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { CloseCode, type SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { Scope, type Access } from '../access/access';
import { HttpRejection, type RequestGate } from '../access/gate';
import { ErrorCode, OrderGraphError } from '../core/errors';
import type { Observability, RequestScope } from '../observability';

export interface SubscriptionServerOptions<Context> {
  /** The HTTP server that serves `/graphql`: WebSocket upgrades of that path are taken here. */
  server: Server;
  schema: GraphQLSchema;
  gate: RequestGate;
  /** The context of one subscription, as a query's would be for the same key. */
  context: (access: Access, scope: RequestScope) => Context;
  /** Validation rules beyond GraphQL's own (the depth, alias and root-field limits). */
  validationRules: readonly ValidationRule[];
  /** The parser's token cap, as for queries. */
  maxTokens: number;
  /** The one error normalisation of the server (masks anything unexpected). */
  formatError: (error: GraphQLError) => GraphQLFormattedError;
  observability: Observability;
  /** Interval of keep-alive pings, ms (default 12 s). */
  keepAliveMs?: number;
}

export interface SubscriptionServer {
  /** Open WebSocket connections. */
  readonly connections: number;
  /** Refuses new connections and closes every open one (code 1001, going away). */
  close(): Promise<void>;
}

/** The connection's own state, kept beside graphql-ws's context. */
interface ConnectionState {
  access?: Access;
  scope?: RequestScope;
}

const GRAPHQL_PATH = '/graphql';

/**
 * GraphQL over WebSocket (graphql-ws, the `graphql-transport-ws` protocol) on the same port and
 * path as queries: the HTTP server's `upgrade` requests for `/graphql` become WebSocket
 * connections, anything else is refused.
 *
 * A connection is authenticated as an HTTP request is, with the same API keys: the
 * `Authorization` entry of the connection parameters (what browsers can send), or else the
 * upgrade request's `Authorization` header. A key that is missing or unknown closes the socket
 * with 4401 and the same message a query gets. Every operation then passes the same gate as a
 * query (rate limit, document size and tokens) and the same validation limits; only
 * subscriptions are served here (queries and mutations keep their HTTP path, with its scope
 * checks and cache). The resolvers get the context a query with that key would get, so the
 * key's provider restriction applies to every event.
 */
export function serveSubscriptions<Context extends object>(options: SubscriptionServerOptions<Context>): SubscriptionServer {
  const { gate, observability } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1_000_000 });
  let closing = false;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '/').split('?')[0].replace(/\/$/, '');
    if (path !== GRAPHQL_PATH) return refuseUpgrade(socket, 404, `No WebSocket endpoint at ${path}; GraphQL over WebSocket is served at ${GRAPHQL_PATH}`);
    if (closing) return refuseUpgrade(socket, 503, 'The server is shutting down');
    // A key in the upgrade request itself is checked before the upgrade: a wrong one gets a plain 401.
    if (request.headers.authorization) {
      try {
        gate.authenticate(request.headers.authorization);
      } catch (error) {
        if (error instanceof HttpRejection) return refuseUpgrade(socket, 401, error.message);
        throw error;
      }
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  options.server.on('upgrade', onUpgrade);

  const states = new WeakMap<object, ConnectionState>();
  const stateOf = (ctx: { extra: object }): ConnectionState => {
    let state = states.get(ctx.extra);
    if (!state) states.set(ctx.extra, (state = {}));
    return state;
  };
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => options.formatError(error));

  const disposable = useServer(
    {
      onConnect: (ctx) => {
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        const offered = params.Authorization ?? params.authorization ?? ctx.extra.request.headers.authorization;
        try {
          const access = gate.authenticate(typeof offered === 'string' ? offered : undefined);
          access.assertScope(Scope.ORDERS_READ);
          const scope = connectionScope(observability, ctx.extra.request);
          scope.principal = access.principal;
          Object.assign(stateOf(ctx), { access, scope });
          return true;
        } catch (error) {
          if (!(error instanceof HttpRejection || error instanceof OrderGraphError)) throw error;
          const code = error instanceof HttpRejection ? CloseCode.Unauthorized : CloseCode.Forbidden;
          ctx.extra.socket.close(code, closeReason(error.message));
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const { access, scope } = stateOf(ctx);
        if (!access || !scope) return [graphqlError(new OrderGraphError(ErrorCode.UNAUTHENTICATED, 'The connection is not authenticated'))];
        try {
          await gate.admit(access, payload, new URLSearchParams(), ctx.extra.request.socket.remoteAddress ?? '');
        } catch (error) {
          if (error instanceof HttpRejection) return [graphqlError(error.error)];
          throw error;
        }
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return [error as GraphQLError];
        }
        const operation = getOperationAST(document, payload.operationName ?? undefined);
        if (!operation) return [graphqlError(new OrderGraphError(ErrorCode.BAD_REQUEST, 'The document names no operation to run (set operationName)'))];
        if (operation.operation !== 'subscription') {
          return [
            graphqlError(
              new OrderGraphError(
                ErrorCode.BAD_REQUEST,
                `Over WebSocket ordergraph serves subscriptions only; send ${operation.operation === 'mutation' ? 'mutations' : 'queries'} as HTTP POST to ${GRAPHQL_PATH}`,
              ),
            ),
          ];
        }
        const errors = validate(options.schema, document, [...specifiedRules, ...options.validationRules]);
        if (errors.length > 0) return errors;
        scope.operations.push(payload.operationName ?? operation.name?.value ?? 'anonymous');
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName ?? undefined,
          variableValues: payload.variables ?? undefined,
          contextValue: options.context(access, scope),
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wss,
    options.keepAliveMs,
  );

  return {
    get connections() {
      return wss.clients.size;
    },
    async close() {
      closing = true;
      options.server.off('upgrade', onUpgrade);
      await disposable.dispose();
    },
  };
}

/** The log scope of one WebSocket connection (its subscriptions' resolvers log under it). */
function connectionScope(observability: Observability, request: IncomingMessage): RequestScope {
  const requestId = randomUUID();
  let log: RequestScope['log'] | undefined;
  return {
    requestId,
    operations: [],
    errorCodes: [],
    get log() {
      return (log ??= observability.logger.child({ requestId, path: request.url?.split('?')[0], websocket: true }));
    },
    started: performance.now(),
  };
}

function graphqlError(error: OrderGraphError): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: error.extensions });
}

/** A WebSocket close reason is at most 123 bytes. */
function closeReason(message: string): string {
  return Buffer.byteLength(message) <= 123 ? message : `${Buffer.from(message).subarray(0, 120).toString('utf8')}...`;
}

/** Answers an upgrade request that is not taken with a plain HTTP status, then closes the socket. */
function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  const body = JSON.stringify({ errors: [{ message }] });
  const reason = { 401: 'Unauthorized', 404: 'Not Found', 503: 'Service Unavailable' }[status] ?? 'Error';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
