import type { ChangeDetector, ChangeScan } from '../../src/core/change-detection';
import type { OrderProvider, ProviderPosition } from '../../src/core/provider';
import { octopi } from '../../src/providers/octopi';
import type { OctopiProvider } from '../../src/providers/octopi/provider';
import { shipwell } from '../../src/providers/shipwell';
import { loadConfig } from '../../src/config';
import type { ProviderModule } from '../../src/core/registry';
import { OctopiEmulator } from '../../src/sandbox/octopi';
import { ShipwellEmulator } from '../../src/sandbox/shipwell';
import type { EmulatorServer } from '../../src/sandbox/emulator';

function build<P>(module: ProviderModule, env: Record<string, string>): P {
  const config = loadConfig([module], env);
  return module.create(config.providerSettings.get(module.key), { timeoutMs: 3000, onCall: () => undefined }) as P;
}

/** The statuses the emulator answered since `from` in its log. */
const answered = (server: EmulatorServer, from: number) => server.log.slice(from).map((r) => r.status);

describe("Octopi's detector: a conditional GET of the whole list", () => {
  const emulator = new OctopiEmulator('detector-token');
  let provider: OctopiProvider;
  beforeAll(async () => {
    emulator.seed(15);
    const url = await emulator.listen(0);
    provider = build(octopi, { OCTOPI_BASE_URL: url, OCTOPI_TOKEN: emulator.token, OCTOPI_SNAPSHOT_TTL_MS: '60000' });
  });
  afterAll(() => emulator.server.close());

  it('reads the list once as a complete pass, then costs one 304 and hands nothing over while Octopi is unchanged', async () => {
    const detector = provider.changeDetector!;
    expect(detector.method).toBe('conditional-list');
    let from = emulator.server.log.length;
    const first = await detector.scan(null, 5);
    expect(first).toMatchObject({ passComplete: true, calls: 1 });
    expect(first.orders).toHaveLength(15);
    expect(answered(emulator.server, from)).toEqual([200]);

    from = emulator.server.log.length;
    // Within the snapshot's lifetime too: the detector always asks Octopi.
    const again = await detector.scan(first.state, 5);
    expect(again).toEqual({ orders: [], passComplete: false, state: first.state, calls: 1 });
    expect(answered(emulator.server, from)).toEqual([304]);
  });

  it('hands every order over again, as a complete pass, once the list changed at Octopi', async () => {
    const detector = provider.changeDetector!;
    const before = await detector.scan(null, 5);
    const [order] = before.orders;
    // Through another client: this replica's snapshot does not know of it.
    const other = build<OctopiProvider>(octopi, { OCTOPI_BASE_URL: emulator.server.url, OCTOPI_TOKEN: emulator.token });
    await other.updateOrder(order.providerId, { comment: 'changed at the vendor' });
    const after = await detector.scan(before.state, 5);
    expect(after.passComplete).toBe(true);
    expect(after.state).not.toEqual(before.state);
    expect(after.orders.find((o) => o.id === order.id)!.note).toBe('changed at the vendor');
  });
});

describe("Shipwell's detector: the list ordered by update time", () => {
  const emulator = new ShipwellEmulator('detector-token');
  let detector: ChangeDetector;
  const SEED = 250;
  beforeAll(async () => {
    emulator.seed(SEED, 7);
    const url = await emulator.listen(0);
    detector = build<OrderProvider>(shipwell, { SHIPWELL_BASE_URL: url, SHIPWELL_TOKEN: emulator.token }).changeDetector!;
  });
  afterAll(() => emulator.server.close());

  /** Runs cycles until the baseline pass completes; returns its orders and the state after it. */
  async function baseline(budget: number): Promise<{ seen: Set<string>; state: ProviderPosition | null; cycles: ChangeScan[] }> {
    const seen = new Set<string>();
    const cycles: ChangeScan[] = [];
    let state: ProviderPosition | null = null;
    for (let i = 0; i < 10; i += 1) {
      const from = emulator.server.log.length;
      const scan = await detector.scan(state, budget);
      expect(emulator.server.log.length - from).toBe(scan.calls);
      cycles.push(scan);
      scan.orders.forEach((o) => seen.add(o.providerId));
      state = scan.state;
      if (scan.passComplete) return { seen, state, cycles };
    }
    throw new Error('the baseline pass never completed');
  }

  it('reads every order once in its baseline pass, within the budget of each cycle, carrying on where a cycle stopped', async () => {
    const { seen, cycles } = await baseline(1);
    expect(detector.method).toBe('updated-since');
    expect(seen.size).toBe(SEED);
    expect(cycles.map((c) => c.calls)).toEqual([1, 1, 1]);
  });

  it('then costs one call while nothing changed, and hands over only the orders updated since', async () => {
    const { state } = await baseline(10);
    const quiet = await detector.scan(state, 10);
    expect(quiet.calls).toBe(1);
    expect(quiet.passComplete).toBe(false);
    // Only the orders updated at the newest update time seen (read again, unchanged), not the list.
    const newest = Math.max(...quiet.orders.map((o) => o.updatedAt!.getTime()));
    expect(quiet.orders.every((o) => o.updatedAt!.getTime() === newest)).toBe(true);
    expect(quiet.orders.length).toBeLessThan(SEED / 10);

    const [moved] = [...emulator['orders']].slice(10, 11) as Array<{ id: string }>;
    emulator.setStatus(moved.id, 'DELIVERED');
    const next = await detector.scan(quiet.state, 10);
    expect(next.calls).toBe(1);
    expect(next.orders.map((o) => o.providerId)).toContain(moved.id);
    expect(next.orders.find((o) => o.providerId === moved.id)!.providerStatus).toBe('DELIVERED');
    expect(next.orders.length).toBeLessThanOrEqual(quiet.orders.length + 1);
  });
});
