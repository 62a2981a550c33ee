import {
  CancelOrderDocument,
  CreateShipwellPurchaseOrderDocument,
  GetOrderDocument,
  ListOrdersDocument,
  OrderByNumberDocument,
  type CreateShipwellPurchaseOrderInput,
} from '../../schema/generated/graphql';
import { octopi } from '../../src/providers/octopi';
import { shipwell } from '../../src/providers/shipwell';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';
import { shipwellInput } from '../support/shipwell-fixtures';

/** The GraphQL variables of a full purchase order (dates as ISO strings, as a client sends them). */
const input = (orderNumber: string) => JSON.parse(JSON.stringify(shipwellInput(orderNumber))) as CreateShipwellPurchaseOrderInput;

describe('Shipwell end to end over GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ modules: [octopi, shipwell], seed: 15 });
  });
  afterAll(() => app.close());

  it('creates a purchase order, reads it by id and by number in the same unified shape, and lists it first', async () => {
    const created = await gql(app.url, CreateShipwellPurchaseOrderDocument, { input: input('PO-E2E-001') });
    expect(created.errors).toBeUndefined();
    const order = created.data!.createShipwellPurchaseOrder;
    expect(order).toMatchObject({
      provider: 'SHIPWELL',
      orderNumber: 'PO-E2E-001',
      status: 'DRAFT',
      providerStatus: 'NOT_READY',
      orderType: 'PURCHASE_ORDER',
      currency: 'USD',
      note: 'Replenishment',
      dueAt: '2024-05-23T17:00:00.000Z',
      tags: ['urgent', 'temperature-controlled'],
      references: [
        { type: 'ERP_PO', value: '4500012345' },
        { type: 'SOURCE_SYSTEM_ID', value: 'SAP-4500012345' },
      ],
      serviceItems: [],
      containers: [],
    });
    expect(order.id).toBe(`shipwell:${order.providerId}`);
    expect(order.parties).toEqual([
      expect.objectContaining({
        role: 'SHIP_FROM',
        code: 'CVG-FRESNO',
        address: expect.objectContaining({ city: 'Fresno', timezone: 'America/Los_Angeles', latitude: 36.699, longitude: -119.77 }),
      }),
      expect.objectContaining({
        role: 'SHIP_TO',
        code: 'DC-DAL',
        address: {
          lines: ['4100 Mountain Creek Pkwy', 'Dock 7'],
          city: 'Dallas',
          postalCode: '75236',
          region: 'TX',
          country: 'US',
          latitude: 32.6634,
          longitude: -96.9406,
          timezone: 'America/Chicago',
        },
      }),
      expect.objectContaining({ role: 'SUPPLIER', code: 'SUP-1002', name: 'Central Valley Growers', email: 'shipping@cvgrowers.example' }),
      expect.objectContaining({ role: 'BILL_TO', code: 'HTF-AP-0001', name: 'Harvest Table Foods, Accounts Payable', phone: '+1 214-555-0100' }),
    ]);
    expect(order.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, unit: l.unit, unitPrice: l.unitPrice }))).toEqual([
      { sku: 'ALM-25LB', quantity: '120', unit: 'CARTON', unitPrice: { amount: '118.50', currency: 'USD' } },
      { sku: 'RAI-30LB', quantity: '0.5', unit: 'PALLET', unitPrice: { amount: '0.10000000000000001', currency: 'USD' } },
    ]);

    const byId = await gql(app.url, GetOrderDocument, { id: order.id });
    expect(byId.data!.order).toEqual(order);
    const byNumber = await gql(app.url, OrderByNumberDocument, { provider: 'SHIPWELL', orderNumber: 'PO-E2E-001' });
    expect(byNumber.data!.orderByNumber).toEqual(order);

    const list = await gql(app.url, ListOrdersDocument, { first: 3, filter: { providers: ['SHIPWELL'] } });
    expect(list.data!.orders.edges[0].node.id).toBe(order.id);
  });

  it('answers UNSUPPORTED_OPERATION to a cancel, without calling Shipwell', async () => {
    const created = await gql(app.url, CreateShipwellPurchaseOrderDocument, { input: input('PO-E2E-CANCEL') });
    app.emulator('SHIPWELL').clearLog();
    const response = await gql(app.url, CancelOrderDocument, { id: created.data!.createShipwellPurchaseOrder.id, reason: 'Supplier out of stock' });
    expect(response.errors![0].extensions).toMatchObject({ code: 'UNSUPPORTED_OPERATION', provider: 'SHIPWELL' });
    expect(app.emulator('SHIPWELL').log).toHaveLength(0);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field and the rule, and calls no vendor', async () => {
    app.emulator('SHIPWELL').clearLog();
    const bad = input('PO-E2E-BAD');
    bad.shipTo.geolocation = { latitude: 91, longitude: -96.9 };
    const response = await gql(app.url, CreateShipwellPurchaseOrderDocument, { input: bad });
    expect(response.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      provider: 'SHIPWELL',
      field: 'input.shipTo.geolocation.latitude',
      rule: 'range',
    });
    expect(app.emulator('SHIPWELL').log).toHaveLength(0);
  });

  it('passes the vendor rejection of a duplicate order number through with its status and code', async () => {
    await gql(app.url, CreateShipwellPurchaseOrderDocument, { input: input('PO-E2E-DUP') });
    const response = await gql(app.url, CreateShipwellPurchaseOrderDocument, { input: input('PO-E2E-DUP') });
    expect(response.errors![0].extensions).toMatchObject({
      code: 'PROVIDER_REJECTED',
      provider: 'SHIPWELL',
      httpStatus: 422,
      providerCode: 'unique_violation',
    });
    expect(response.errors![0].message).toContain('order_number: Value error, an order with this order_number already exists');
  });

  it('recovers a create whose answer was lost by its order number, and a retry with the same key makes no second order', async () => {
    const shipwellEmulator = app.emulator('SHIPWELL');
    shipwellEmulator.clearLog();
    shipwellEmulator.setFaults({ loseCreateResponse: true, times: 1 });
    const first = await gql(app.url, CreateShipwellPurchaseOrderDocument, { input: input('PO-E2E-LOST'), idempotencyKey: 'lost-1' });
    expect(first.errors).toBeUndefined();
    const again = await gql(app.url, CreateShipwellPurchaseOrderDocument, { input: input('PO-E2E-LOST'), idempotencyKey: 'lost-1' });
    expect(again.data!.createShipwellPurchaseOrder.id).toBe(first.data!.createShipwellPurchaseOrder.id);
    expect(shipwellEmulator.log.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('answers NOT_FOUND for an unknown id and null for an unknown order number', async () => {
    const missing = await gql(app.url, GetOrderDocument, { id: 'shipwell:01ARZ3NDEKTSV4RRFFQ69G5FAV' });
    expect(missing.data!.order).toBeNull();
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', provider: 'SHIPWELL' });
    const none = await gql(app.url, OrderByNumberDocument, { provider: 'SHIPWELL', orderNumber: 'PO-NOPE' });
    expect(none.data!.orderByNumber).toBeNull();
  });

  it('pages through every Shipwell and Octopi order exactly once, merged by creation time', async () => {
    const nodes: Array<{ id: string; provider: string; createdAt: string }> = [];
    let after: string | null | undefined;
    do {
      const page = await gql(app.url, ListOrdersDocument, { first: 7, after });
      expect(page.errors).toBeUndefined();
      nodes.push(...page.data!.orders.edges.map((e) => e.node));
      after = page.data!.orders.pageInfo.hasNextPage ? page.data!.orders.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    const times = nodes.map((n) => n.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    const total = (await fetch(`${app.emulator('SHIPWELL').url}/orders?limit=1`, { headers: { Authorization: 'Token sandbox-shipwell-token' } }).then((r) =>
      r.json(),
    )) as { count: number };
    expect(nodes.filter((n) => n.provider === 'SHIPWELL')).toHaveLength(total.count);
    expect(nodes.filter((n) => n.provider === 'OCTOPI').length).toBeGreaterThanOrEqual(15);
  });

  it("filters by unified status through Shipwell's own status filter", async () => {
    app.emulator('SHIPWELL').clearLog();
    const page = await gql(app.url, ListOrdersDocument, { first: 50, filter: { providers: ['SHIPWELL'], statuses: ['COMPLETED'] } });
    expect(page.data!.orders.edges.length).toBeGreaterThan(0);
    expect(page.data!.orders.edges.every((e) => e.node.status === 'COMPLETED' && e.node.providerStatus === 'DELIVERED')).toBe(true);
    expect(app.emulator('SHIPWELL').log.every((r) => r.query.includes('status=DELIVERED'))).toBe(true);
  });
});
