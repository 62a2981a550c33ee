import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';

/**
 * Which browser origins may call /graphql: a list of exact origins, every origin (`*`), or, in
 * the sandbox by default, any loopback origin (a frontend's dev server on another port).
 */
export type CorsOrigins = { kind: 'none' } | { kind: 'any' } | { kind: 'list'; origins: readonly string[] } | { kind: 'loopback' };

const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d{1,5})?$/;

/**
 * Request headers that no HTML form or `<img>` can send and that force a CORS preflight: a request
 * carrying one is no CSRF risk, whatever its content type (Apollo's CSRF prevention and the
 * multipart spec's rule). Every ordergraph request with a key carries Authorization.
 */
export const PREFLIGHT_HEADERS = ['authorization', 'x-apollo-operation-name', 'apollo-require-preflight'] as const;

/** How long a browser may reuse a preflight's answer (Chromium caps it at two hours). */
const PREFLIGHT_MAX_AGE_SECONDS = 7200;

/** Parses `CORS_ORIGINS`: `*`, or origins separated by commas or spaces (`https://app.example.com`). */
export function parseCorsOrigins(value: string | undefined, sandbox: boolean): { origins?: CorsOrigins; problems: string[] } {
  if (value === undefined || value.trim() === '') return { origins: sandbox ? { kind: 'loopback' } : { kind: 'none' }, problems: [] };
  if (value.trim() === '*') return { origins: { kind: 'any' }, problems: [] };
  const origins: string[] = [];
  const problems: string[] = [];
  for (const entry of value.split(/[\s,]+/).filter(Boolean)) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(entry);
    } catch {
      parsed = undefined;
    }
    // An origin is scheme, host and port only; a path or a trailing slash would never match a browser's Origin header.
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== entry) {
      problems.push(`CORS_ORIGINS: ${JSON.stringify(entry)} is not an origin (scheme://host[:port], no path), or * for every origin`);
    } else origins.push(parsed.origin);
  }
  return problems.length ? { problems } : { origins: { kind: 'list', origins }, problems };
}

export function originAllowed(policy: CorsOrigins, origin: string): boolean {
  switch (policy.kind) {
    case 'none':
      return false;
    case 'any':
      return true;
    case 'loopback':
      return LOOPBACK_ORIGIN.test(origin);
    case 'list':
      return policy.origins.includes(origin);
  }
}

/** `'continue'` at once for a request without an Origin header; otherwise once the middleware has run. */
export type CorsHandler = (req: IncomingMessage, res: ServerResponse) => 'continue' | Promise<'preflight-answered' | 'continue'>;

/**
 * CORS for browser apps on other origins, through the `cors` package (expressjs/cors).
 *
 * It runs before authentication and the rate limit: a preflight carries no Authorization header
 * by design, so it is answered here (204) and never reaches the gate. On every other answer to
 * an allowed origin the headers are set before anything is written, so the 401, 403, 413 and
 * 429 answers are readable by the page too; a browser that cannot read a 401 cannot tell its user
 * that the key is wrong. The allowed origin is echoed (never `*`) with `Vary: Origin`, so a shared
 * cache never serves one origin's answer to another. Request headers are reflected from the
 * preflight: the API authenticates by bearer token, never by cookie, so no credential rides on CORS.
 * A disallowed origin gets no CORS header at all, and the browser refuses the answer.
 */
export function corsHandler(policy: CorsOrigins): CorsHandler {
  const middleware = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && originAllowed(policy, origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    exposedHeaders: ['x-request-id', 'Retry-After', 'WWW-Authenticate'],
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    optionsSuccessStatus: 204,
  });
  return (req, res) => {
    // No Origin, no CORS: the middleware would set no header and go on (a server-side client, or a
    // browser's same-origin request), so most requests skip it and its promise.
    if (req.headers.origin === undefined) return 'continue';
    return new Promise((resolve, reject) => {
      // The middleware ends a preflight itself and calls next() for every other request.
      res.once('finish', () => resolve('preflight-answered'));
      middleware(req as cors.CorsRequest, res as never, (error?: unknown) => (error ? reject(error) : resolve('continue')));
    });
  };
}
