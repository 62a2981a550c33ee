import type { ListQuery } from '../../src/core/provider';
import { VuClient } from '../../src/providers/vu/client';
import { VuEmulator } from '../../src/sandbox/vu/emulator';
import { VuProvider } from '../../src/providers/vu/provider';
import type { Order } from '../../src/model/order';
import { vuCreateInput } from '../support/vu-fixtures';

/**
 * How VuProvider reads VU's list for the merged pagination, counted at the emulator:
 * oldest first is `since_id` + `limit`, newest first reads ascending id windows.
 */
describe.each([
  ['dense ids', false],
  ['sparse ids (shared across tenants)', true],
])('VU Custom listing with %s', (_name, sparseIds) => {
  let emulator: VuEmulator;
  let provider: VuProvider;
  let counter = 0;
  const build = () => new VuProvider(new VuClient({ baseUrl: emulator.server.url, apiKey: 'k', apiSecret: 's', timeoutMs: 5000 }));
  const list = (query: Partial<ListQuery>) => provider.listOrders({ direction: 'DESC', limit: 50, position: null, filter: {}, ...query });
  const orderCalls = () => emulator.server.log.filter((r) => r.path === '/api/v1/orders');

  async function readAll(direction: 'ASC' | 'DESC', limit: number, filter: ListQuery['filter'] = {}) {
    const seen: Order[] = [];
    const calls: number[] = [];
    let position = null;
    for (let guard = 0; guard < 1000; guard += 1) {
      const page = await provider.listOrders({ direction, limit, position, filter });
      calls.push(page.upstreamCalls ?? NaN);
      seen.push(...page.orders);
      if (!page.hasMore) break;
      position = page.positionAfter(page.orders.length - 1);
    }
    return { seen, calls };
  }

  beforeAll(async () => {
    emulator = new VuEmulator('k', 's', { sparseIds });
    emulator.seed(1200);
    await emulator.listen();
  });
  afterAll(() => emulator.server.close());
  beforeEach(() => {
    provider = build();
    emulator.server.clearLog();
  });

  it.each(['ASC', 'DESC'] as const)('lists every order exactly once in %s order, whatever the line statuses', async (direction) => {
    const { seen } = await readAll(direction, 75);
    expect(seen).toHaveLength(1200 + counter);
    expect(new Set(seen.map((o) => o.id)).size).toBe(seen.length);
    const ids = seen.map((o) => Number(o.providerId));
    expect(ids).toEqual([...ids].sort((a, b) => (direction === 'ASC' ? a - b : b - a)));
    const times = seen.map((o) => o.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => (direction === 'ASC' ? a - b : b - a)));
    expect(new Set(seen.map((o) => o.status))).toEqual(new Set(['PENDING', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED']));
  });

  it('asks for every known line status, since VU lists new orders only by default', async () => {
    await list({ direction: 'ASC' });
    expect(new URLSearchParams(orderCalls()[0].query).get('status')).toBe('new_order,in_production,partially_shipped,shipped,cancelled');
  });

  it('costs one call per oldest-first page, with since_id and limit', async () => {
    const { calls } = await readAll('ASC', 250);
    expect(calls.every((c) => c === 1)).toBe(true);
    const queries = orderCalls().map((r) => new URLSearchParams(r.query));
    expect(queries.every((q) => q.get('limit') === '250' && q.has('since_id'))).toBe(true);
    expect(orderCalls()).toHaveLength(calls.length);
  });

  it('costs about one call per newest-first page once the newest order is known', async () => {
    await list({ limit: 1 });
    emulator.server.clearLog();
    const { calls } = await readAll('DESC', 50);
    const upstream = calls.reduce((a, b) => a + b, 0);
    expect(orderCalls()).toHaveLength(upstream);
    expect(upstream / calls.length).toBeLessThanOrEqual(sparseIds ? 1.5 : 1.1);
  });

  it('keeps positions valid while orders are created between pages', async () => {
    const first = await list({ limit: 10 });
    const asc = await provider.listOrders({ direction: 'ASC', limit: 10, position: null, filter: {} });
    const newest = await provider.createOrder(vuCreateInput(`LIST-${(counter += 1)}`));
    const second = await list({ limit: 10, position: first.positionAfter(9) });
    expect(second.orders.map((o) => o.id)).not.toContain(newest.id);
    expect(Number(second.orders[0].providerId)).toBeLessThan(Number(first.orders[9].providerId));
    const ascNext = await provider.listOrders({ direction: 'ASC', limit: 10, position: asc.positionAfter(9), filter: {} });
    expect(Number(ascNext.orders[0].providerId)).toBeGreaterThan(Number(asc.orders[9].providerId));
    const top = await list({ limit: 1 });
    expect(top.orders[0].id).toBe(newest.id);
  });

  it('pushes a status filter down as line statuses, and asks nothing for a status VU orders never have', async () => {
    const { seen } = await readAll('DESC', 50, { statuses: ['CANCELLED' as never] });
    expect(seen.length).toBeGreaterThan(0);
    expect(orderCalls().every((r) => new URLSearchParams(r.query).get('status') === 'cancelled')).toBe(true);
    emulator.server.clearLog();
    const none = await list({ filter: { statuses: ['IN_TRANSIT' as never] } });
    expect(none).toMatchObject({ orders: [], hasMore: false, upstreamCalls: 0 });
    expect(orderCalls()).toHaveLength(0);
  });

  it('pushes an order number filter down as order_numbers', async () => {
    const created = await provider.createOrder(vuCreateInput(`LIST-${(counter += 1)}`));
    emulator.server.clearLog();
    for (const direction of ['ASC', 'DESC'] as const) {
      const page = await provider.listOrders({ direction, limit: 50, position: null, filter: { orderNumber: created.orderNumber } });
      expect(page.orders.map((o) => o.id)).toEqual([created.id]);
    }
    expect(orderCalls().every((r) => new URLSearchParams(r.query).get('order_numbers') === created.orderNumber)).toBe(true);
  });

  it('reads a batch of ids with one ids call per 250, keeping order and NOT_FOUND slots', async () => {
    const { seen } = await readAll('ASC', 250);
    const ids = seen
      .slice(0, 300)
      .map((o) => o.providerId)
      .reverse();
    emulator.server.clearLog();
    const found = await provider.getOrders([...ids, '1', 'abc']);
    expect(found.slice(0, 300).map((o) => (o as Order).providerId)).toEqual(ids);
    expect(found.slice(300).map((e) => (e as unknown as { extensions: { code: string } }).extensions.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(orderCalls().map((r) => new URLSearchParams(r.query).get('ids')!.split(',').length)).toEqual([250, 51]);
  });

  it('reads order numbers with one order_numbers call', async () => {
    const { seen } = await readAll('ASC', 20);
    const numbers = seen.slice(0, 20).map((o) => o.orderNumber);
    emulator.server.clearLog();
    const found = await provider.getOrdersByNumber([...numbers, 'nobody', 'with,comma']);
    expect(found.slice(0, 20).map((o) => (o as Order).orderNumber)).toEqual(numbers);
    expect(found.slice(20)).toEqual([null, null]);
    expect(orderCalls()).toHaveLength(1);
  });
});
