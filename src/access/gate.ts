import { ErrorCode, OrderGraphError } from '../core/errors';
import type { LimitsConfig } from '../limits/config';
import type { RateLimiter } from '../limits/rate-limit';
import { checkDocument } from '../limits/rules';
import { Access } from './access';
import type { ApiKeyStore } from './keys';

/** A request refused at the HTTP layer, before GraphQL runs: its status, headers and error. */
export class HttpRejection extends Error {
  constructor(
    readonly status: number,
    readonly error: OrderGraphError,
    readonly headers: Record<string, string> = {},
  ) {
    super(error.message);
    this.name = 'HttpRejection';
  }

  /** The GraphQL-shaped body: `{ errors: [{ message, extensions: { code, ... } }] }`. */
  body(): unknown {
    return { errors: [{ message: this.error.message, extensions: { ...this.error.extensions } }] };
  }
}

export interface GateOptions {
  keys: ApiKeyStore;
  /** Requests without a key get full access (principal `anonymous`). */
  allowAnonymous: boolean;
  rateLimiter: RateLimiter;
  limits: Pick<LimitsConfig, 'batching' | 'maxBatchOperations' | 'maxDocumentBytes' | 'maxTokens'>;
  /** Told about every request refused by the rate limit. */
  onRateLimited?: (principal: string) => void;
}

const REALM = 'Bearer realm="ordergraph"';

/**
 * What stands between the network and GraphQL: who is calling (`authenticate`, before the body
 * is read), then, once the body is parsed, the rate limit and the limits that are cheapest to
 * check before parsing (batch size, document size, tokens).
 */
export class RequestGate {
  constructor(private readonly options: GateOptions) {}

  /** The caller's access, or a 401 HttpRejection. The key itself never leaves this function. */
  authenticate(authorization: string | undefined): Access {
    if (authorization === undefined || authorization.trim() === '') {
      if (this.options.allowAnonymous) return Access.full('anonymous');
      throw new HttpRejection(401, new OrderGraphError(ErrorCode.UNAUTHENTICATED, 'An API key is required: send Authorization: Bearer <key>'), {
        'WWW-Authenticate': REALM,
      });
    }
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
    const access = match ? this.options.keys.lookup(match[1]) : null;
    if (!access) {
      const message = match ? 'The API key is not valid' : 'The Authorization header must be: Bearer <key>';
      throw new HttpRejection(401, new OrderGraphError(ErrorCode.UNAUTHENTICATED, message), { 'WWW-Authenticate': `${REALM}, error="invalid_token"` });
    }
    return access;
  }

  /**
   * Rate limit first (so that refused documents still cost tokens), then batch size and each
   * document's size and token count. Throws an HttpRejection; returns headers for the response.
   */
  async admit(access: Access, body: unknown, search: URLSearchParams, remoteAddress = ''): Promise<void> {
    const { limits } = this.options;
    const operations: unknown[] = Array.isArray(body) ? body : [body ?? Object.fromEntries(search)];

    const principal = access.principal === 'anonymous' ? `anonymous:${remoteAddress}` : access.principal;
    const decision = await this.options.rateLimiter.check(principal, Math.max(1, operations.length));
    if (!decision.allowed) {
      this.options.onRateLimited?.(access.principal);
      const retryAfterSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
      throw new HttpRejection(
        429,
        new OrderGraphError(ErrorCode.RATE_LIMITED, `Too many requests for this API key; retry in ${retryAfterSeconds} s`, { retryAfterSeconds }),
        { 'Retry-After': String(retryAfterSeconds) },
      );
    }

    if (Array.isArray(body)) {
      if (!limits.batching) throw badRequest('Batched operations are not enabled on this server; send one operation per request');
      if (body.length > limits.maxBatchOperations) {
        throw new HttpRejection(
          400,
          new OrderGraphError(ErrorCode.QUERY_TOO_COMPLEX, `A batch may hold at most ${limits.maxBatchOperations} operations; this one holds ${body.length}`, {
            limit: 'batchOperations',
            max: limits.maxBatchOperations,
            found: body.length,
          }),
        );
      }
    }
    for (const operation of operations) {
      const query = operation && typeof operation === 'object' ? (operation as { query?: unknown }).query : undefined;
      if (typeof query !== 'string') continue; // Apollo answers a missing or non-string query
      const refusal = checkDocument(query, limits);
      if (refusal) throw new HttpRejection(400, refusal);
    }
  }
}

function badRequest(message: string): HttpRejection {
  return new HttpRejection(400, new OrderGraphError(ErrorCode.BAD_REQUEST, message));
}
