import { EventEmitter } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import fetch, { FetchError, Headers, type BodyInit, type RequestInit, type Response } from 'node-fetch';
import { Agent as UndiciAgent, errors as undiciErrors } from 'undici';

const { RequestAbortedError } = undiciErrors;
import { ErrorCode, OrderGraphError } from './errors';
import { vendorErrorCode, type CallMeaning, type VendorCodeTable } from './vendor-errors';
import { providerLabel } from './provider-key';
import type { CircuitState, ProviderResilience } from './resilience';

export { providerLabel };
import type { ProviderKey } from './provider-key';

/**
 * The one HTTP layer every provider client uses: keep-alive clients, a deadline on every call,
 * JSON parsing that survives a bad body, and one place that maps a vendor's status and error
 * body to an `OrderGraphError`. A vendor client states only its paths, auth headers and wire
 * shapes (see the `providerCodeOf` / `messageOf` hooks).
 *
 * Deadline: each attempt of a call gets one timer, armed before the request goes out and
 * cleared when the whole body has been read, which aborts the request wherever it is
 * (connecting, waiting for headers, or reading a body that trickles in). A per-chunk or
 * headers-only timeout would let a vendor that sends a byte now and then hold a read forever.
 * Retries of the same call share a budget (resilience.ts), so an attempt's deadline is the
 * earlier of its own timeout and the end of that budget.
 */

const keepAliveHttp = new http.Agent({ keepAlive: true, maxSockets: 64 });
const keepAliveHttps = new https.Agent({ keepAlive: true, maxSockets: 64 });
const undiciPool = new UndiciAgent({ connections: 64 });

/**
 * The HTTP client under ProviderHttp, one of two behind the same interface:
 * - `undici` (the default): undici's request API on its own keep-alive pool. In the benchmark
 *   (bench/, BENCHMARKS.md) it costs about a third of node-fetch's CPU per call, because
 *   node-fetch pipes every body through a stream pipeline and builds an AbortController, an
 *   AbortSignal.timeout and a DOMException per call. It is aborted at the call's deadline by
 *   an ordinary timer (undici's own headers/body timeouts run on a coarse timer wheel, up to
 *   about a second late, and restart with every chunk). It asks for no content encoding and
 *   decompresses gzip, deflate and brotli answers itself.
 * - `node-fetch`: the original client. Also used, whatever the setting, for request bodies
 *   other than strings (multipart form data, streams) and to follow redirects.
 * Chosen with PROVIDER_HTTP_CLIENT (src/config.ts) through `setDefaultHttpClient`.
 */
export type HttpClientName = 'undici' | 'node-fetch';

interface TransportResponse {
  status: number;
  headers: Response['headers'];
  /** One header's value, as `headers.get` answers it, without building `headers`. */
  header(name: string): string | null;
  text: string;
}

/**
 * The abort switch of one attempt, thrown at its deadline. undici accepts an EventEmitter as its
 * signal, and listening to one costs a fraction of a microsecond, where adding and removing
 * undici's listener on an AbortSignal (an EventTarget) cost several microseconds per vendor call
 * (Node 20). node-fetch needs a real AbortSignal: it is made only when node-fetch is used.
 */
class AttemptAbort extends EventEmitter {
  aborted = false;
  private controller?: AbortController;

  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    this.emit('abort');
    this.controller?.abort();
  }

  /** An AbortSignal that follows this switch. */
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.aborted) this.controller.abort();
    }
    return this.controller.signal;
  }
}

/** Sends one request and reads its whole body; `abort` aborts it at the call's deadline. */
type Transport = (method: string, url: string, headers: Record<string, string>, body: BodyInit | undefined, abort: AttemptAbort) => Promise<TransportResponse>;

const nodeFetchTransport: Transport = async (method, url, headers, body, abort) => {
  const init: RequestInit = {
    method,
    headers,
    body,
    agent: url.startsWith('https:') ? keepAliveHttps : keepAliveHttp,
    signal: abort.signal,
  };
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, header: (name) => response.headers.get(name), text: await response.text() };
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** undici does not decompress; ordergraph asks for no encoding, but a vendor may compress anyway. */
const DECODERS: Record<string, (body: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.unzip),
  br: promisify(zlib.brotliDecompress),
};

