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

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.requests = new Counter({ name: 'ordergraph_requests_total', help: 'HTTP requests to /graphql by operation name and HTTP status', labelNames: ['operation', 'status'], registers });
    this.requestSeconds = new Histogram({ name: 'ordergraph_request_duration_seconds', help: 'Latency of /graphql requests by operation name', labelNames: ['operation'], buckets: SECONDS, registers });
    this.providerCalls = new Counter({ name: 'ordergraph_provider_calls_total', help: 'Upstream calls by provider, method and HTTP status (or transport failure)', labelNames: ['provider', 'method', 'status'], registers });
    this.providerSeconds = new Histogram({ name: 'ordergraph_provider_call_duration_seconds', help: 'Latency of upstream calls by provider and status', labelNames: ['provider', 'status'], buckets: SECONDS, registers });
    this.errors = new Counter({ name: 'ordergraph_graphql_errors_total', help: 'Errors returned to clients by extensions.code', labelNames: ['code'], registers });
    this.rateLimited = new Counter({ name: 'ordergraph_rate_limited_total', help: 'Requests refused by the rate limit, by API key id', labelNames: ['principal'], registers });
    this.circuit = new Gauge({ name: 'ordergraph_provider_circuit_state', help: "Circuit breaker of each provider: 1 for its current state (CLOSED, OPEN, HALF_OPEN), 0 for the others", labelNames: ['provider', 'state'], registers });
  }

  /** Sets the provider's circuit gauge: 1 on the current state, 0 on the others. */
  circuitState(provider: string, state: 'CLOSED' | 'OPEN' | 'HALF_OPEN'): void {
    for (const s of ['CLOSED', 'OPEN', 'HALF_OPEN'] as const) this.circuit.set({ provider, state: s }, s === state ? 1 : 0);
  }

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
