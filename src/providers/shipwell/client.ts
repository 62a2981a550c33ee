import { ProviderHttp, httpDeps, type HttpDeps } from '../../core/http';
import { ProviderKey } from '../keys';
import type { ShipwellCreateBody, ShipwellErrorBody, ShipwellOrderList, ShipwellPurchaseOrder } from './wire';

export interface ShipwellClientOptions extends HttpDeps {
  baseUrl: string;
  token: string;
}

/** Query of `GET /orders`; list values are sent as repeated parameters (order numbers may hold commas). */
export interface ShipwellListParams {
  limit: number;
  /** `created_at`, `-created_at`, `id`, `-id`, ... */
  order_by: string;
  starting_after?: string;
  ending_before?: string;
  id?: readonly string[];
  order_number?: readonly string[];
  status?: readonly string[];
  created_at__gte?: string;
  created_at__lte?: string;
}

/** Shipwell's purchase order calls: paths, the `Token` header and its FastAPI error bodies. Nothing else. */
export class ShipwellClient {
  private readonly http: ProviderHttp;

  constructor(options: ShipwellClientOptions) {
    this.http = new ProviderHttp({
      provider: ProviderKey.SHIPWELL,
      baseUrl: options.baseUrl,
      ...httpDeps(options),
      headers: () => ({ Authorization: `Token ${options.token}` }),
      messageOf: describeShipwellError,
      providerCodeOf: shipwellErrorCode,
    });
  }

  async list(params: ShipwellListParams): Promise<ShipwellOrderList> {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
      if (value === undefined || value === null) continue;
      for (const v of Array.isArray(value) ? value : [value]) query.append(name, String(v));
    }
    return (await this.http.get<ShipwellOrderList>(`/orders?${query.toString()}`)).data;
  }

  async get(id: string): Promise<ShipwellPurchaseOrder> {
    return (await this.http.get<ShipwellPurchaseOrder>(`/orders/${encodeURIComponent(id)}`)).data;
  }

  async create(body: ShipwellCreateBody): Promise<ShipwellPurchaseOrder> {
    return (await this.http.post<ShipwellPurchaseOrder>('/orders', { json: body, meaning: { creates: true } })).data;
  }
}

/** The vendor's code: the pydantic type of the first 422 issue (`missing`, `unique_violation`...), else one per status. */
export function shipwellErrorCode(body: unknown, status: number): string | undefined {
  const detail = (body as ShipwellErrorBody | null)?.detail;
  if (Array.isArray(detail) && detail.length > 0 && typeof detail[0]?.type === 'string') return detail[0].type;
  return ({ 401: 'NOT_AUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 422: 'VALIDATION_ERROR' } as Record<number, string>)[status];
}

/** Flattens `{ detail: [{ loc, msg }] }` into "order_number: String should have at most 64 characters; ..." for error messages. */
export function describeShipwellError(body: unknown): string | undefined {
  const detail = (body as ShipwellErrorBody | null)?.detail;
  if (typeof detail === 'string') return detail;
  if (!Array.isArray(detail)) return undefined;
  return detail
    .map((issue) => {
      const loc = Array.isArray(issue?.loc) ? issue.loc.filter((part, i) => !(i === 0 && (part === 'body' || part === 'query'))) : [];
      const where = loc.reduce<string>((path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
      return where ? `${where}: ${issue?.msg}` : String(issue?.msg);
    })
    .join('; ');
}
