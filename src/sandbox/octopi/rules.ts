import { isIso8601DateTime, isUtc } from '../../core/formats';

/**
 * The create and update rules of octopi-service-orders.md, each next to the words it comes
 * from (beyond-the-docs.md for the update and cancel calls). Where the doc is silent (lengths,
 * the shape of an order number or comment), the emulator accepts what it is sent.
 */

type Errors = Record<string, string[]>;
type Add = (field: string, message: string) => void;

// "service_order[cargo_type] required | container or breakbulk"
const CARGO_TYPES: readonly unknown[] = ['container', 'breakbulk'];

export function createErrors(fields: Record<string, unknown>): Errors {
  const { errors, add } = collector();
  // "service_order[order_number] required | The unique service order number" (uniqueness: see create)
  if (isBlank(fields.order_number)) add('order_number', "can't be blank");
  else if (typeof fields.order_number !== 'string') add('order_number', 'must be a string');
  // "service_order[cargo_type] required | container or breakbulk"
  if (isBlank(fields.cargo_type)) add('cargo_type', "can't be blank");
  else if (!CARGO_TYPES.includes(fields.cargo_type)) add('cargo_type', 'must be container or breakbulk');
  // "service_order[container_ids] required | Octopi IDs of containers." (the response shows them as integers)
  if (!Array.isArray(fields.container_ids) || fields.container_ids.length === 0) add('container_ids', "can't be blank");
  else if (!fields.container_ids.every((id) => Number.isInteger(id))) add('container_ids', 'must be Octopi container ids');
  // "service_order[service_ids] required | Array of default & custom service type IDs provided by Octopi."
  // (the example sends a default one as text, "cleaning", and a custom one as an integer, 721)
  if (!Array.isArray(fields.service_ids) || fields.service_ids.length === 0) add('service_ids', "can't be blank");
  else if (!fields.service_ids.every((id) => typeof id === 'string' || Number.isInteger(id)))
    add('service_ids', 'must be default (text) or custom (integer) service type ids');
  optionalErrors(fields, add);
  return errors;
}

/** beyond-the-docs.md: "PUT ... updates `order_number`, `due_at`, `comment`". */
export function updateErrors(fields: Record<string, unknown>): Errors {
  const { errors, add } = collector();
  if (fields.order_number !== undefined && (isBlank(fields.order_number) || typeof fields.order_number !== 'string')) add('order_number', "can't be blank");
  optionalErrors(fields, add);
  return errors;
}

function optionalErrors(fields: Record<string, unknown>, add: Add): void {
  // "service_order[due_at] optional | ... in ISO 8601 format (Eg. 2023-08-18T14:00:00Z) in UTC."
  const dueAt = fields.due_at;
  if (dueAt !== undefined && dueAt !== null && (typeof dueAt !== 'string' || !isIso8601DateTime(dueAt) || !isUtc(dueAt))) {
    add('due_at', 'must be an ISO 8601 date and time in UTC, e.g. 2023-08-18T14:00:00Z');
  }
  // "service_order[comment] optional | Comments for this order."
  if (fields.comment !== undefined && fields.comment !== null && typeof fields.comment !== 'string') add('comment', 'must be a string');
}

function collector(): { errors: Errors; add: Add } {
  const errors: Errors = {};
  return { errors, add: (field, message) => void (errors[field] ??= []).push(message) };
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