/**
 * undici through its dispatcher, with a handler of ordergraph's own that gathers the body's
 * chunks. undici's `request()` parses the URL again and wraps each answer in a Readable stream
 * (an async resource, a parsed header object, a consumer promise) that ordergraph only ever
 * reads whole: for a read by id that machinery cost more than the vendor call's own parsing.
 * The handler is undici's documented dispatch handler (onConnect, onHeaders, onData,
 * onComplete, onError); the request is the same bytes on the same keep-alive pool.
 */
const undiciTransport: Transport = (method, url, headers, body, abort) => {
  if (body !== undefined && typeof body !== 'string') return nodeFetchTransport(method, url, headers, body, abort);
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  const origin = slash === -1 ? url : url.slice(0, slash);
  const path = slash === -1 ? '/' : url.slice(slash);
  return new Promise<RawResponse>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let status = 0;
    let rawHeaders: Buffer[] = [];
    let cancel: ((reason: Error) => void) | undefined;
    let settled = false;
    const aborted = () => new RequestAbortedError();
    const settle = () => {
      settled = true;
      abort.removeListener('abort', onAbort);
    };
    // At the deadline: a request on the wire is aborted there; one still queued for a connection
    // fails now and is aborted when the pool gets to it.
    const onAbort = () => {
      if (cancel) return cancel(aborted());
      settle();
      reject(aborted());
    };
    abort.once('abort', onAbort);
    undiciPool.dispatch(
      { origin, path, method: method as 'GET', headers, body },
      {
        onConnect(abortRequest: (reason: Error) => void) {
          if (abort.aborted) abortRequest(aborted());
          else cancel = abortRequest;
        },
        onHeaders(statusCode: number, raw: Buffer[]) {
          // 1xx (100 Continue) are not the answer.
          if (statusCode >= 200) {
            status = statusCode;
            rawHeaders = raw;
          }
          return true;
        },
        onData(chunk: Buffer) {
          chunks.push(chunk);
          return true;
        },
        onComplete() {
          if (settled) return;
          settle();
          resolve({ status, rawHeaders, body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks) });
        },
        onError(error: Error) {
          if (settled) return;
          settle();
          reject(error);
        },
      },
    );
  }).then(async (raw) => {
    // Joined like any header: codings stacked in several headers match no single decoder.
    const encoding = rawHeaderValues(raw.rawHeaders, 'content-encoding')?.trim().toLowerCase();
    const decode = encoding ? DECODERS[encoding] : undefined;
    const text = decode ? (await decode(raw.body)).toString('utf8') : raw.body.toString('utf8');
    if (REDIRECTS.has(raw.status) && rawHeaderValues(raw.rawHeaders, 'location')) return nodeFetchTransport(method, url, headers, body, abort);
    let parsed: Headers | undefined;
    return {
      status: raw.status,
      // Built on first use only: most callers never read a response header.
      get headers() {
        if (!parsed) {
          parsed = new Headers();
          for (let i = 0; i + 1 < raw.rawHeaders.length; i += 2) parsed.append(raw.rawHeaders[i].toString('latin1'), raw.rawHeaders[i + 1].toString('latin1'));
        }
        return parsed;
      },
      header: (name) => (parsed ? parsed.get(name) : rawHeaderValues(raw.rawHeaders, name.toLowerCase())),
      text,
    };
  });
};

interface RawResponse {
  status: number;
  /** Names and values, alternately, as they came (undici's raw headers). */
  rawHeaders: Buffer[];
  body: Buffer;
}

/**
 * Every value of a response header in undici's raw list joined with ", ", as `Headers.get` answers
 * it (null when absent); `name` in lower case. A client that reads one header (an ETag on every read)
 * then does not build a Headers object, which checks and copies every header of the answer.
 */
function rawHeaderValues(raw: Buffer[], name: string): string | null {
  let value: string | null = null;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if (raw[i].length !== name.length || raw[i].toString('latin1').toLowerCase() !== name) continue;
    const one = raw[i + 1].toString('latin1');
    value = value === null ? one : `${value}, ${one}`;
  }
  return value;
}

