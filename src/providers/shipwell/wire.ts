import type { ShipwellCreateBody, ShipwellItemBody } from './rules';

/**
 * Shipwell's wire format for purchase orders, as documented (../shared/provider-docs/shipwell-purchase-orders.md).
 * The request body and its parts (stops, addresses, supplier, bill-to, items, references) are the
 * output of the create schema (rules.ts); the answers extend them. Where the documentation shows a
 * field without a schema (`items`, `references`, the tag objects of the response, the list
 * envelope) the shape is our choice, written down in README.md.
 */

export type { ShipwellAddress, ShipwellBillTo, ShipwellCreateBody, ShipwellOrderStop, ShipwellReference, ShipwellSupplier } from './rules';

/** The documented order statuses (PurchaseOrderStatus). */
export const SHIPWELL_STATUSES = ['NOT_READY', 'READY', 'FILLED', 'ASSIGNED', 'DISPATCHED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'CANCELED'] as const;
export type ShipwellStatus = (typeof SHIPWELL_STATUSES)[number];

/** An order line as Shipwell answers it: as sent (rules.ts), with the id Shipwell gives it. */
export interface ShipwellItem extends ShipwellItemBody {
  id?: string;
}

/** A tag as the response shows it (the request lists tag ids or slugs). */
export interface ShipwellTag {
  id: string;
  slug: string;
  name: string;
}

/** A purchase order as Shipwell answers it. */
export interface ShipwellPurchaseOrder extends Omit<ShipwellCreateBody, 'tags' | 'items'> {
  id: string;
  order_type: string;
  status: string;
  items: ShipwellItem[];
  releases: unknown[];
  released_from_release_id: string | null;
  created_from_order_id: string | null;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
  tags: ShipwellTag[];
  archived: boolean;
}

/** `GET /orders` (sandbox envelope, see README.md). */
export interface ShipwellOrderList {
  data: ShipwellPurchaseOrder[];
  /** Orders matching the filters, all pages together. */
  count: number;
  links: { next: string | null; prev: string | null };
}

/** One entry of a 422 body, FastAPI style. */
export interface ShipwellValidationIssue {
  loc: Array<string | number>;
  msg: string;
  type: string;
}

/** Error bodies: `{ detail: [...] }` on 422, `{ detail: "..." }` otherwise. */
export interface ShipwellErrorBody {
  detail?: ShipwellValidationIssue[] | string;
}
