import { providerLabel } from '../core/http';
import { ErrorCode, OrderGraphError } from '../core/errors';
import { knownProviders, type ProviderKey } from '../core/provider-key';

/**
 * What an API key may do. Reads need `orders:read`; every mutation needs `orders:write`; with
 * introspection off, the subgraph SDL (`_service { sdl }`) needs `schema:read`, a gateway's scope.
 */
export enum Scope {
  ORDERS_READ = 'orders:read',
  ORDERS_WRITE = 'orders:write',
  SCHEMA_READ = 'schema:read',
}

export const ALL_SCOPES: readonly Scope[] = Object.values(Scope);

/**
 * The caller of one request, after authentication: the key's id (never the key itself), its
 * scopes, and the providers it may see (null: every provider). Built once per request and
 * handed to the resolvers as `ctx.access`; the registry and loaders of the request are
 * narrowed to `allows()`, so every read path inherits the provider restriction.
 */
export class Access {
  private readonly providers: ReadonlySet<ProviderKey> | null;

  constructor(
    /** The key's id: names the caller in logs, metrics, rate limits, idempotency keys and caches. */
    readonly principal: string,
    readonly scopes: ReadonlySet<Scope>,
    providers: readonly ProviderKey[] | null,
  ) {
    this.providers = providers ? new Set(providers) : null;
  }

  /** Access to everything (sandbox demo key, anonymous mode). */
  static full(principal: string): Access {
    return new Access(principal, new Set(ALL_SCOPES), null);
  }

  can(scope: Scope): boolean {
    return this.scopes.has(scope);
  }

  allows(provider: ProviderKey): boolean {
    return this.providers === null || this.providers.has(provider);
  }

  /** The providers this key may see, in registry order; null when unrestricted. */
  allowedProviders(): ProviderKey[] | null {
    return this.providers ? knownProviders().filter((p) => this.providers!.has(p)) : null;
  }

  /** A stable description of what this key sees: part of every cache key of a read. */
  get fingerprint(): string {
    const providers = this.allowedProviders()?.join(',') ?? '*';
    return `${[...this.scopes].sort().join(',')}|${providers}`;
  }

  /** FORBIDDEN unless the key may see `provider`. */
  assertProvider(provider: ProviderKey): void {
    if (!this.allows(provider)) throw forbiddenProvider(provider);
  }

  /** FORBIDDEN unless the key holds `scope`. */
  assertScope(scope: Scope): void {
    if (!this.can(scope)) {
      throw new OrderGraphError(ErrorCode.FORBIDDEN, `This API key lacks the ${scope} scope`, { requiredScope: scope });
    }
  }
}

export function forbiddenProvider(provider: ProviderKey): OrderGraphError {
  return new OrderGraphError(ErrorCode.FORBIDDEN, `This API key may not access ${providerLabel(provider)} orders`, { provider });
}
