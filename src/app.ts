import { loadConfig, type Config } from './config';
import { setDefaultHttpClient, type CallRecord } from './core/http';
import { ProviderRegistry, type ProviderModule, type SandboxHandle } from './core/registry';
import { OrderGraphServer } from './server';

export interface OrderGraphApp {
  server: OrderGraphServer;
  registry: ProviderRegistry;
  config: Config;
  /** The emulators, when running on the embedded sandbox. */
  sandboxes: Map<string, SandboxHandle>;
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

  setDefaultHttpClient(config.providerHttpClient);
  const deps = { timeoutMs: config.providerTimeoutMs, onCall: options.onCall ?? (() => undefined) };
  const providers = options.modules
    .filter((m) => m.isConfigured(config.providerSettings.get(m.key)))
    .map((m) => m.create(config.providerSettings.get(m.key), deps));
  const registry = new ProviderRegistry(providers);

  const server = new OrderGraphServer({
    registry,
    providerResolvers: options.modules.flatMap((m) => m.resolvers),
    maxPageSize: config.maxPageSize,
    introspection: config.introspection ?? useSandbox,
    executor: config.graphqlExecutor,
  });
  const url = await server.listen(config.port, config.host);

  return {
    server,
    registry,
    config,
    sandboxes,
    url,
    async close() {
      await server.close();
      await Promise.all([...sandboxes.values()].map((s) => s.close()));
    },
  };
}
