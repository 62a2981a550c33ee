import { loadConfig, type Config } from './config';
import type { CallRecord } from './core/http';
import { ProviderRegistry, type ProviderModule, type SandboxHandle } from './core/registry';
import { ProviderResilience } from './core/resilience';
import { ProviderStats } from './core/stats';
import { OrderGraphServer } from './server';
import { memoryState, redisState, type SharedState } from './state/redis';

/** The API key the playground's key field starts with in the sandbox. */
export const SANDBOX_API_KEY = 'sandbox-key';

export interface OrderGraphApp {
  server: OrderGraphServer;
  registry: ProviderRegistry;
  config: Config;
  /** The emulators, when running on the embedded sandbox. */
  sandboxes: Map<string, SandboxHandle>;
  /** Where replicas share state (Redis or memory). */
  shared: SharedState;
  url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  modules: readonly ProviderModule[];
  /** Environment to read (default `process.env`). */
  env?: Record<string, string | undefined>;
  /** Observer of every upstream call. */
  onCall?: (record: CallRecord) => void;
}

/**
 * Starts ordergraph: reads the configuration, starts and seeds the sandbox emulators when
 * no provider is configured (or SANDBOX=true), builds the providers and serves GraphQL.
 */
export async function startOrderGraph(options: StartOptions): Promise<OrderGraphApp> {
  const env = options.env ?? process.env;
  let config = loadConfig(options.modules, env);
  const anyConfigured = options.modules.some((m) => m.isConfigured(config.providerSettings.get(m.key)));
  const useSandbox = config.sandbox === 'true' || (config.sandbox === 'auto' && !anyConfigured);

  const sandboxes = new Map<string, SandboxHandle>();
  if (useSandbox) {
    const handles = await Promise.all(options.modules.map((m) => m.startSandbox({ seed: config.sandboxSeed })));
    handles.forEach((handle, i) => sandboxes.set(options.modules[i].key, handle));
    config = loadConfig(options.modules, { ...env, ...Object.assign({}, ...handles.map((h) => h.env)) });
  }

  const stats = new ProviderStats();
  const onCall = (record: CallRecord) => {
    stats.record(record);
    options.onCall?.(record);
  };
  const resilience = new ProviderResilience({ retries: config.providerRetries, resetTimeoutMs: config.circuitResetMs });
  const deps = { timeoutMs: config.providerTimeoutMs, onCall, resilience };
  const providers = options.modules
    .filter((m) => m.isConfigured(config.providerSettings.get(m.key)))
    .map((m) => m.create(config.providerSettings.get(m.key), deps));
  const registry = new ProviderRegistry(providers);
  const shared: SharedState = config.redisUrl ? await redisState(config.redisUrl) : memoryState();

  const server = new OrderGraphServer({
    registry,
    providerResolvers: options.modules.flatMap((m) => m.resolvers),
    maxPageSize: config.maxPageSize,
    stats,
    resilience,
    shared,
    responseCacheTtlSeconds: config.responseCacheTtlSeconds,
    introspection: config.introspection ?? useSandbox,
    playground: { defaultApiKey: useSandbox ? SANDBOX_API_KEY : undefined },
  });
  const url = await server.listen(config.port, config.host);

  return {
    server,
    registry,
    config,
    sandboxes,
    shared,
    url,
    async close() {
      await server.close();
      resilience.shutdown();
      await shared.close();
      await Promise.all([...sandboxes.values()].map((s) => s.close()));
    },
  };
}
