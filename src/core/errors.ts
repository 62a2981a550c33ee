import { GraphQLError } from 'graphql';
import { providerLabel } from './provider-key';
import type { ProviderKey } from './provider-key';

/**
 * Every error a client can branch on. `extensions.code` always holds one of these;
 * anything else that escapes a resolver is masked as INTERNAL_SERVER_ERROR.
 */
export enum ErrorCode {
  /** The request's own input broke a rule; nothing was sent upstream. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** No API key, or an unknown one. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The API key is valid but lacks the scope or provider the operation needs. */
  FORBIDDEN = 'FORBIDDEN',
  /** The order (or container) does not exist at the provider. */
  NOT_FOUND = 'NOT_FOUND',
  /** The order changed since the revision the client sent; re-read and retry. */
  CONFLICT = 'CONFLICT',
  /** The vendor refused the request (its validation or business rules); `providerCode` says why. */
  PROVIDER_REJECTED = 'PROVIDER_REJECTED',
  /** The vendor refused ordergraph's own credentials. */
  PROVIDER_AUTH_FAILED = 'PROVIDER_AUTH_FAILED',
  /** The vendor is down, slow, unreachable or answered something unreadable. */
  PROVIDER_UNAVAILABLE = 'PROVIDER_UNAVAILABLE',
  /** The provider is not configured on this ordergraph deployment. */
  PROVIDER_NOT_CONFIGURED = 'PROVIDER_NOT_CONFIGURED',
  /** The provider does not offer this operation (for example a cancel where the vendor's API has none). */
  UNSUPPORTED_OPERATION = 'UNSUPPORTED_OPERATION',
  /** The idempotency key was already used with a different input. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** Too many requests for this API key; retry after `extensions.retryAfterSeconds`. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The HTTP request itself is unusable: body not JSON, too large, batching off. */
  BAD_REQUEST = 'BAD_REQUEST',
  /** The operation is too large (depth, aliases, cost, size). */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface ErrorDetails {
  provider?: string;
  httpStatus?: number;
  providerCode?: string;
  /** Input path such as `input.containers[0].reference`. */
  field?: string;
  /** The rule that was broken, e.g. `maxLength`, `iso6346`. */
  rule?: string;
  [key: string]: unknown;
}

/** The one error class that stamps a code; resolvers and providers throw only this. */
export class OrderGraphError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    const extensions: Record<string, unknown> = { code };
    for (const [key, value] of Object.entries(details)) if (value !== undefined) extensions[key] = value;
    super(message, { extensions });
    this.code = code;
    this.name = 'OrderGraphError';
  }
}

export interface InputIssue {
  /** Path from the argument, e.g. `input.orderNumber`. */
  field: string;
  rule: string;
  message: string;
  /** The vendor's own code for this refusal, where the vendor documents one. */
  providerCode?: string;
}

/** A client input error naming every broken field and rule (the first one in the message, its vendor code as `providerCode`). */
export function badUserInput(issues: InputIssue[], provider?: string): OrderGraphError {
  const [first] = issues;
  const summary = issues.length === 1 ? '' : ` (and ${issues.length - 1} more)`;
  return new OrderGraphError(ErrorCode.BAD_USER_INPUT, `${first.field}: ${first.message}${summary}`, {
    provider,
    field: first.field,
    rule: first.rule,
    providerCode: first.providerCode,
    issues,
  });
}

export function isOrderGraphError(error: unknown): error is OrderGraphError {
  return error instanceof OrderGraphError;
}

/**
 * A provider's failure as the part of a partial answer it is: the vendor's own error keeps its
 * code (a refusal of ordergraph's credentials stays PROVIDER_AUTH_FAILED, a timeout
 * PROVIDER_UNAVAILABLE) and always names the provider whose part is missing; anything else
 * (a bug while reading its answer) is PROVIDER_UNAVAILABLE naming it, the original as `cause`.
 */
export function providerFailure(error: unknown, provider: ProviderKey, doing: string): OrderGraphError {
  if (isOrderGraphError(error)) {
    if (error.extensions.provider === provider) return error;
    const { code: _code, ...details } = error.extensions;
    return Object.assign(new OrderGraphError(error.code, error.message, { ...details, provider }), { cause: error.cause });
  }
  return Object.assign(new OrderGraphError(ErrorCode.PROVIDER_UNAVAILABLE, `${providerLabel(provider)} failed while ${doing}`, { provider }), { cause: error });
}
