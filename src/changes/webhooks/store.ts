import { randomBytes } from 'node:crypto';
import type { ProviderKey } from '../../core/provider-key';
import type { Database } from '../../state/database';
import type { OrderChangeKind } from '../kinds';

/** A registered endpoint, as its owner sees it (never its secret, after registration). */
export interface WebhookEndpointRecord {
  id: string;
  principal: string;
  url: string;
  description: string | null;
  providers: ProviderKey[] | null;
  kinds: OrderChangeKind[] | null;
  orderIds: string[] | null;
  enabled: boolean;
  position: number;
  createdAt: Date;
  updatedAt: Date;
}

export type WebhookDeliveryState = 'PENDING' | 'DELIVERED' | 'DEAD';

export interface WebhookDeliveryRecord {
  endpointId: string;
  /** Decimal digits, as PostgreSQL's bigint arrives: exact past 2^53. */
  sequence: string;
  eventId: string;
  orderId: string;
  eventType: string;
  state: WebhookDeliveryState;
  attempts: number;
  nextAttemptAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

export interface WebhookAttemptRecord {
  attempt: number;
  startedAt: Date;
  durationMs: number;
  status: number | null;
  error: string | null;
}

/** A delivery this replica has claimed: what to send, where, and the fence of its lease. */
export interface ClaimedDelivery {
  endpointId: string;
  sequence: number;
  eventId: string;
  payload: string;
  /** The attempt this claim is (1 for the first). */
  attempt: number;
  url: string;
  secret: string;
  /** How long ago the delivery was queued, at the claim (the database's clock), ms. */
  queuedMs: number;
}

/** A change of the feed, ready to be queued for one endpoint. */
export interface QueuedEvent {
  sequence: number;
  eventId: string;
  orderId: string;
  eventType: string;
  payload: string;
}

export interface AttemptOutcome {
  startedAt: Date;
  durationMs: number;
  /** The receiver's HTTP status, when it answered. */
  status?: number;
  /** Why the attempt failed (no answer, non-2xx, refused address). */
  error?: string;
  delivered: boolean;
  /** Delay before the next attempt, when it failed and attempts remain. */
  retryInMs: number;
  /** Whether this was the last allowed attempt. */
  last: boolean;
}

interface EndpointRow extends Record<string, unknown> {
  id: string;
  principal: string;
  url: string;
  description: string | null;
  providers: string[] | null;
  kinds: string[] | null;
  order_ids: string[] | null;
  enabled: boolean;
  position: string | number;
  created_at: Date;
  updated_at: Date;
}

const ENDPOINT_COLUMNS = 'id, principal, url, description, providers, kinds, order_ids, enabled, position, created_at, updated_at';

/** `whsec_` and 32 random bytes in base64: the secret format of the Standard Webhooks libraries. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * The webhook tables (migrations/003_webhooks.sql): endpoints per API key, one delivery row per
 * (endpoint, change), and the attempt log. Every read and change of an endpoint names its
 * principal, so a key can neither see nor touch another key's endpoints (another key's id is
 * simply not found).
 */
export class WebhookStore {
  constructor(private readonly db: Database) {}

  async register(endpoint: {
    principal: string;
    url: string;
    description: string | null;
    providers: string[] | null;
    kinds: string[] | null;
    orderIds: string[] | null;
    position: number;
  }): Promise<{ endpoint: WebhookEndpointRecord; secret: string }> {
    const id = `wh_${randomBytes(12).toString('base64url')}`;
    const secret = generateWebhookSecret();
    const { rows } = await this.db.query<EndpointRow>(
      `INSERT INTO webhook_endpoints (id, principal, url, secret, description, providers, kinds, order_ids, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${ENDPOINT_COLUMNS}`,
      [id, endpoint.principal, endpoint.url, secret, endpoint.description, endpoint.providers, endpoint.kinds, endpoint.orderIds, endpoint.position],
    );
    return { endpoint: toEndpoint(rows[0]), secret };
  }

  async list(principal: string): Promise<WebhookEndpointRecord[]> {
    const { rows } = await this.db.query<EndpointRow>(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE principal = $1 ORDER BY created_at, id`, [
      principal,
    ]);
    return rows.map(toEndpoint);
  }

  async get(principal: string, id: string): Promise<WebhookEndpointRecord | null> {
    const { rows } = await this.db.query<EndpointRow>(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE principal = $1 AND id = $2`, [principal, id]);
    return rows[0] ? toEndpoint(rows[0]) : null;
  }

  async setEnabled(principal: string, id: string, enabled: boolean): Promise<WebhookEndpointRecord | null> {
    const { rows } = await this.db.query<EndpointRow>(
      `UPDATE webhook_endpoints SET enabled = $3, updated_at = now() WHERE principal = $1 AND id = $2 RETURNING ${ENDPOINT_COLUMNS}`,
      [principal, id, enabled],
    );
    return rows[0] ? toEndpoint(rows[0]) : null;
  }

