/**
 * Shipwell's wire format for purchase orders, as documented (../shared/provider-docs/shipwell-purchase-orders.md).
 * Where the documentation shows a field without a schema (`items`, `references`, the tag
 * objects of the response, the list envelope) the shape is our choice, written down in README.md.
 */

/** The documented order statuses (PurchaseOrderStatus). */
export const SHIPWELL_STATUSES = ['NOT_READY', 'READY', 'FILLED', 'ASSIGNED', 'DISPATCHED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'CANCELED'] as const;
export type ShipwellStatus = (typeof SHIPWELL_STATUSES)[number];

export interface ShipwellGeolocation {
  latitude: number;
  longitude: number;
}

export interface ShipwellAddress {
  country: string;
  line_1?: string | null;
  line_2?: string | null;
  line_3?: string | null;
  locality?: string | null;
  postal_code?: string | null;
  region?: string | null;
  urbanization?: string | null;
  residential?: boolean | null;
  geolocation?: ShipwellGeolocation | null;
}

/** A reference number (sandbox shape: qualifier and value, see README.md). */
export interface ShipwellReference {
  qualifier: string;
  value: string;
}

export interface ShipwellPlanWindow {
  start: string;
  end: string;
}

/** A stop (`ship_from`, `ship_to`): an address plus where, when and who. */
export interface ShipwellOrderStop extends ShipwellAddress {
  custom_data?: Record<string, unknown> | null;
  timezone?: string | null;
  location_number?: string | null;
  company_name?: string | null;
  references?: ShipwellReference[];
  shipping_requirements?: { plan_window?: ShipwellPlanWindow | null } | null;
}

export const SHIPWELL_PAYMENT_TERMS = ['PREPAID', 'COLLECT', 'THIRD_PARTY'] as const;

export interface ShipwellBillTo {
  account_number?: string | null;
  billing_id?: string | null;
  payment_term?: string | null;
  billing_company_name?: string | null;
  billing_address?: ShipwellAddress | null;
  contact?: { email?: string | null; phone_number?: string | null } | null;
}

export interface ShipwellSupplier {
  name: string;
  address?: ShipwellAddress | null;
  identification_codes?: unknown[];
  phone_number?: string | null;
  email?: string | null;
  supplier_id?: string | null;
}

/** A decimal amount with a unit or currency. `value` is a decimal string so nothing is rounded. */
export interface ShipwellQuantity {
  value: string;
  unit: string;
}

export interface ShipwellMoney {
  value: string;
  currency: string;
}

export const SHIPWELL_QUANTITY_UNITS = ['EACH', 'CASE', 'CARTON', 'BOX', 'BAG', 'PALLET', 'DRUM', 'ROLL', 'LB', 'KG'] as const;
export const SHIPWELL_WEIGHT_UNITS = ['LB', 'KG'] as const;

/** An order line (`items[]`): the documentation shows `items: []` only; this shape is ours (README.md). */
export interface ShipwellItem {
  /** Set by Shipwell on creation. */
  id?: string;
  description: string;
  sku?: string | null;
  product_id?: string | null;
  quantity: ShipwellQuantity;
  /** Price of one unit of `quantity`. */
  unit_amount?: ShipwellMoney | null;
  total_weight?: ShipwellQuantity | null;
  custom_data?: Record<string, unknown> | null;
}

/** A tag as the response shows it (the request lists tag ids or slugs). */
export interface ShipwellTag {
  id: string;
  slug: string;
  name: string;
}

/** The body of `POST /orders` for a purchase order. */
export interface ShipwellCreateBody {
  custom_data?: Record<string, unknown> | null;
  order_number: string;
  ship_to: ShipwellOrderStop;
  name?: string | null;
  ship_from?: ShipwellOrderStop | null;
  description?: string | null;
  source?: string | null;
  source_system_id?: string | null;
  start_date?: string | null;
  expiration_date?: string | null;
  references?: ShipwellReference[];
  shipping_requirements?: { bill_to?: ShipwellBillTo | null } | null;
  items?: ShipwellItem[];
  tags?: string[];
  order_type?: string;
  archived?: boolean;
  supplier_created_releases_allowed?: boolean;
  supplier?: ShipwellSupplier | null;
}

/** A purchase order as Shipwell answers it. */
export interface ShipwellPurchaseOrder extends Omit<ShipwellCreateBody, 'tags'> {
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
