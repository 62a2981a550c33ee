/**
 * Sitoo's service-order objects as sitoo-service-orders.md's "Objects" section describes them,
 * read on the sandbox's own: the provider's wire types are a second reading of the same
 * document, so that a wrong reading on one side fails a test instead of agreeing with itself.
 */

/** "ServiceOrderState: new, in_progress, service_done, closed, cancelled". */
export const SERVICE_ORDER_STATES = ['new', 'in_progress', 'service_done', 'closed', 'cancelled'] as const;
export type ServiceOrderState = (typeof SERVICE_ORDER_STATES)[number];

/** "ServiceStore: id REQUIRED, name REQUIRED". */
export interface ServiceStore {
  id: string;
  name: string;
}

/** "ServiceUser: email REQUIRED, name nullable, employee_id nullable". */
export interface ServiceUser {
  email: string;
  name: string | null;
  employee_id: string | null;
}

/** "ServiceCustomer: first_name REQUIRED, last_name / email / mobile nullable". */
export interface ServiceCustomer {
  first_name: string;
  last_name: string | null;
  email: string | null;
  mobile: string | null;
}

/** "ServiceItem: sku, name, quantity, note REQUIRED; unit_price, cost_share nullable". */
export interface ServiceItem {
  sku: string;
  name: string;
  quantity: number;
  unit_price: string | null;
  cost_share: number | null;
  note: string | null;
}

/** "ServiceProduct: sku, name, services REQUIRED; serial nullable". */
export interface ServiceProduct {
  sku: string;
  name: string;
  serial: string | null;
  services: ServiceItem[];
}

/** "ServiceOrder", as the documented responses show it. */
export interface ServiceOrder {
  version: string;
  id: string;
  revision: number;
  created: number;
  modified: number | null;
  state: ServiceOrderState;
  store: ServiceStore;
  owner: ServiceUser;
  customer: ServiceCustomer;
  currency: string;
  note: string | null;
  product: ServiceProduct;
  author: ServiceUser;
}

/**
 * One broken rule of a 400 answer. The doc names the status ("400 Invalid request. Data sent
 * from client is invalid") but no body: this body is the sandbox's convention.
 */
export interface RuleBroken {
  field: string;
  rule: string;
  message: string;
}
