import { FormData, type Blob } from 'node-fetch';
import { ErrorCode, isOrderGraphError, OrderGraphError } from '../../core/errors';
import { ProviderHttp, type HttpResult, type RequestOptions, httpDeps, type HttpDeps } from '../../core/http';
import { ProviderKey } from '../keys';
import {
  SOGET_ERROR_MEANINGS,
  SOGET_ORDERS_PATH,
  SOGET_TOKEN_ERROR_MEANINGS,
  type SogetCreateResponse,
  type SogetCustomerOrder,
  type SogetOrderBody,
  type SogetSearchParams,
  type SogetSearchResult,
  type SogetTokenResponse,
  type SogetUpdateBody,
} from './wire';

export interface SogetClientOptions extends HttpDeps {
  /** API gateway base, e.g. https://soget-api-integration.azure-api.net. */
  baseUrl: string;
  /** OAuth2 token endpoint (client credentials). */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Sent as `Ocp-Apim-Subscription-Key` on every call. */
  subscriptionKey: string;
}

/**
 * A file attached to a create, sent as one `files` part. `content` is a Blob of the part's media
 * type: an uploaded file is a Blob backed by its file on disk (`blobFrom`), read as a stream each
 * time the form is sent, so a create never holds the file in memory.
 */
export interface SogetAttachment {
  fileName: string;
  content: Blob;
}

/** An order as read, with its ETag. */
export interface SogetRead {
  order: SogetCustomerOrder;
  etag: string | null;
}

/** A token is renewed this long before it expires, so that no call carries one that dies on the way. */
const TOKEN_MARGIN_MS = 30_000;

/**
 * OAuth2 client credentials with a cache: one token for every call until shortly before it
 * expires, and one request for a token however many calls need one at the same moment.
 */
class SogetTokenSource {
  private cached: { value: string; expiresAt: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly http: ProviderHttp,
    private readonly options: SogetClientOptions,
  ) {}

  async get(): Promise<string> {
    if (this.cached && this.cached.expiresAt - TOKEN_MARGIN_MS > Date.now()) return this.cached.value;
    this.pending ??= this.fetch().finally(() => (this.pending = null));
    return this.pending;
  }

  /** Forgets a token the API refused (revoked or expired early), unless a newer one replaced it. */
  invalidate(token: string): void {
    if (this.cached?.value === token) this.cached = null;
  }

  private async fetch(): Promise<string> {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.options.clientId, client_secret: this.options.clientSecret });
    let answer: HttpResult<SogetTokenResponse>;
    try {
      answer = await this.http.post<SogetTokenResponse>('', {
        body: form.toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
    } catch (error) {
      // A refused client (400 invalid_request, 401 invalid_client) is a credentials problem.
      if (isOrderGraphError(error) && error.code === ErrorCode.PROVIDER_REJECTED) {
        throw new OrderGraphError(ErrorCode.PROVIDER_AUTH_FAILED, `SOGET S'mouv refused ordergraph's client credentials: ${error.message}`, {
          ...error.extensions,
          code: ErrorCode.PROVIDER_AUTH_FAILED,
        });
      }
      throw error;
    }
    const token = answer.data;
    if (!token || typeof token.access_token !== 'string') {
      throw new OrderGraphError(ErrorCode.PROVIDER_UNAVAILABLE, "SOGET S'mouv's token endpoint answered without an access token", {
        provider: ProviderKey.SOGET,
        reason: 'INVALID_RESPONSE',
      });
    }
    const ttl = typeof token.expires_in === 'number' && token.expires_in > 0 ? token.expires_in : 300;
    this.cached = { value: token.access_token, expiresAt: Date.now() + ttl * 1000 };
    return token.access_token;
  }
}

/**
 * SOGET S'mouv's customer-order calls: paths, the bearer token plus subscription key, the
 * multipart create, `If-Match` on update, and the `{ timestamp, code, message }` error body.
 */
export class SogetClient {
  private readonly http: ProviderHttp;
  private readonly tokens: SogetTokenSource;

