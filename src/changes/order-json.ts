import type { Order } from '../model/order';

/**
 * Orders travel through the log as JSON (a jsonb column), where dates become ISO strings. These
 * are the unified model's date fields, turned back into dates on the way out so that an order
 * read from the log is the same value a provider returns. The vendor's `raw` payload is left as
 * it came: its strings are the vendor's, not ours.
 */
const DATE_FIELDS = new Set([
  'createdAt',
  'updatedAt',
  'dueAt',
  'startDate',
  'endDate',
  'creationDate',
  'eta',
  'etd',
  'closingCustoms',
  'closingDangerous',
  'closingDelivery',
]);

/** The order as stored (JSON text; dates as ISO strings). */
export function orderToJson(order: Order): string {
  return JSON.stringify(order);
}

/** An order read back from the log (a parsed jsonb value), its dates revived. */
export function orderFromJson(value: unknown): Order {
  return revive(typeof value === 'string' ? JSON.parse(value) : value) as Order;
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  for (const [key, field] of Object.entries(object)) {
    if (key === 'raw') continue;
    if (DATE_FIELDS.has(key) && typeof field === 'string') object[key] = new Date(field);
    else if (field !== null && typeof field === 'object') object[key] = revive(field);
  }
  return object;
}
