import CircuitBreaker from 'opossum';
import { ErrorCode, OrderGraphError, isOrderGraphError } from './errors';
import { providerLabel } from './provider-key';
import type { ProviderKey } from './provider-key';

/**
 * Per-provider resilience: retries for safe reads within a time budget, and a circuit breaker.
 *
 * Retries: only GETs (they change nothing upstream), only for failures that a second try may
 * cure (no answer, a dropped connection, 502/503/504, an unreadable body, a 429), at most
 * `retries` times, waiting a random time up to `backoffMs * 2^attempt` ("full jitter") so
 * replicas don't retry in step. Writes are never retried here: idempotent creates handle lost
 * answers. Every attempt of one call and every wait between them come out of one budget
 * (`budgetMs`, from the first attempt's start): an attempt's deadline is the earlier of its
 * own timeout and the end of the budget, and a retry whose wait would leave no time for the
 * attempt is not made, so a read never takes longer than the budget.
 *
 * Rate limits: a 429 is the vendor answering "not now", not failing. It never counts toward
 * opening the circuit; the retry waits the vendor's `Retry-After` when it fits under
 * `maxRetryAfterMs` and the budget, and otherwise the call gives up at once with
 * PROVIDER_UNAVAILABLE, reason RATE_LIMITED and the vendor's `retryAfterSeconds`.
 *
 * Circuit breaker (opossum): when too many recent calls to a vendor failed for availability
 * reasons, calls fail fast with PROVIDER_UNAVAILABLE (reason CIRCUIT_OPEN) instead of waiting
 * for timeouts; after `resetTimeoutMs` the circuit is half open and the next call (the health
 * prober's probe, see health.ts, or a client's read) goes through as a trial: it closes the
 * circuit if it succeeds and reopens it for another `resetTimeoutMs` if not. The reset is short
 * (2 s by default) so that a recovered vendor is back within seconds; a vendor still down costs
 * one trial call per reset. Vendor rejections (4xx) are answers, not failures, and never open it.
 */

export type CircuitState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

export interface ResilienceOptions {
  /** Retries of a failed safe read. Default 2. */
  retries: number;
  /** Base of the exponential backoff, in milliseconds. Default 50. */
  backoffMs: number;
  /** Percentage of failed calls in the rolling window that opens the circuit. Default 50. */
  errorThresholdPercentage: number;
  /** Calls in the window before the circuit may open. Default 5. */
  volumeThreshold: number;
  /** How long the circuit stays open before a trial call, in milliseconds. Default 2000. */
  resetTimeoutMs: number;
  /** Time one call may take over all its attempts and waits; undefined: twice the call's timeout. Never less than the timeout. */
  budgetMs?: number;
  /** Longest vendor `Retry-After` a retry waits for; a longer one gives up at once. Default 2000. */
  maxRetryAfterMs: number;
  /** Length of the rolling window, in milliseconds. Default 10000. */
  rollingWindowMs: number;
  /** Told of every state change (metrics, logs). */
  onStateChange?: (provider: ProviderKey, state: CircuitState) => void;
}

export const DEFAULT_RESILIENCE: ResilienceOptions = {
  retries: 2,
  backoffMs: 50,
  errorThresholdPercentage: 50,
  volumeThreshold: 5,
  resetTimeoutMs: 2_000,
  maxRetryAfterMs: 2_000,
  rollingWindowMs: 10_000,
};

/** Least time worth starting an attempt with; a retry that would get less is not made. */
const MIN_ATTEMPT_MS = 20;

type Thunk = () => Promise<unknown>;

export class ProviderResilience {
  private readonly breakers = new Map<ProviderKey, CircuitBreaker<[Thunk], unknown>>();
  readonly options: ResilienceOptions;

  constructor(options: Partial<ResilienceOptions> = {}) {
    this.options = { ...DEFAULT_RESILIENCE, ...options };
  }

  state(provider: ProviderKey): CircuitState {
    const breaker = this.breakers.get(provider);
    if (!breaker) return 'CLOSED';
    return breaker.opened ? 'OPEN' : breaker.halfOpen ? 'HALF_OPEN' : 'CLOSED';
  }

