import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { Webhook } from 'standardwebhooks';
import { Agent, request } from 'undici';
import type { Access } from '../../access/access';
import type { ChangeFilter, ChangeLog, OrderChangeRecord } from '../feed';
import { readPast } from '../follow';
import type { AttemptOutcome, ClaimedDelivery, QueuedEvent, WebhookEndpointRecord, WebhookStore } from './store';
import type { WebhookUrlPolicy } from './url-policy';

export interface WebhookDeliveryOptions {
  /** Delay before the second attempt, ms; each later one doubles it (WEBHOOK_RETRY_BASE_MS). */
  retryBaseMs: number;
  /** Longest delay between two attempts, ms (WEBHOOK_RETRY_MAX_MS). */
  retryMaxMs: number;
  /** Attempts before a delivery is dead (WEBHOOK_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** Deadline of one attempt, answer included, ms (WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  /** How often due retries are looked for when no change arrives, ms. */
  pollMs: number;
  /** Deliveries sent at once by one replica. */
  concurrency: number;
}

/** What the worker reports of each attempt, for metrics (src/observability/metrics.ts). */
export interface WebhookObserver {
  attempt(report: { outcome: 'delivered' | 'failed' | 'dead'; attempt: number; durationMs: number; queuedMs: number | null }): void;
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookDeliveryOptions = {
  retryBaseMs: 10_000,
  retryMaxMs: 3_600_000,
  maxAttempts: 10,
  timeoutMs: 10_000,
  pollMs: 1000,
  concurrency: 8,
};

/** The Standard Webhooks event type of a change kind: `order.created`, `order.status_changed`... */
export function eventTypeOf(record: Pick<OrderChangeRecord, 'kind'>): string {
  return `order.${record.kind.toLowerCase()}`;
}

/** The body of a webhook: Standard Webhooks' `{ type, timestamp, data }`, with the OrderChange as `data`. */
export function webhookPayload(record: OrderChangeRecord): string {
  const { sequence, eventId, kind, provider, orderId, previousStatus, changedFields, detectedAt, order } = record;
  return JSON.stringify({
    type: eventTypeOf(record),
    timestamp: detectedAt.toISOString(),
    // The sequence as GraphQL's OrderChange gives it: decimal digits (a 64-bit counter).
    data: { sequence: String(sequence), eventId, kind, provider, orderId, previousStatus, changedFields, detectedAt: detectedAt.toISOString(), order },
  });
}

/** Delay before attempt `attempt + 1`: exponential from the base, capped, with half of it jittered (receivers that come back are not hit by every sender at once). */
export function retryDelayMs(attempt: number, options: Pick<WebhookDeliveryOptions, 'retryBaseMs' | 'retryMaxMs'>, random = Math.random): number {
  const full = Math.min(options.retryMaxMs, options.retryBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(full / 2 + (random() * full) / 2);
}

export interface WebhookWorkerOptions extends WebhookDeliveryOptions {
  store: WebhookStore;
  changeLog: ChangeLog;
  urlPolicy: WebhookUrlPolicy;
  /** The current access of an endpoint's owner (null: its key is gone, nothing is queued for it). */
  accessOf: (principal: string) => Access | null;
  logger: Logger;
  observer?: WebhookObserver;
}

/**
 * Delivers the change feed to the registered endpoints, on every replica at once.
 *
 * Two steps, both safe to run on several replicas together:
 * 1. Fan-out: for each enabled endpoint, the changes after its position that its filter and its
 *    key's vendors match become delivery rows, and the position moves, in one conditional
 *    statement (WebhookStore.advance): of two replicas doing it at once, one wins and the other
 *    changes nothing.
 * 2. Delivery: due rows are claimed with `FOR UPDATE SKIP LOCKED` and a lease
 *    (WebhookStore.claim), so no two replicas send the same attempt; each is signed (Standard
 *    Webhooks: `webhook-id` is the change's event id, the same on every attempt and replay;
 *    `webhook-timestamp` and `webhook-signature` are of this attempt) and POSTed. A 2xx delivers
 *    it; anything else (another status, no answer within the timeout, a redirect, a refused
 *    address) is retried with exponential backoff until the last attempt, which makes it dead.
 *    A later change of an order is not claimed while an earlier one is pending, so each
 *    receiver gets an order's changes in order.
 * Delivery is at least once: a replica that dies after the receiver answered but before the
 * row moved on sends that attempt again once its lease runs out. Receivers de-duplicate on
 * `webhook-id`.
 */
export class WebhookWorker {
  /** Names this replica in leases and in the attempt log. */
  readonly replica = `replica-${randomUUID().slice(0, 8)}`;
  private readonly agent: Agent;
  private timer?: NodeJS.Timeout;
  private stopListening?: () => void;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(private readonly options: WebhookWorkerOptions) {
    const lookup = options.urlPolicy.lookup();
    this.agent = new Agent({ connect: { timeout: options.timeoutMs, ...(lookup ? { lookup } : {}) }, keepAliveTimeout: 10_000 });
  }

  start(): void {
    this.stopListening = this.options.changeLog.onAppended(() => this.kick());
    const tick = () => {
      this.kick();
      this.timer = setTimeout(tick, this.options.pollMs);
      this.timer.unref();
    };
    tick();
  }

  /** Stops taking work and waits for the attempts in flight to be recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.stopListening?.();
    await this.running;
    await this.agent.close();
  }

  /** Runs a cycle now, or once more after the one running. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.cycle();
        } catch (error) {
          this.options.logger.warn({ err: { message: (error as Error).message } }, 'webhook cycle failed; retried at the next one');
        }
      } while (this.again && !this.stopped);
    })().finally(() => (this.running = undefined));
  }

  /** One fan-out, then deliveries until none is due. */
  async cycle(): Promise<void> {
    await this.fanOut();
    const { store, concurrency, timeoutMs } = this.options;
    while (!this.stopped) {
      // The lease outlasts the attempt's own deadline, so it never runs out while the attempt may still be answered.
      const claimed = await store.claim(this.replica, concurrency, timeoutMs * 2 + 5000);
      if (claimed.length === 0) return;
      await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
    }
  }

  private async fanOut(): Promise<void> {
    const { store, changeLog } = this.options;
    for (const endpoint of await store.enabled()) {
      const filter = this.filterOf(endpoint);
      if (!filter) continue;
      let position = endpoint.position;
      for (;;) {
        const read = await readPast(changeLog, position, filter, 500);
        if (read.position === position) break;
        const events: QueuedEvent[] = read.records.map((record) => ({
          sequence: record.sequence,
          eventId: record.eventId,
          orderId: record.orderId,
          eventType: eventTypeOf(record),
          payload: webhookPayload(record),
        }));
        if (!(await store.advance(endpoint.id, position, read.position, events))) break;
        position = read.position;
        if (read.records.length < 500) break;
      }
    }
  }

  /** The endpoint's filter within what its key may see now; null when that is nothing. */
  private filterOf(endpoint: WebhookEndpointRecord): ChangeFilter | null {
    const access = this.options.accessOf(endpoint.principal);
    if (!access) return null;
    const allowed = access.allowedProviders();
    const providers = endpoint.providers ? endpoint.providers.filter((p) => access.allows(p)) : allowed;
    if (providers && providers.length === 0) return null;
    const orderIds = endpoint.orderIds?.filter((id) => allowed === null || allowed.some((p) => id.startsWith(`${p.toLowerCase()}:`)));
    if (orderIds && orderIds.length === 0) return null;
    return {
      ...(providers ? { providers } : {}),
      ...(endpoint.kinds?.length ? { kinds: endpoint.kinds } : {}),
      ...(orderIds?.length ? { orderIds } : {}),
    };
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const { store, maxAttempts, logger } = this.options;
    const outcome = await this.send(delivery);
    const last = !outcome.delivered && delivery.attempt >= maxAttempts;
    this.options.observer?.attempt({
      outcome: outcome.delivered ? 'delivered' : last ? 'dead' : 'failed',
      attempt: delivery.attempt,
      durationMs: outcome.durationMs,
      queuedMs: delivery.queuedMs + outcome.durationMs,
    });
    const full: AttemptOutcome = { ...outcome, last, retryInMs: outcome.delivered || last ? 0 : retryDelayMs(delivery.attempt, this.options) };
    if (!outcome.delivered) {
      logger.info(
        {
          endpoint: delivery.endpointId,
          eventId: delivery.eventId,
          attempt: delivery.attempt,
          status: outcome.status,
          error: outcome.error,
          dead: last || undefined,
        },
        'webhook attempt failed',
      );
    }
    await store.finish(this.replica, delivery, full);
    // A retry due before the next poll gets a cycle of its own.
    if (full.retryInMs > 0 && full.retryInMs < this.options.pollMs && !this.stopped) setTimeout(() => this.kick(), full.retryInMs + 5).unref();
  }

  private async send(delivery: ClaimedDelivery): Promise<Omit<AttemptOutcome, 'last' | 'retryInMs'>> {
    const startedAt = new Date();
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    const refused = this.options.urlPolicy.refusesLiteral(delivery.url);
    if (refused) return { startedAt, durationMs: 0, delivered: false, error: refused };
    const signature = new Webhook(delivery.secret).sign(delivery.eventId, startedAt, delivery.payload);
    try {
      const answer = await request(delivery.url, {
        method: 'POST',
        dispatcher: this.agent,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'ordergraph-webhooks',
          'webhook-id': delivery.eventId,
          'webhook-timestamp': String(Math.floor(startedAt.getTime() / 1000)),
          'webhook-signature': signature,
        },
        body: delivery.payload,
        headersTimeout: this.options.timeoutMs,
        bodyTimeout: this.options.timeoutMs,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      // The answer's body is not kept (a receiver's page is none of the log's business); reading it frees the connection.
      await answer.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
      const status = answer.statusCode;
      const delivered = status >= 200 && status < 300;
      return { startedAt, durationMs: elapsed(), status, delivered, error: delivered ? undefined : `the receiver answered HTTP ${status}` };
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause;
      return { startedAt, durationMs: elapsed(), delivered: false, error: `no answer: ${cause?.message ?? (error as Error).message}` };
    }
  }
}
