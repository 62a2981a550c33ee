import { createHash } from 'node:crypto';
import type { Order } from '../model/order';
import { OrderStatus } from '../model/enums';
import { OrderChangeKind } from './kinds';

/**
 * Change detection compares what an order looks like now with how it looked the last time a
 * poller saw it. Keeping whole orders to compare would be heavy, so each order is reduced to a
 * fingerprint: its status and one short digest per field of the unified model. Two
 * fingerprints differ exactly where the unified order differs, so the diff names the fields
 * that changed without keeping the previous order around. The vendor's raw payload is left out
 * on purpose: a vendor-internal counter moving is not a change anyone downstream can see.
 */

/** The unified fields a change can name in `changedFields` (everything but the identity and `raw`). */
export const TRACKED_FIELDS = [
  'orderNumber',
  'status',
  'providerStatus',
  'updatedAt',
  'dueAt',
  'currency',
  'note',
  'revision',
  'orderType',
  'tags',
  'references',
  'voyage',
  'shippingMethod',
  'parties',
  'serviceItems',
  'lines',
  'containers',
  'segments',
] as const satisfies ReadonlyArray<keyof Order>;

export type TrackedField = (typeof TRACKED_FIELDS)[number];

export interface OrderFingerprint {
  status: OrderStatus;
  /** Digest per tracked field. */
  fields: Record<string, string>;
}

export function fingerprintOf(order: Order): OrderFingerprint {
  const fields: Record<string, string> = {};
  for (const field of TRACKED_FIELDS) fields[field] = digest(order[field]);
  return { status: order.status, fields };
}

/** A change found by comparing two fingerprints of one order. */
export interface DetectedChange {
  kind: OrderChangeKind;
  previousStatus: OrderStatus | null;
  changedFields: TrackedField[];
}

/**
 * The change from `previous` (null: never seen) to `current` (null: no longer listed), or
 * null when nothing the unified model carries moved.
 */
export function diffFingerprints(previous: OrderFingerprint | null, current: OrderFingerprint | null): DetectedChange | null {
  if (!previous && !current) return null;
  if (!previous) return { kind: OrderChangeKind.CREATED, previousStatus: null, changedFields: [] };
  if (!current) return { kind: OrderChangeKind.DISAPPEARED, previousStatus: previous.status, changedFields: [] };
  const changedFields = TRACKED_FIELDS.filter((field) => previous.fields[field] !== current.fields[field]);
  if (changedFields.length === 0) return null;
  const statusMoved = previous.status !== current.status;
  const kind = !statusMoved
    ? OrderChangeKind.FIELDS_CHANGED
    : current.status === OrderStatus.CANCELLED
      ? OrderChangeKind.CANCELLED
      : OrderChangeKind.STATUS_CHANGED;
  return { kind, previousStatus: previous.status, changedFields };
}

/** 16 hex characters of SHA-256 over a canonical JSON form (object keys sorted, dates as ISO). */
function digest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 16);
}

export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
