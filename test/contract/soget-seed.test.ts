import { SogetClient } from '../../src/providers/soget/client';
import { SogetEmulator } from '../../src/sandbox/soget/emulator';
import { checkOrder } from '../../src/providers/soget/rules';
import { SANDBOX_CONTAINERS } from '../../src/sandbox/demo-data';
import { SOGET_TOKEN_PATH } from '../../src/providers/soget/wire';

describe('SOGET sandbox seed', () => {
  const credentials = { clientId: 'seed', clientSecret: 'seed-secret', subscriptionKey: 'seed-key' };

  it('seeds 100,000 orders and serves them through search', async () => {
    const emulator = new SogetEmulator(credentials);
    emulator.seed(100_000);
    expect(emulator.size).toBe(100_000);
    const url = await emulator.listen(0);
    try {
      const client = new SogetClient({ baseUrl: url, tokenUrl: `${url}${SOGET_TOKEN_PATH}`, ...credentials, timeoutMs: 5000 });
      const newest = await client.search({ desc: true, limit: 50 });
      expect(newest).toMatchObject({ total: 100_000, returned: 50, first: 0 });
      const times = newest.items.map((o) => Date.parse(o.creationDate));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const deep = await client.search({ offset: 99_990, limit: 50 });
      expect(deep.returned).toBe(10);
      const byContainer = await client.search({ containerNumber: SANDBOX_CONTAINERS[7], limit: 5 });
      expect(byContainer.total).toBeGreaterThan(100);
    } finally {
      await emulator.server.close();
    }
  }, 120_000); // seeding 100,000 orders takes long on a loaded machine

  it('seeds realistic orders of every flow that pass the documented rules, on the shared sandbox containers', () => {
    const emulator = new SogetEmulator(credentials);
    emulator.seed(300, 7);
    const flows = new Set<string>();
    const statuses = new Set<string>();
    for (let seq = 672; seq < 672 + 300 * 13; seq += 1) {
      // Ids are consecutive: a master, then its elementary orders and segments.
      const order = emulator.order(`CDE${String(seq).padStart(10, '0')}`);
      if (!order) continue;
      const detail = emulator.detailOf(order);
      flows.add(order.flow);
      statuses.add(order.status);
      expect(checkOrder(detail.body)).toEqual([]);
      for (const container of detail.body.containers) expect(SANDBOX_CONTAINERS).toContain(container.reference);
      expect(detail.elementary).toHaveLength(detail.body.containers.length);
    }
    expect([...flows].sort()).toEqual(['Export', 'Import', 'Transfer']);
    expect(statuses.size).toBeGreaterThanOrEqual(6);
  });

  it('draws the same order from the same seed every time', () => {
    const a = new SogetEmulator(credentials);
    const b = new SogetEmulator(credentials);
    a.seed(50, 3);
    b.seed(50, 3);
    const first = a.order('CDE0000000672')!;
    expect(a.detailOf(first)).toEqual(b.detailOf(b.order('CDE0000000672')!));
  });
});
