import type { Logger } from 'pino';
import type { Access } from '../access/access';
import type { ChangeLog } from '../changes/feed';
import type { Webhooks } from '../changes/webhooks/webhook.resolver';
import type { CursorCodec } from '../core/cursor';
import type { ListReadAhead } from '../core/read-ahead';
import type { HealthProber } from '../core/health';
import type { IdempotentCreates } from '../core/idempotency';
import type { OrderLoaders } from '../core/loaders';
import type { ProviderRegistry } from '../core/registry';
import type { ProviderStats } from '../core/stats';
import type { ProviderResilience } from '../core/resilience';
import type { RequestScope } from '../observability';
import type { PartialErrors } from './partial-errors';

/** Built once per request: the loaders (and their caches) never outlive it. */
export interface RequestContext {
  /** The providers this request's API key may access (a FORBIDDEN `get` for the others). */
  registry: ProviderRegistry;
  /** Loaders over `registry`: every read by id or number inherits the key's provider limits. */
  loaders: OrderLoaders;
  maxPageSize: number;
  /** Signs and checks list cursors. */
  cursors: CursorCodec;
  /** Provider pages read ahead for the next page of a walk (shared by every request); undefined: none. */
  readAhead?: ListReadAhead;
  /** Recent upstream latency and errors per provider. */
  stats: ProviderStats;
  /** Circuit breakers, for `providers`. */
  resilience: ProviderResilience;
  /** Latest background probe of each vendor, for `providers`. */
  health: HealthProber;
  /** The change feed (PostgreSQL, or the embedded one); undefined when this instance runs without it. */
  changes?: ChangeLog;
  /** Exactly-once creates over the shared ledger of idempotency keys (PostgreSQL, Redis or memory). */
  idempotency: IdempotentCreates;
  /** Who is calling (the API key's id): namespaces idempotency keys and caches. */
  principal: string;
  /** The API key's scopes and providers: `access.allows(provider)`, `access.can(scope)`, `access.fingerprint`. */
  access: Access;
  /** The request id (`x-request-id`), also on every log line of the request. */
  requestId: string;
  /** JSON logger of this request (pino child carrying the request id). */
  log: Logger;
  /** What the request's log line and metrics record (operations, error codes). */
  scope: RequestScope;
  /**
   * Errors of a partial answer (one provider down while the others answered), reported by
   * resolvers at their field's path; they go into `errors[]` next to the data that did come back.
   */
  partialErrors: PartialErrors;
  /** Webhook endpoints and deliveries, when the deployment runs the change feed. */
  webhooks?: Webhooks;
}
