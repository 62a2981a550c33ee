import { VuEmulator } from '../../src/sandbox/vu/emulator';
import { parseVuJson, JsonDecimal, stringifyVuJson } from '../../src/providers/vu/exact-json';
import type { VuFulfillment, VuListedOrderLine, VuOrder } from '../../src/providers/vu/wire';
import { vuCreateInput, vuWireOrder } from '../support/vu-fixtures';

/** The VU sandbox over HTTP: what a real VU deployment is expected to answer. */
describe('VU Custom sandbox API', () => {
  const ALL = 'new_order,in_production,partially_shipped,shipped,cancelled';
  let emulator: VuEmulator;
  let counter = 0;

  const call = async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${emulator.server.url}/api/v1${path}`, {
      method,
      headers: { authorization: emulator.authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : stringifyVuJson(body),
    });
    const text = await response.text();
    return { status: response.status, text, body: parseVuJson(text) as T, headers: response.headers };
  };
  const create = async (overrides: Parameters<typeof vuCreateInput>[1] = {}) => {
    const response = await call<{ order: VuOrder }>('POST', '/orders', { order: vuWireOrder(vuCreateInput(`EMU-${(counter += 1)}`, overrides)) });
    expect(response.status).toBe(200);
    return response.body.order;
  };
  const orders = async (query: string) => {
    const response = await call<{ orders: VuOrder[] }>('GET', `/orders${query}`);
    expect(response.status).toBe(200);
    return response.body.orders;
  };

  beforeAll(async () => {
    emulator = new VuEmulator('api-key', 'api-secret');
    emulator.seed(600);
    await emulator.listen();
  });
  afterAll(() => emulator.server.close());

  describe('HTTP Basic auth with the API key and secret', () => {
    it.each([
      ['no credentials', {}],
      ['a wrong secret', { authorization: `Basic ${Buffer.from('api-key:nope').toString('base64')}` }],
      ['a wrong key', { authorization: `Basic ${Buffer.from('nope:api-secret').toString('base64')}` }],
      ['another scheme', { authorization: 'Bearer api-key' }],
    ])('answers %s with the documented 401 body', async (_name, headers) => {
      const response = await fetch(`${emulator.server.url}/api/v1/orders`, { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ errors: '[API] Invalid API key or secret (unrecognized login or wrong password)' });
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic /);
    });
  });

  describe('POST /orders', () => {
    it('answers 200 with the documented order: ids, new lines with ex-factory dates, parties with ids and timestamps', async () => {
      const order = await create();
      expect(order).toMatchObject({
        id: expect.any(Number),
        currency: 'USD',
        note: 'Sample note.',
        order_date: '2022-10-31T01:54:56.271Z',
        purchase_order_number: 'po-12345',
        sales_order_number: 'so-12345',
        ship_method_carrier: 'UPS',
        ship_method_code: 'XY12',
        ship_method_description: 'UPS Ground Residential',
        sales_channel: 'b2b',
        tags: ['tag1', 'tag2'],
        custom_attributes: {},
      });
      expect(order.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(order.updated_at).toBe(order.created_at);
      const [line] = order.order_lines;
      expect(line).toMatchObject({
        id: expect.any(Number),
        product_id: expect.any(Number),
        status: 'new_order',
        sku: 'SKU123',
        quantity: 1,
        price: new JsonDecimal('70'),
        recipe_token: '1609c0e8',
        customer_requested_date: '2023-05-23',
        factory_code: 'factory123',
        line_reference: '59861396',
        upc: 'UPC123',
        tags: ['tag1', 'tag2'],
        fulfillments: [],
      });
      expect(line.ex_factory_date.current).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(line.ex_factory_date.changes).toEqual([
        {
          reason_code: 'initial',
          reason_description: 'Initial Value',
          created_at: order.created_at,
          estimated_arrival_date: line.estimated_arrival_date,
          ex_factory_date: line.ex_factory_date.current,
        },
      ]);
      expect(line.estimated_arrival_date > line.ex_factory_date.current).toBe(true);
      for (const party of [order.ship_to, order.sold_to]) {
        expect(party).toMatchObject({ id: expect.any(Number), created_at: order.created_at, updated_at: order.created_at, country: 'US', email: null });
      }
      expect(order.ship_to.id).not.toBe(order.sold_to.id);
    });

    it('gives later orders greater ids', async () => {
      const first = await create();
      const second = await create();
      expect(second.id).toBeGreaterThan(first.id);
    });

    it('answers whole prices as sent, and refuses a price that is not an Integer as the doc types it', async () => {
      const line = { ...vuCreateInput('x').orderLines[0], price: '1999' };
      const order = await create({ orderLines: [line, { ...line, price: '0' }] });
      const raw = await call('GET', `/orders/${order.id}`);
      expect(raw.text).toContain('"price":1999,');
      expect(raw.text).toContain('"price":0,');
      const decimal = { order: JSON.parse(stringifyVuJson(vuWireOrder(vuCreateInput(`DEC-${order.id}`)))) };
      decimal.order.order_lines[0].price = 19.9;
      const refused = await call<{ errors: Record<string, string[]> }>('POST', '/orders', decimal);
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toHaveProperty(['order_lines[0].price']);
    });

    it('refuses a second order with the same order number', async () => {
      const order = await create();
      const again = await call<{ errors: Record<string, string[]> }>('POST', '/orders', { order: vuWireOrder(vuCreateInput(order.order_number)) });
      expect(again.status).toBe(422);
      expect(again.body).toEqual({ errors: { order_number: ['has already been taken'] } });
    });

    it('answers a body that is not JSON with 400', async () => {
      const response = await call<{ errors: string }>('POST', '/orders', '{"order":');
      expect(response.status).toBe(400);
      expect(typeof response.body.errors).toBe('string');
    });
  });

  describe('GET /orders/{id}', () => {
    it('answers the order as created, and 404 for an unknown id', async () => {
      const order = await create();
      expect((await call<{ order: VuOrder }>('GET', `/orders/${order.id}`)).body.order).toEqual(order);
      const missing = await call('GET', '/orders/999999999');
      expect(missing).toMatchObject({ status: 404, body: { errors: 'Not Found' } });
    });
  });

  describe('GET /orders', () => {
    it('lists new orders only when no status is given (the documented default)', async () => {
      const unfiltered = await orders('');
      expect(unfiltered.length).toBeGreaterThan(0);
      expect(unfiltered.every((o) => o.order_lines.some((l) => l.status === 'new_order'))).toBe(true);
      const all = await orders(`?status=${ALL}`);
      expect(all.some((o) => o.order_lines.every((l) => l.status === 'shipped'))).toBe(true);
    });

    it('matches orders with at least one line in one of the given statuses', async () => {
      const shipped = await orders('?status=shipped');
      expect(shipped.length).toBeGreaterThan(0);
      expect(shipped.every((o) => o.order_lines.some((l) => l.status === 'shipped'))).toBe(true);
    });

    it('answers 250 orders by default and at most 250', async () => {
      expect(await orders(`?status=${ALL}`)).toHaveLength(250);
      expect(await orders(`?status=${ALL}&limit=1000`)).toHaveLength(250);
      expect(await orders(`?status=${ALL}&limit=7`)).toHaveLength(7);
      expect((await call('GET', '/orders?limit=0')).status).toBe(422);
      expect((await call('GET', '/orders?limit=abc')).status).toBe(422);
    });

    it('pages with since_id: ids greater than it, ascending, every order once', async () => {
      const seen: number[] = [];
      let sinceId = 0;
      for (;;) {
        const page = await orders(`?status=${ALL}&limit=100&since_id=${sinceId}`);
        if (page.length === 0) break;
        expect(page[0].id).toBeGreaterThan(sinceId);
        seen.push(...page.map((o) => o.id));
        sinceId = page[page.length - 1].id;
      }
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThanOrEqual(600);
    });

    it('gives creation times that grow with ids', async () => {
      const page = await orders(`?status=${ALL}&limit=250&since_id=0`);
      const times = page.map((o) => Date.parse(o.created_at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    });

    it('filters by ids and by order numbers, ascending, ignoring unknown ones', async () => {
      const [a, b] = [await create(), await create()];
      expect((await orders(`?status=${ALL}&ids=${b.id},999999999,${a.id}`)).map((o) => o.id)).toEqual([a.id, b.id]);
      expect((await orders(`?status=${ALL}&order_numbers=${b.order_number},nope,${a.order_number}`)).map((o) => o.id)).toEqual([a.id, b.id]);
      expect((await call('GET', '/orders?ids=1,x')).status).toBe(422);
    });

    it('filters by tags: with_tags needs every tag, without_tags none', async () => {
      const rush = await orders(`?status=${ALL}&with_tags=wholesale,rush`);
      expect(rush.length).toBeGreaterThan(0);
      expect(rush.every((o) => o.tags.includes('wholesale') && o.tags.includes('rush'))).toBe(true);
      const notRush = await orders(`?status=${ALL}&with_tags=wholesale&without_tags=rush`);
      expect(notRush.length).toBeGreaterThan(0);
      expect(notRush.every((o) => o.tags.includes('wholesale') && !o.tags.includes('rush'))).toBe(true);
    });
  });

  describe('seeded orders', () => {
    it('look like a running factory: shipped lines with fulfillments, lines in production, new ones, a few cancelled', async () => {
      const lines: VuListedOrderLine[] = [];
      let sinceId = 0;
      for (;;) {
        const page = (await call<{ order_lines: VuListedOrderLine[] }>('GET', `/order_lines?status=${ALL}&since_id=${sinceId}`)).body.order_lines;
        if (page.length === 0) break;
        lines.push(...page);
        sinceId = page[page.length - 1].id;
      }
      const statuses = new Set(lines.map((l) => l.status));
      expect([...statuses].sort()).toEqual(['cancelled', 'in_production', 'new_order', 'partially_shipped', 'shipped']);
      for (const line of lines) {
        const shipped = line.fulfillments.reduce((sum, f) => sum + f.quantity, 0);
        if (line.status === 'shipped') expect(shipped).toBe(line.quantity);
        if (line.status === 'partially_shipped') expect(shipped).toBeLessThan(line.quantity);
        if (line.status === 'new_order') expect(shipped).toBe(0);
      }
      expect(lines.some((l) => l.ex_factory_date.changes.some((c) => c.reason_code === 'factory_delay'))).toBe(true);
    });

    it('seed 100,000 orders and list them', async () => {
      const big = new VuEmulator('k', 's');
      big.seed(100_000);
      await big.listen();
      try {
        const response = await fetch(`${big.server.url}/api/v1/orders?status=${ALL}&since_id=60000`, { headers: { authorization: big.authorization } });
        expect(((await response.json()) as { orders: unknown[] }).orders).toHaveLength(250);
      } finally {
        await big.server.close();
      }
    }, 60_000);
  });

  describe('GET /order_lines and POST /fulfillments', () => {
    it('lists lines with the same filters, with their order id and number', async () => {
      const order = await create();
      const response = await call<{ order_lines: VuListedOrderLine[] }>('GET', `/order_lines?order_numbers=${order.order_number}`);
      expect(response.body.order_lines).toEqual([{ ...order.order_lines[0], order_id: order.id, order_number: order.order_number }]);
      const none = await call<{ order_lines: VuListedOrderLine[] }>('GET', `/order_lines?order_numbers=${order.order_number}&status=shipped`);
      expect(none.body.order_lines).toEqual([]);
    }, 120_000); // seeding 100,000 orders takes long on a loaded machine

    it('ships a line in parts: partially_shipped, then shipped, each fulfillment on the order', async () => {
      const order = await create({ orderLines: [{ ...vuCreateInput('x').orderLines[0], quantity: 3 }] });
      const lineId = order.order_lines[0].id;
      const first = await call<{ fulfillment: VuFulfillment }>('POST', '/fulfillments', {
        fulfillment: { order_line_id: lineId, quantity: 2, tracking_number: '1Z999AA10123456784' },
      });
      expect(first.status).toBe(200);
      expect(first.body.fulfillment).toMatchObject({
        id: expect.any(Number),
        quantity: 2,
        tracking_number: '1Z999AA10123456784',
        carrier_name: 'UPS',
        service_name: 'UPS Ground Residential',
        service_code: 'XY12',
        recipient_name: 'John Smith',
        recipient_postal_code: '07450',
      });
      let read = (await call<{ order: VuOrder }>('GET', `/orders/${order.id}`)).body.order;
      expect(read.order_lines[0]).toMatchObject({ status: 'partially_shipped', fulfillments: [first.body.fulfillment] });
      expect(read.updated_at >= order.updated_at).toBe(true);

      const rest = await call<{ fulfillment: VuFulfillment }>('POST', '/fulfillments', {
        fulfillment: {
          order_line_id: lineId,
          quantity: 1,
          tracking_number: '794612345678',
          carrier_name: 'FedEx',
          carrier_code: 'fedex',
          service_name: 'FedEx Ground',
          weight: 1.5,
        },
      });
      read = (await call<{ order: VuOrder }>('GET', `/orders/${order.id}`)).body.order;
      expect(read.order_lines[0].status).toBe('shipped');
      expect(read.order_lines[0].fulfillments.map((f) => f.tracking_number)).toEqual(['1Z999AA10123456784', '794612345678']);
      expect(rest.body.fulfillment).toMatchObject({ carrier_name: 'FedEx', carrier_code: 'fedex', weight: 1.5 });
      expect((await orders(`?order_numbers=${order.order_number}`)).length).toBe(0); // no new_order line any more
      expect((await orders(`?order_numbers=${order.order_number}&status=shipped`)).length).toBe(1);
    });

    it.each([
      ['no line', { quantity: 1, tracking_number: 't' }, 'order_line_id', /blank/],
      ['an unknown line', { order_line_id: 1, quantity: 1, tracking_number: 't' }, 'order_line_id', /does not exist/],
      ['no tracking number', { quantity: 1 }, 'tracking_number', /blank/],
      ['a zero quantity', { quantity: 0, tracking_number: 't' }, 'quantity', /at least 1/],
      ['more than is left to ship', { quantity: 2, tracking_number: 't' }, 'quantity', /exceeds the unfulfilled quantity/],
    ])('refuses a fulfillment with %s with 422 naming the field', async (_name, fields, field, message) => {
      const order = await create();
      const body = { fulfillment: { order_line_id: order.order_lines[0].id, ...fields } };
      if (!('order_line_id' in fields) && field === 'order_line_id') delete (body.fulfillment as Record<string, unknown>).order_line_id;
      const response = await call<{ errors: Record<string, string[]> }>('POST', '/fulfillments', body);
      expect(response.status).toBe(422);
      expect(response.body.errors[field]).toEqual([expect.stringMatching(message)]);
    });
  });
});
