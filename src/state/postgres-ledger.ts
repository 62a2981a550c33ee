import type { IdempotencyLedger, KeyRecord, KeyState } from '../core/idempotency';
import type { Database } from './database';

interface Row extends Record<string, unknown> {
  mutation: string;
  fingerprint: string;
  state: KeyState;
  order_id: string | null;
  owner: string | null;
  lease_until: number | null;
  sent_at: number | null;
  version: number;
  expires_at: number;
}

const ms = (column: string) => `(extract(epoch from ${column}) * 1000)::float8 AS ${column}`;
const COLUMNS = ['mutation', 'fingerprint', 'state', 'order_id', 'owner', ms('lease_until'), ms('sent_at'), 'version', ms('expires_at')].join(', ');
const at = (param: number) => `to_timestamp($${param}::float8 / 1000)`;
/** Expired rows are removed at most this often, by whichever replica inserts next. */
const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * The idempotency ledger in PostgreSQL (table `idempotency_keys`, migrations/): it survives a
 * restart of anything. Insert is `INSERT ... ON CONFLICT` that takes over an expired row only;
 * an update names the version it read (`WHERE version = $n`), so of two replicas racing on a key
 * exactly one moves it on. Times are the replicas' clocks, as ms since the epoch.
 */
export class PostgresIdempotencyLedger implements IdempotencyLedger {
  private nextSweep = 0;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  async read(key: string): Promise<KeyRecord | null> {
    const { rows } = await this.db.query<Row>(`SELECT ${COLUMNS} FROM idempotency_keys WHERE key = $1 AND expires_at > ${at(2)}`, [key, this.now()]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async insert(key: string, record: KeyRecord): Promise<boolean> {
    await this.sweep();
    const { rowCount } = await this.db.query(
      `INSERT INTO idempotency_keys (key, mutation, fingerprint, state, order_id, owner, lease_until, sent_at, version, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, ${at(7)}, ${at(8)}, $9, ${at(10)})
       ON CONFLICT (key) DO UPDATE SET mutation = EXCLUDED.mutation, fingerprint = EXCLUDED.fingerprint, state = EXCLUDED.state,
         order_id = EXCLUDED.order_id, owner = EXCLUDED.owner, lease_until = EXCLUDED.lease_until, sent_at = EXCLUDED.sent_at,
         version = EXCLUDED.version, expires_at = EXCLUDED.expires_at, created_at = now(), updated_at = now()
       WHERE idempotency_keys.expires_at <= ${at(11)}`,
      [key, ...values(record), this.now()],
    );
    return rowCount === 1;
  }

  async update(key: string, version: number, record: KeyRecord): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `UPDATE idempotency_keys SET mutation = $2, fingerprint = $3, state = $4, order_id = $5, owner = $6, lease_until = ${at(7)},
         sent_at = ${at(8)}, version = $9, expires_at = ${at(10)}, updated_at = now()
       WHERE key = $1 AND version = $11`,
      [key, ...values({ ...record, version: version + 1 }), version],
    );
    return rowCount === 1;
  }

  private async sweep(): Promise<void> {
    const now = this.now();
    if (now < this.nextSweep) return;
    this.nextSweep = now + SWEEP_EVERY_MS;
    await this.db.query(`DELETE FROM idempotency_keys WHERE expires_at <= ${at(1)}`, [now]).catch(() => undefined);
  }
}

function values(record: KeyRecord): unknown[] {
  return [
    record.mutation,
    record.fingerprint,
    record.state,
    record.orderId ?? null,
    record.owner ?? null,
    record.leaseUntil ?? null,
    record.sentAt ?? null,
    record.version,
    record.expiresAt,
  ];
}

function toRecord(row: Row): KeyRecord {
  return {
    mutation: row.mutation,
    fingerprint: row.fingerprint,
    state: row.state,
    orderId: row.order_id ?? undefined,
    owner: row.owner ?? undefined,
    leaseUntil: row.lease_until ?? undefined,
    sentAt: row.sent_at ?? undefined,
    version: row.version,
    expiresAt: row.expires_at,
  };
}