const TRANSPORTS: Record<HttpClientName, Transport> = { undici: undiciTransport, 'node-fetch': nodeFetchTransport };
let defaultClient: HttpClientName = 'undici';

/** Picks the HTTP client of every ProviderHttp that does not name its own (set once at start-up). */
export function setDefaultHttpClient(name: HttpClientName): void {
  defaultClient = name;
}

export type Query = Record<string, string | number | boolean | readonly (string | number)[] | undefined | null>;

export interface RequestOptions {
  query?: Query;
  /** Sent as JSON with `Content-Type: application/json`. */
  json?: unknown;
  /** Any other body (multipart form data); set its content type in `headers`. */
  body?: BodyInit;
  headers?: Record<string, string>;
  /** Overrides the client's default timeout (the deadline of each attempt). */
  timeoutMs?: number;
  /** What this call's error statuses mean when not the usual (a create's 404, a vendor's documented 400). */
  meaning?: CallMeaning;
}

export interface HttpResult<T> {
  status: number;
  data: T;
  headers: Response['headers'];
  /** One response header (null when absent), the same value as `headers.get(name)`, cheaper when only one is read. */
  header(name: string): string | null;
}

/** One finished upstream call, for logs, metrics and latency tracking. */
export interface CallRecord {
  provider: ProviderKey;
  method: string;
  path: string;
  status: number | null;
  ms: number;
  error?: string;
}

/** One attempt of a vendor call, as tracing sees it when it starts. */
export interface VendorCall {
  provider: ProviderKey;
  method: string;
  /** The path as sent (tracing makes a route template of it). */
  path: string;
  host: string;
  /** 0 for the first try, then 1, 2... for the retries of a safe read. */
  attempt: number;
  circuit: CircuitState;
}

/** A started vendor call span: the headers that carry its context to the vendor, and its end. */
export interface TracedCall {
  headers: Record<string, string>;
  /** `status` null: no answer; `error`: the failure's code or reason. */
  end(status: number | null, error?: string): void;
}

/** Tracing's hook into every vendor call (src/observability/tracing.ts); absent when tracing is off. */
export interface CallTracer {
  start(call: VendorCall): TracedCall;
}

/**
 * What every vendor client hands its `ProviderHttp` from the core (`ProviderDeps`): the
 * timeout, the call observer, the breaker and retries. Clients take it whole (`...deps`) and
 * pass it on with `httpDeps`, so a new setting reaches every vendor without touching them.
 */
export interface HttpDeps {
  /** Deadline of each attempt of a call, body included, in milliseconds. */
  timeoutMs: number;
  /** Observers of every call (latency tracking, logs, metrics). */
  onCall?: (record: CallRecord) => void;
  /** Retries of safe reads and the circuit breaker; without it, every call is tried once. */
  resilience?: ProviderResilience;
  /** A span per call attempt, its `traceparent` sent to the vendor; unset when tracing is off. */
  tracer?: CallTracer;
  /** Sees every answer as the vendor sent it (status and body text, errors too); the drift check compares them with the docs. */
  onExchange?: (exchange: VendorExchange) => void;
}

/** One vendor answer as received, its body unparsed. */
export interface VendorExchange {
  provider: ProviderKey;
  method: string;
  path: string;
  status: number;
  text: string;
}

/** The HttpDeps part of a client's options. */
export function httpDeps(options: HttpDeps): HttpDeps {
  return { timeoutMs: options.timeoutMs, onCall: options.onCall, resilience: options.resilience, tracer: options.tracer, onExchange: options.onExchange };
}

export interface ProviderHttpOptions extends HttpDeps {
  provider: ProviderKey;
  baseUrl: string;
  /** Auth and other fixed headers, computed per call (tokens may refresh). */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /** Vendor hook: the vendor's error code inside an error body, if any. */
  providerCodeOf?: (body: unknown, status: number) => string | undefined;
  /** The vendor's documented error codes and the ordergraph code each means; they win over the status. */
  vendorCodes?: VendorCodeTable;
  /** Vendor hook: a human message from an error body. */
  messageOf?: (body: unknown, status: number) => string | undefined;
  /** Vendor hook: parses a JSON body (default `JSON.parse`), e.g. to keep money digits exact; throwing means "not JSON". */
  parseBody?: (text: string) => unknown;
  /** The HTTP client; default: the one set with `setDefaultHttpClient` (undici unless configured). */
  client?: HttpClientName;
}

