import { ErrorCode, OrderGraphError } from '../../core/errors';
import { ProviderHttp, httpDeps, type HttpDeps } from '../../core/http';
import { ProviderKey } from '../keys';
import type { SitooCreateBody, SitooUpdateBody } from './rules';
import type { SitooErrorBody, SitooListQuery, SitooServiceOrder } from './wire';

export interface SitooClientOptions extends HttpDeps {
  /** e.g. https://api.mysitoo.com */
  baseUrl: string;
  account: string;
  apiId: string;
  password: string;
}

/** Sitoo's service-order calls: paths under the account, HTTP Basic auth and its error bodies. Nothing else. */
export class SitooClient {
  private readonly http: ProviderHttp;
  private readonly base: string;

  constructor(options: SitooClientOptions) {
    const credentials = Buffer.from(`${options.apiId}:${options.password}`).toString('base64');
    this.base = `/v2/accounts/${encodeURIComponent(options.account)}/serviceorders`;
    this.http = new ProviderHttp({
      provider: ProviderKey.SITOO,
      baseUrl: options.baseUrl,
      ...httpDeps(options),
      headers: () => ({ Authorization: `Basic ${credentials}` }),
      providerCodeOf: sitooErrorCode,
      messageOf: describeSitooError,
    });
  }

  /** `GET /serviceorders.json`: a bare array, as documented. */
  async list(query: SitooListQuery = {}): Promise<SitooServiceOrder[]> {
    const { data } = await this.http.get<unknown>(`${this.base}.json`, {
      query: {
        store: query.store,
        state: query.state?.length ? query.state : undefined,
        start_after_id: query.start_after_id,
        num: query.num,
        sort: query.sort,
      },
    });
    if (Array.isArray(data)) return data as SitooServiceOrder[];
    // Other Sitoo collections answer { totalcount, items }: take that shape too, should this one ever follow.
    const items = (data as { items?: unknown } | null)?.items;
    if (Array.isArray(items)) return items as SitooServiceOrder[];
    throw new OrderGraphError(ErrorCode.PROVIDER_UNAVAILABLE, 'Sitoo answered the service order list with something that is not a list', {
      provider: ProviderKey.SITOO,
      reason: 'INVALID_RESPONSE',
    });
  }

  async get(id: string): Promise<SitooServiceOrder> {
    // Get Service Order documents no 404: an id Sitoo does not have is its "400 Invalid request" (a GET has no body to be invalid).
    return (await this.http.get<SitooServiceOrder>(`${this.base}/${encodeURIComponent(id)}.json`, { meaning: { statuses: { 400: ErrorCode.NOT_FOUND } } }))
      .data;
  }

  async create(body: SitooCreateBody): Promise<SitooServiceOrder> {
    return (await this.http.post<SitooServiceOrder>(`${this.base}.json`, { json: body, meaning: { creates: true } })).data;
  }

  /** A stale `revision` answers 412, which the HTTP layer maps to CONFLICT. */
  async update(id: string, body: SitooUpdateBody): Promise<SitooServiceOrder> {
    return (await this.http.put<SitooServiceOrder>(`${this.base}/${encodeURIComponent(id)}.json`, { json: body })).data;
  }
}

/**
 * Sitoo documents statuses, not error codes: the code is the status's name
 * (INVALID_REQUEST, PRECONDITION_FAILED...), and the first broken rule when the body names one.
 */
export function sitooErrorCode(body: unknown, status: number): string | undefined {
  const rule = (body as SitooErrorBody | null)?.errors?.[0]?.rule;
  const name = STATUS_NAMES[status];
  return name && rule && status === 400 ? `${name}:${rule}` : name;
}

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_REQUEST',
  401: 'UNAUTHORIZED',
  404: 'NOT_FOUND',
  412: 'PRECONDITION_FAILED',
  500: 'INTERNAL_SERVER_ERROR',
  502: 'SERVICE_NOT_AVAILABLE',
};

/** `errortext`, plus every broken field of a 400. */
export function describeSitooError(body: unknown): string | undefined {
  const b = body as (SitooErrorBody & { error?: unknown }) | null;
  if (!b || typeof b !== 'object') return undefined;
  if (Array.isArray(b.errors) && b.errors.length > 0) {
    return b.errors.map((e) => (e.field ? `${e.field} ${e.message}` : e.message)).join('; ');
  }
  if (typeof b.errortext === 'string') return b.errortext;
  return typeof b.error === 'string' ? b.error : undefined;
}
