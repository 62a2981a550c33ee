import {
  CancelOrderDocument,
  CreateOctopiServiceOrderDocument,
  GetOrderDocument,
  ListOrdersDocument,
  OrderByNumberDocument,
  UpdateOctopiServiceOrderDocument,
} from '../../schema/generated/graphql';
import { asKey, gql, SANDBOX_KEY } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';
import { octopi } from '../../src/providers/octopi';

describe('Octopi end to end over GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ modules: [octopi], seed: 15 });
  });
  afterAll(() => app.close());

  const input = (orderNumber: string) => ({
    orderNumber,
    cargoType: 'CONTAINER' as const,
    containerIds: [4337700],
    serviceIds: ['cleaning', '721'],
    dueAt: '2024-05-20T00:00:00Z',
    comment: 'New SO',
  });

  it('creates an order, reads it by id and by number, finds it in the list, updates and cancels it', async () => {
    const created = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input('E2E-001') });
    expect(created.errors).toBeUndefined();
    const order = created.data!.createOctopiServiceOrder;
    expect(order).toMatchObject({
      provider: 'OCTOPI',
      orderNumber: 'E2E-001',
      status: 'PENDING',
      providerStatus: 'pending',
      dueAt: '2024-05-20T00:00:00.000Z',
      note: 'New SO',
    });
    expect(order.serviceItems.map((i) => i.name).sort()).toEqual(['Cleaning (Default)', 'Repainting']);
    expect(order.containers).toEqual([expect.objectContaining({ number: '0317933' })]);

    const byId = await gql(app.url, GetOrderDocument, { id: order.id });
    expect(byId.data!.order).toEqual(order);
    const byNumber = await gql(app.url, OrderByNumberDocument, { provider: 'OCTOPI', orderNumber: 'E2E-001' });
    expect(byNumber.data!.orderByNumber).toEqual(order);

    const list = await gql(app.url, ListOrdersDocument, { first: 5 });
    expect(list.data!.orders.edges[0].node.id).toBe(order.id); // newest first

    const updated = await gql(app.url, UpdateOctopiServiceOrderDocument, { id: order.id, input: { comment: 'Gate 4' } });
    expect(updated.data!.updateOctopiServiceOrder.note).toBe('Gate 4');

    const cancelled = await gql(app.url, CancelOrderDocument, { id: order.id, reason: 'Vessel left' });
    expect(cancelled.data!.cancelOrder).toEqual({ id: order.id, status: 'CANCELLED', providerStatus: 'cancelled' });
    const after = await gql(app.url, GetOrderDocument, { id: order.id });
    expect(after.data!.order!.serviceItems.every((i) => i.status === 'CANCELLED')).toBe(true);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field and the rule, and calls no vendor', async () => {
    app.emulator('OCTOPI').clearLog();
    const response = await gql(app.url, CreateOctopiServiceOrderDocument, { input: { ...input('E2E-BAD'), serviceIds: [], dueAt: undefined } });
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', provider: 'OCTOPI', field: 'input.serviceIds', rule: 'required' });
    expect(app.emulator('OCTOPI').log).toHaveLength(0);
  });

  it('passes the vendor rejection of a duplicate order number through with its status and code', async () => {
    await gql(app.url, CreateOctopiServiceOrderDocument, { input: input('E2E-DUP') });
    const response = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input('E2E-DUP') });
    expect(response.errors![0].extensions).toMatchObject({ code: 'PROVIDER_REJECTED', provider: 'OCTOPI', httpStatus: 422, providerCode: 'VALIDATION_ERROR' });
    expect(response.errors![0].message).toContain('order_number has already been taken');
  });

  it('answers NOT_FOUND for an unknown id and null for an unknown order number', async () => {
    const missing = await gql(app.url, GetOrderDocument, { id: 'octopi:999999' });
    expect(missing.data!.order).toBeNull();
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', provider: 'OCTOPI' });
    const none = await gql(app.url, OrderByNumberDocument, { provider: 'OCTOPI', orderNumber: 'NOPE' });
    expect(none.data!.orderByNumber).toBeNull();
    expect(none.errors).toBeUndefined(); // no order has that number: null, not an error
  });

  it('answers a malformed id or cursor with BAD_USER_INPUT', async () => {
    const badId = await gql(app.url, GetOrderDocument, { id: 'nonsense' });
    expect(badId.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', rule: 'globalId' });
    const badCursor = await gql(app.url, ListOrdersDocument, { first: 5, after: 'garbage' });
    expect(badCursor.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', rule: 'cursor' });
  });

  it('pages through every seeded order exactly once', async () => {
    const ids: string[] = [];
    let after: string | null | undefined;
    do {
      const page = await gql(app.url, ListOrdersDocument, { first: 4, after });
      ids.push(...page.data!.orders.edges.map((e) => e.node.id));
      after = page.data!.orders.pageInfo.hasNextPage ? page.data!.orders.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(ids).size).toBe(ids.length);
    const total = (await fetch(`${app.emulator('OCTOPI').url}/api/v1/service_orders`, { headers: { Authorization: 'Token token=sandbox-octopi-token' } }).then(
      (r) => r.json(),
    )) as { total_count: number };
    expect(ids.length).toBe(total.total_count);
  });

  it('serves a liveness endpoint', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers a malformed JSON body with a clear 400', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asKey(SANDBOX_KEY) },
      body: '{"query":',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
