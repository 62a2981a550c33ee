import type { z } from 'zod';
import { ErrorCode, OrderGraphError } from './errors';
import { providerLabel, type CallRecord, type HttpDeps } from './http';
import type { OrderProvider } from './provider';
import type { ProviderInfo, ProviderKey } from './provider-key';

/** What the core gives a provider when it builds one: the HTTP settings of its client. */
/** A type-graphql resolver class; type-graphql takes them as plain `Function`s. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type
export type ResolverClass = Function;

export interface ProviderDeps extends HttpDeps {
  onCall: (record: CallRecord) => void;
}

/**
 * Everything one provider folder exposes through its `index.ts`. The registry
 * (`src/providers/index.ts`) lists these; nothing else in the core knows a provider.
 */
export interface ProviderModule<Settings = unknown> extends ProviderInfo {
  /** Validates this provider's environment variables (names prefixed with the provider). */
  settings: z.ZodType<Settings>;
  /** Whether the settings point at a vendor (a base URL is set). */
  isConfigured(settings: Settings): boolean;
  create(settings: Settings, deps: ProviderDeps): OrderProvider;
  /** type-graphql resolver classes of the provider's own mutations. */
  resolvers: ResolverClass[];
}

/** The providers this deployment talks to, built once at start-up. */
export class ProviderRegistry {
  private readonly byKey = new Map<ProviderKey, OrderProvider>();

  constructor(providers: OrderProvider[]) {
    for (const provider of providers) this.byKey.set(provider.key, provider);
  }

  /** The provider, or PROVIDER_NOT_CONFIGURED naming it. */
  get(key: ProviderKey): OrderProvider {
    const provider = this.byKey.get(key);
    if (!provider) {
      throw new OrderGraphError(ErrorCode.PROVIDER_NOT_CONFIGURED, `${providerLabel(key)} is not configured on this ordergraph`, {
        provider: key,
      });
    }
    return provider;
  }

  has(key: ProviderKey): boolean {
    return this.byKey.has(key);
  }

  all(): OrderProvider[] {
    return [...this.byKey.values()];
  }

  keys(): ProviderKey[] {
    return [...this.byKey.keys()];
  }
}
