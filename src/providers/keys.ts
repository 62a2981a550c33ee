/**
 * The keys of the providers this build has, for the code and tests that name one. Each
 * provider's module (its folder's `index.ts`) carries its own key, name and description, and
 * the registry declares them to the core.
 */
export enum ProviderKey {
  OCTOPI = 'OCTOPI',
  SITOO = 'SITOO',
  SOGET = 'SOGET',
  SHIPWELL = 'SHIPWELL',
  VU = 'VU',
}