export class ProviderHttp {
  readonly provider: ProviderKey;
  private readonly baseUrl: string;

  constructor(private readonly options: ProviderHttpOptions) {
    this.provider = options.provider;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  get<T>(path: string, options: RequestOptions = {}): Promise<HttpResult<T>> {
    return this.request<T>('GET', path, options);
  }

  post<T>(path: string, options: RequestOptions = {}): Promise<HttpResult<T>> {
    return this.request<T>('POST', path, options);
  }

  put<T>(path: string, options: RequestOptions = {}): Promise<HttpResult<T>> {
    return this.request<T>('PUT', path, options);
  }

  delete<T>(path: string, options: RequestOptions = {}): Promise<HttpResult<T>> {
    return this.request<T>('DELETE', path, options);
  }

  /**
   * Sends a request; resolves with parsed JSON on 2xx, throws an `OrderGraphError` otherwise.
   * GETs are retried and every call goes through the provider's circuit breaker (see resilience.ts).
   */
  request<T>(method: string, path: string, options: RequestOptions = {}): Promise<HttpResult<T>> {
    const resilience = this.options.resilience;
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
    if (!resilience) return this.once<T>(method, path, options, performance.now() + timeoutMs, 0);
    let attempt = 0;
    return resilience.run(this.provider, method === 'GET', timeoutMs, (deadline) => this.once<T>(method, path, options, deadline, attempt++));
  }

  /** One attempt, aborted wherever it is at `deadline` (a `performance.now()` instant). */
  private async once<T>(method: string, path: string, options: RequestOptions, deadline: number, attempt: number): Promise<HttpResult<T>> {
    const abort = new AttemptAbort();
    const timer = setTimeout(() => abort.abort(), Math.max(0, deadline - performance.now()));
    try {
      return await this.attempt<T>(method, path, options, abort, attempt);
    } finally {
      clearTimeout(timer);
    }
  }

  private async attempt<T>(method: string, path: string, options: RequestOptions, abort: AttemptAbort, attempt: number): Promise<HttpResult<T>> {
    const url = this.baseUrl + path + queryString(options.query);
    // Most clients' fixed headers are computed synchronously: awaited only when they are a promise.
    const fixed = this.options.headers?.();
    const headers: Record<string, string> = { Accept: 'application/json', ...(fixed instanceof Promise ? await fixed : fixed), ...options.headers };
    const traced = this.options.tracer?.start({
      provider: this.provider,
      method,
      path,
      host: new URL(this.baseUrl).host,
      attempt,
      circuit: this.options.resilience?.state(this.provider) ?? 'CLOSED',
    });
    if (traced) Object.assign(headers, traced.headers);
    let body = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['Content-Type'] = 'application/json';
    }
    const send = TRANSPORTS[this.options.client ?? defaultClient];
    const started = performance.now();
    const record = (status: number | null, error?: string) => {
      this.options.onCall?.({ provider: this.provider, method, path, status, ms: performance.now() - started, error });
      traced?.end(status, error);
    };

    let response: TransportResponse;
    let text: string;
    try {
      response = await send(method, url, headers, body, abort);
      text = response.text;
    } catch (error) {
      const failure = this.transportError(error, method, path, abort.aborted);
      record(null, String(failure.extensions.reason));
      throw failure;
    }
    record(response.status);

    // Only a conditional GET (If-None-Match) gets a 304: the caller's copy is current.
    if (response.status === 304)
      return {
        status: 304,
        data: null as T,
        get headers() {
          return response.headers;
        },
        header: response.header,
      };
    this.options.onExchange?.({ provider: this.provider, method, path, status: response.status, text });
    const parsed = parseJson(text, this.options.parseBody);
    if (response.status >= 200 && response.status < 300) {
      if (parsed === INVALID && text.trim() !== '') {
        throw this.unavailable(`answered ${method} ${path} with a body that is not JSON`, 'INVALID_RESPONSE', response.status);
      }
      const data = (parsed === INVALID ? null : parsed) as T;
      // A getter, so that the headers object is only built when a client reads it.
      return {
        status: response.status,
        data,
        get headers() {
          return response.headers;
        },
        header: response.header,
      };
    }
    const failure = this.errorFromResponse(response.status, parsed === INVALID ? text.slice(0, 200) : parsed, method, path, options.meaning);
    if (response.status === 429) {
      const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
      if (retryAfter !== undefined) failure.extensions.retryAfterSeconds = retryAfter;
    }
    throw failure;
  }