  /**
   * Runs one upstream call through the provider's breaker, retrying safe reads. `call` gets the
   * deadline of its attempt (a `performance.now()` instant) and must be done by then.
   */
  async run<T>(provider: ProviderKey, safe: boolean, timeoutMs: number, call: (deadline: number) => Promise<T>): Promise<T> {
    const breaker = this.breakerFor(provider);
    const budgetEnd = performance.now() + Math.max(timeoutMs, this.options.budgetMs ?? 2 * timeoutMs);
    for (let attempt = 0; ; attempt += 1) {
      try {
        const deadline = Math.min(performance.now() + timeoutMs, budgetEnd);
        return (await breaker.fire(() => call(deadline))) as T;
      } catch (error) {
        if (breaker.opened && !isOrderGraphError(error)) throw circuitOpen(provider);
        if (!safe || attempt >= this.options.retries || !isRetryable(error) || breaker.opened) {
          throw isOrderGraphError(error) ? error : circuitOpen(provider);
        }
        const wait = this.waitBefore(error as OrderGraphError, attempt);
        if (wait === undefined || performance.now() + wait + MIN_ATTEMPT_MS > budgetEnd) throw error;
        await sleep(wait);
      }
    }
  }

  /** How long to wait before retrying after `error`; undefined: the vendor asked for longer than we wait. */
  private waitBefore(error: OrderGraphError, attempt: number): number | undefined {
    const retryAfter = error.extensions.retryAfterSeconds;
    if (error.extensions.reason === 'RATE_LIMITED' && typeof retryAfter === 'number') {
      return retryAfter * 1000 <= this.options.maxRetryAfterMs ? retryAfter * 1000 : undefined;
    }
    return Math.random() * this.options.backoffMs * 2 ** attempt;
  }

  shutdown(): void {
    for (const breaker of this.breakers.values()) breaker.shutdown();
  }

  private breakerFor(provider: ProviderKey): CircuitBreaker<[Thunk], unknown> {
    let breaker = this.breakers.get(provider);
    if (breaker) return breaker;
    const o = this.options;
    breaker = new CircuitBreaker((thunk: Thunk) => thunk(), {
      timeout: false, // each call has its own timeout in the HTTP layer
      errorThresholdPercentage: o.errorThresholdPercentage,
      volumeThreshold: o.volumeThreshold,
      resetTimeout: o.resetTimeoutMs,
      rollingCountTimeout: o.rollingWindowMs,
      // Only availability failures count; a vendor's 4xx (a 429 too) is an answer.
      errorFilter: (error: unknown) => !isAvailabilityFailure(error) || isRateLimited(error),
    });
    breaker.on('open', () => o.onStateChange?.(provider, 'OPEN'));
    breaker.on('halfOpen', () => o.onStateChange?.(provider, 'HALF_OPEN'));
    breaker.on('close', () => o.onStateChange?.(provider, 'CLOSED'));
    this.breakers.set(provider, breaker);
    return breaker;
  }
}

function isAvailabilityFailure(error: unknown): boolean {
  return isOrderGraphError(error) && error.code === ErrorCode.PROVIDER_UNAVAILABLE;
}

function isRateLimited(error: unknown): boolean {
  return isOrderGraphError(error) && error.extensions.reason === 'RATE_LIMITED';
}

function isRetryable(error: unknown): boolean {
  if (!isAvailabilityFailure(error)) return false;
  const { reason, httpStatus } = (error as OrderGraphError).extensions as { reason?: string; httpStatus?: number };
  if (reason === 'TIMEOUT' || reason === 'CONNECTION' || reason === 'INVALID_RESPONSE' || reason === 'RATE_LIMITED') return true;
  return httpStatus === 502 || httpStatus === 503 || httpStatus === 504;
}

function circuitOpen(provider: ProviderKey): OrderGraphError {
  return new OrderGraphError(ErrorCode.PROVIDER_UNAVAILABLE, `${providerLabel(provider)} is failing; ordergraph stops calling it for a while (circuit open)`, {
    provider,
    reason: 'CIRCUIT_OPEN',
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
