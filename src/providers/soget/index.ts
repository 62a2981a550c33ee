import { z } from 'zod';
import type { ProviderModule } from '../../core/registry';
import { ProviderKey } from '../../core/provider-key';
import { SogetClient } from './client';
import { SogetEmulator } from './emulator';
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
  async startSandbox(options = {}) {
    const emulator = new SogetEmulator({ clientId: 'ordergraph-sandbox', clientSecret: 'sandbox-soget-secret', subscriptionKey: 'sandbox-soget-subscription-key' });
    emulator.seed(options.seed ?? 40, 0x50637);
    const url = await emulator.listen(options.port ?? 0);
    return {
      server: emulator.server,
      env: {
        SOGET_BASE_URL: url,
        SOGET_CLIENT_ID: emulator.credentials.clientId,
        SOGET_CLIENT_SECRET: emulator.credentials.clientSecret,
        SOGET_SUBSCRIPTION_KEY: emulator.credentials.subscriptionKey,
      },
      close: () => emulator.server.close(),
    };
  },
};

export { SogetClient, SogetEmulator, SogetProvider };
