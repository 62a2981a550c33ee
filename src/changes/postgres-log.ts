import { randomUUID } from 'node:crypto';
import type { ProviderKey } from '../core/provider-key';
import type { OrderStatus } from '../model/enums';
import type { Order } from '../model/order';
import type { Database, Queryable } from '../state/database';
import type { ChangeLog, ChangeReadOptions, OrderChangeRecord } from './feed';
import type { TrackedField } from './fingerprint';
import type { OrderChangeKind } from './kinds';
import { orderFromJson, orderToJson } from './order-json';
import { retentionHorizon } from './retention';

/** The NOTIFY channel of appends; the payload is the latest sequence written. */
export const CHANGES_CHANNEL = 'order_changes';

/**
 * Taken by every append, inside its transaction, before its sequence numbers are drawn. An
 * identity column alone hands numbers out at insert time but makes them visible at commit, so
 * two vendors' pollers committing out of order would let a reader see sequence 11 before 10
 * and step past 10 for good. Under this lock, numbers are drawn in commit order: "everything
 * after N" never gains an entry below a sequence already read.
 */
const APPEND_LOCK = 0x6f676366; // "ogcf"

/** A change about to be appended: a record without its position. */
export type NewOrderChange = Omit<OrderChangeRecord, 'sequence' | 'eventId'> & { eventId?: string };

interface Row extends Record<string, unknown> {
  sequence: string | number;
  event_id: string;
  provider: string;
  order_id: string;
  kind: string;
  previous_status: string | null;
  changed_fields: string[];
  detected_at: Date | string;
  order_json: unknown;
}

/**
 * Appends `changes` to the log within the caller's transaction `tx` (a poller's cycle commits
 * its changes together with its fingerprints and detector state), in the order given. The
 * notification goes out when `tx` commits, and not at all if it rolls back.
 */
export async function appendChanges(tx: Queryable, changes: readonly NewOrderChange[]): Promise<OrderChangeRecord[]> {
  if (changes.length === 0) return [];
  const entries = changes.map((change, position) => ({ ...change, eventId: change.eventId ?? randomUUID(), position }));
  await tx.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
  const rows = entries.map((entry) => ({
    position: entry.position,
    event_id: entry.eventId,
    provider: entry.provider,
    order_id: entry.orderId,
    kind: entry.kind,
    previous_status: entry.previousStatus,
    changed_fields: entry.changedFields,
    detected_at: entry.detectedAt.toISOString(),
  }));
  // The orders go as a second array, so that each is stored from its own JSON text once.
  const { rows: inserted } = await tx.query<{ sequence: string | number; event_id: string }>(
    `INSERT INTO order_changes (event_id, provider, order_id, kind, previous_status, changed_fields, detected_at, order_json)
     SELECT r.event_id, r.provider, r.order_id, r.kind, r.previous_status,
            ARRAY(SELECT jsonb_array_elements_text(r.changed_fields)), r.detected_at, (($2::jsonb) -> r.position)
       FROM jsonb_to_recordset($1::jsonb) AS r(position int, event_id uuid, provider text, order_id text, kind text,
            previous_status text, changed_fields jsonb, detected_at timestamptz)
      ORDER BY r.position
     RETURNING sequence, event_id`,
    [JSON.stringify(rows), `[${entries.map((entry) => orderToJson(entry.order)).join(',')}]`],
  );
  const sequenceOf = new Map(inserted.map((row) => [row.event_id, Number(row.sequence)]));
  const records = entries.map(({ position: _position, ...entry }) => ({ ...entry, sequence: sequenceOf.get(entry.eventId)! }));
  const latest = Math.max(...records.map((record) => record.sequence));
  await tx.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, String(latest)]);
  return records;
}

/**
 * The change log in PostgreSQL (table `order_changes`, migrations/). Reads are plain indexed
 * range scans by sequence; `onAppended` listens on one connection of its own for the NOTIFY
 * every append sends, shared by all listeners of this replica, and opened only while someone
 * listens.
 */
export class PostgresChangeLog implements ChangeLog {
  private readonly listeners = new Set<(latestSequence: number) => void>();
  private unlisten: (() => Promise<void>) | null = null;

  constructor(private readonly db: Database) {}

  async read({ afterSequence, limit, filter }: ChangeReadOptions): Promise<OrderChangeRecord[]> {
    if (limit <= 0) return [];
    const params: unknown[] = [afterSequence, limit];
    const where = ['sequence > $1'];
    const anyOf = (column: string, values: readonly string[] | undefined) => {
      if (!values) return;
      params.push(values);
      where.push(`${column} = ANY($${params.length}::text[])`);
    };
    anyOf('provider', filter?.providers);
    anyOf('kind', filter?.kinds);
    anyOf('order_id', filter?.orderIds);
    const { rows } = await this.db.query<Row>(
      `SELECT sequence, event_id, provider, order_id, kind, previous_status, changed_fields, detected_at, order_json
         FROM order_changes WHERE ${where.join(' AND ')} ORDER BY sequence LIMIT $2`,
      params,
    );
    return rows.map(toRecord);
  }

  async latestSequence(): Promise<number> {
    // Past the horizon too: a feed pruned empty still stands where it was.
    const { rows } = await this.db.query<{ latest: string | number | null }>(
      'SELECT GREATEST((SELECT max(sequence) FROM order_changes), (SELECT horizon FROM feed_retention)) AS latest',
    );
    return Number(rows[0]?.latest ?? 0);
  }

  prunedThrough(): Promise<number> {
    return retentionHorizon(this.db);
  }

  onAppended(listener: (latestSequence: number) => void): () => void {
    this.listeners.add(listener);
    this.unlisten ??= this.db.listen(CHANGES_CHANNEL, (payload) => {
      if (payload !== null) return this.emit(Number(payload));
      // Listening (again): whatever was appended before was not notified.
      this.latestSequence().then(
        (latest) => this.emit(latest),
        () => undefined,
      );
    });
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.unlisten) {
        void this.unlisten();
        this.unlisten = null;
      }
    };
  }

  /** Stops listening (on shutdown). */
  async close(): Promise<void> {
    this.listeners.clear();
    const unlisten = this.unlisten;
    this.unlisten = null;
    await unlisten?.();
  }

  private emit(latest: number): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(latest);
      } catch {
        // One consumer's failure is its own; the others are still told.
      }
    }
  }
}

function toRecord(row: Row): OrderChangeRecord {
  return {
    sequence: Number(row.sequence),
    eventId: row.event_id,
    provider: row.provider as ProviderKey,
    orderId: row.order_id,
    kind: row.kind as OrderChangeKind,
    previousStatus: row.previous_status as OrderStatus | null,
    changedFields: row.changed_fields as TrackedField[],
    detectedAt: row.detected_at instanceof Date ? row.detected_at : new Date(row.detected_at),
    order: orderFromJson(row.order_json) as Order,
  };
}
