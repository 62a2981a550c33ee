/**
 * A provider's key: upper case (a value of the schema's `Provider` enum), and in lower case the
 * prefix of its global ids (`<provider>:<vendor id>`). The core names no vendor: the providers'
 * registry (`src/providers/index.ts`) declares the providers this build knows, each with the name
 * users know it by and what its orders are, and the core reads them from here.
 */
export type ProviderKey = string;

/** What the core knows of a provider it may never have configured: enough to name it. */
export interface ProviderInfo {
  readonly key: ProviderKey;
  /** The vendor's name as users know it, in messages ("... is not configured on this ordergraph"). */
  readonly label: string;
  /** What the vendor's orders are: the description of its value of the schema's `Provider` enum. */
  readonly description: string;
}

const declared = new Map<ProviderKey, ProviderInfo>();

/**
 * The schema's `Provider` enum (registered in model/enums.ts) and its values' descriptions, filled
 * by `declareProviders`: type-graphql reads an enum when it builds a schema, not when it is
 * registered, so the providers are declared by then.
 */
export const ProviderEnum: Record<string, ProviderKey> = {};
export const providerEnumValues: Record<string, { description: string }> = {};

/** Declares the providers of this build, in the order the schema lists them; a new declaration replaces the last. */
export function declareProviders(providers: readonly ProviderInfo[]): void {
  const keys = providers.map((p) => p.key);
  for (const key of keys) {
    // A key is a GraphQL enum value and, lower-cased, the prefix of an id, so it is letters, digits and underscores.
    if (!/^[A-Z][A-Z0-9_]*$/.test(key)) throw new Error(`provider key "${key}" is not an upper-case name`);
  }
  if (new Set(keys).size !== keys.length) throw new Error(`provider keys are declared twice: ${keys.join(', ')}`);
  declared.clear();
  for (const name of Object.keys(ProviderEnum)) delete ProviderEnum[name];
  for (const name of Object.keys(providerEnumValues)) delete providerEnumValues[name];
  for (const provider of providers) {
    declared.set(provider.key, provider);
    ProviderEnum[provider.key] = provider.key;
    providerEnumValues[provider.key] = { description: provider.description };
  }
}

/** Every declared provider's key, in the declared order. */
export function knownProviders(): readonly ProviderKey[] {
  return [...declared.keys()];
}

/** The vendor's name as users know it (its key when no provider of that key is declared). */
export function providerLabel(provider: ProviderKey): string {
  return declared.get(provider)?.label ?? provider;
}

export function providerPrefix(provider: ProviderKey): string {
  return provider.toLowerCase();
}

export function providerFromPrefix(prefix: string): ProviderKey | undefined {
  const upper = prefix.toUpperCase();
  return declared.has(upper) ? upper : undefined;
}
