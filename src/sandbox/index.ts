import { octopiSandbox } from './octopi';
import type { SandboxModule } from './registry';
import { shipwellSandbox } from './shipwell';
import { sitooSandbox } from './sitoo';
import { sogetSandbox } from './soget';
import { vuSandbox } from './vu';

/**
 * The sandbox registry: an emulator per vendor, written from the vendor's documents. The
 * providers know nothing of it; `startOrderGraph` starts these and points the providers at them.
 */
export const sandboxModules: readonly SandboxModule[] = [octopiSandbox, sitooSandbox, sogetSandbox, shipwellSandbox, vuSandbox];

export type { SandboxHandle, SandboxModule, SandboxOptions } from './registry';
