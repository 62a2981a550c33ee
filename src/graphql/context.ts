import type { OrderGraphError } from '../core/errors';
import type { IdempotencyLedger } from '../core/idempotency';
import type { OrderLoaders } from '../core/loaders';
import type { ProviderRegistry } from '../core/registry';
import type { ProviderStats } from '../core/stats';
import type { ProviderResilience } from '../core/resilience';

/** Built once per request: the loaders (and their caches) never outlive it. */
export interface RequestContext {
  registry: ProviderRegistry;
  loaders: OrderLoaders;
  maxPageSize: number;
  /** Recent upstream latency and errors per provider. */
  stats: ProviderStats;
  /** Circuit breakers, for `providers`. */
  resilience: ProviderResilience;
  /** Shared ledger of idempotency keys (Redis across replicas, memory otherwise). */
  idempotency: IdempotencyLedger;
  /** Who is calling: namespaces idempotency keys and caches. */
  principal: string;
  /**
   * Errors of a partial answer (one provider down while the others answered). They go into
   * the response's `errors[]` next to the data that did come back.
   */
  partialErrors: OrderGraphError[];
}
