import type { ProviderKey } from './provider-key';

/** Vendor names as users know them, for error messages. */
const LABELS: Record<ProviderKey, string> = {
  OCTOPI: 'Octopi',
  SITOO: 'Sitoo',
  SOGET: "SOGET S'mouv",
  SHIPWELL: 'Shipwell',
  VU: 'VU Custom',
};

export function providerLabel(provider: ProviderKey): string {
  return LABELS[provider];
}
