import { ErrorCode, OrderGraphError } from '../../src/core/errors';
import { OctopiClient } from '../../src/providers/octopi/client';
import { OctopiProvider } from '../../src/providers/octopi/provider';
import type { OctopiServiceOrder } from '../../src/providers/octopi/wire';
import { OctopiEmulator } from '../../src/sandbox/octopi';
import type { Order } from '../../src/model/order';

/**
 * Octopi has no batch read: many orders are either one GET each or its whole list, whose cost
 * grows with the account, not with the batch. These tests hold the provider to reading a batch
 * the cheaper way, against the emulator over HTTP, and to answering it as fresh as a list read.
 */

const TOKEN = 'batch-token';
const LIST = '/api/v1/service_orders';

describe("Octopi's batch reads: a GET per order, or one conditional read of the whole list", () => {
  let emulator: OctopiEmulator;
  let all: OctopiServiceOrder[];

  beforeAll(async () => {
    emulator = new OctopiEmulator(TOKEN);
    emulator.seed(400, 7);
    await emulator.listen();
    all = (
      (await (await fetch(`${emulator.server.url}${LIST}`, { headers: { Authorization: `Token token=${TOKEN}` } })).json()) as {
        service_orders: OctopiServiceOrder[];
      }
    ).service_orders;
  });
  afterAll(() => emulator.server.close());
  beforeEach(() => emulator.server.clearLog());

  const provider = () => new OctopiProvider(new OctopiClient({ baseUrl: emulator.server.url, token: TOKEN, timeoutMs: 5000 }), { lifetimeMs: 60_000 });
  const listReads = () => emulator.server.log.filter((r) => r.method === 'GET' && r.path === LIST);
  const orderReads = () => emulator.server.log.filter((r) => r.method === 'GET' && r.path !== LIST);
  /** A provider that has read a first page, so knows how large the list is, with the vendor's log cleared after it. */
  const holdingTheList = async (): Promise<OctopiProvider> => {
    const p = provider();
    await p.listOrders({ direction: 'ASC', limit: 10, position: null, filter: {} });
    emulator.server.clearLog();
    return p;
  };
  const ids = (count: number, from = 0) => all.slice(from, from + count).map((o) => String(o.id));
  const providerIdsOf = (answers: Array<Order | Error | null>) => answers.map((a) => (a instanceof Error ? a : a?.providerId));

  it('reads a few ids with one GET each, in the order asked, before it knows the list', async () => {
    const asked = [...ids(5, 100), '999999', 'not-a-number'];
    const answers = await provider().getOrders(asked);
    expect(providerIdsOf(answers.slice(0, 5))).toEqual(asked.slice(0, 5));
    for (const missing of answers.slice(5)) {
      expect(missing).toBeInstanceOf(OrderGraphError);
      expect((missing as OrderGraphError).code).toBe(ErrorCode.NOT_FOUND);
    }
    expect(listReads()).toHaveLength(0);
    // The non-numeric id names no Octopi order and costs no call.
    expect(orderReads().map((r) => r.path)).toEqual(expect.arrayContaining(asked.slice(0, 6).map((id) => `${LIST}/${id}.json`)));
    expect(orderReads()).toHaveLength(6);
  });

  it('reads a batch that is small against the list with GETs, even once the list is held', async () => {
    const p = await holdingTheList();
    // 10 GETs cost about as much as 320 orders of the list, which has 400.
    const answers = await p.getOrders(ids(10, 200));
    expect(providerIdsOf(answers)).toEqual(ids(10, 200));
    expect(listReads()).toHaveLength(0);
    expect(orderReads()).toHaveLength(10);
  });

  it('reads a batch that is a large part of the list from one conditional read of it, answered 304 when unchanged', async () => {
    const p = await holdingTheList();
    const answers = await p.getOrders(ids(20, 300));
    expect(providerIdsOf(answers)).toEqual(ids(20, 300));
    expect(orderReads()).toHaveLength(0);
    expect(listReads()).toHaveLength(1);
    expect(listReads()[0].headers['if-none-match']).toBeDefined();
    expect(listReads()[0].status).toBe(304);
  });

  it('answers a batch read through the list as fresh as the vendor: an order created at Octopi since the list was read is found', async () => {
    const p = await holdingTheList();
    // Made at the vendor, behind the provider's back.
    const response = await fetch(`${emulator.server.url}${LIST}`, {
      method: 'POST',
      headers: { Authorization: `Token token=${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        service_order: { order_number: `BATCH-${Date.now()}`, cargo_type: 'container', container_ids: [4337700], service_ids: ['cleaning'] },
      }),
    });
    const created = (await response.json()) as OctopiServiceOrder;
    const answers = await p.getOrders([...ids(19, 0), String(created.id)]);
    expect(providerIdsOf(answers)).toEqual([...ids(19, 0), String(created.id)]);
    expect(listReads().at(-1)!.status).toBe(200);
  });

  it('reads non-numeric order numbers with one GET each, and answers null for one Octopi does not have', async () => {
    const numbers = [...all.slice(50, 53).map((o) => o.order_number), 'NO-SUCH-ORDER'];
    const answers = await provider().getOrdersByNumber(numbers);
    expect(answers.map((a) => (a instanceof Error ? a : (a?.orderNumber ?? null)))).toEqual([...numbers.slice(0, 3), null]);
    expect(listReads()).toHaveLength(0);
    expect(orderReads()).toHaveLength(4);
  });

  it('reads a numeric order number from the list, since Octopi would read it as an id', async () => {
    const p = provider();
    const answers = await p.getOrdersByNumber(['41']);
    expect(answers).toEqual([null]);
    expect(listReads()).toHaveLength(1);
    expect(orderReads()).toHaveLength(0);
  });

  it('finds the orders of each container in one read of the list, converting only the orders that hold one', async () => {
    const number = all[0].service_order_items[0].container_number;
    const holding = all.filter((o) => o.service_order_items.some((item) => item.container_number === number)).map((o) => String(o.id));
    const answers = await provider().getOrdersByContainer([number, 'ZZZU0000000']);
    expect((answers[0] as Order[]).map((o) => o.providerId).sort()).toEqual(holding.sort());
    expect((answers[0] as Order[]).every((o) => o.containers.some((c) => c.number === number))).toBe(true);
    expect(answers[1]).toEqual([]);
    expect(listReads()).toHaveLength(1);
  });
});
