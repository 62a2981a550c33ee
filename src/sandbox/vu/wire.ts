/**
 * VU Custom's bodies as the emulator stores and answers them, read from the examples of
 * vu-custom-orders.md (the "Example Request" and the "200 Successful response example").
 */

/** `GET /orders` and `GET /order_lines`: "`limit` (default and max 250)" (beyond-the-docs.md). */
export const MAX_LIMIT = 250;

export interface PartyFields {
  account_number: string;
  address_1: string;
  address_2?: string;
  city: string;
  company_name?: string;
  country: string;
  first_name: string;
  last_name: string;
  phone?: string;
  postal_code: string;
  state_region: string;
  email?: string;
}

export interface Party extends Omit<PartyFields, 'address_2' | 'company_name' | 'phone' | 'email'> {
  address_2: string | null;
  company_name: string | null;
  phone: string | null;
  email: string | null;
  created_at: string;
  id: number;
  updated_at: string;
}

export interface LineFields {
  custom_attributes?: Record<string, unknown>;
  customer_requested_date?: string;
  factory_code?: string;
  line_reference?: string;
  /** "price | Integer". */
  price: number;
  product_description: string;
  quantity: number;
  recipe_token: string;
  sku: string;
  tags?: string[];
  upc?: string;
}

export interface ExFactoryChange {
  reason_code: string;
  reason_description: string;
  created_at: string;
  estimated_arrival_date: string;
  ex_factory_date: string;
}

export interface Fulfillment {
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

export interface Line {
  custom_attributes: Record<string, unknown>;
  customer_requested_date: string | null;
  estimated_arrival_date: string;
  ex_factory_date: { current: string; changes: ExFactoryChange[] };
  factory_code: string | null;
  id: number;
  line_reference: string | null;
  price: number;
  product_description: string;
  product_id: number;
  quantity: number;
  recipe_token: string;
  status: string;
  sku: string;
  tags: string[];
  upc: string | null;
  fulfillments: Fulfillment[];
}

/** A line of `GET /order_lines`, with its order's id and number (sandbox convention). */
export interface ListedLine extends Line {
  order_id: number;
  order_number: string;
}

export interface OrderFields {
  currency: string;
  custom_attributes?: Record<string, unknown>;
  note?: string;
  order_date: string;
  order_lines: LineFields[];
  order_number: string;
  purchase_order_number?: string;
  sales_order_number?: string;
  ship_method_carrier: string;
  ship_method_code: string;
  ship_method_description: string;
  sales_channel: string;
  tags?: string[];
  ship_to: PartyFields;
  sold_to: PartyFields;
  b2b?: Record<string, unknown>;
}

export interface Order {
  created_at: string;
  currency: string;
  custom_attributes: Record<string, unknown>;
  id: number;
  note: string | null;
  order_date: string;
  order_lines: Line[];
  order_number: string;
  purchase_order_number: string | null;
  sales_order_number: string | null;
  ship_method_carrier: string;
  ship_method_code: string;
  ship_method_description: string;
  sales_channel: string;
  ship_to: Party;
  sold_to: Party;
  tags: string[];
  updated_at: string;
  b2b?: Record<string, unknown>;
}