  /** Deletes the endpoint with its deliveries and their log. */
  async delete(principal: string, id: string): Promise<boolean> {
    const { rowCount } = await this.db.query('DELETE FROM webhook_endpoints WHERE principal = $1 AND id = $2', [principal, id]);
    return rowCount === 1;
  }

  /** Every enabled endpoint, for the fan-out of new changes. */
  async enabled(): Promise<WebhookEndpointRecord[]> {
    const { rows } = await this.db.query<EndpointRow>(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE enabled ORDER BY id`);
    return rows.map(toEndpoint);
  }

  /**
   * Queues `events` for an endpoint and moves its position from `from` to `to`, in one
   * statement that does either both or nothing: only when the position is still `from`. Two
   * replicas fanning out the same changes race on the position; the loser inserts nothing
   * (and would have inserted the same rows: they are keyed by endpoint and sequence).
   */
  async advance(endpointId: string, from: number, to: number, events: readonly QueuedEvent[]): Promise<boolean> {
    const { rows } = await this.db.query<{ moved: number }>(
      `WITH moved AS (
         UPDATE webhook_endpoints SET position = $3 WHERE id = $1 AND position = $2 RETURNING id
       ), queued AS (
         INSERT INTO webhook_deliveries (endpoint_id, sequence, event_id, order_id, event_type, payload)
         SELECT moved.id, e.sequence, e.event_id, e.order_id, e.event_type, e.payload
         FROM moved, unnest($4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[]) AS e(sequence, event_id, order_id, event_type, payload)
         ON CONFLICT DO NOTHING
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM moved)::int AS moved`,
      [
        endpointId,
        from,
        to,
        events.map((e) => e.sequence),
        events.map((e) => e.eventId),
        events.map((e) => e.orderId),
        events.map((e) => e.eventType),
        events.map((e) => e.payload),
      ],
    );
    return rows[0]?.moved === 1;
  }

  /**
   * Claims up to `limit` due deliveries for `owner` until `leaseMs` from now.
   *
   * Due: pending, its retry time reached, nobody's lease running, its endpoint enabled, and no
   * earlier change of the same order still pending for the same endpoint (a later event of an
   * order waits for the earlier one; a dead one no longer holds the order up). `FOR UPDATE
   * SKIP LOCKED` lets replicas claim at the same moment without waiting for or taking each
   * other's rows; once claimed, the lease keeps a row away from the others while it is sent.
   * The claim counts as the attempt (so a replica dying mid-send still uses one up).
   */
  async claim(owner: string, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const { rows } = await this.db.query<{
      endpoint_id: string;
      sequence: string | number;
      event_id: string;
      payload: string;
      attempts: number;
      url: string;
      secret: string;
      queued_ms: string | number;
    }>(
      `WITH due AS (
         SELECT d.endpoint_id, d.sequence
         FROM webhook_deliveries d
         JOIN webhook_endpoints e ON e.id = d.endpoint_id AND e.enabled
         WHERE d.state = 'PENDING' AND d.next_attempt_at <= now() AND (d.lease_until IS NULL OR d.lease_until < now())
           AND NOT EXISTS (
             SELECT 1 FROM webhook_deliveries p
             WHERE p.endpoint_id = d.endpoint_id AND p.order_id = d.order_id AND p.sequence < d.sequence AND p.state = 'PENDING'
           )
         ORDER BY d.next_attempt_at, d.sequence
         LIMIT $1
         FOR UPDATE OF d SKIP LOCKED
       )
       UPDATE webhook_deliveries d
       SET lease_owner = $2, lease_until = now() + $3 * interval '1 millisecond', attempts = d.attempts + 1
       FROM due, webhook_endpoints e
       WHERE d.endpoint_id = due.endpoint_id AND d.sequence = due.sequence AND e.id = d.endpoint_id
       RETURNING d.endpoint_id, d.sequence, d.event_id, d.payload, d.attempts, e.url, e.secret,
                 extract(epoch FROM now() - d.created_at) * 1000 AS queued_ms`,
      [limit, owner, leaseMs],
    );
    return rows.map((row) => ({
      endpointId: row.endpoint_id,
      sequence: Number(row.sequence),
      eventId: row.event_id,
      payload: row.payload,
      attempt: row.attempts,
      url: row.url,
      secret: row.secret,
      queuedMs: Number(row.queued_ms),
    }));
  }

  /**
   * Records an attempt in the log and moves its delivery on: delivered, back to pending with its
   * next retry time, or dead after the last attempt. The move is fenced by the claim (owner and
   * attempt number): a replica whose lease ran out, and whose delivery another replica took
   * over, only logs its attempt.
   */
  async finish(owner: string, claim: ClaimedDelivery, outcome: AttemptOutcome): Promise<void> {
    const error = outcome.error ? outcome.error.slice(0, 500) : null;
    await this.db.query(
      `INSERT INTO webhook_attempts (endpoint_id, sequence, attempt, started_at, duration_ms, status, error, replica) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [claim.endpointId, claim.sequence, claim.attempt, outcome.startedAt, outcome.durationMs, outcome.status ?? null, error, owner],
    );
    const state: WebhookDeliveryState = outcome.delivered ? 'DELIVERED' : outcome.last ? 'DEAD' : 'PENDING';
    await this.db.query(
      `UPDATE webhook_deliveries
       SET state = $5, last_status = $6, last_error = $7, lease_owner = NULL, lease_until = NULL,
           delivered_at = CASE WHEN $5 = 'DELIVERED' THEN now() ELSE delivered_at END,
           next_attempt_at = CASE WHEN $5 = 'PENDING' THEN now() + $8 * interval '1 millisecond' ELSE next_attempt_at END
       WHERE endpoint_id = $1 AND sequence = $2 AND lease_owner = $3 AND attempts = $4`,
      [claim.endpointId, claim.sequence, owner, claim.attempt, state, outcome.status ?? null, error, outcome.retryInMs],
    );
  }

