import { z } from 'zod';
import type { ProviderModule } from './core/registry';
import type { ProviderKey } from './core/provider-key';

/**
 * The only reader of `process.env`. Every setting is validated here at start-up; a bad value
 * stops ordergraph with a message that names the variable and the rule.
 */

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const coreSchema = z.object({
  /** HTTP port of the GraphQL server. Default 4000. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Interface to listen on. Default 0.0.0.0. */
  HOST: z.string().min(1).default('0.0.0.0'),
  /** `auto` (default): run the embedded sandbox when no provider is configured; `true` / `false` force it. */
  SANDBOX: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Demo orders seeded per provider in the sandbox. Default 40. */
  SANDBOX_SEED: z.coerce.number().int().min(0).max(200000).default(40),
  /** Timeout of every upstream call, in milliseconds. Default 10000. */
  PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(50).max(120000).default(10000),
  /** HTTP client of the provider calls: `undici` (default, the faster) or `node-fetch`. */
  PROVIDER_HTTP_CLIENT: z.enum(['undici', 'node-fetch']).default('undici'),
  /** Engine that executes GraphQL operations: `jit` (default, graphql-jit) or `graphql-js`. */
  GRAPHQL_EXECUTOR: z.enum(['jit', 'graphql-js']).default('jit'),
  /** Largest `first` accepted by list queries. Default 500. */
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
  /** Serve introspection (always on in the sandbox). Default false outside the sandbox. */
  INTROSPECTION: booleanFlag.optional(),
});

export interface Config {
  port: number;
  host: string;
  sandbox: 'auto' | 'true' | 'false';
  sandboxSeed: number;
  providerTimeoutMs: number;
  providerHttpClient: 'undici' | 'node-fetch';
  graphqlExecutor: 'jit' | 'graphql-js';
  maxPageSize: number;
  introspection?: boolean;
  /** Validated settings per provider module, configured or not. */
  providerSettings: Map<ProviderKey, unknown>;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(modules: readonly ProviderModule[], env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = [];
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const core = coreSchema.safeParse(clean);
  if (!core.success) problems.push(...core.error.issues.map(describeIssue));

  const providerSettings = new Map<ProviderKey, unknown>();
  for (const module of modules) {
    const parsed = module.settings.safeParse(clean);
    if (parsed.success) providerSettings.set(module.key, parsed.data);
    else problems.push(...parsed.error.issues.map(describeIssue));
  }
  if (problems.length > 0 || !core.success) throw new ConfigError(problems);

  const c = core.data;
  return {
    port: c.PORT,
    host: c.HOST,
    sandbox: c.SANDBOX,
    sandboxSeed: c.SANDBOX_SEED,
    providerTimeoutMs: c.PROVIDER_TIMEOUT_MS,
    providerHttpClient: c.PROVIDER_HTTP_CLIENT,
    graphqlExecutor: c.GRAPHQL_EXECUTOR,
    maxPageSize: c.MAX_PAGE_SIZE,
    introspection: c.INTROSPECTION,
    providerSettings,
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const name = issue.path.join('.') || '(environment)';
  return `${name}: ${issue.message}`;
}
