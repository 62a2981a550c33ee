import type { JsonDecimal } from './exact-json';

/**
 * VU Custom's wire format, as documented (../shared/provider-docs/vu-custom-orders.md) plus
 * the calls that file does not show (beyond-the-docs.md). Sandbox conventions where the docs
 * are silent are written down in README.md.
 */

/** Default and largest `limit` of VU's list calls. */
export const VU_MAX_LIMIT = 250;

export const VU_SALES_CHANNELS = ['b2b', 'b2c'] as const;
export type VuSalesChannel = (typeof VU_SALES_CHANNELS)[number];

/**
 * Line statuses. Only `new_order` is documented; the others are the sandbox's lifecycle
 * (README.md). A status outside this list is still read (it maps to UNKNOWN).
 */
export const VU_LINE_STATUSES = ['new_order', 'in_production', 'partially_shipped', 'shipped', 'cancelled'] as const;
export type VuLineStatus = (typeof VU_LINE_STATUSES)[number];

/** `ship_to` / `sold_to` as answered: the request fields plus ids and timestamps. */
export interface VuParty {
  account_number: string;
  address_1: string;
  address_2: string | null;
  city: string;
  company_name: string | null;
  country: string;
  created_at: string;
  email: string | null;
  first_name: string;
  id: number;
  last_name: string;
  phone: string | null;
  postal_code: string;
  state_region: string;
  updated_at: string;
}

export interface VuExFactoryChange {
  reason_code: string;
  reason_description: string;
  created_at: string;
  estimated_arrival_date: string;
  ex_factory_date: string;
}

export interface VuFulfillment {
  created_at: string;
  updated_at: string;
  quantity: number;
  id: number;
  tracking_number: string;
  carrier_name: string;
  carrier_code: string;
  service_name: string;
  service_code: string;
  recipient_address_1: string;
  recipient_city: string;
  recipient_name: string;
  recipient_state_region: string;
  recipient_country: string;
  recipient_postal_code: string;
  recipient_phone: string;
  weight: number;
  width: number;
  height: number;
  length: number;
}

export interface VuOrderLine {
  custom_attributes: Record<string, unknown>;
  customer_requested_date: string | null;
  estimated_arrival_date: string;
  ex_factory_date: { current: string; changes: VuExFactoryChange[] };
  factory_code: string | null;
  id: number;
  line_reference: string | null;
  price: JsonDecimal;
  product_description: string;
  product_id: number;
  quantity: number;
  recipe_token: string;
  status: string;
  sku: string;
  /** "tags | array": the doc types only the list; its examples' items are strings. */
  tags: unknown[];
  upc: string | null;
  fulfillments: VuFulfillment[];
}

/** A line as `GET /order_lines` answers it: the order's id and number added (sandbox convention). */
export interface VuListedOrderLine extends VuOrderLine {
  order_id: number;
  order_number: string;
}

/** The create body (`VuCreateBody`, `VuOrderFields`, ...) is the output of its schema in rules.ts. */
export interface VuOrder {
  created_at: string;
  currency: string;
  custom_attributes: Record<string, unknown>;
  id: number;
  note: string | null;
  order_date: string;
  order_lines: VuOrderLine[];
  order_number: string;
  purchase_order_number: string | null;
  sales_order_number: string | null;
  ship_method_carrier: string;
  ship_method_code: string;
  ship_method_description: string;
  sales_channel: string;
  ship_to: VuParty;
  sold_to: VuParty;
  /** "tags | array": the doc types only the list; its examples' items are strings. */
  tags: unknown[];
  updated_at: string;
  /** Echoed when the order has one (sandbox convention: the documented example shows none). */
  b2b?: Record<string, unknown>;
}

export interface VuOrderEnvelope {
  order: VuOrder;
}

export interface VuOrderList {
  orders: VuOrder[];
}

export interface VuOrderLineList {
  order_lines: VuListedOrderLine[];
}

/** `POST /fulfillments` body (undocumented shape; sandbox convention, see README.md). */
export interface VuFulfillmentFields {
  order_line_id: number;
  quantity: number;
  tracking_number: string;
  carrier_name?: string;
  carrier_code?: string;
  service_name?: string;
  service_code?: string;
  weight?: number;
  width?: number;
  height?: number;
  length?: number;
}

/**
 * Error bodies. 401 is documented: `{ "errors": "<message>" }`. The 422 body is not: the
 * sandbox answers `{ "errors": { "<wire field path>": ["<message>", ...] } }` (README.md).
 */
export interface VuErrorBody {
  errors?: string | Record<string, string[] | string>;
}
