import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CallRecord } from '../core/http';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Prometheus metrics, on a registry of this ordergraph instance (several can run in one
 * process, as the tests do). Served at `/metrics`. Labels are bounded: operation names are
 * client-chosen, so only well-formed names are kept and at most `MAX_OPERATION_NAMES` of them.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'status'>;
  private readonly requestSeconds: Histogram<'operation'>;
  private readonly providerCalls: Counter<'provider' | 'method' | 'status'>;
  private readonly providerSeconds: Histogram<'provider' | 'status'>;
  private readonly errors: Counter<'code'>;
  private readonly rateLimited: Counter<'principal'>;
  private readonly circuit: Gauge<'provider' | 'state'>;
  private readonly operationNames = new Set<string>();
  private readonly pollSettings: Gauge<'provider' | 'setting'>;
  private readonly pollMethod: Gauge<'provider' | 'method'>;
  private readonly pollLeader: Gauge<'provider'>;
  private readonly pollCycles: Counter<'provider' | 'outcome'>;
  private readonly pollCalls: Counter<'provider'>;
  private readonly pollCycleCalls: Histogram<'provider'>;
  private readonly pollSeconds: Histogram<'provider'>;
  private readonly changesDetected: Counter<'provider' | 'kind'>;
  private readonly subscribers: Gauge;
  private readonly subscriptionEvents: Counter<'phase'>;
  private readonly webhookAttempts: Counter<'outcome'>;
  private readonly webhookRetries: Counter;
  private readonly webhookDead: Counter;
  private readonly webhookLatency: Histogram;
  private readonly webhookAttemptSeconds: Histogram<'outcome'>;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'ordergraph_requests_total',
      help: 'HTTP requests to /graphql by operation name and HTTP status',
      labelNames: ['operation', 'status'],
      registers,
    });
    this.requestSeconds = new Histogram({
      name: 'ordergraph_request_duration_seconds',
      help: 'Latency of /graphql requests by operation name',
      labelNames: ['operation'],
      buckets: SECONDS,
      registers,
    });
    this.providerCalls = new Counter({
      name: 'ordergraph_provider_calls_total',
      help: 'Upstream calls by provider, method and HTTP status (or transport failure)',
      labelNames: ['provider', 'method', 'status'],
      registers,
    });
    this.providerSeconds = new Histogram({
      name: 'ordergraph_provider_call_duration_seconds',
      help: 'Latency of upstream calls by provider and status',
      labelNames: ['provider', 'status'],
      buckets: SECONDS,
      registers,
    });
    this.errors = new Counter({
      name: 'ordergraph_graphql_errors_total',
      help: 'Errors returned to clients by extensions.code',
      labelNames: ['code'],
      registers,
    });
    this.rateLimited = new Counter({
      name: 'ordergraph_rate_limited_total',
      help: 'Requests refused by the rate limit, by API key id',
      labelNames: ['principal'],
      registers,
    });
    this.pollSettings = new Gauge({
      name: 'ordergraph_change_poll_setting',
      help: 'Change polling of each vendor as configured: interval_seconds, lease_seconds, budget_calls (upstream calls per cycle)',
      labelNames: ['provider', 'setting'],
      registers,
    });
    this.pollMethod = new Gauge({
      name: 'ordergraph_change_detector_info',
      help: 'The change detector of each vendor (1 for its method)',
      labelNames: ['provider', 'method'],
      registers,
    });
    this.pollLeader = new Gauge({
      name: 'ordergraph_change_poller_leader',
      help: "1 while this replica holds the vendor's polling lease, 0 otherwise",
      labelNames: ['provider'],
      registers,
    });
    this.pollCycles = new Counter({
      name: 'ordergraph_change_poll_cycles_total',
      help: 'Change-poll cycles run by this replica, by vendor and outcome (committed, failed, lease_lost)',
      labelNames: ['provider', 'outcome'],
      registers,
    });
    this.pollCalls = new Counter({
      name: 'ordergraph_change_poll_upstream_calls_total',
      help: 'Upstream calls made by change-poll cycles, by vendor',
      labelNames: ['provider'],
      registers,
    });
    this.pollCycleCalls = new Histogram({
      name: 'ordergraph_change_poll_cycle_calls',
      help: 'Upstream calls per change-poll cycle, by vendor',
      labelNames: ['provider'],
      buckets: [0, 1, 2, 5, 10, 20, 50, 100, 500],
      registers,
    });
    this.pollSeconds = new Histogram({
      name: 'ordergraph_change_poll_cycle_duration_seconds',
      help: 'Duration of change-poll cycles (scan and commit), by vendor',
      labelNames: ['provider'],
      buckets: SECONDS,
      registers,
    });
    this.changesDetected = new Counter({
      name: 'ordergraph_changes_detected_total',
      help: 'Order changes appended to the feed by this replica, by vendor and kind',
      labelNames: ['provider', 'kind'],
      registers,
    });
    this.subscribers = new Gauge({
      name: 'ordergraph_subscriptions_active',
      help: 'orderChanged subscriptions open on this replica',
      registers,
    });
    this.subscriptionEvents = new Counter({
      name: 'ordergraph_subscription_events_delivered_total',
      help: 'Order changes handed to subscribers on this replica, by phase (live, or backlog: missed changes read for a subscription resumed with after)',
      labelNames: ['phase'],
      registers,
    });
    this.webhookAttempts = new Counter({
      name: 'ordergraph_webhook_attempts_total',
      help: 'Webhook delivery attempts made by this replica, by outcome (delivered, failed: to be retried, dead: the last attempt failed)',
      labelNames: ['outcome'],
      registers,
    });
    this.webhookRetries = new Counter({
      name: 'ordergraph_webhook_retries_total',
      help: 'Webhook attempts after the first of their delivery (retries), made by this replica',
      registers,
    });
    this.webhookDead = new Counter({
      name: 'ordergraph_webhook_dead_letters_total',
      help: 'Webhook deliveries that used their last attempt without success (dead letters, replayable), on this replica',
      registers,
    });
    this.webhookLatency = new Histogram({
      name: 'ordergraph_webhook_delivery_latency_seconds',
      help: 'From a change being queued for an endpoint to its successful delivery, retries included',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800, 3600, 21600],
      registers,
    });
    this.webhookAttemptSeconds = new Histogram({
      name: 'ordergraph_webhook_attempt_duration_seconds',
      help: "Duration of one webhook attempt, the receiver's answer included, by outcome",
      labelNames: ['outcome'],
      buckets: SECONDS,
      registers,
    });
    this.circuit = new Gauge({
      name: 'ordergraph_provider_circuit_state',
      help: 'Circuit breaker of each provider: 1 for its current state (CLOSED, OPEN, HALF_OPEN), 0 for the others',
      labelNames: ['provider', 'state'],
      registers,
    });
  }

  /** Sets the provider's circuit gauge: 1 on the current state, 0 on the others. */
  circuitState(provider: string, state: 'CLOSED' | 'OPEN' | 'HALF_OPEN'): void {
    for (const s of ['CLOSED', 'OPEN', 'HALF_OPEN'] as const) this.circuit.set({ provider, state: s }, s === state ? 1 : 0);
  }

  /** The change pollers' reports (src/changes/poller.ts). */
  readonly changePolls = {
    settings: (provider: string, method: string, settings: { intervalMs: number; leaseMs: number; budget: number }) => {
      this.pollSettings.set({ provider, setting: 'interval_seconds' }, settings.intervalMs / 1000);
      this.pollSettings.set({ provider, setting: 'lease_seconds' }, settings.leaseMs / 1000);
      this.pollSettings.set({ provider, setting: 'budget_calls' }, settings.budget);
      this.pollMethod.set({ provider, method }, 1);
      this.pollLeader.set({ provider }, 0);
    },
    leader: (provider: string, holds: boolean) => this.pollLeader.set({ provider }, holds ? 1 : 0),
    cycle: (provider: string, outcome: string, calls: number, seconds: number) => {
      this.pollCycles.inc({ provider, outcome });
      this.pollCalls.inc({ provider }, calls);
      this.pollCycleCalls.observe({ provider }, calls);
      this.pollSeconds.observe({ provider }, seconds);
    },
    changes: (provider: string, changes: ReadonlyArray<{ kind: string }>) => {
      for (const change of changes) this.changesDetected.inc({ provider, kind: change.kind });
    },
  };

  /** The subscriptions' reports (src/changes/fanout.ts). */
  readonly subscriptions = {
    active: (delta: number) => this.subscribers.inc(delta),
    delivered: (resumed: boolean) => this.subscriptionEvents.inc({ phase: resumed ? 'backlog' : 'live' }),
  };

  /** The webhook worker's reports (src/changes/webhooks/worker.ts). */
  readonly webhooks = {
    attempt: (report: { outcome: 'delivered' | 'failed' | 'dead'; attempt: number; durationMs: number; queuedMs: number | null }) => {
      this.webhookAttempts.inc({ outcome: report.outcome });
      this.webhookAttemptSeconds.observe({ outcome: report.outcome }, report.durationMs / 1000);
      if (report.attempt > 1) this.webhookRetries.inc();
      if (report.outcome === 'dead') this.webhookDead.inc();
      if (report.outcome === 'delivered' && report.queuedMs !== null) this.webhookLatency.observe(Math.max(0, report.queuedMs) / 1000);
    },
  };

  request(operation: string, status: number, seconds: number): void {
    const label = this.operationLabel(operation);
    this.requests.inc({ operation: label, status: String(status) });
    this.requestSeconds.observe({ operation: label }, seconds);
  }

  providerCall(record: CallRecord): void {
    const status = record.status === null ? (record.error ?? 'ERROR') : String(record.status);
    this.providerCalls.inc({ provider: record.provider, method: record.method, status });
    this.providerSeconds.observe({ provider: record.provider, status }, record.ms / 1000);
  }

  error(code: string): void {
    this.errors.inc({ code: /^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER' });
  }

  rateLimit(principal: string): void {
    this.rateLimited.inc({ principal });
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private operationLabel(operation: string): string {
    if (!/^[A-Za-z_][A-Za-z0-9_,-]{0,99}$/.test(operation)) return 'invalid';
    if (this.operationNames.has(operation)) return operation;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(operation);
    return operation;
  }
}

const MAX_OPERATION_NAMES = 500;
