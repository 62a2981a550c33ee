import { loadConfig } from '../../src/config';
import { sweepDetector } from '../../src/core/change-detection';
import type { ProviderPosition } from '../../src/core/provider';
import { providerModules } from '../../src/providers';
import { sandboxModules, type SandboxHandle } from '../../src/sandbox';

const SEED = 30;

describe.each(providerModules.map((module) => [module.key, module] as const))('the sweep detector over %s', (_key, module) => {
  let sandbox: SandboxHandle;
  const provider = () => {
    const config = loadConfig([module], sandbox.env);
    return module.create(config.providerSettings.get(module.key), { timeoutMs: 2000, onCall: () => undefined });
  };

  beforeAll(async () => {
    sandbox = await sandboxModules.find((s) => s.key === module.key)!.start({ seed: SEED });
  });
  afterAll(() => sandbox.close());

  it('reads every order once per pass, spending no more calls per cycle than its budget, and resumes where a cycle stopped', async () => {
    const detector = sweepDetector(provider());
    const seen = new Set<string>();
    let state: ProviderPosition | null = null;
    let cycles = 0;
    for (;;) {
      const before = sandbox.server.log.length;
      const scan = await detector.scan(state, 1);
      // Order calls, counted at the emulator (an OAuth token fetch is not one).
      const orderCalls = sandbox.server.log.slice(before).filter((r) => !r.path.includes('token'));
      expect(orderCalls).toHaveLength(scan.calls);
      expect(scan.calls).toBeLessThanOrEqual(1);
      for (const order of scan.orders) seen.add(order.providerId);
      state = scan.state;
      cycles += 1;
      if (scan.passComplete) break;
      expect(cycles).toBeLessThan(SEED + 2);
    }
    expect(seen.size).toBe(SEED);
    // The next pass starts over from the beginning.
    expect(state).toEqual({ position: null });
  });
});
