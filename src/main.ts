import 'reflect-metadata';
import { setFlagsFromString } from 'node:v8';
import { SANDBOX_KEYS } from './access';
import { startOrderGraph } from './app';
import { ConfigError } from './config';
import { applyHeapGrowth } from './heap-growth';
import { providerModules } from './providers';

async function main(): Promise<void> {
  const app = await startOrderGraph({ modules: providerModules });
  const mode = app.sandboxes.size > 0 ? 'embedded sandbox (emulated vendors on loopback)' : 'configured vendors';
  console.log(`ordergraph listening on ${app.url}/graphql with ${mode}: ${app.registry.keys().join(', ')}`);
  for (const [key, sandbox] of app.sandboxes) console.log(`  ${key.toLowerCase()} emulator at ${sandbox.server.url}`);
  console.log(applyHeapGrowth(app.config.heapGrowthPercent, process.execArgv, setFlagsFromString));
  if (app.sandboxes.size > 0) {
    console.log('Sandbox API keys (send as Authorization: Bearer <key>):');
    for (const key of SANDBOX_KEYS) console.log(`  ${key.key.padEnd(20)} ${key.about}`);
  }
  // A graceful stop: /ready turns 503, the listener closes, requests in flight (creates
  // included) finish within SHUTDOWN_GRACE_MS, then the process exits. A second signal stops at once.
  const stop = () => {
    process.once('SIGINT', () => process.exit(1));
    process.once('SIGTERM', () => process.exit(1));
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
