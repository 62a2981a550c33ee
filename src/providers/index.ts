import { declareProviders } from '../core/provider-key';
import type { ProviderModule } from '../core/registry';
import { octopi } from './octopi';
import { shipwell } from './shipwell';
import { sitoo } from './sitoo';
import { soget } from './soget';
import { vu } from './vu';

/**
 * The registry: the one place that knows every provider. Adding a vendor is one folder
 * under `src/providers/` and one line here.
 */
export const providerModules: readonly ProviderModule[] = [octopi, sitoo, soget, shipwell, vu] as ProviderModule[];

// The core knows the providers by what their modules say of themselves: their keys in ids and in the
// schema's `Provider` enum, their names in messages.
declareProviders(providerModules);

export { ProviderKey } from './keys';
