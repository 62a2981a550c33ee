import { deferrable, type FieldSelection } from '../../core/deferred';
import { toGlobalId } from '../../core/ids';
import { ProviderKey } from '../keys';
import { OrderStatus, PartyRole } from '../../model/enums';
import type { Address, Order, OrderLine, OrderReference, Party } from '../../model/order';
import type { ShipwellAddress, ShipwellItem, ShipwellOrderStop, ShipwellPurchaseOrder } from './wire';

/**
 * Shipwell purchase order statuses to the unified status; an unknown value stays visible as
 * UNKNOWN. NOT_READY is a draft the shipper is still completing; READY waits for shipments;
 * FILLED (fully planned on shipments) and ASSIGNED (a carrier took it) are accepted work.
 */
export function shipwellStatus(status: string): OrderStatus {
  switch (status) {
    case 'NOT_READY':
      return OrderStatus.DRAFT;
    case 'READY':
      return OrderStatus.PENDING;
    case 'FILLED':
    case 'ASSIGNED':
      return OrderStatus.ACCEPTED;
    case 'DISPATCHED':
      return OrderStatus.IN_PROGRESS;
    case 'IN_TRANSIT':
    case 'OUT_FOR_DELIVERY':
      return OrderStatus.IN_TRANSIT;
    case 'DELIVERED':
      return OrderStatus.COMPLETED;
    case 'CANCELED':
      return OrderStatus.CANCELLED;
    default:
      return OrderStatus.UNKNOWN;
  }
}

/** The Shipwell statuses behind each unified status, for pushing a status filter down to `GET /orders`. */
export const SHIPWELL_STATUSES_OF: Record<OrderStatus, readonly string[]> = {
  [OrderStatus.DRAFT]: ['NOT_READY'],
  [OrderStatus.PENDING]: ['READY'],
  [OrderStatus.ACCEPTED]: ['FILLED', 'ASSIGNED'],
  [OrderStatus.IN_PROGRESS]: ['DISPATCHED'],
  [OrderStatus.IN_TRANSIT]: ['IN_TRANSIT', 'OUT_FOR_DELIVERY'],
  [OrderStatus.COMPLETED]: ['DELIVERED'],
  [OrderStatus.CANCELLED]: ['CANCELED'],
  [OrderStatus.REJECTED]: [],
  [OrderStatus.UNKNOWN]: [],
};

/** A Shipwell address (or stop) to the unified address: street lines, locality as city, geolocation, stop time zone. */
export function mapShipwellAddress(address: ShipwellAddress | ShipwellOrderStop): Address {
  return {
    lines: [address.line_1, address.line_2, address.line_3].filter((line): line is string => typeof line === 'string' && line.trim() !== ''),
    city: address.locality ?? null,
    postalCode: address.postal_code ?? null,
    region: address.region ?? null,
    country: address.country ?? null,
    latitude: address.geolocation?.latitude ?? null,
    longitude: address.geolocation?.longitude ?? null,
    timezone: 'timezone' in address ? (address.timezone ?? null) : null,
  };
}

function stopParty(role: PartyRole, stop: ShipwellOrderStop): Party {
  return {
    role,
    code: stop.location_number ?? null,
    name: stop.company_name ?? null,
    companyName: stop.company_name ?? null,
    email: null,
    phone: null,
    address: mapShipwellAddress(stop),
  };
}

