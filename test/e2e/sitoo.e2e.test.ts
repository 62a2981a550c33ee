import {
  CancelOrderDocument,
  CreateSitooServiceOrderDocument,
  GetOrderDocument,
  ListOrdersDocument,
  OrderByNumberDocument,
  UpdateSitooServiceOrderDocument,
  type CreateSitooServiceOrderInput,
} from '../../schema/generated/graphql';
import { sitoo } from '../../src/providers/sitoo';
import type { SitooServiceOrder } from '../../src/providers/sitoo/wire';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

describe('Sitoo end to end over GraphQL', () => {
  let app: TestApp;
  let sitooUrl: string;
  let accountPath: string;
  const auth = { Authorization: `Basic ${Buffer.from('1500-1:sandbox-sitoo-password').toString('base64')}` };
  /** What the emulator holds, read over its own API. */
  const atSitoo = async (id: string) =>
    (await fetch(`${sitooUrl}${accountPath}/serviceorders/${id}.json`, { headers: auth }).then((r) => r.json())) as SitooServiceOrder;
  const newestAtSitoo = async (num = 100) =>
    (await fetch(`${sitooUrl}${accountPath}/serviceorders.json?num=${num}`, { headers: auth }).then((r) => r.json())) as SitooServiceOrder[];

  beforeAll(async () => {
    app = await startTestApp({ modules: [sitoo], seed: 15 });
    sitooUrl = app.emulator('SITOO').url;
    accountPath = `/v2/accounts/${app.sandboxes.get('SITOO')!.env.SITOO_ACCOUNT_ID}`;
  });
  afterAll(() => app.close());
  afterEach(() => app.emulator('SITOO').clearFaults());

  const input = (lastName: string): CreateSitooServiceOrderInput => ({
    store: { id: 'STORE111', name: 'Barlay Shoe Inc' },
    owner: { email: 'staff@example.com', name: 'Pete' },
    customer: { firstName: 'Erica', lastName, email: 'erica@example.com', mobile: '+46701112233' },
    currency: 'SEK',
    product: {
      sku: 'SHOE999',
      name: 'Barlay Shoe',
      services: [{ sku: 'SERVICE_HEEL', name: 'Replace heel', quantity: 1, unitPrice: '50.00', costShare: 0, note: 'Left foot' }],
    },
    author: { email: 'anna@example.com' },
  });

  it('creates an order, reads it by id and by number, updates it at its revision, refuses a stale revision and cancels it', async () => {
    const created = await gql(app.url, CreateSitooServiceOrderDocument, { input: input('Swansson') });
    expect(created.errors).toBeUndefined();
    const order = created.data!.createSitooServiceOrder;
    expect(order).toMatchObject({ provider: 'SITOO', status: 'PENDING', providerStatus: 'new', currency: 'SEK', revision: '1', note: '' });
    expect(order.id).toBe(`sitoo:${order.providerId}`);
    expect(order.orderNumber).toBe(order.providerId);
    expect(order.serviceItems).toEqual([
      expect.objectContaining({
        code: 'SERVICE_HEEL',
        name: 'Replace heel',
        quantity: 1,
        unitPrice: { amount: '50.00', currency: 'SEK' },
        costShare: 0,
        note: 'Left foot',
        productSku: 'SHOE999',
        productName: 'Barlay Shoe',
      }),
    ]);
    expect(order.parties.map((p) => p.role)).toEqual(['STORE', 'OWNER', 'CUSTOMER', 'AUTHOR']);

    const byId = await gql(app.url, GetOrderDocument, { id: order.id });
    expect(byId.data!.order).toEqual(order);
    const byNumber = await gql(app.url, OrderByNumberDocument, { provider: 'SITOO', orderNumber: order.providerId });
    expect(byNumber.data!.orderByNumber).toEqual(order);
    const list = await gql(app.url, ListOrdersDocument, { first: 3 });
    expect(list.data!.orders.edges[0].node.id).toBe(order.id);

    const started = await gql(app.url, UpdateSitooServiceOrderDocument, {
      id: order.id,
      revision: order.revision!,
      input: { state: 'IN_PROGRESS', note: 'Heel ordered' },
    });
    expect(started.errors).toBeUndefined();
    expect(started.data!.updateSitooServiceOrder).toMatchObject({ status: 'IN_PROGRESS', providerStatus: 'in_progress', revision: '2', note: 'Heel ordered' });
    expect(started.data!.updateSitooServiceOrder.parties).toContainEqual(expect.objectContaining({ role: 'AUTHOR', email: 'ordergraph@example.com' }));

    const before = await atSitoo(order.providerId);
    const stale = await gql(app.url, UpdateSitooServiceOrderDocument, {
      id: order.id,
      revision: order.revision!,
      input: { state: 'CLOSED', note: 'Overwrite?' },
    });
    expect(stale.data).toBeNull();
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', provider: 'SITOO', httpStatus: 412, currentRevision: '2' });
    expect(await atSitoo(order.providerId)).toEqual(before);

    const done = await gql(app.url, UpdateSitooServiceOrderDocument, {
      id: order.id,
      revision: stale.errors![0].extensions!.currentRevision as string,
      input: { state: 'SERVICE_DONE', author: { email: 'pete@example.com', name: 'Pete', employeeId: 'E7' } },
    });
    expect(done.data!.updateSitooServiceOrder).toMatchObject({ status: 'COMPLETED', providerStatus: 'service_done', revision: '3', note: 'Heel ordered' });
    expect(done.data!.updateSitooServiceOrder.parties).toContainEqual({
      role: 'AUTHOR',
      code: 'E7',
      name: 'Pete',
      email: 'pete@example.com',
      companyName: null,
      phone: null,
      address: null,
    });

    const cancelled = await gql(app.url, CancelOrderDocument, { id: order.id, reason: 'Customer changed their mind' });
    expect(cancelled.data!.cancelOrder).toEqual({ id: order.id, status: 'CANCELLED', providerStatus: 'cancelled' });
    expect(await atSitoo(order.providerId)).toMatchObject({ state: 'cancelled', revision: 4, note: 'Heel ordered' });
    const reread = await gql(app.url, GetOrderDocument, { id: order.id });
    expect(reread.data!.order).toMatchObject({ status: 'CANCELLED', revision: '4' });
  });

  it('refuses bad input with BAD_USER_INPUT naming the field and the rule, and calls no vendor', async () => {
    app.emulator('SITOO').clearLog();
    const bad = input('Bad');
    bad.product.services[0].unitPrice = '50';
    bad.product.services[0].costShare = 120;
    const response = await gql(app.url, CreateSitooServiceOrderDocument, { input: bad });
    expect(response.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      provider: 'SITOO',
      field: 'input.product.services[0].unitPrice',
      rule: 'pattern',
    });
    expect(response.errors![0].extensions!.issues).toContainEqual(expect.objectContaining({ field: 'input.product.services[0].costShare', rule: 'range' }));
    const currency = await gql(app.url, CreateSitooServiceOrderDocument, { input: { ...input('Bad'), currency: 'Kronor' } });
    expect(currency.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.currency', rule: 'iso4217' });
    expect(app.emulator('SITOO').log).toHaveLength(0);
  });

  it('refuses a malformed revision or a non-Sitoo id on update before calling Sitoo', async () => {
    const [seeded] = await newestAtSitoo(1);
    app.emulator('SITOO').clearLog();
    const revision = await gql(app.url, UpdateSitooServiceOrderDocument, { id: `sitoo:${seeded.id}`, revision: 'latest', input: { state: 'CLOSED' } });
    expect(revision.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'revision', rule: 'integer' });
    const octopi = await gql(app.url, UpdateSitooServiceOrderDocument, { id: 'octopi:41', revision: '1', input: { state: 'CLOSED' } });
    expect(octopi.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', rule: 'provider' });
    expect(app.emulator('SITOO').log).toHaveLength(0);
  });

  it('recovers a create whose answer was lost, and a retry with the same key makes no second order', async () => {
    app.emulator('SITOO').setFaults({ loseCreateResponse: true, times: 1 });
    const first = await gql(app.url, CreateSitooServiceOrderDocument, { input: input('Lostanswer'), idempotencyKey: 'sitoo-e2e-lost-1' });
    expect(first.errors).toBeUndefined();
    const order = first.data!.createSitooServiceOrder;
    expect(order.parties).toContainEqual(expect.objectContaining({ role: 'CUSTOMER', name: 'Erica Lostanswer' }));
    const again = await gql(app.url, CreateSitooServiceOrderDocument, { input: input('Lostanswer'), idempotencyKey: 'sitoo-e2e-lost-1' });
    expect(again.data!.createSitooServiceOrder.id).toBe(order.id);
    const made = (await newestAtSitoo()).filter((o) => o.customer.last_name === 'Lostanswer');
    expect(made.map((o) => o.id)).toEqual([order.providerId]);
  });

  it('pushes a status filter down to Sitoo and returns only matching orders', async () => {
    app.emulator('SITOO').clearLog();
    const page = await gql(app.url, ListOrdersDocument, { first: 5, filter: { providers: ['SITOO'], statuses: ['COMPLETED'] } });
    expect(page.errors).toBeUndefined();
    for (const edge of page.data!.orders.edges) expect(['service_done', 'closed']).toContain(edge.node.providerStatus);
    expect(app.emulator('SITOO').log[0].query).toContain('state=service_done%2Cclosed');
  });

  it('pages through every Sitoo order exactly once, in both directions', async () => {
    const total = (await newestAtSitoo()).length;
    for (const orderBy of ['NEWEST_FIRST', 'OLDEST_FIRST'] as const) {
      const ids: string[] = [];
      let after: string | null | undefined;
      do {
        const page = await gql(app.url, ListOrdersDocument, { first: 4, after, orderBy });
        ids.push(...page.data!.orders.edges.map((e) => e.node.id));
        after = page.data!.orders.pageInfo.hasNextPage ? page.data!.orders.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(total);
    }
  });

  it('answers NOT_FOUND for an unknown id and null for an unknown order number', async () => {
    const missing = await gql(app.url, GetOrderDocument, { id: 'sitoo:ZZZZZZZZZ' });
    expect(missing.data!.order).toBeNull();
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', provider: 'SITOO', httpStatus: 400 });
    const none = await gql(app.url, OrderByNumberDocument, { provider: 'SITOO', orderNumber: 'ZZZZZZZZZ' });
    expect(none.data!.orderByNumber).toBeNull();
  });
});
