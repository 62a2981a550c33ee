import type { ProviderKey } from '../core/provider-key';
import type { VendorChange } from './demo-data';
import type { EmulatorServer } from './emulator';

/** One vendor's emulator, started on a loopback port. */
export interface SandboxHandle {
  server: EmulatorServer;
  /** Settings (environment variable names to values) that point the provider at this emulator. */
  env: Record<string, string>;
  /** Changes up to `count` orders at the vendor, as its own users and workflow would (statuses move on). */
  changeOrders(count: number, rand?: () => number): VendorChange[];
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

export type { VendorChange } from './demo-data';
