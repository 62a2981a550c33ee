import { ProviderHttp, httpDeps, type HttpDeps } from '../../core/http';
import { ProviderKey } from '../keys';
import { parseVuJson, stringifyVuJson } from './exact-json';
import type { VuCreateBody } from './rules';
import type { VuErrorBody, VuFulfillment, VuFulfillmentFields, VuOrder, VuOrderEnvelope, VuOrderLineList, VuOrderList } from './wire';

export interface VuClientOptions extends HttpDeps {
  baseUrl: string;
  apiKey: string;
  apiSecret: string;
}

/** Filters of `GET /orders` and `GET /order_lines`; lists travel comma-separated. */
export interface VuListParams {
  /** Line statuses; VU's default is `new_order` only, so callers always say which they want. */
  status: readonly string[];
  /** 1 to 250 (VU's default and maximum). */
  limit: number;
  /** Only ids greater than this, ascending. */
  sinceId?: number;
  ids?: readonly number[];
  orderNumbers?: readonly string[];
  withTags?: readonly string[];
  withoutTags?: readonly string[];
}

const BASE = '/api/v1';

/**
 * VU Custom's REST calls: paths, HTTP Basic auth with the API key and secret, its error
 * bodies, and bodies read and written with exact prices. Nothing else.
 */
export class VuClient {
  private readonly http: ProviderHttp;

  constructor(options: VuClientOptions) {
    const basic = `Basic ${Buffer.from(`${options.apiKey}:${options.apiSecret}`).toString('base64')}`;
    this.http = new ProviderHttp({
      provider: ProviderKey.VU,
      baseUrl: options.baseUrl,
      ...httpDeps(options),
      headers: () => ({ Authorization: basic }),
      messageOf: describeVuError,
      // VU documents statuses, not error codes: name the status.
      providerCodeOf: (_body, status) =>
        ({ 400: 'BAD_REQUEST', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 422: 'UNPROCESSABLE_ENTITY' })[status] ??
        (status >= 500 ? 'VU_ADMIN_ERROR' : undefined),
      parseBody: parseVuJson,
    });
  }

  async listOrders(params: VuListParams): Promise<VuOrder[]> {
    return (await this.http.get<VuOrderList>(`${BASE}/orders`, { query: listQuery(params) })).data.orders;
  }

  async getOrder(id: number): Promise<VuOrder> {
    return (await this.http.get<VuOrderEnvelope>(`${BASE}/orders/${id}`)).data.order;
  }

  async createOrder(body: VuCreateBody): Promise<VuOrder> {
    return (await this.http.post<VuOrderEnvelope>(`${BASE}/orders`, { ...jsonBody(body), meaning: { creates: true } })).data.order;
  }

  async listOrderLines(params: VuListParams): Promise<VuOrderLineList['order_lines']> {
    return (await this.http.get<VuOrderLineList>(`${BASE}/order_lines`, { query: listQuery(params) })).data.order_lines;
  }

  async createFulfillment(fulfillment: VuFulfillmentFields): Promise<VuFulfillment> {
    return (await this.http.post<{ fulfillment: VuFulfillment }>(`${BASE}/fulfillments`, jsonBody({ fulfillment }))).data.fulfillment;
  }
}

function listQuery(params: VuListParams) {
  return {
    status: params.status,
    limit: params.limit,
    since_id: params.sinceId,
    ids: params.ids,
    order_numbers: params.orderNumbers,
    with_tags: params.withTags,
    without_tags: params.withoutTags,
  };
}

function jsonBody(value: unknown) {
  return { body: stringifyVuJson(value), headers: { 'Content-Type': 'application/json' } };
}

/** `{ errors: "message" }` as is; `{ errors: { field: [messages] } }` as "field message; ...". */
export function describeVuError(body: unknown): string | undefined {
  const errors = (body as VuErrorBody | null)?.errors;
  if (typeof errors === 'string') return errors;
  if (errors && typeof errors === 'object') {
    return Object.entries(errors)
      .map(([field, messages]) => `${field} ${Array.isArray(messages) ? messages.join(', ') : String(messages)}`)
      .join('; ');
  }
  return undefined;
}
