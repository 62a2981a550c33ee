import type { Logger } from 'pino';
import type { Database, Queryable } from '../state/database';

/** How long the feed and the webhook delivery log are kept (src/config.ts). */
export interface RetentionSettings {
  /** Changes older than this are pruned from `order_changes`; 0 keeps them for ever. */
  changesHours: number;
  /** Delivered and dead webhook deliveries (and their attempts) older than this are pruned; 0 keeps them. */
  webhookLogHours: number;
  /** How often the replica holding the lease prunes, ms. */
  intervalMs: number;
}

/** What one pruning run removed. */
export interface PruneResult {
  changes: number;
  deliveries: number;
  /** The greatest sequence pruned so far. */
  horizon: number;
}

/** Entries looked at per statement, so one run never holds a long lock or a long transaction. */
const BATCH = 5000;

/** The greatest sequence pruned from the feed (0: none). A position before it has lost changes. */
export async function retentionHorizon(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ horizon: string | number }>('SELECT horizon FROM feed_retention');
  return Number(rows[0]?.horizon ?? 0);
}

/**
 * Prunes the change feed and the webhook delivery log, on one replica at a time.
 *
 * Every replica runs one; the one holding the lease (the row of `feed_retention`, taken when
 * free or expired, on the database's clock) prunes every `intervalMs`. A run deletes, in
 * batches, the entries detected before the retention, and moves the horizon up to the last one
 * in the same transaction, so a reader that finds its position before the horizon knows its
 * changes are gone (src/graphql/order-changes.resolver.ts refuses such a cursor). Webhook
 * deliveries still pending are work, not log: only delivered and dead ones are pruned, with
 * their attempts. A second pruner running by mistake deletes nothing twice: the horizon only grows.
 */
export class FeedRetention {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private token: number | null = null;

  constructor(
    private readonly db: Database,
    private readonly settings: RetentionSettings,
    private readonly owner: string,
    private readonly log?: Pick<Logger, 'warn' | 'info'>,
  ) {}

  start(): void {
    if (this.timer || (this.settings.changesHours === 0 && this.settings.webhookLogHours === 0)) return;
    const tick = () => {
      this.running = this.runOnce()
        .catch((error: Error) => this.log?.warn({ err: { message: error.message } }, 'pruning the change feed failed; tried again later'))
        .finally(() => (this.running = null));
      this.timer = setTimeout(tick, this.settings.intervalMs);
      this.timer.unref();
    };
    this.timer = setTimeout(tick, 0);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    if (this.token !== null) {
      await this.db
        .query('UPDATE feed_retention SET owner = NULL, lease_until = NULL WHERE owner = $1 AND fencing_token = $2', [this.owner, this.token])
        .catch(() => undefined);
    }
  }

  /** Takes or renews the lease; prunes when held. Null when another replica holds it. */
  async runOnce(now?: Date): Promise<PruneResult | null> {
    // Held across two runs, so its holder keeps it while alive and another takes over after one missed run.
    const leaseMs = this.settings.intervalMs * 2 + 1000;
    const { rows } = await this.db.query<{ fencing_token: string | number }>(
      `UPDATE feed_retention SET owner = $1, lease_until = clock_timestamp() + $2 * interval '1 millisecond',
              fencing_token = fencing_token + CASE WHEN owner = $1 THEN 0 ELSE 1 END
        WHERE owner IS NULL OR owner = $1 OR lease_until < clock_timestamp()
        RETURNING fencing_token`,
      [this.owner, leaseMs],
    );
    if (rows.length === 0) {
      this.token = null;
      return null;
    }
    this.token = Number(rows[0].fencing_token);
    return this.prune(this.token, now);
  }

  private async prune(token: number, now?: Date): Promise<PruneResult> {
    const { changesHours, webhookLogHours } = this.settings;
    const at = now ? now.toISOString() : null;
    let changes = 0;
    let horizon = await retentionHorizon(this.db);
    if (changesHours > 0) {
      for (;;) {
        const pruned = await this.db.transaction(async (tx) => {
          const held = await tx.query('SELECT horizon FROM feed_retention WHERE owner = $1 AND fencing_token = $2 FOR UPDATE', [this.owner, token]);
          if (held.rowCount === 0) return null;
          const from = Number((held.rows[0] as { horizon: string | number }).horizon);
          // The last old entry of the next batch: entries are in sequence order, their detection times nearly so.
          const { rows } = await tx.query<{ cut: string | number | null; full: boolean }>(
            `SELECT max(sequence) FILTER (WHERE detected_at < coalesce($3::timestamptz, now()) - $2 * interval '1 hour') AS cut, count(*) = $4 AS full
               FROM (SELECT sequence, detected_at FROM order_changes WHERE sequence > $1 ORDER BY sequence LIMIT $4) batch`,
            [from, changesHours, at, BATCH],
          );
          const cut = rows[0]?.cut === null || rows[0]?.cut === undefined ? null : Number(rows[0].cut);
          if (cut === null) return { removed: 0, horizon: from, more: false };
          await tx.query('UPDATE feed_retention SET horizon = GREATEST(horizon, $1), pruned_at = now()', [cut]);
          const removed = await tx.query('DELETE FROM order_changes WHERE sequence > $1 AND sequence <= $2', [from, cut]);
          return { removed: removed.rowCount ?? 0, horizon: cut, more: Boolean(rows[0].full) };
        });
        if (!pruned) break;
        changes += pruned.removed;
        horizon = pruned.horizon;
        if (!pruned.more || pruned.removed === 0) break;
      }
    }
    let deliveries = 0;
    if (webhookLogHours > 0) {
      const { rows } = await this.db.query<{ n: string | number }>(
        `WITH gone AS (
           DELETE FROM webhook_deliveries WHERE state IN ('DELIVERED', 'DEAD') AND created_at < coalesce($2::timestamptz, now()) - $1 * interval '1 hour'
           RETURNING endpoint_id, sequence
         ), attempts AS (
           DELETE FROM webhook_attempts a USING gone WHERE a.endpoint_id = gone.endpoint_id AND a.sequence = gone.sequence
         )
         SELECT count(*) AS n FROM gone`,
        [webhookLogHours, at],
      );
      deliveries = Number(rows[0]?.n ?? 0);
    }
    if (changes > 0 || deliveries > 0) this.log?.info({ changes, deliveries, horizon }, 'pruned the change feed past its retention');
    return { changes, deliveries, horizon };
  }
}
