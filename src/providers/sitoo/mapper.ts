import { deferrable, type FieldSelection } from '../../core/deferred';
import { toGlobalId } from '../../core/ids';
import { ProviderKey } from '../keys';
import { OrderStatus, PartyRole } from '../../model/enums';
import type { Order, OrderReference, Party, ServiceItem } from '../../model/order';
import type { SitooServiceOrder, SitooServiceOrderState, SitooServiceProduct, SitooServiceUser } from './wire';

/** Sitoo service-order states to the unified status; a state this version does not know is UNKNOWN. */
export function sitooStatus(state: string): OrderStatus {
  switch (state as SitooServiceOrderState) {
    case 'new':
      return OrderStatus.PENDING;
    case 'in_progress':
      return OrderStatus.IN_PROGRESS;
    case 'service_done':
    case 'closed':
      return OrderStatus.COMPLETED;
    case 'cancelled':
      return OrderStatus.CANCELLED;
    default:
      return OrderStatus.UNKNOWN;
  }
}

/**
 * The Sitoo states of a unified status, for pushing a status filter down to `state=`. UNKNOWN
 * has none that can be named (it is whatever Sitoo adds later): the caller must not push down then.
 */
export function sitooStatesOf(status: OrderStatus): SitooServiceOrderState[] {
  switch (status) {
    case OrderStatus.PENDING:
      return ['new'];
    case OrderStatus.IN_PROGRESS:
      return ['in_progress'];
    case OrderStatus.COMPLETED:
      return ['service_done', 'closed'];
    case OrderStatus.CANCELLED:
      return ['cancelled'];
    case OrderStatus.DRAFT:
    case OrderStatus.ACCEPTED:
    case OrderStatus.IN_TRANSIT:
    case OrderStatus.REJECTED:
    case OrderStatus.UNKNOWN:
      return [];
  }
}

/** Unix seconds to a date. */
export function fromUnixSeconds(seconds: number): Date {
  return new Date(seconds * 1000);
}

/**
 * Maps a Sitoo service order to the unified `Order`. Sitoo has no order number: the id is
 * the order number too. Each service of the product becomes a `ServiceItem` priced in the
 * order currency, with the product's SKU and name; store, owner, customer and author become
 * parties. The product serial, which the model has no field for, is a reference.
 */
export function mapSitooOrder(raw: SitooServiceOrder, select?: FieldSelection): Order {
  const product = asProduct(raw.product);
  const references: OrderReference[] = product?.serial ? [{ type: 'PRODUCT_SERIAL', value: product.serial }] : [];

  return withParts(
    {
      id: toGlobalId(ProviderKey.SITOO, raw.id),
      provider: ProviderKey.SITOO,
      providerId: raw.id,
      orderNumber: raw.id,
      status: sitooStatus(raw.state),
      providerStatus: raw.state,
      createdAt: fromUnixSeconds(raw.created),
      updatedAt: raw.modified === null || raw.modified === undefined ? null : fromUnixSeconds(raw.modified),
      dueAt: null,
      currency: raw.currency ?? null,
      note: raw.note ?? null,
      revision: raw.revision === null || raw.revision === undefined ? null : String(raw.revision),
      orderType: null,
      tags: [],
      references,
      voyage: null,
      lines: [],
      containers: [],
      segments: [],
      raw,
    },
    select,
  );
}

type Host = Omit<Order, 'serviceItems' | 'parties'> & { raw: SitooServiceOrder };

/** The product's services and the order's people: mapped when first read, unless selected (deferred.ts). */
const withParts = deferrable<Host, Pick<Order, 'serviceItems' | 'parties'>>({
  serviceItems: ({ raw }) => serviceItems(raw),
  parties: ({ raw }) => parties(raw),
});

function serviceItems(raw: SitooServiceOrder): ServiceItem[] {
  const product = asProduct(raw.product);
  return (product?.services ?? []).map((service) => ({
    id: null,
    code: service.sku,
    name: service.name ?? null,
    serviceType: null,
    status: null,
    providerStatus: null,
    quantity: service.quantity ?? null,
    unitPrice: service.unit_price === null || service.unit_price === undefined ? null : { amount: service.unit_price, currency: raw.currency ?? null },
    costShare: service.cost_share ?? null,
    note: service.note ?? null,
    containerNumber: null,
    productSku: product?.sku ?? null,
    productName: product?.name ?? null,
  }));
}

function parties(raw: SitooServiceOrder): Party[] {
  const parties: Party[] = [];
  if (raw.store) parties.push({ role: PartyRole.STORE, code: raw.store.id ?? null, name: raw.store.name ?? null });
  if (raw.owner) parties.push(userParty(PartyRole.OWNER, raw.owner));
  if (raw.customer) {
    const name = [raw.customer.first_name, raw.customer.last_name].filter((part) => part).join(' ');
    parties.push({ role: PartyRole.CUSTOMER, name: name || null, email: raw.customer.email ?? null, phone: raw.customer.mobile ?? null });
  }
  if (raw.author) parties.push(userParty(PartyRole.AUTHOR, raw.author));
  return parties;
}

function userParty(role: PartyRole, user: SitooServiceUser): Party {
  return { role, code: user.employee_id ?? null, name: user.name ?? null, email: user.email ?? null };
}

/** `product` is an object in every documented answer; a one-element array (as in the create example) is read too. */
function asProduct(product: SitooServiceProduct | SitooServiceProduct[] | null | undefined): SitooServiceProduct | null {
  if (Array.isArray(product)) return product[0] ?? null;
  return product ?? null;
}