  /** Maps a vendor's HTTP status and error body to the error a client sees: the vendor's own code first, then the status. */
  errorFromResponse(status: number, body: unknown, method = '', path = '', meaning?: CallMeaning): OrderGraphError {
    const providerCode = this.options.providerCodeOf?.(body, status);
    const vendorMessage = this.options.messageOf?.(body, status) ?? (typeof body === 'string' && body ? body : undefined);
    const details = { provider: this.provider, httpStatus: status, providerCode };
    const name = providerLabel(this.provider);
    const suffix = vendorMessage ? `: ${vendorMessage}` : '';
    const code = vendorErrorCode(status, providerCode, this.options.vendorCodes, meaning);
    switch (true) {
      case code === ErrorCode.NOT_FOUND:
        return new OrderGraphError(ErrorCode.NOT_FOUND, `${name} has no such order${suffix}`, details);
      case code === ErrorCode.CONFLICT:
        return new OrderGraphError(ErrorCode.CONFLICT, `${name} reports the order changed since it was read${suffix}`, details);
      case code === ErrorCode.PROVIDER_AUTH_FAILED:
        return new OrderGraphError(
          ErrorCode.PROVIDER_AUTH_FAILED,
          `${name} refused ordergraph's credentials (HTTP ${status}${providerCode ? ` ${providerCode}` : ''})`,
          details,
        );
      case status === 429:
        return new OrderGraphError(ErrorCode.PROVIDER_UNAVAILABLE, `${name} is rate limiting ordergraph (HTTP 429)`, { ...details, reason: 'RATE_LIMITED' });
      case code === ErrorCode.PROVIDER_UNAVAILABLE:
        return this.unavailable(`answered ${method} ${path} with HTTP ${status}${suffix}`, 'HTTP_ERROR', status, providerCode);
      default:
        return new OrderGraphError(code, `${name} rejected the request (HTTP ${status})${suffix}`, details);
    }
  }

  /** `deadlinePassed`: the attempt's own timer aborted it, whatever error the client threw for that. */
  private transportError(error: unknown, method: string, path: string, deadlinePassed: boolean): OrderGraphError {
    const { name, code: errorCode } = error as { name?: string; code?: string };
    if (deadlinePassed || name === 'TimeoutError' || /^UND_ERR_(HEADERS|BODY|CONNECT)_TIMEOUT$/.test(errorCode ?? '')) {
      return this.unavailable(`did not answer ${method} ${path} in time`, 'TIMEOUT');
    }
    const code = error instanceof FetchError ? (error.code ?? error.errno) : errorCode;
    return this.unavailable(`could not be reached for ${method} ${path}${code ? ` (${code})` : ''}`, 'CONNECTION');
  }

  private unavailable(what: string, reason: string, httpStatus?: number, providerCode?: string): OrderGraphError {
    return new OrderGraphError(ErrorCode.PROVIDER_UNAVAILABLE, `${providerLabel(this.provider)} ${what}`, {
      provider: this.provider,
      httpStatus,
      providerCode,
      reason,
    });
  }
}

/** A `Retry-After` header (delta-seconds or an HTTP date) as whole seconds from now; undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | null | undefined, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

const INVALID = Symbol('invalid-json');

function parseJson(text: string, parse: (text: string) => unknown = JSON.parse): unknown {
  if (text === '') return INVALID;
  try {
    return parse(text);
  } catch {
    return INVALID;
  }
}

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    params.append(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
