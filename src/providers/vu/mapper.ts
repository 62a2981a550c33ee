import { deferrable, type FieldSelection } from '../../core/deferred';
import { toGlobalId } from '../../core/ids';
import { ProviderKey } from '../keys';
import { OrderStatus, PartyRole } from '../../model/enums';
import type { Fulfillment, Money, Order, OrderLine, OrderReference, Party } from '../../model/order';
import { JsonDecimal } from './exact-json';
import type { VuFulfillment, VuOrder, VuOrderLine, VuParty } from './wire';

/**
 * A VU line status to the unified status. `shipped` is VU's last state (delivery is the
 * carrier's and VU does not report it), so it completes the line. Unknown values stay
 * visible as UNKNOWN.
 */
export function vuLineStatus(status: string): OrderStatus {
  switch (status) {
    case 'new_order':
      return OrderStatus.PENDING;
    case 'in_production':
    case 'partially_shipped':
      return OrderStatus.IN_PROGRESS;
    case 'shipped':
      return OrderStatus.COMPLETED;
    case 'cancelled':
      return OrderStatus.CANCELLED;
    default:
      return OrderStatus.UNKNOWN;
  }
}

/**
 * VU orders carry no status of their own; the unified one is derived from the lines:
 * any line UNKNOWN (or no line) -> UNKNOWN; every line cancelled -> CANCELLED; otherwise,
 * cancelled lines aside, all PENDING -> PENDING, all COMPLETED -> COMPLETED, anything
 * else (production started, partly shipped, a mix) -> IN_PROGRESS.
 */
export function vuOrderStatus(lineStatuses: readonly string[]): OrderStatus {
  const statuses = lineStatuses.map(vuLineStatus);
  if (statuses.length === 0 || statuses.includes(OrderStatus.UNKNOWN)) return OrderStatus.UNKNOWN;
  const active = statuses.filter((s) => s !== OrderStatus.CANCELLED);
  if (active.length === 0) return OrderStatus.CANCELLED;
  if (active.every((s) => s === OrderStatus.PENDING)) return OrderStatus.PENDING;
  if (active.every((s) => s === OrderStatus.COMPLETED)) return OrderStatus.COMPLETED;
  return OrderStatus.IN_PROGRESS;
}

/** The order's `providerStatus`: its distinct line statuses, in line order, comma-separated (e.g. "shipped,new_order"). */
export function vuProviderStatus(lineStatuses: readonly string[]): string {
  return [...new Set(lineStatuses)].join(',');
}

type Host = Omit<Order, 'parties' | 'lines'> & { raw: VuOrder };

/** Sold-to and ship-to parties, the lines with their fulfillments: mapped when first read, unless selected (deferred.ts). */
const withParts = deferrable<Host, Pick<Order, 'parties' | 'lines'>>({
  parties: ({ raw }) => [mapParty(PartyRole.SOLD_TO, raw.sold_to), mapParty(PartyRole.SHIP_TO, raw.ship_to)].filter((p): p is Party => p !== null),
  lines: ({ raw }) => (raw.order_lines ?? []).map((line) => mapLine(line, raw.currency)),
});

/**
 * Maps a VU order to the unified `Order`: lines with their fulfillments, sold-to and ship-to
 * parties. With a selection, the parts it does not name are mapped when first read.
 */
export function mapVuOrder(raw: VuOrder, select?: FieldSelection): Order {
  const lines = raw.order_lines ?? [];
  const lineStatuses = lines.map((l) => l.status);
  const references: OrderReference[] = [];
  if (raw.purchase_order_number) references.push({ type: 'PURCHASE_ORDER', value: raw.purchase_order_number });
  if (raw.sales_order_number) references.push({ type: 'SALES_ORDER', value: raw.sales_order_number });

  return withParts(
    {
      id: toGlobalId(ProviderKey.VU, String(raw.id)),
      provider: ProviderKey.VU,
      providerId: String(raw.id),
      orderNumber: raw.order_number,
      status: vuOrderStatus(lineStatuses),
      providerStatus: vuProviderStatus(lineStatuses),
      createdAt: new Date(raw.created_at),
      updatedAt: raw.updated_at ? new Date(raw.updated_at) : null,
      dueAt: null,
      currency: raw.currency,
      note: raw.note || null,
      revision: null,
      orderType: raw.sales_channel,
      tags: textTags(raw.tags),
      references,
      voyage: null,
      shippingMethod: {
        carrier: raw.ship_method_carrier || null,
        code: raw.ship_method_code || null,
        description: raw.ship_method_description || null,
      },
      serviceItems: [],
      containers: [],
      segments: [],
      raw,
    },
    select,
  );
}

function mapLine(line: VuOrderLine, currency: string): OrderLine {
  return {
    id: String(line.id),
    sku: line.sku,
    description: line.product_description,
    quantity: line.quantity === null || line.quantity === undefined ? null : String(line.quantity),
    unit: null,
    unitPrice: money(line.price, currency),
    status: vuLineStatus(line.status),
    providerStatus: line.status,
    reference: line.line_reference || null,
    exFactoryDate: line.ex_factory_date?.current ?? null,
    fulfillments: [...(line.fulfillments ?? [])].sort(byCreation).map(mapFulfillment),
  };
}

/** The exact digits VU sent (see exact-json.ts), never a float; a price sent as a string is kept as given. */
function money(price: JsonDecimal | string | number | null | undefined, currency: string): Money | null {
  if (price === null || price === undefined) return null;
  return { amount: price instanceof JsonDecimal ? price.text : String(price), currency };
}

function mapFulfillment(f: VuFulfillment): Fulfillment {
  return {
    id: String(f.id),
    trackingNumber: f.tracking_number || null,
    carrierName: f.carrier_name || null,
    carrierCode: f.carrier_code || null,
    serviceName: f.service_name || null,
    quantity: f.quantity,
    createdAt: f.created_at ? new Date(f.created_at) : null,
  };
}

function byCreation(a: VuFulfillment, b: VuFulfillment): number {
  return Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id;
}

function mapParty(role: PartyRole, p: VuParty | null | undefined): Party | null {
  if (!p) return null;
  const name = [p.first_name, p.last_name].filter((s) => typeof s === 'string' && s.trim()).join(' ');
  return {
    role,
    code: p.account_number || null,
    name: name || null,
    companyName: p.company_name || null,
    email: p.email || null,
    phone: p.phone || null,
    address: {
      lines: [p.address_1, p.address_2].filter((l): l is string => !!l && l.trim() !== ''),
      city: p.city || null,
      postalCode: p.postal_code || null,
      region: p.state_region || null,
      country: p.country || null,
    },
  };
}

/**
 * The order's tags as the unified model's text. VU's doc types `tags` only as an array and shows
 * strings; an item that is not a string (a number, an object, null) is given as its JSON text, so
 * that the order still reads (a `[String!]` field cannot hold an object or null) and nothing of
 * the tag is lost (`raw` keeps it as VU sent it).
 */
export function textTags(tags: readonly unknown[] | null | undefined): string[] {
  return (tags ?? []).map((tag) => (typeof tag === 'string' ? tag : JSON.stringify(tag)));
}