  constructor(options: SogetClientOptions) {
    const common = {
      provider: ProviderKey.SOGET,
      ...httpDeps(options),
      headers: () => ({ 'Ocp-Apim-Subscription-Key': options.subscriptionKey }),
    };
    this.http = new ProviderHttp({
      ...common,
      baseUrl: options.baseUrl,
      providerCodeOf: sogetCodeOf,
      vendorCodes: SOGET_ERROR_MEANINGS,
      messageOf: sogetMessageOf,
    });
    const tokenHttp = new ProviderHttp({
      ...common,
      baseUrl: options.tokenUrl,
      providerCodeOf: (body) => stringField(body, 'error'),
      vendorCodes: SOGET_TOKEN_ERROR_MEANINGS,
      messageOf: (body) => stringField(body, 'error_description') ?? stringField(body, 'error'),
    });
    this.tokens = new SogetTokenSource(tokenHttp, options);
  }

  async search(params: SogetSearchParams): Promise<SogetSearchResult> {
    return (await this.send<SogetSearchResult>('GET', SOGET_ORDERS_PATH, { query: { ...params } })).data;
  }

  async get(id: string): Promise<SogetRead> {
    const result = await this.send<SogetCustomerOrder>('GET', `${SOGET_ORDERS_PATH}/${encodeURIComponent(id)}`);
    return { order: result.data, etag: result.header('etag') };
  }

  /**
   * `POST /customer-orders` as multipart/form-data: the `order` part (JSON) and one `files` part per
   * attachment. node-fetch streams the form (a disk-backed Blob is read in chunks as it is sent)
   * and declares its length.
   */
  async create(order: unknown, attachments: readonly SogetAttachment[] = []): Promise<SogetCreateResponse> {
    const form = () => {
      const data = new FormData();
      data.append('order', JSON.stringify(order));
      for (const file of attachments) data.append('files', file.content, file.fileName);
      return data;
    };
    return (await this.send<SogetCreateResponse>('POST', SOGET_ORDERS_PATH, { meaning: { creates: true } }, form)).data;
  }

  /** `PUT /customer-orders/{id}` with `If-Match`: a stale revision is refused (CONFLICT) and changes nothing. */
  async update(id: string, body: SogetUpdateBody | SogetOrderBody, revision: string): Promise<SogetRead> {
    const result = await this.send<SogetCustomerOrder>('PUT', `${SOGET_ORDERS_PATH}/${encodeURIComponent(id)}`, {
      json: body,
      headers: { 'If-Match': ifMatch(revision) },
    });
    return { order: result.data, etag: result.header('etag') };
  }

  /** `DELETE /customer-orders/{id}` cancels; the answer may be the cancelled order or empty. */
  async cancel(id: string): Promise<SogetRead | null> {
    const result = await this.send<SogetCustomerOrder | null>('DELETE', `${SOGET_ORDERS_PATH}/${encodeURIComponent(id)}`);
    return result.data && typeof result.data === 'object' ? { order: result.data, etag: result.header('etag') } : null;
  }

  /**
   * One call with a bearer token. A 401 with a cached token gets one retry with a fresh token
   * (the identity provider may have revoked it); a 401 is answered before the API runs, so
   * repeating even a create is safe.
   */
  private async send<T>(method: string, path: string, options: RequestOptions = {}, body?: () => FormData): Promise<HttpResult<T>> {
    for (let attempt = 0; ; attempt += 1) {
      const token = await this.tokens.get();
      try {
        return await this.http.request<T>(method, path, { ...options, body: body?.(), headers: { ...options.headers, Authorization: `Bearer ${token}` } });
      } catch (error) {
        const refused = isOrderGraphError(error) && error.extensions.httpStatus === 401;
        if (refused) this.tokens.invalidate(token);
        if (!refused || attempt > 0) throw error;
      }
    }
  }
}

/** The revision of an order is its ETag; `If-Match` takes it back quoted. */
export function ifMatch(revision: string): string {
  return revision.startsWith('W/') || revision.startsWith('"') ? revision : `"${revision}"`;
}

function stringField(body: unknown, key: string): string | undefined {
  const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The documented error body's `code`. */
export function sogetCodeOf(body: unknown): string | undefined {
  return stringField(body, 'code');
}

/** The documented error body's `message`, or the API gateway's. */
export function sogetMessageOf(body: unknown): string | undefined {
  const code = stringField(body, 'code');
  const message = stringField(body, 'message');
  return code && message ? `${code}: ${message}` : (message ?? code);
}
