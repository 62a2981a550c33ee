import { z } from 'zod';
import type { ProviderModule } from '../../core/registry';
import { ProviderKey } from '../keys';
import { OctopiClient } from './client';
import { OctopiProvider } from './provider';
import { OctopiResolver } from './resolver';

const settings = z
  .object({
    /** Octopi API base, e.g. https://app.octopi.co (unset: Octopi is not configured). */
    OCTOPI_BASE_URL: z.url().optional(),
    /** Octopi API token, sent as `Authorization: Token token=...`. */
    OCTOPI_TOKEN: z.string().min(1).optional(),
    /** How long this replica pages from one read of Octopi's whole list before revalidating it (ms). Default 2000. */
    OCTOPI_SNAPSHOT_TTL_MS: z.coerce.number().int().min(0).max(600000).default(2000),
    /**
     * After that lifetime, how long a page is still served from the list held while it is
     * revalidated in the background (ms); past it, a page waits for the check. Unset: the
     * lifetime itself (so a lifetime of 0 checks before every page).
     */
    OCTOPI_SNAPSHOT_STALE_MS: z.coerce.number().int().min(0).max(600000).optional(),
  })
  .refine((s) => !s.OCTOPI_BASE_URL || s.OCTOPI_TOKEN, { message: 'OCTOPI_TOKEN is required when OCTOPI_BASE_URL is set', path: ['OCTOPI_TOKEN'] });

type OctopiSettings = z.infer<typeof settings>;

export const octopi: ProviderModule<OctopiSettings> = {
  key: ProviderKey.OCTOPI,
  label: 'Octopi',
  description: 'Octopi: container depot service orders.',
  settings,
  isConfigured: (s) => Boolean(s.OCTOPI_BASE_URL),
  create: (s, deps) =>
    new OctopiProvider(new OctopiClient({ baseUrl: s.OCTOPI_BASE_URL!, token: s.OCTOPI_TOKEN!, ...deps }), {
      lifetimeMs: s.OCTOPI_SNAPSHOT_TTL_MS,
      staleMs: s.OCTOPI_SNAPSHOT_STALE_MS ?? s.OCTOPI_SNAPSHOT_TTL_MS,
    }),
  resolvers: [OctopiResolver],
};

export { OctopiClient, OctopiProvider };
