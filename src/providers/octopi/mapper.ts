import { deferrable, type FieldSelection } from '../../core/deferred';
import { toGlobalId } from '../../core/ids';
import { isValidIso6346 } from '../../core/iso6346';
import { ProviderKey } from '../keys';
import { OrderStatus, PartyRole } from '../../model/enums';
import type { Order, OrderContainer, ServiceItem } from '../../model/order';
import type { OctopiServiceOrder } from './wire';

/** Octopi order and item statuses to the unified status; unknown values stay visible as UNKNOWN. */
export function octopiStatus(status: string): OrderStatus {
  switch (status) {
    case 'pending':
      return OrderStatus.PENDING;
    case 'partially_completed':
      return OrderStatus.IN_PROGRESS;
    case 'completed':
      return OrderStatus.COMPLETED;
    case 'cancelled':
      return OrderStatus.CANCELLED;
    default:
      return OrderStatus.UNKNOWN;
  }
}

type Host = Omit<Order, 'serviceItems' | 'containers'> & { raw: OctopiServiceOrder };

/** Items become service items, their containers the order's `OrderContainer`s: computed when first read, unless selected. */
const withParts = deferrable<Host, Pick<Order, 'serviceItems' | 'containers'>>({
  serviceItems: ({ raw }) =>
    raw.service_order_items.map((item): ServiceItem => ({
      id: String(item.id),
      code: String(item.service_id),
      name: item.service_name,
      serviceType: item.service_type,
      status: octopiStatus(item.status),
      providerStatus: item.status,
      quantity: 1,
      containerNumber: item.container_number,
    })),
  containers: ({ raw, id }) => {
    const containers = new Map<string, OrderContainer>();
    for (const item of raw.service_order_items) {
      if (!item.container_number || containers.has(item.container_number)) continue;
      containers.set(item.container_number, {
        number: item.container_number,
        orderId: id,
        iso6346Valid: isValidIso6346(item.container_number),
        sealNumbers: [],
        hazardousClasses: [],
        goods: [],
        events: [],
      });
    }
    return [...containers.values()];
  },
});

/**
 * Maps an Octopi service order to the unified `Order`. With a selection, the parts it does not
 * name are computed when first read (deferred.ts).
 */
export function mapOctopiOrder(raw: OctopiServiceOrder, select?: FieldSelection): Order {
  return withParts(
    {
      id: toGlobalId(ProviderKey.OCTOPI, String(raw.id)),
      provider: ProviderKey.OCTOPI,
      providerId: String(raw.id),
      orderNumber: raw.order_number,
      status: octopiStatus(raw.status),
      providerStatus: raw.status,
      createdAt: new Date(raw.created_at),
      updatedAt: null,
      dueAt: raw.due_at ? new Date(raw.due_at) : null,
      currency: null,
      note: raw.comment ?? null,
      revision: null,
      orderType: raw.cargo_type,
      tags: [],
      references: [],
      voyage: null,
      parties: raw.ordered_by ? [{ role: PartyRole.ORDERED_BY, name: raw.ordered_by }] : [],
      lines: [],
      segments: [],
      raw,
    },
    select,
  );
}
