/** Octopi's wire format, as documented (../shared/provider-docs/octopi-service-orders.md). */

/** "service_order[cargo_type] required | container or breakbulk". */
export const OCTOPI_CARGO_TYPES = ['container', 'breakbulk'] as const;
export type OctopiCargoType = (typeof OCTOPI_CARGO_TYPES)[number];

/** A service id: default services are strings ("cleaning"), custom ones integers (721). */
export type OctopiServiceId = string | number;

export interface OctopiServiceOrderItem {
  id: number;
  container_id: number;
  status: string;
  container_number: string;
  service_type: 'default' | 'custom' | string;
  service_id: OctopiServiceId;
  service_name: string;
}

export interface OctopiServiceOrder {
  id: number;
  order_number: string;
  due_at: string | null;
  cargo_type: string;
  status: string;
  comment: string | null;
  created_at: string;
  ordered_by: string;
  service_order_items: OctopiServiceOrderItem[];
  /** Present once cancelled (sandbox convention, see README.md). */
  cancellation_reason?: string;
}

/** The create and update bodies are the output of their schemas in rules.ts. */

export interface OctopiList {
  total_count: number;
  service_orders: OctopiServiceOrder[];
}

/** The 422 body: Rails-style errors per field (sandbox convention, see README.md). */
export interface OctopiErrorBody {
  errors?: Record<string, string[]>;
  error?: string;
}
