import { z } from 'zod';
import type { ProviderModule } from '../../core/registry';
import { ProviderKey } from '../keys';
import { SitooClient } from './client';
import { SitooProvider } from './provider';
import { SitooResolver } from './resolver';

const required = (name: string) => ({ message: `${name} is required when SITOO_BASE_URL is set`, path: [name] });

const settings = z
  .object({
    /** Sitoo API base, e.g. https://api.mysitoo.com (unset: Sitoo is not configured). */
    SITOO_BASE_URL: z.url().optional(),
    /** Sitoo account id, the `{account}` of `/v2/accounts/{account}/serviceorders.json`. */
    SITOO_ACCOUNT_ID: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/, 'must be a Sitoo account id such as 1500')
      .optional(),
    /** API id, the user name of HTTP Basic auth. */
    SITOO_API_ID: z.string().min(1).optional(),
    /** API password, the password of HTTP Basic auth. */
    SITOO_PASSWORD: z.string().min(1).optional(),
    /** E-mail of the Sitoo user that revisions written by ordergraph name as `author` when the caller names none (cancelOrder). */
    SITOO_AUTHOR_EMAIL: z.string().min(1).optional(),
    /** Name of that user. Default "ordergraph". */
    SITOO_AUTHOR_NAME: z.string().min(1).default('ordergraph'),
  })
  .refine((s) => !s.SITOO_BASE_URL || s.SITOO_ACCOUNT_ID, required('SITOO_ACCOUNT_ID'))
  .refine((s) => !s.SITOO_BASE_URL || s.SITOO_API_ID, required('SITOO_API_ID'))
  .refine((s) => !s.SITOO_BASE_URL || s.SITOO_PASSWORD, required('SITOO_PASSWORD'))
  .refine((s) => !s.SITOO_BASE_URL || s.SITOO_AUTHOR_EMAIL, required('SITOO_AUTHOR_EMAIL'));

type SitooSettings = z.infer<typeof settings>;

export const sitoo: ProviderModule<SitooSettings> = {
  key: ProviderKey.SITOO,
  label: 'Sitoo',
  description: 'Sitoo: retail after-sales service orders.',
  settings,
  isConfigured: (s) => Boolean(s.SITOO_BASE_URL),
  create: (s, deps) =>
    new SitooProvider(
      new SitooClient({
        baseUrl: s.SITOO_BASE_URL!,
        account: s.SITOO_ACCOUNT_ID!,
        apiId: s.SITOO_API_ID!,
        password: s.SITOO_PASSWORD!,
        ...deps,
      }),
      { defaultAuthor: { email: s.SITOO_AUTHOR_EMAIL!, name: s.SITOO_AUTHOR_NAME, employee_id: null } },
    ),
  resolvers: [SitooResolver],
};

export { SitooClient, SitooProvider };
