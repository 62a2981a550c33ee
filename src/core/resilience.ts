import CircuitBreaker from 'opossum';
import { ErrorCode, OrderGraphError, isOrderGraphError } from './errors';
import { providerLabel } from './http-labels';
import type { ProviderKey } from './provider-key';

/**
 * Per-provider resilience: retries for safe reads and a circuit breaker.
 *
 * Retries: only GETs (they change nothing upstream), only for failures that a second try may
 * cure (no answer, a dropped connection, 502/503/504, an unreadable body), at most `retries`
 * times, waiting a random time up to `backoffMs * 2^attempt` ("full jitter") so replicas
 * don't retry in step. Writes are never retried here: idempotent creates handle lost answers.
 *
 * Circuit breaker (opossum): when too many recent calls to a vendor failed for availability
 * reasons, calls fail fast with PROVIDER_UNAVAILABLE (reason CIRCUIT_OPEN) instead of waiting
 * for timeouts; after `resetTimeoutMs` one probe goes through and closes the circuit if it
 * succeeds. Vendor rejections (4xx) are answers, not failures, and never open it.
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
  /** How long the circuit stays open before a probe, in milliseconds. Default 10000. */
  resetTimeoutMs: number;
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
  resetTimeoutMs: 10_000,
  rollingWindowMs: 10_000,
};

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

  /** Runs one upstream call through the provider's breaker, retrying safe reads. */
  async run<T>(provider: ProviderKey, safe: boolean, call: () => Promise<T>): Promise<T> {
    const breaker = this.breakerFor(provider);
    for (let attempt = 0; ; attempt += 1) {
      try {
        return (await breaker.fire(call)) as T;
      } catch (error) {
        if (breaker.opened && !isOrderGraphError(error)) throw circuitOpen(provider);
        if (!safe || attempt >= this.options.retries || !isRetryable(error) || breaker.opened) {
          throw isOrderGraphError(error) ? error : circuitOpen(provider);
        }
        await sleep(Math.random() * this.options.backoffMs * 2 ** attempt);
      }
    }
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
      // Only availability failures count; a vendor's 4xx is an answer.
      errorFilter: (error: unknown) => !isAvailabilityFailure(error),
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
