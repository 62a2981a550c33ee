import { z } from 'zod';
import { badUserInput, ErrorCode, OrderGraphError } from '../../core/errors';
import type { ListPage, ListQuery, OrderProvider, ProviderCapabilities, PositionSpec } from '../../core/provider';
import { ProviderKey } from '../keys';
import { OrderStatus } from '../../model/enums';
import type { Order } from '../../model/order';
import type { ShipwellClient } from './client';
import { shipwellChangeDetector } from './changes';
import type { ChangeDetector } from '../../core/change-detection';
import { mapShipwellOrder, SHIPWELL_STATUSES_OF } from './mapper';
import { checkCreate, ORDER_TYPE_PURCHASE_ORDER, toInputPath } from './rules';
import type { ShipwellAddress, ShipwellCreateBody, ShipwellItem, ShipwellOrderStop, ShipwellPurchaseOrder, ShipwellReference } from './wire';

export interface ShipwellGeolocationInput {
  latitude: number;
  longitude: number;
}

export interface ShipwellAddressInput {
  country?: string | null;
  line1?: string | null;
  line2?: string | null;
  line3?: string | null;
  locality?: string | null;
  postalCode?: string | null;
  region?: string | null;
  urbanization?: string | null;
  residential?: boolean | null;
  geolocation?: ShipwellGeolocationInput | null;
}

export interface ShipwellReferenceInput {
  qualifier?: string | null;
  value?: string | null;
}

export interface ShipwellStopInput extends ShipwellAddressInput {
  timezone?: string | null;
  locationNumber?: string | null;
  companyName?: string | null;
  references?: ShipwellReferenceInput[] | null;
  /** When the goods may be picked up (ship-from) or delivered (ship-to). */
  planWindow?: { start?: Date | string | null; end?: Date | string | null } | null;
  customData?: Record<string, unknown> | null;
}

export interface ShipwellSupplierInput {
  name?: string | null;
  supplierId?: string | null;
  email?: string | null;
  phoneNumber?: string | null;
  address?: ShipwellAddressInput | null;
}

export interface ShipwellBillToInput {
  accountNumber?: string | null;
  billingId?: string | null;
  paymentTerm?: string | null;
  billingCompanyName?: string | null;
  billingAddress?: ShipwellAddressInput | null;
  contact?: { email?: string | null; phoneNumber?: string | null } | null;
}

export interface ShipwellItemInput {
  description?: string | null;
  sku?: string | null;
  productId?: string | null;
  quantity?: { value?: string | null; unit?: string | null } | null;
  unitAmount?: { value?: string | null; currency?: string | null } | null;
  totalWeight?: { value?: string | null; unit?: string | null } | null;
  customData?: Record<string, unknown> | null;
}

export interface ShipwellCreateInput {
  orderNumber: string;
  name?: string | null;
  description?: string | null;
  shipFrom?: ShipwellStopInput | null;
  shipTo: ShipwellStopInput;
  supplier?: ShipwellSupplierInput | null;
  billTo?: ShipwellBillToInput | null;
  items?: ShipwellItemInput[] | null;
  /** Tag ids or slugs of the Shipwell account. */
  tags?: string[] | null;
  references?: ShipwellReferenceInput[] | null;
  sourceSystemId?: string | null;
  /** YYYY-MM-DD. */
  startDate?: string | null;
  /** YYYY-MM-DD. */
  expirationDate?: string | null;
  /** An object, or the JSON string of one (as the documented example sends it). */
  customData?: Record<string, unknown> | string | null;
  supplierCreatedReleasesAllowed?: boolean | null;
}

/** Largest `limit` of Shipwell's `GET /orders` (sandbox choice, README.md). */
export const SHIPWELL_PAGE_MAX = 100;

/**
 * Shipwell behind the provider contract. Reads of several orders are one `GET /orders` call
 * per 100 ids (or order numbers), filtered by `id` (or `order_number`); one id is one
 * `GET /orders/{id}`. Pages use Shipwell's `starting_after` cursor with `order_by=created_at`
 * (or `-created_at`), so a position is the last order's id: a keyset that new orders never
 * shift. Shipwell documents no update or cancel of an order, so both are UNSUPPORTED_OPERATION.
 */
