import '../../src/providers/sitoo';
import { SitooEmulator } from '../../src/sandbox/sitoo/emulator';
import { sitooSandbox } from '../../src/sandbox/sitoo';
import { checkInput } from '../../src/core/input-schema';
import { sitooCreateRequest } from '../../src/providers/sitoo/rules';
import { sitooInputOf } from '../support/sitoo-fixtures';
import type { SitooServiceOrder } from '../../src/providers/sitoo/wire';

describe('the Sitoo sandbox', () => {
  const now = Date.UTC(2026, 10, 20, 12, 0, 0);

  it('starts on a free port, seeds the asked number of orders and answers them to its configured credentials', async () => {
    const sandbox = await sitooSandbox.start({ seed: 30 });
    try {
      const { SITOO_BASE_URL, SITOO_ACCOUNT_ID, SITOO_API_ID, SITOO_PASSWORD } = sandbox.env;
      const response = await fetch(`${SITOO_BASE_URL}/v2/accounts/${SITOO_ACCOUNT_ID}/serviceorders.json?num=100`, {
        headers: { Authorization: `Basic ${Buffer.from(`${SITOO_API_ID}:${SITOO_PASSWORD}`).toString('base64')}` },
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as unknown[]).length).toBe(30);
      expect(SITOO_BASE_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await sandbox.close();
    }
  });

  describe("seeded orders look like a real retail chain's", () => {
    const emulator = new SitooEmulator({ account: '1500', apiId: '1500-1', password: 'p' });
    emulator.seed(400, 5, now);
    const all = emulator.snapshots();

    it('are all there, with the documented id shape, starting at the documented example id', () => {
      expect(all).toHaveLength(400);
      expect(all[0].id).toBe('102DC4AA3');
      for (const order of all) expect(order.id).toMatch(/^[0-9A-Z]{9}$/);
      // Ids grow with creation, so start_after_id and the sort agree.
      expect(all.map((o) => o.id)).toEqual([...all.map((o) => o.id)].sort());
    });

    it('were created over the last four months, as Unix seconds, modified after creation', () => {
      const created = all.map((o) => o.created);
      expect(Math.min(...created)).toBeLessThan(now / 1000 - 90 * 86400);
      expect(Math.max(...created)).toBeGreaterThan(now / 1000 - 7 * 86400);
      expect(Math.max(...created)).toBeLessThanOrEqual(now / 1000);
      for (const order of all) {
        expect(Number.isInteger(order.created)).toBe(true);
        expect(order.modified!).toBeGreaterThanOrEqual(order.created);
        expect(order.modified!).toBeLessThanOrEqual(now / 1000);
      }
    });

    it("pass Sitoo's own object model (as a create would, read-only fields aside)", () => {
      for (const order of all) {
        const { version: _v, id: _i, created: _c, modified: _m, revision: _r, state: _s, ...writable } = order;
        expect(checkInput(sitooCreateRequest, sitooInputOf(writable))).toMatchObject({ ok: true });
      }
    });

    it('spread over several stores, currencies, products and services, with priced and unpriced services', () => {
      const distinct = (values: unknown[]) => new Set(values).size;
      expect(distinct(all.map((o) => o.store.id))).toBeGreaterThanOrEqual(5);
      expect(distinct(all.map((o) => o.currency))).toBeGreaterThanOrEqual(3);
      expect(distinct(all.map((o) => o.product.sku))).toBeGreaterThanOrEqual(10);
      const services = all.flatMap((o) => o.product.services);
      expect(distinct(services.map((s) => s.sku))).toBeGreaterThanOrEqual(12);
      expect(services.some((s) => s.unit_price === null)).toBe(true);
      expect(services.some((s) => s.cost_share === 0)).toBe(true);
      expect(all.some((o) => o.product.services.length === 2)).toBe(true);
    });

    it('are mostly closed when old and mostly open when recent, with one revision per state change', () => {
      const old = all.filter((o) => o.created < now / 1000 - 30 * 86400);
      const recent = all.filter((o) => o.created > now / 1000 - 7 * 86400);
      const share = (list: SitooServiceOrder[], states: string[]) => list.filter((o) => states.includes(o.state)).length / list.length;
      expect(share(old, ['closed', 'cancelled'])).toBeGreaterThan(0.7);
      expect(share(recent, ['new', 'in_progress'])).toBeGreaterThan(0.5);
      expect(new Set(all.map((o) => o.state))).toEqual(new Set(['new', 'in_progress', 'service_done', 'closed', 'cancelled']));
      for (const order of all) {
        const expected = { new: [1], in_progress: [2], service_done: [3], closed: [4], cancelled: [2, 3] }[order.state as 'new'];
        expect(expected).toContain(order.revision);
      }
    });

    it('are the same for the same seed', () => {
      const again = new SitooEmulator({ account: '1500', apiId: '1500-1', password: 'p' });
      again.seed(400, 5, now);
      expect(again.snapshot(all[123].id)).toEqual(all[123]);
    });
  });

  it('seeds 100,000 orders and still pages deep in one call', async () => {
    const emulator = new SitooEmulator({ account: '1500', apiId: '1500-1', password: 'p' });
    emulator.seed(100_000, 9, now);
    expect(emulator.size).toBe(100_000);
    const url = await emulator.listen(0);
    try {
      const headers = { Authorization: `Basic ${Buffer.from('1500-1:p').toString('base64')}` };
      const get = async (query: string) =>
        (await fetch(`${url}/v2/accounts/1500/serviceorders.json${query}`, { headers }).then((r) => r.json())) as SitooServiceOrder[];
      const [middle] = await get('?num=1&sort=created&store=STORE305&state=closed');
      const page = await get(`?num=100&start_after_id=${middle.id}`);
      expect(page.length).toBeGreaterThan(0);
      expect(page.every((o) => o.created <= middle.created)).toBe(true);
    } finally {
      await emulator.server.close();
    }
  }, 60_000);
});
