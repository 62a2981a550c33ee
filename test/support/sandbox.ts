import { startOrderGraph, type OrderGraphApp } from '../../src/app';
import type { CallRecord } from '../../src/core/http';
import type { ProviderModule } from '../../src/core/registry';
import { providerModules } from '../../src/providers';
import type { EmulatorServer } from '../../src/sandbox/emulator';

export interface TestApp extends OrderGraphApp {
  /** The emulator of one provider. */
  emulator(key: string): EmulatorServer;
  /** Every upstream call ordergraph made, as its HTTP layer saw it. */
  calls: CallRecord[];
  /** Every JSON log line ordergraph wrote, as written. */
  logs: string[];
}

/** Starts ordergraph on its embedded sandbox, on free loopback ports. */
export async function startTestApp(options: { seed?: number; env?: Record<string, string>; modules?: readonly ProviderModule[] } = {}): Promise<TestApp> {
  const calls: CallRecord[] = [];
  const logs: string[] = [];
  const app = await startOrderGraph({
    modules: options.modules ?? providerModules,
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      SANDBOX: 'true',
      SANDBOX_SEED: String(options.seed ?? 10),
      PROVIDER_TIMEOUT_MS: '3000',
      // Three whole attempts, as on a loaded CI machine a vendor emulator can be slow to answer.
      PROVIDER_RETRY_BUDGET_MS: '9000',
      // One probe per vendor at start, then none unless a test asks: probes would take a fault a test
      // set for its own request, and show in the emulators' logs that tests count.
      HEALTH_PROBE_INTERVAL_MS: '600000',
      // Off unless a test switches them on: suites that page through every order would depend on
      // the machine's speed under a rate limit, and tests change vendor data behind ordergraph's
      // back (at the emulators), which a cached read would hide. Both have tests of their own.
      RATE_LIMIT_PER_SECOND: '0',
      RESPONSE_CACHE_TTL_SECONDS: '0',
      // The emulators commit at once: a lost create is looked up for a second, not the production default.
      CREATE_COMMIT_DELAY_MS: '1000',
      // Octopi's whole-list snapshot revalidates on every page (still correct, ETag or not), for
      // the same reason; its lifetime has tests of its own.
      OCTOPI_SNAPSHOT_TTL_MS: '0',
      // No change feed unless a test gives a database (the embedded one costs seconds of start-up).
      CHANGE_FEED: options.env?.DATABASE_URL ? 'auto' : 'false',
      // No change polling unless a test asks: the pollers' reads would show in the emulator logs that tests count.
      CHANGE_POLLING: 'false',
      // Orders do not change at the emulated vendors by themselves: tests count and compare them.
      SANDBOX_CHANGES_PER_MINUTE: '0',
      ...options.env,
    },
    onCall: (record) => calls.push(record),
    logDestination: { write: (line: string) => void logs.push(line) },
  });
  await app.health.latestAll(); // the first probes are done before a test counts calls
  return Object.assign(app, {
    calls,
    logs,
    emulator(key: string) {
      const handle = app.sandboxes.get(key);
      if (!handle) throw new Error(`no sandbox for ${key}`);
      return handle.server;
    },
  });
}