export class ShipwellProvider implements OrderProvider<ShipwellCreateInput, never> {
  readonly key = ProviderKey.SHIPWELL;
  readonly capabilities: ProviderCapabilities = {
    create: true,
    update: false,
    cancel: false,
    maxPageSize: SHIPWELL_PAGE_MAX,
    filtersByContainer: false,
    // shipwell-purchase-orders.md: order_number "<= 64 characters".
    filterLimits: { orderNumber: 64 },
  };
  /** `starting_after`: the id of the last order taken. */
  readonly position: PositionSpec = { version: 1, schema: z.string().min(1).max(256) };

  readonly changeDetector: ChangeDetector;

  constructor(private readonly client: ShipwellClient) {
    this.changeDetector = shipwellChangeDetector(client);
  }

  async getOrders(providerIds: readonly string[]): Promise<Array<Order | Error>> {
    if (providerIds.length === 1) {
      try {
        return [mapShipwellOrder(await this.client.get(providerIds[0]))];
      } catch (error) {
        return [error as Error];
      }
    }
    const found = await this.listBy('id', providerIds);
    return providerIds.map((id) => {
      const order = found.get(id);
      if (order instanceof Error) return order;
      return order ? mapShipwellOrder(order) : notFound(id);
    });
  }

  async getOrdersByNumber(orderNumbers: readonly string[]): Promise<Array<Order | null | Error>> {
    const found = await this.listBy('order_number', orderNumbers);
    return orderNumbers.map((number) => {
      const order = found.get(number);
      if (order instanceof Error) return order;
      return order ? mapShipwellOrder(order) : null;
    });
  }

  async listOrders(query: ListQuery): Promise<ListPage> {
    const { filter } = query;
    // Shipwell purchase orders carry no containers, and some unified statuses have no Shipwell value.
    let status: string[] | undefined;
    if (filter.statuses?.length && !filter.statuses.includes(OrderStatus.UNKNOWN)) status = filter.statuses.flatMap((s) => SHIPWELL_STATUSES_OF[s]);
    if (filter.containerNumber !== undefined || status?.length === 0)
      return { orders: [], hasMore: false, positionAfter: () => query.position, upstreamCalls: 0 };

    const list = await this.client.list({
      limit: Math.max(1, Math.min(query.limit, SHIPWELL_PAGE_MAX)),
      order_by: query.direction === 'DESC' ? '-created_at' : 'created_at',
      starting_after: typeof query.position === 'string' ? query.position : undefined,
      status,
      order_number: filter.orderNumber !== undefined ? [filter.orderNumber] : undefined,
      created_at__gte: filter.createdFrom?.toISOString(),
      created_at__lte: filter.createdTo?.toISOString(),
    });
    const orders = list.data.map(mapShipwellOrder);
    return { orders, hasMore: Boolean(list.links?.next), positionAfter: (i) => orders[i].providerId, upstreamCalls: 1 };
  }

  async createOrder(input: ShipwellCreateInput): Promise<Order> {
    const body = toWire(input);
    const issues = checkCreate(body, toInputPath);
    if (issues.length > 0)
      throw badUserInput(
        issues.map(({ field, rule, message }) => ({ field, rule, message })),
        this.key,
      );
    return mapShipwellOrder(await this.client.create(body));
  }

  async updateOrder(): Promise<Order> {
    throw unsupported('updated');
  }

  async cancelOrder(): Promise<Order> {
    throw unsupported('cancelled');
  }

  async ping(): Promise<void> {
    await this.client.list({ limit: 1, order_by: '-created_at' });
  }

  /** Orders by id or order number, one list call per 100 keys; a failed call puts its error in its keys' slots. */
  private async listBy(field: 'id' | 'order_number', keys: readonly string[]) {
    const unique = [...new Set(keys)];
    const found = new Map<string, ShipwellPurchaseOrder | Error>();
    const chunks: string[][] = [];
    for (let i = 0; i < unique.length; i += SHIPWELL_PAGE_MAX) chunks.push(unique.slice(i, i + SHIPWELL_PAGE_MAX));
    await Promise.all(
      chunks.map(async (chunk) => {
        try {
          const list = await this.client.list({ limit: chunk.length, order_by: 'id', [field]: chunk });
          for (const order of list.data) found.set(field === 'id' ? order.id : order.order_number, order);
        } catch (error) {
          for (const key of chunk) found.set(key, error as Error);
        }
      }),
    );
    return found;
  }
}

