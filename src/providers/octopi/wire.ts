/** Octopi's wire format, as documented (../shared/provider-docs/octopi-service-orders.md). */

/** "service_order[cargo_type] required | container or breakbulk". */
export type OctopiCargoType = 'container' | 'breakbulk';
export const OCTOPI_CARGO_TYPES: readonly OctopiCargoType[] = ['container', 'breakbulk'];

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

export interface OctopiCreateBody {
  service_order: {
    order_number: string;
    cargo_type: OctopiCargoType;
    container_ids: number[];
    service_ids: OctopiServiceId[];
    due_at?: string;
    comment?: string;
  };
}

export interface OctopiUpdateBody {
  service_order: { order_number?: string; due_at?: string | null; comment?: string | null };
}

export interface OctopiList {
  total_count: number;
  service_orders: OctopiServiceOrder[];
}

/** The 422 body: Rails-style errors per field (sandbox convention, see README.md). */
export interface OctopiErrorBody {
  errors?: Record<string, string[]>;
  error?: string;
}
