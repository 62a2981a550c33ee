import type { ProviderKey } from '../core/provider-key';
import type { EmulatorServer } from './emulator';

/** One vendor's emulator, started on a loopback port. */
export interface SandboxHandle {
  server: EmulatorServer;
  /** Settings (environment variable names to values) that point the provider at this emulator. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export interface SandboxOptions {
  /** Port to listen on (0 picks a free one). */
  port?: number;
  /** Number of demo orders to seed. */
  seed?: number;
}

/** Everything one sandbox folder (`src/sandbox/<vendor>/`) exposes through its `index.ts`. */
export interface SandboxModule {
  /** The provider this emulator stands in for. */
  key: ProviderKey;
  start(options?: SandboxOptions): Promise<SandboxHandle>;
}
