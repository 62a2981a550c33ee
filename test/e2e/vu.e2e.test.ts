import { CancelOrderDocument, CreateVuOrderDocument, GetOrderDocument, ListOrdersDocument, OrderByNumberDocument } from '../../schema/generated/graphql';
import type { CreateVuOrderInput } from '../../schema/generated/graphql';
import { LARGE_ANSWER_CHARS } from '../../src/http/app';
import { vu } from '../../src/providers/vu';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

describe('VU Custom end to end over GraphQL', () => {
  let app: TestApp;
  const auth = { authorization: `Basic ${Buffer.from('sandbox-vu-key:sandbox-vu-secret').toString('base64')}` };
  const atVu = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${app.emulator('VU').url}/api/v1${path}`, {
      method,
      headers: { ...auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  const party = (account: string) => ({
    accountNumber: account,
    address1: '500 Congress Ave',
    address2: 'Suite 210',
    city: 'Austin',
    companyName: 'Lone Star Promo Co',
    country: 'US',
    firstName: 'Maria',
    lastName: 'Lopez',
    phone: '512-555-0142',
    postalCode: '78701',
    stateRegion: 'TX',
    email: 'ap@lonestarpromo.example',
  });
  const input = (orderNumber: string): CreateVuOrderInput => ({
    orderNumber,
    currency: 'USD',
    orderDate: '2024-05-02T14:30:00.000Z',
    salesChannel: 'B2B',
    shipMethodCarrier: 'UPS',
    shipMethodCode: 'XY12',
    shipMethodDescription: 'UPS Ground Residential',
    purchaseOrderNumber: 'PO-ATX-4411',
    salesOrderNumber: 'SO-9001',
    note: 'Logo proof approved',
    tags: ['wholesale'],
    b2b: { buyer_account: 'ATX-114', payment_terms: 'NET45' },
    orderLines: [
      { sku: 'TMB-20-SS', productDescription: 'Custom 20oz Stainless Tumbler', quantity: 3, price: '20', recipeToken: '1609c0e8', lineReference: 'L-1' },
      { sku: 'CAP-EMB-01', productDescription: 'Embroidered Snapback Cap', quantity: 24, price: '18', recipeToken: 'a1b2c3d4' },
    ],
    shipTo: party('SHPTO202'),
    soldTo: party('SLDTO201'),
  });

  beforeAll(async () => {
    app = await startTestApp({ modules: [vu], seed: 30 });
  });
  afterAll(() => app.close());

  it('creates an order, reads it back by id and by number, and shows fulfillments added at VU', async () => {
    const created = await gql(app.url, CreateVuOrderDocument, { input: input('E2E-VU-001'), idempotencyKey: 'e2e-vu-001' });
    expect(created.errors).toBeUndefined();
    const order = created.data!.createVuOrder;
    expect(order).toMatchObject({
      provider: 'VU',
      orderNumber: 'E2E-VU-001',
      status: 'PENDING',
      providerStatus: 'new_order',
      currency: 'USD',
      note: 'Logo proof approved',
      orderType: 'b2b',
      tags: ['wholesale'],
      references: [
        { type: 'PURCHASE_ORDER', value: 'PO-ATX-4411' },
        { type: 'SALES_ORDER', value: 'SO-9001' },
      ],
      shippingMethod: { carrier: 'UPS', code: 'XY12', description: 'UPS Ground Residential' },
    });
    expect(order.id).toBe(`vu:${order.providerId}`);
    expect(order.parties.map((p) => [p.role, p.code, p.name, p.companyName])).toEqual([
      ['SOLD_TO', 'SLDTO201', 'Maria Lopez', 'Lone Star Promo Co'],
      ['SHIP_TO', 'SHPTO202', 'Maria Lopez', 'Lone Star Promo Co'],
    ]);
    expect(order.parties[1].address).toEqual({
      lines: ['500 Congress Ave', 'Suite 210'],
      city: 'Austin',
      postalCode: '78701',
      region: 'TX',
      country: 'US',
      latitude: null,
      longitude: null,
      timezone: null,
    });
    expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPrice, l.status, l.providerStatus, l.fulfillments])).toEqual([
      ['TMB-20-SS', '3', { amount: '20', currency: 'USD' }, 'PENDING', 'new_order', []],
      ['CAP-EMB-01', '24', { amount: '18', currency: 'USD' }, 'PENDING', 'new_order', []],
    ]);
    expect(order.lines[0].exFactoryDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const byId = await gql(app.url, GetOrderDocument, { id: order.id });
    expect(byId.data!.order).toEqual(order);
    const byNumber = await gql(app.url, OrderByNumberDocument, { provider: 'VU', orderNumber: 'E2E-VU-001' });
    expect(byNumber.data!.orderByNumber).toEqual(order);

    // The factory ships part of the first line: the order is under way.
    const lineId = Number(order.lines[0].id);
    await atVu('POST', '/fulfillments', { fulfillment: { order_line_id: lineId, quantity: 2, tracking_number: '1Z999AA10123456784' } });
    const shipping = (await gql(app.url, GetOrderDocument, { id: order.id })).data!.order!;
    expect(shipping).toMatchObject({ status: 'IN_PROGRESS', providerStatus: 'partially_shipped,new_order' });
    expect(shipping.lines[0]).toMatchObject({
      status: 'IN_PROGRESS',
      providerStatus: 'partially_shipped',
      fulfillments: [{ trackingNumber: '1Z999AA10123456784', carrierName: 'UPS', carrierCode: 'ups', serviceName: 'UPS Ground Residential', quantity: 2 }],
    });
    expect(shipping.lines[0].fulfillments[0].id).toMatch(/^\d+$/);
    expect(Date.parse(shipping.updatedAt!)).toBeGreaterThanOrEqual(Date.parse(order.updatedAt!));

    // Then the rest of both lines: every line shipped completes the order.
    await atVu('POST', '/fulfillments', { fulfillment: { order_line_id: lineId, quantity: 1, tracking_number: '1Z999AA10123456785' } });
    await atVu('POST', '/fulfillments', { fulfillment: { order_line_id: Number(order.lines[1].id), quantity: 24, tracking_number: '1Z999AA10123456786' } });
    const shipped = (await gql(app.url, OrderByNumberDocument, { provider: 'VU', orderNumber: 'E2E-VU-001' })).data!.orderByNumber!;
    expect(shipped).toMatchObject({ status: 'COMPLETED', providerStatus: 'shipped' });
    expect(shipped.lines[0].fulfillments.map((f) => [f.trackingNumber, f.quantity])).toEqual([
      ['1Z999AA10123456784', 2],
      ['1Z999AA10123456785', 1],
    ]);
  });

  it('sends a large answer with text outside ASCII byte for byte: its Content-Length is its UTF-8 length', async () => {
    const note = 'Logo proof approved — Zürich, 東京 ✓';
    const created = await gql(app.url, CreateVuOrderDocument, { input: { ...input('E2E-VU-UTF8'), note }, idempotencyKey: 'e2e-vu-utf8' });
    expect(created.errors).toBeUndefined();
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { authorization: 'Bearer sandbox-key', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ orders(first: 200) { edges { node { id orderNumber note raw parties { name address { lines city } } } } } }' }),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    // Large enough to go out as bytes encoded once, not as a string.
    expect(bytes.length).toBeGreaterThan(LARGE_ANSWER_CHARS);
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json; charset=utf-8$/);
    const edges = JSON.parse(bytes.toString('utf8')).data.orders.edges as Array<{ node: { orderNumber: string; note: string } }>;
    expect(edges.find((e) => e.node.orderNumber === 'E2E-VU-UTF8')?.node.note).toBe(note);
  });

  it('creates once for a repeated idempotency key', async () => {
    app.emulator('VU').clearLog();
    const first = await gql(app.url, CreateVuOrderDocument, { input: input('E2E-VU-IDEM'), idempotencyKey: 'e2e-vu-idem' });
    const again = await gql(app.url, CreateVuOrderDocument, { input: input('E2E-VU-IDEM'), idempotencyKey: 'e2e-vu-idem' });
    expect(again.data!.createVuOrder.id).toBe(first.data!.createVuOrder.id);
    expect(app.emulator('VU').log.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('finds the order by its number when the answer to a create is lost, and never creates it twice', async () => {
    app.emulator('VU').setFaults({ loseCreateResponse: true, times: 1 });
    const lost = await gql(app.url, CreateVuOrderDocument, { input: input('E2E-VU-LOST'), idempotencyKey: 'e2e-vu-lost' });
    expect(lost.errors).toBeUndefined();
    expect(lost.data!.createVuOrder).toMatchObject({ orderNumber: 'E2E-VU-LOST', provider: 'VU' });
    const again = await gql(app.url, CreateVuOrderDocument, { input: input('E2E-VU-LOST'), idempotencyKey: 'e2e-vu-lost' });
    expect(again.data!.createVuOrder.id).toBe(lost.data!.createVuOrder.id);
    const atVendor = await atVu<{ orders: unknown[] }>('GET', '/orders?order_numbers=E2E-VU-LOST');
    expect(atVendor.orders).toHaveLength(1);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field and the rule, and calls no vendor', async () => {
    app.emulator('VU').clearLog();
    const bad = input('E2E-VU-BAD');
    bad.shipTo = { ...bad.shipTo, country: 'USA' };
    const response = await gql(app.url, CreateVuOrderDocument, { input: bad });
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', provider: 'VU', field: 'input.shipTo.country', rule: 'iso3166Alpha2' });
    const price = await gql(app.url, CreateVuOrderDocument, {
      input: { ...input('E2E-VU-BAD'), orderLines: [{ ...input('x').orderLines[0], price: '19.90' }] },
    });
    expect(price.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.orderLines[0].price', rule: 'integer' });
    expect(app.emulator('VU').log).toHaveLength(0);
  });

  it('passes the vendor rejection of a duplicate order number through with its status and code', async () => {
    await gql(app.url, CreateVuOrderDocument, { input: input('E2E-VU-DUP') });
    const response = await gql(app.url, CreateVuOrderDocument, { input: input('E2E-VU-DUP') });
    expect(response.errors![0].extensions).toMatchObject({ code: 'PROVIDER_REJECTED', provider: 'VU', httpStatus: 422, providerCode: 'UNPROCESSABLE_ENTITY' });
    expect(response.errors![0].message).toContain('order_number has already been taken');
  });

  it('says VU orders cannot be cancelled', async () => {
    const created = (await gql(app.url, CreateVuOrderDocument, { input: input('E2E-VU-CANCEL') })).data!.createVuOrder;
    const response = await gql(app.url, CancelOrderDocument, { id: created.id, reason: 'Customer changed mind' });
    expect(response.errors![0].extensions).toMatchObject({ code: 'UNSUPPORTED_OPERATION', provider: 'VU' });
  });

  it('answers NOT_FOUND for an unknown id and null for an unknown order number', async () => {
    const missing = await gql(app.url, GetOrderDocument, { id: 'vu:999999999' });
    expect(missing.data!.order).toBeNull();
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', provider: 'VU' });
    const none = await gql(app.url, OrderByNumberDocument, { provider: 'VU', orderNumber: 'NOPE' });
    expect(none.data!.orderByNumber).toBeNull();
  });

  it('pages through every order exactly once, newest first and oldest first, whatever their status', async () => {
    const all = await atVu<{ orders: Array<{ id: number }> }>('GET', '/orders?status=new_order,in_production,partially_shipped,shipped,cancelled');
    for (const orderBy of ['NEWEST_FIRST', 'OLDEST_FIRST'] as const) {
      const ids: string[] = [];
      const times: number[] = [];
      let after: string | null | undefined;
      do {
        const page = await gql(app.url, ListOrdersDocument, { first: 7, after, orderBy });
        expect(page.errors).toBeUndefined();
        ids.push(...page.data!.orders.edges.map((e) => e.node.id));
        times.push(...page.data!.orders.edges.map((e) => Date.parse(e.node.createdAt)));
        after = page.data!.orders.pageInfo.hasNextPage ? page.data!.orders.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(all.orders.length);
      expect(times).toEqual([...times].sort((a, b) => (orderBy === 'NEWEST_FIRST' ? b - a : a - b)));
    }
    const newest = await gql(app.url, ListOrdersDocument, { first: 1 });
    expect(newest.data!.orders.edges[0].node.orderNumber).toBe('E2E-VU-CANCEL');
  });

  it('filters the merged list by unified status', async () => {
    const page = await gql(app.url, ListOrdersDocument, { first: 50, filter: { statuses: ['COMPLETED'] } });
    expect(page.data!.orders.edges.length).toBeGreaterThan(0);
    expect(page.data!.orders.edges.every((e) => e.node.status === 'COMPLETED' && e.node.provider === 'VU')).toBe(true);
  });
});

describe('VU Custom in the merged list of every provider', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 25 });
  });
  afterAll(() => app.close());

  it('pages through every order of every provider exactly once, newest first, with VU orders among them', async () => {
    const seen: Array<{ id: string; provider: string; createdAt: number }> = [];
    let after: string | null | undefined;
    do {
      const page = await gql(app.url, ListOrdersDocument, { first: 9, after });
      expect(page.errors).toBeUndefined();
      seen.push(...page.data!.orders.edges.map((e) => ({ id: e.node.id, provider: e.node.provider, createdAt: Date.parse(e.node.createdAt) })));
      after = page.data!.orders.pageInfo.hasNextPage ? page.data!.orders.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen.map((o) => o.id)).size).toBe(seen.length);
    expect(seen.filter((o) => o.provider === 'VU')).toHaveLength(25);
    expect(seen.length).toBe(25 * app.registry.keys().length);
    const times = seen.map((o) => o.createdAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