/** The GraphQL input to the `POST /orders` body, leaving out what was not given. */
export function toWire(input: ShipwellCreateInput): ShipwellCreateBody {
  const body = compact({
    order_number: input.orderNumber,
    ship_to: input.shipTo ? stop(input.shipTo) : undefined,
    ship_from: input.shipFrom ? stop(input.shipFrom) : undefined,
    name: input.name,
    description: input.description,
    source_system_id: input.sourceSystemId,
    start_date: input.startDate,
    expiration_date: input.expirationDate,
    references: input.references ? input.references.map(reference) : undefined,
    shipping_requirements: input.billTo
      ? {
          bill_to: compact({
            account_number: input.billTo.accountNumber,
            billing_id: input.billTo.billingId,
            payment_term: input.billTo.paymentTerm,
            billing_company_name: input.billTo.billingCompanyName,
            billing_address: input.billTo.billingAddress ? address(input.billTo.billingAddress) : undefined,
            contact: input.billTo.contact ? compact({ email: input.billTo.contact.email, phone_number: input.billTo.contact.phoneNumber }) : undefined,
          }),
        }
      : undefined,
    items: input.items ? input.items.map(item) : undefined,
    tags: input.tags ?? undefined,
    order_type: ORDER_TYPE_PURCHASE_ORDER,
    supplier_created_releases_allowed: input.supplierCreatedReleasesAllowed,
    supplier: input.supplier
      ? compact({
          name: input.supplier.name,
          supplier_id: input.supplier.supplierId,
          email: input.supplier.email,
          phone_number: input.supplier.phoneNumber,
          address: input.supplier.address ? address(input.supplier.address) : undefined,
        })
      : undefined,
    custom_data: input.customData,
  });
  return body as unknown as ShipwellCreateBody;
}

function address(a: ShipwellAddressInput): ShipwellAddress {
  return compact({
    country: a.country,
    line_1: a.line1,
    line_2: a.line2,
    line_3: a.line3,
    locality: a.locality,
    postal_code: a.postalCode,
    region: a.region,
    urbanization: a.urbanization,
    residential: a.residential,
    geolocation: a.geolocation ? { latitude: a.geolocation.latitude, longitude: a.geolocation.longitude } : undefined,
  }) as unknown as ShipwellAddress;
}

function stop(s: ShipwellStopInput): ShipwellOrderStop {
  const time = (t: Date | string | null | undefined) => (t instanceof Date ? (Number.isNaN(t.getTime()) ? String(t) : t.toISOString()) : (t ?? undefined));
  return compact({
    ...address(s),
    timezone: s.timezone,
    location_number: s.locationNumber,
    company_name: s.companyName,
    references: s.references ? s.references.map(reference) : undefined,
    shipping_requirements: s.planWindow ? { plan_window: compact({ start: time(s.planWindow.start), end: time(s.planWindow.end) }) } : undefined,
    custom_data: s.customData,
  }) as unknown as ShipwellOrderStop;
}

function reference(r: ShipwellReferenceInput): ShipwellReference {
  return compact({ qualifier: r.qualifier, value: r.value }) as ShipwellReference;
}

function item(i: ShipwellItemInput): ShipwellItem {
  return compact({
    description: i.description,
    sku: i.sku,
    product_id: i.productId,
    quantity: i.quantity ? compact({ value: i.quantity.value, unit: i.quantity.unit }) : undefined,
    unit_amount: i.unitAmount ? compact({ value: i.unitAmount.value, currency: i.unitAmount.currency }) : undefined,
    total_weight: i.totalWeight ? compact({ value: i.totalWeight.value, unit: i.totalWeight.unit }) : undefined,
    custom_data: i.customData,
  }) as unknown as ShipwellItem;
}

/** Drops keys whose value is undefined or null: an absent optional field is left out of the body. */
function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

function notFound(id: string): OrderGraphError {
  return new OrderGraphError(ErrorCode.NOT_FOUND, `Shipwell has no order ${id}`, { provider: ProviderKey.SHIPWELL, httpStatus: 404 });
}

function unsupported(what: string): OrderGraphError {
  return new OrderGraphError(ErrorCode.UNSUPPORTED_OPERATION, `Shipwell orders cannot be ${what} through its API`, { provider: ProviderKey.SHIPWELL });
}
