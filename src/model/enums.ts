import { registerEnumType } from 'type-graphql';
import { ProviderEnum, providerEnumValues } from '../core/provider-key';

/**
 * The unified order status. Each provider maps its own values here and keeps them in
 * `providerStatus`; a vendor value this version does not know becomes UNKNOWN, never an error.
 */
export enum OrderStatus {
  DRAFT = 'DRAFT',
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  IN_TRANSIT = 'IN_TRANSIT',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  REJECTED = 'REJECTED',
  UNKNOWN = 'UNKNOWN',
}

export enum PartyRole {
  CUSTOMER = 'CUSTOMER',
  SHIP_TO = 'SHIP_TO',
  SHIP_FROM = 'SHIP_FROM',
  SOLD_TO = 'SOLD_TO',
  BILL_TO = 'BILL_TO',
  SUPPLIER = 'SUPPLIER',
  CARRIER = 'CARRIER',
  CONTRACTOR = 'CONTRACTOR',
  STORE = 'STORE',
  OWNER = 'OWNER',
  AUTHOR = 'AUTHOR',
  ORDERED_BY = 'ORDERED_BY',
}

export enum SegmentKind {
  MASTER = 'MASTER',
  ELEMENTARY = 'ELEMENTARY',
  TRANSPORT = 'TRANSPORT',
}

export enum SortDirection {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}

registerEnumType(ProviderEnum, {
  name: 'Provider',
  description: 'The vendor system an order lives in.',
  // One value per provider the registry declares, described by its module.
  valuesConfig: providerEnumValues,
});

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: "The unified status of an order across vendors; the vendor's own value is in `providerStatus`.",
  valuesConfig: {
    DRAFT: { description: 'Not yet submitted or not ready to be worked on.' },
    PENDING: { description: 'Submitted and waiting to be worked on.' },
    ACCEPTED: { description: 'Accepted by the party that will carry it out.' },
    IN_PROGRESS: { description: 'Work has started (some items done, service under way).' },
    IN_TRANSIT: { description: 'Goods or containers are moving.' },
    COMPLETED: { description: 'Done, delivered or closed.' },
    CANCELLED: { description: 'Cancelled.' },
    REJECTED: { description: 'Refused by the vendor or the carrier.' },
    UNKNOWN: { description: 'A vendor status this version of ordergraph does not know; see `providerStatus`.' },
  },
});

registerEnumType(PartyRole, {
  name: 'PartyRole',
  description: 'The part a person or company plays in an order.',
  valuesConfig: {
    CUSTOMER: { description: 'The end customer.' },
    SHIP_TO: { description: 'Where the goods go.' },
    SHIP_FROM: { description: 'Where the goods leave from.' },
    SOLD_TO: { description: 'Who is billed.' },
    BILL_TO: { description: 'Billing party (of the freight).' },
    SUPPLIER: { description: 'Supplier of a purchase order.' },
    CARRIER: { description: 'Transport company.' },
    CONTRACTOR: { description: 'Party giving the transport order.' },
    STORE: { description: 'Store the service order belongs to.' },
    OWNER: { description: 'Staff member responsible for the order.' },
    AUTHOR: { description: 'User who wrote the latest revision.' },
    ORDERED_BY: { description: 'Who placed the order.' },
  },
});

registerEnumType(SegmentKind, {
  name: 'SegmentKind',
  description: 'The level of a transport order in an order tree.',
  valuesConfig: {
    MASTER: { description: 'The global customer order (CDE...).' },
    ELEMENTARY: { description: 'The order for one container (ELM...).' },
    TRANSPORT: { description: 'A transport segment handled by the carrier (SEG...).' },
  },
});

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Order of a list by creation time.',
  valuesConfig: {
    NEWEST_FIRST: { description: 'Most recently created first (the default).' },
    OLDEST_FIRST: { description: 'Oldest first.' },
  },
});
