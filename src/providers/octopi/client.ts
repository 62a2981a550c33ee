import { ProviderHttp, httpDeps, type HttpDeps } from '../../core/http';
import { ProviderKey } from '../keys';
import type { OctopiCreateBody, OctopiUpdateBody } from './rules';
import type { OctopiErrorBody, OctopiList, OctopiServiceOrder } from './wire';

export interface OctopiClientOptions extends HttpDeps {
  baseUrl: string;
  token: string;
}

const BASE = '/api/v1/service_orders';

/** Octopi's REST calls: paths, the `Token token=` header and its error bodies. Nothing else. */
export class OctopiClient {
  private readonly http: ProviderHttp;

  constructor(options: OctopiClientOptions) {
    this.http = new ProviderHttp({
      provider: ProviderKey.OCTOPI,
      baseUrl: options.baseUrl,
      ...httpDeps(options),
      headers: () => ({ Authorization: `Token token=${options.token}` }),
      messageOf: describeOctopiError,
      // Octopi documents no error codes, only its statuses: 404 Resource Not Found, 422 Validation Error.
      providerCodeOf: (_body, status) => ({ 404: 'RESOURCE_NOT_FOUND', 422: 'VALIDATION_ERROR', 500: 'INTERNAL_SERVER_ERROR' })[status],
    });
  }

  async list(): Promise<OctopiList> {
    return (await this.http.get<OctopiList>(BASE)).data;
  }

  /**
   * The whole list unless it is still `etag` (Octopi, a Rails API, answers a matching
   * `If-None-Match` with 304 Not Modified and no body).
   */
  async listIfChanged(etag: string | null): Promise<{ notModified: boolean; list?: OctopiList; etag: string | null }> {
    const answer = await this.http.get<OctopiList>(BASE, etag ? { headers: { 'If-None-Match': etag } } : {});
    const tag = answer.headers.get('etag');
    return answer.status === 304 ? { notModified: true, etag: tag ?? etag } : { notModified: false, list: answer.data, etag: tag };
  }

  /** One order by Octopi id or order number (the vendor accepts either). */
  async get(idOrNumber: string): Promise<OctopiServiceOrder> {
    return (await this.http.get<OctopiServiceOrder>(`${BASE}/${encodeURIComponent(idOrNumber)}.json`)).data;
  }

  async create(body: OctopiCreateBody): Promise<OctopiServiceOrder> {
    return (await this.http.post<OctopiServiceOrder>(BASE, { json: body, meaning: { creates: true } })).data;
  }

  async update(orderNumber: string, body: OctopiUpdateBody): Promise<OctopiServiceOrder> {
    return (await this.http.put<OctopiServiceOrder>(`${BASE}/${encodeURIComponent(orderNumber)}.json`, { json: body })).data;
  }

  async cancel(orderNumber: string, reason: string): Promise<OctopiServiceOrder> {
    const json = { service_order: { cancellation_reason: reason } };
    return (await this.http.put<OctopiServiceOrder>(`${BASE}/${encodeURIComponent(orderNumber)}/cancel.json`, { json })).data;
  }
}

/** Flattens `{ errors: { field: [messages] } }` into "field message; ..." for error messages. */
export function describeOctopiError(body: unknown): string | undefined {
  const b = body as OctopiErrorBody | null;
  if (b && typeof b === 'object' && b.errors && typeof b.errors === 'object') {
    return Object.entries(b.errors)
      .map(([field, messages]) => `${field} ${Array.isArray(messages) ? messages.join(', ') : String(messages)}`)
      .join('; ');
  }
  return b && typeof b === 'object' && typeof b.error === 'string' ? b.error : undefined;
}
