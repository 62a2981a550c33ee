import type { ChangeScan } from '../core/change-detection';
import type { ProviderPosition } from '../core/provider';
import type { ProviderKey } from '../core/provider-key';
import type { Order } from '../model/order';
import type { Database, Queryable } from '../state/database';
import type { OrderChangeRecord } from './feed';
import { diffFingerprints, fingerprintOf, type OrderFingerprint } from './fingerprint';
import { OrderChangeKind } from './kinds';
import { orderFromJson, orderToJson } from './order-json';
import { appendChanges, type NewOrderChange } from './postgres-log';

/**
 * Turns one detector scan into changes and commits them.
 *
 * The tracker keeps a fingerprint per order (table `order_fingerprints`) and compares each
 * order a scan read with it: a new fingerprint is a change, the same one is nothing. Orders are
 * marked with the detector's pass that last saw them; when a scan completes a pass, the orders
 * that pass did not see are gone from the vendor (DISAPPEARED). The first complete pass is the
 * baseline: what the vendor already held when tracking began is recorded, not announced.
 *
 * Everything a cycle learnt (its changes, the fingerprints, the detector's state) is written in
 * one transaction that first checks the poller still holds its lease under the fencing token it
 * started with, and locks that row. A poller that lost its lease (it stalled, or another replica
 * took over) commits nothing; one killed before its commit leaves the fingerprints as they were,
 * so whoever polls next finds the same changes again and appends them once.
 */

/** Where a vendor's detector stands, as stored with its lease. */
export interface DetectorPosition {
  state: ProviderPosition | null;
  pass: number;
  baselined: boolean;
}

/** The lease a cycle runs under. */
export interface Fence {
  provider: ProviderKey;
  owner: string;
  token: number;
  leaseMs: number;
}

export class LeaseLostError extends Error {
  constructor(provider: ProviderKey) {
    super(`the change poller of ${provider} no longer holds its lease; the cycle was not committed`);
    this.name = 'LeaseLostError';
  }
}

interface FingerprintRow extends Record<string, unknown> {
  order_id: string;
  fingerprint: OrderFingerprint;
  order_json?: unknown;
}

export interface CycleResult {
  changes: OrderChangeRecord[];
  /** Orders whose fingerprint was new or moved (baseline included). */
  updated: number;
  position: DetectorPosition;
}

/** Reads the fingerprints of `orderIds` (global ids) of `provider`. */
async function knownFingerprints(db: Queryable, provider: ProviderKey, orderIds: string[]): Promise<Map<string, OrderFingerprint>> {
  if (orderIds.length === 0) return new Map();
  const { rows } = await db.query<FingerprintRow>('SELECT order_id, fingerprint FROM order_fingerprints WHERE provider = $1 AND order_id = ANY($2::text[])', [
    provider,
    orderIds,
  ]);
  return new Map(rows.map((row) => [row.order_id, row.fingerprint]));
}

/** Compares `scan` with the tracked fingerprints and commits the cycle under `fence` (see above). */
export async function commitScan(
  db: Database,
  fence: Fence,
  from: DetectorPosition,
  scan: ChangeScan,
  now: () => Date = () => new Date(),
): Promise<CycleResult> {
  // One entry per order: a pass that read an order twice (it moved between pages) keeps the last.
  const seen = new Map<string, Order>();
  for (const order of scan.orders) seen.set(order.id, order);
  const known = await knownFingerprints(db, fence.provider, [...seen.keys()]);
  const detectedAt = now();
  const changes: NewOrderChange[] = [];
  const updates: Array<{ order_id: string; fingerprint: OrderFingerprint; order: Order }> = [];
  for (const [orderId, order] of seen) {
    const current = fingerprintOf(order);
    const change = diffFingerprints(known.get(orderId) ?? null, current);
    if (!change) continue;
    updates.push({ order_id: orderId, fingerprint: current, order });
    if (from.baselined) changes.push({ provider: fence.provider, orderId, ...change, detectedAt, order });
  }
  const moved = new Set(updates.map((u) => u.order_id));
  const unchanged = [...seen.keys()].filter((id) => known.has(id) && !moved.has(id));
  // Seen unchanged by the vendor's own version: counted as seen in this pass, compared with nothing.
  for (const id of scan.unchanged ?? []) if (!seen.has(id)) unchanged.push(id);

  return db.transaction(async (tx) => {
    const held = await tx.query(
      'SELECT 1 FROM change_detectors WHERE provider = $1 AND owner = $2 AND fencing_token = $3 AND lease_until > clock_timestamp() FOR UPDATE',
      [fence.provider, fence.owner, fence.token],
    );
    if (held.rowCount === 0) throw new LeaseLostError(fence.provider);

    if (updates.length > 0) {
      await tx.query(
        `INSERT INTO order_fingerprints (provider, order_id, fingerprint, order_json, seen_pass, updated_at)
         SELECT $1, r.order_id, r.fingerprint, (($4::jsonb) -> r.position), $2, now()
           FROM jsonb_to_recordset($3::jsonb) AS r(position int, order_id text, fingerprint jsonb)
         ON CONFLICT (provider, order_id) DO UPDATE
           SET fingerprint = EXCLUDED.fingerprint, order_json = EXCLUDED.order_json, seen_pass = EXCLUDED.seen_pass, updated_at = now()`,
        [
          fence.provider,
          from.pass,
          JSON.stringify(updates.map((u, position) => ({ position, order_id: u.order_id, fingerprint: u.fingerprint }))),
          `[${updates.map((u) => orderToJson(u.order)).join(',')}]`,
        ],
      );
    }
    if (unchanged.length > 0) {
      await tx.query('UPDATE order_fingerprints SET seen_pass = $2 WHERE provider = $1 AND order_id = ANY($3::text[]) AND seen_pass < $2', [
        fence.provider,
        from.pass,
        unchanged,
      ]);
    }
    if (scan.passComplete) {
      const { rows: gone } = await tx.query<FingerprintRow>(
        'DELETE FROM order_fingerprints WHERE provider = $1 AND seen_pass < $2 RETURNING order_id, fingerprint, order_json',
        [fence.provider, from.pass],
      );
      if (from.baselined) {
        gone.sort((a, b) => (a.order_id < b.order_id ? -1 : a.order_id > b.order_id ? 1 : 0));
        for (const row of gone) {
          const change = diffFingerprints(row.fingerprint, null)!;
          changes.push({
            provider: fence.provider,
            orderId: row.order_id,
            ...change,
            kind: OrderChangeKind.DISAPPEARED,
            detectedAt,
            order: orderFromJson(row.order_json),
          });
        }
      }
    }
    const appended = await appendChanges(tx, changes);
    const position: DetectorPosition = scan.passComplete ? { state: scan.state, pass: from.pass + 1, baselined: true } : { ...from, state: scan.state };
    await tx.query(
      `UPDATE change_detectors SET state = $2::jsonb, pass = $3, baselined = $4, cycles = cycles + 1, last_cycle_at = now(),
              lease_until = clock_timestamp() + $5 * interval '1 millisecond'
        WHERE provider = $1`,
      [fence.provider, JSON.stringify(position.state), position.pass, position.baselined, fence.leaseMs],
    );
    return { changes: appended, updated: updates.length, position };
  });
}
