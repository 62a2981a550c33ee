import { z } from 'zod';
import type { ProviderModule } from '../../core/registry';
import { ProviderKey } from '../keys';
import { ShipwellClient } from './client';
import { ShipwellProvider } from './provider';
import { ShipwellResolver } from './resolver';

const settings = z
  .object({
    /** Shipwell API base that `/orders` hangs under, e.g. https://sandbox-api.shipwell.com (unset: Shipwell is not configured). */
    SHIPWELL_BASE_URL: z.url().optional(),
    /** Shipwell user token, sent as `Authorization: Token ...`. */
    SHIPWELL_TOKEN: z.string().min(1).optional(),
  })
  .refine((s) => !s.SHIPWELL_BASE_URL || s.SHIPWELL_TOKEN, { message: 'SHIPWELL_TOKEN is required when SHIPWELL_BASE_URL is set', path: ['SHIPWELL_TOKEN'] });

type ShipwellSettings = z.infer<typeof settings>;

export const shipwell: ProviderModule<ShipwellSettings> = {
  key: ProviderKey.SHIPWELL,
  label: 'Shipwell',
  description: 'Shipwell: purchase orders.',
  settings,
  isConfigured: (s) => Boolean(s.SHIPWELL_BASE_URL),
  create: (s, deps) => new ShipwellProvider(new ShipwellClient({ baseUrl: s.SHIPWELL_BASE_URL!, token: s.SHIPWELL_TOKEN!, ...deps })),
  resolvers: [ShipwellResolver],
};

export { ShipwellClient, ShipwellProvider };