  /** An endpoint's deliveries, newest first, each with its attempts (the delivery log). */
  async deliveries(
    principal: string,
    endpointId: string,
    options: { states?: readonly WebhookDeliveryState[]; first: number; beforeSequence?: string },
  ): Promise<Array<WebhookDeliveryRecord & { attemptLog: WebhookAttemptRecord[] }>> {
    const { rows } = await this.db.query<Record<string, unknown>>(
      `SELECT d.endpoint_id, d.sequence, d.event_id, d.order_id, d.event_type, d.state, d.attempts, d.next_attempt_at, d.last_status, d.last_error, d.delivered_at, d.created_at,
              COALESCE((SELECT json_agg(json_build_object('attempt', a.attempt, 'startedAt', a.started_at, 'durationMs', a.duration_ms, 'status', a.status, 'error', a.error) ORDER BY a.id)
                        FROM webhook_attempts a WHERE a.endpoint_id = d.endpoint_id AND a.sequence = d.sequence), '[]'::json) AS attempt_log
       FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
       WHERE e.principal = $1 AND d.endpoint_id = $2 AND ($3::text[] IS NULL OR d.state = ANY($3)) AND ($4::bigint IS NULL OR d.sequence < $4)
       ORDER BY d.sequence DESC
       LIMIT $5`,
      [principal, endpointId, options.states?.length ? options.states : null, options.beforeSequence ?? null, options.first],
    );
    return rows.map((row) => ({
      endpointId: row.endpoint_id as string,
      sequence: String(row.sequence),
      eventId: row.event_id as string,
      orderId: row.order_id as string,
      eventType: row.event_type as string,
      state: row.state as WebhookDeliveryState,
      attempts: row.attempts as number,
      nextAttemptAt: row.state === 'PENDING' ? (row.next_attempt_at as Date) : null,
      lastStatus: (row.last_status as number | null) ?? null,
      lastError: (row.last_error as string | null) ?? null,
      deliveredAt: (row.delivered_at as Date | null) ?? null,
      createdAt: row.created_at as Date,
      attemptLog: (typeof row.attempt_log === 'string' ? JSON.parse(row.attempt_log) : (row.attempt_log as unknown[])).map((a: Record<string, unknown>) => ({
        attempt: a.attempt as number,
        startedAt: new Date(a.startedAt as string),
        durationMs: a.durationMs as number,
        status: (a.status as number | null) ?? null,
        error: (a.error as string | null) ?? null,
      })),
    }));
  }

  /**
   * Sends deliveries again from their first attempt: the named events (delivered or dead), or
   * every dead one of the endpoint. Returns how many were queued. A replayed event keeps its
   * event id, so a receiver that already processed it can tell.
   */
  async replay(principal: string, endpointId: string, eventIds: readonly string[] | null): Promise<number> {
    const { rowCount } = await this.db.query(
      `UPDATE webhook_deliveries d
       SET state = 'PENDING', attempts = 0, next_attempt_at = now(), lease_owner = NULL, lease_until = NULL
       FROM webhook_endpoints e
       WHERE e.id = d.endpoint_id AND e.principal = $1 AND d.endpoint_id = $2 AND d.state <> 'PENDING'
         AND (CASE WHEN $3::text[] IS NULL THEN d.state = 'DEAD' ELSE d.event_id = ANY($3) END)`,
      [principal, endpointId, eventIds],
    );
    return rowCount;
  }
}

function toEndpoint(row: EndpointRow): WebhookEndpointRecord {
  return {
    id: row.id,
    principal: row.principal,
    url: row.url,
    description: row.description,
    providers: (row.providers as ProviderKey[] | null) ?? null,
    kinds: (row.kinds as OrderChangeKind[] | null) ?? null,
    orderIds: row.order_ids ?? null,
    enabled: row.enabled,
    position: Number(row.position),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
