/** The five vendors behind ordergraph. The value is the prefix of a global id (`octopi:41`). */
export enum ProviderKey {
  OCTOPI = 'OCTOPI',
  SITOO = 'SITOO',
  SOGET = 'SOGET',
  SHIPWELL = 'SHIPWELL',
  VU = 'VU',
}

export const ALL_PROVIDERS: readonly ProviderKey[] = Object.values(ProviderKey);

export function providerPrefix(provider: ProviderKey): string {
  return provider.toLowerCase();
}

export function providerFromPrefix(prefix: string): ProviderKey | undefined {
  const upper = prefix.toUpperCase();
  return (ALL_PROVIDERS as readonly string[]).includes(upper) ? (upper as ProviderKey) : undefined;
}
