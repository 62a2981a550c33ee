import type { OrderProvider } from '../core/provider';
import type { ProviderKey } from '../core/provider-key';
import { ProviderRegistry } from '../core/registry';
import { forbiddenProvider, type Access } from './access';

/**
 * The registry as one request's API key sees it: `keys()` and `all()` list only the providers
 * the key may access, and `get()` of any other provider is FORBIDDEN before anything is sent
 * upstream. The request's context and loaders are built on this view, so every read path
 * (lists, loaders by id and number, `node`, federation `_entities`, and any path added later)
 * inherits the restriction without checking it itself.
 */
export class AccessScopedRegistry extends ProviderRegistry {
  constructor(
    private readonly base: ProviderRegistry,
    private readonly access: Access,
  ) {
    super(base.all().filter((provider) => access.allows(provider.key)));
  }

  override get(key: ProviderKey): OrderProvider {
    if (!this.access.allows(key)) throw forbiddenProvider(key);
    return this.base.get(key);
  }
}

/** The registry view for `access` (the registry itself when the key sees every provider). */
export function registryFor(registry: ProviderRegistry, access: Access): ProviderRegistry {
  return access.allowedProviders() === null ? registry : new AccessScopedRegistry(registry, access);
}