function parties(raw: ShipwellPurchaseOrder): Party[] {
  const result: Party[] = [];
  if (raw.ship_from) result.push(stopParty(PartyRole.SHIP_FROM, raw.ship_from));
  if (raw.ship_to) result.push(stopParty(PartyRole.SHIP_TO, raw.ship_to));
  if (raw.supplier) {
    const s = raw.supplier;
    result.push({
      role: PartyRole.SUPPLIER,
      code: s.supplier_id ?? null,
      name: s.name,
      companyName: s.name,
      email: s.email ?? null,
      phone: s.phone_number ?? null,
      address: s.address ? mapShipwellAddress(s.address) : null,
    });
  }
  const billTo = raw.shipping_requirements?.bill_to;
  if (billTo) {
    result.push({
      role: PartyRole.BILL_TO,
      code: billTo.account_number ?? billTo.billing_id ?? null,
      name: billTo.billing_company_name ?? null,
      companyName: billTo.billing_company_name ?? null,
      email: billTo.contact?.email ?? null,
      phone: billTo.contact?.phone_number ?? null,
      address: billTo.billing_address ? mapShipwellAddress(billTo.billing_address) : null,
    });
  }
  return result;
}

/** An item to an order line; quantity and price stay the exact decimal strings Shipwell sent. */
export function mapShipwellItem(item: ShipwellItem): OrderLine {
  return {
    id: item.id ?? null,
    sku: item.sku ?? null,
    description: item.description ?? null,
    // A quantity or an amount may come without its value (only a unit or a currency): no number, never the text "undefined".
    quantity: item.quantity?.value != null ? String(item.quantity.value) : null,
    unit: item.quantity?.unit ?? null,
    unitPrice: item.unit_amount?.value != null ? { amount: String(item.unit_amount.value), currency: item.unit_amount.currency ?? null } : null,
    status: null,
    providerStatus: null,
    reference: item.product_id ?? null,
    exFactoryDate: null,
    fulfillments: [],
  };
}

function references(raw: ShipwellPurchaseOrder): OrderReference[] {
  const result: OrderReference[] = (raw.references ?? []).flatMap((r) =>
    r && typeof r.qualifier === 'string' && typeof r.value === 'string' ? [{ type: r.qualifier, value: r.value }] : [],
  );
  if (raw.source_system_id) result.push({ type: 'SOURCE_SYSTEM_ID', value: raw.source_system_id });
  return result;
}

/** The one currency of the item prices, when they agree on one. */
function currencyOf(items: ShipwellItem[]): string | null {
  const currencies = new Set(items.map((i) => i.unit_amount?.currency).filter((c): c is string => Boolean(c)));
  return currencies.size === 1 ? [...currencies][0] : null;
}

/**
 * Maps a Shipwell purchase order to the unified `Order`: ship-from, ship-to, supplier and
 * bill-to become parties, items become lines, tags keep their slugs, the delivery plan
 * window's end is when the order is due. With a selection, the parties and lines are mapped
 * when first read unless it names them (deferred.ts).
 */
export function mapShipwellOrder(raw: ShipwellPurchaseOrder, select?: FieldSelection): Order {
  const items = raw.items ?? [];
  const due = raw.ship_to?.shipping_requirements?.plan_window?.end;
  return withParts(
    {
      id: toGlobalId(ProviderKey.SHIPWELL, raw.id),
      provider: ProviderKey.SHIPWELL,
      providerId: raw.id,
      orderNumber: raw.order_number,
      status: shipwellStatus(raw.status),
      providerStatus: raw.status,
      createdAt: new Date(raw.created_at),
      updatedAt: raw.updated_at ? new Date(raw.updated_at) : null,
      dueAt: due ? new Date(due) : null,
      currency: currencyOf(items),
      note: raw.description ?? null,
      revision: null,
      orderType: raw.order_type ?? null,
      tags: (raw.tags ?? []).map((tag) => (typeof tag === 'string' ? tag : (tag.slug ?? tag.name ?? tag.id))),
      references: references(raw),
      voyage: null,
      serviceItems: [],
      containers: [],
      segments: [],
      raw,
    },
    select,
  );
}

type Host = Omit<Order, 'parties' | 'lines'> & { raw: ShipwellPurchaseOrder };

const withParts = deferrable<Host, Pick<Order, 'parties' | 'lines'>>({
  parties: ({ raw }) => parties(raw),
  lines: ({ raw }) => (raw.items ?? []).map(mapShipwellItem),
});
