import { z } from 'zod';
import type { ProviderModule } from '../../core/registry';
import { ProviderKey } from '../keys';
import { VuClient } from './client';
import { VuProvider } from './provider';
import { VuResolver } from './resolver';

const settings = z
  .object({
    /** VU Custom API host, e.g. https://os.vucustom.com (paths `/api/v1/...` are appended; unset: VU is not configured). */
    VU_BASE_URL: z.url().optional(),
    /** VU API key, the user name of HTTP Basic auth. */
    VU_API_KEY: z.string().min(1).optional(),
    /** VU API secret, the password of HTTP Basic auth. */
    VU_API_SECRET: z.string().min(1).optional(),
    /**
     * Line statuses to ask VU's lists for besides the known five (new_order, in_production,
     * partially_shipped, shipped, cancelled), comma-separated: VU lists only the statuses asked
     * for, so an order whose lines all have another status is missing from lists without it.
     */
    VU_LINE_STATUSES: z
      .string()
      .optional()
      .transform((text) =>
        (text ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      )
      .pipe(z.array(z.string().regex(/^[a-z0-9_]+$/, 'line statuses are lower-case words such as on_hold'))),
  })
  .refine((s) => !s.VU_BASE_URL || s.VU_API_KEY, { message: 'VU_API_KEY is required when VU_BASE_URL is set', path: ['VU_API_KEY'] })
  .refine((s) => !s.VU_BASE_URL || s.VU_API_SECRET, { message: 'VU_API_SECRET is required when VU_BASE_URL is set', path: ['VU_API_SECRET'] });

type VuSettings = z.infer<typeof settings>;

export const vu: ProviderModule<VuSettings> = {
  key: ProviderKey.VU,
  label: 'VU Custom',
  description: 'VU Custom: custom-product orders.',
  settings,
  isConfigured: (s) => Boolean(s.VU_BASE_URL),
  create: (s, deps) =>
    new VuProvider(new VuClient({ baseUrl: s.VU_BASE_URL!, apiKey: s.VU_API_KEY!, apiSecret: s.VU_API_SECRET!, ...deps }), {
      lineStatuses: s.VU_LINE_STATUSES,
    }),
  resolvers: [VuResolver],
};

export { VuClient, VuProvider };
