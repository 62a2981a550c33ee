/** Sitoo's service-order wire format, as documented (../shared/provider-docs/sitoo-service-orders.md). */

/** `ServiceOrderState`. */
export const SITOO_STATES = ['new', 'in_progress', 'service_done', 'closed', 'cancelled'] as const;
export type SitooServiceOrderState = (typeof SITOO_STATES)[number];

/** `num` of the list when none is given (documented). */
export const SITOO_DEFAULT_NUM = 10;
/** Largest `num` ordergraph asks for; the docs give no maximum (see README.md). */
export const SITOO_MAX_NUM = 100;

/** `ServiceStore`. */
export interface SitooServiceStore {
  id: string;
  name: string;
}

/** `ServiceUser`: the owner of an order and the author of a revision. */
export interface SitooServiceUser {
  email: string;
  name?: string | null;
  employee_id?: string | null;
}

/** `ServiceCustomer`. */
export interface SitooServiceCustomer {
  first_name: string;
  last_name?: string | null;
  email?: string | null;
  mobile?: string | null;
}

/** `ServiceItem`: a service applied to the product. */
export interface SitooServiceItem {
  sku: string;
  name: string;
  quantity: number;
  /** Unit price including VAT, `^[-+]?[0-9]+\.[0-9]{2}$`. */
  unit_price?: string | null;
  /** Share of the total price the customer pays, 0-100. */
  cost_share?: number | null;
  /** Required by the object model; the documented responses also show null. */
  note: string | null;
}

/** `ServiceProduct`: the product being serviced. */
export interface SitooServiceProduct {
  sku: string;
  name: string;
  serial?: string | null;
  services: SitooServiceItem[];
}

/** `ServiceOrder` as Sitoo answers it. */
export interface SitooServiceOrder {
  /** "MAJOR.MINOR"; the documented create response leaves it out. */
  version?: string;
  id: string;
  revision: number;
  /** Unix timestamp, seconds. */
  created: number;
  modified: number | null;
  state: SitooServiceOrderState | string;
  store: SitooServiceStore;
  owner: SitooServiceUser;
  customer: SitooServiceCustomer;
  currency: string;
  note: string | null;
  product: SitooServiceProduct;
  author: SitooServiceUser;
}

/** The POST and PUT bodies (`SitooCreateBody`, `SitooUpdateBody`) are the output of their schemas in rules.ts. */

/** Query of `GET /serviceorders.json`. */
export interface SitooListQuery {
  store?: string;
  state?: readonly SitooServiceOrderState[];
  start_after_id?: string;
  num?: number;
  sort?: 'created' | '-created';
}

/** One broken rule in a 400 body. */
export interface SitooErrorDetail {
  /** Wire path, e.g. `product.services[0].unit_price`. */
  field: string;
  rule: string;
  message: string;
}

/**
 * The error body of every non-2xx answer. The docs name the statuses but not the body; this
 * shape is the sandbox's convention (see README.md), and the client reads it defensively.
 */
export interface SitooErrorBody {
  statuscode: number;
  errortext: string;
  errors?: SitooErrorDetail[];
}
