import { z } from 'zod';
import type { ProviderModule } from '../../core/registry';
import { ProviderKey } from '../keys';
import { SogetClient } from './client';
import { SogetProvider } from './provider';
import { SogetResolver } from './resolver';
import { SOGET_TOKEN_PATH } from './wire';

const settings = z
  .object({
    /** SOGET API gateway base, e.g. https://soget-api-integration.azure-api.net (unset: SOGET is not configured). */
    SOGET_BASE_URL: z.url().optional(),
    /** OAuth2 token endpoint; default `<SOGET_BASE_URL>/soget-connect/v1/openid-connect/token`. */
    SOGET_TOKEN_URL: z.url().optional(),
    /** OAuth2 client id (client credentials grant). */
    SOGET_CLIENT_ID: z.string().min(1).optional(),
    /** OAuth2 client secret. */
    SOGET_CLIENT_SECRET: z.string().min(1).optional(),
    /** API gateway subscription key, sent as `Ocp-Apim-Subscription-Key`. */
    SOGET_SUBSCRIPTION_KEY: z.string().min(1).optional(),
  })
  .superRefine((s, ctx) => {
    if (!s.SOGET_BASE_URL) return;
    for (const name of ['SOGET_CLIENT_ID', 'SOGET_CLIENT_SECRET', 'SOGET_SUBSCRIPTION_KEY'] as const) {
      if (!s[name]) ctx.addIssue({ code: 'custom', message: `${name} is required when SOGET_BASE_URL is set`, path: [name] });
    }
  });

type SogetSettings = z.infer<typeof settings>;

export const soget: ProviderModule<SogetSettings> = {
  key: ProviderKey.SOGET,
  label: "SOGET S'mouv",
  description: "SOGET S'mouv: port transport orders with containers, events and segments.",
  settings,
  isConfigured: (s) => Boolean(s.SOGET_BASE_URL),
  create: (s, deps) =>
    new SogetProvider(
      new SogetClient({
        baseUrl: s.SOGET_BASE_URL!,
        tokenUrl: s.SOGET_TOKEN_URL ?? `${s.SOGET_BASE_URL!.replace(/\/+$/, '')}${SOGET_TOKEN_PATH}`,
        clientId: s.SOGET_CLIENT_ID!,
        clientSecret: s.SOGET_CLIENT_SECRET!,
        subscriptionKey: s.SOGET_SUBSCRIPTION_KEY!,
        ...deps,
      }),
    ),
  resolvers: [SogetResolver],
};

export { SogetClient, SogetProvider };
