/**
 * Shipwell's purchase order as shipwell-purchase-orders.md shows it (the request and the
 * "Successful Response" example), read on the sandbox's own: the provider's wire types are a
 * second reading of the same document. Where the doc names a field without a schema (`items`,
 * `references`: "Array of objects"; `identification_codes`: `[ ]`), the type says only that.
 */

type Json = Record<string, unknown>;

/** beyond-the-docs.md: "Order status values: NOT_READY, READY, FILLED, ASSIGNED, DISPATCHED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, CANCELED." */
export const ORDER_STATUSES = ['NOT_READY', 'READY', 'FILLED', 'ASSIGNED', 'DISPATCHED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'CANCELED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The address fields of the example's `ship_to`, `ship_from`, `supplier.address` and `billing_address`. */
export interface Address {
  country?: string | null;
  line_1?: string | null;
  line_2?: string | null;
  line_3?: string | null;
  locality?: string | null;
  postal_code?: string | null;
  region?: string | null;
  urbanization?: string | null;
  residential?: boolean | null;
  geolocation?: { latitude: number; longitude: number } | null;
}

/** "object (OrderStop)": an address plus the example's stop fields. */
export interface OrderStop extends Address {
  custom_data?: unknown;
  timezone?: string | null;
  location_number?: string | null;
  company_name?: string | null;
  references?: Json[];
  shipping_requirements?: { plan_window?: { start?: string | null; end?: string | null } | null } | null;
}

export interface BillTo {
  account_number?: string | null;
  billing_id?: string | null;
  payment_term?: string | null;
  billing_company_name?: string | null;
  billing_address?: Address | null;
  contact?: { email?: string | null; phone_number?: string | null } | null;
}

/** "object (Supplier) Supplier for the Purchase Order". */
export interface Supplier {
  name?: string | null;
  address?: Address | null;
  identification_codes?: unknown[];
  phone_number?: string | null;
  email?: string | null;
  supplier_id?: string | null;
}

/** A tag as the response lists it ("Array of objects (Tags) ... List of tags associated with the Order"; the object is the sandbox's). */
export interface Tag {
  id: string;
  slug: string;
  name: string;
}

/** The response: every field of the "Successful Response" example. */
export interface PurchaseOrder {
  custom_data: unknown;
  order_number: string;
  ship_to: OrderStop;
  name: string | null;
  ship_from: OrderStop | null;
  description: string | null;
  source: string | null;
  source_system_id: string | null;
  start_date: string | null;
  expiration_date: string | null;
  references: Json[];
  shipping_requirements: { bill_to?: BillTo | null } | null;
  id: string;
  order_type: string;
  status: string;
  items: Json[];
  supplier_created_releases_allowed: boolean;
  supplier: Supplier | null;
  releases: unknown[];
  released_from_release_id: string | null;
  created_from_order_id: string | null;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
  tags: Tag[];
  archived: boolean;
}

/** One entry of the "Validation Error" (422) body, in FastAPI's shape (the doc names the error, not its body). */
export interface ValidationIssue {
  loc: Array<string | number>;
  msg: string;
  type: string;
}

/** `GET /orders` (beyond-the-docs.md: "GET /orders with limit and order_by"; the envelope is the sandbox's). */
export interface OrderList {
  data: PurchaseOrder[];
  count: number;
  links: { next: string | null; prev: string | null };
}
