import { ListOrdersDocument, OrderChangesDocument, type OrderChangesQuery, type OrderChangesQueryVariables } from '../../schema/generated/graphql';
import { OrderChangeKind } from '../../src/changes/kinds';
import { appendChanges, type NewOrderChange } from '../../src/changes/postgres-log';
import { ProviderKey } from '../../src/providers';
import { OrderStatus } from '../../src/model/enums';
import { asKey, gql } from '../support/graphql';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/sandbox';

const codes = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => (response.errors ?? []).map((e) => e.extensions?.code);

/**
 * `orderChanges` over HTTP, reading a log written as the pollers write it (appendChanges in a
 * transaction), with the orders the sandbox holds.
 */
describe('orderChanges, the change feed as a Relay connection', () => {
  let testDb: TestDatabase | null;
  let app: TestApp;
  /** Global ids of the appended changes, in log order. */
  const appended: string[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase('orderChanges e2e');
    if (!testDb) return;
    app = await startTestApp({ seed: 4, env: { DATABASE_URL: testDb.url } });
    const changes: NewOrderChange[] = [];
    for (const provider of [ProviderKey.OCTOPI, ProviderKey.VU, ProviderKey.SITOO]) {
      const page = await app.registry.get(provider).listOrders({ direction: 'ASC', limit: 2, position: null, filter: {} });
      for (const order of page.orders) {
        changes.push({
          provider,
          orderId: order.id,
          kind: OrderChangeKind.STATUS_CHANGED,
          previousStatus: OrderStatus.PENDING,
          changedFields: ['status'],
          detectedAt: new Date(),
          order,
        });
        appended.push(order.id);
      }
    }
    await app.database!.transaction((tx) => appendChanges(tx, changes));
  });
  afterAll(async () => {
    await app?.close();
    await testDb?.drop();
  });
  const run = (name: string, test: () => Promise<void>) => it(name, async () => (testDb ? test() : undefined));

  run('pages through every change in log order with after and first, then reports no next page', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    let pages = 0;
    for (;;) {
      const page: Awaited<ReturnType<typeof gql<OrderChangesQuery, OrderChangesQueryVariables>>> = await gql(app.url, OrderChangesDocument, {
        first: 4,
        after,
      });
      expect(page.errors).toBeUndefined();
      const connection = page.data!.orderChanges;
      seen.push(...connection.edges.map((e) => e.node.orderId));
      pages += 1;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(appended);
    expect(pages).toBe(2);
    // The end cursor, asked again later, is an empty page until something new is appended.
    const later = await gql(app.url, OrderChangesDocument, {
      after: (await gql(app.url, OrderChangesDocument, { after })).data!.orderChanges.pageInfo.endCursor,
    });
    expect(later.data!.orderChanges).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  run('gives each change its sequence, kind, previous status, changed fields and the order as it now is', async () => {
    const page = await gql(app.url, OrderChangesDocument, { first: 1 });
    const node = page.data!.orderChanges.edges[0].node;
    expect(node).toMatchObject({ kind: 'STATUS_CHANGED', provider: 'OCTOPI', orderId: appended[0], previousStatus: 'PENDING', changedFields: ['status'] });
    expect(node.order.id).toBe(appended[0]);
    // A 64-bit position, as decimal digits (a GraphQL Int holds 32 bits).
    expect(node.sequence).toMatch(/^[1-9][0-9]*$/);
    expect(Number.isNaN(Date.parse(node.detectedAt))).toBe(false);
  });

  run('filters by provider and by order', async () => {
    const vu = await gql(app.url, OrderChangesDocument, { filter: { providers: [ProviderKey.VU] } });
    expect(vu.data!.orderChanges.edges.map((e) => e.node.orderId)).toEqual(appended.filter((id) => id.startsWith('vu:')));
    const one = await gql(app.url, OrderChangesDocument, { filter: { orderIds: [appended[3]] } });
    expect(one.data!.orderChanges.edges.map((e) => e.node.orderId)).toEqual([appended[3]]);
  });

  run('shows an Octopi-only key only Octopi changes, and refuses it other providers and their orders', async () => {
    const octopiKey = asKey('sandbox-octopi-key');
    const mine = await gql(app.url, OrderChangesDocument, {}, octopiKey);
    expect(mine.data!.orderChanges.edges.map((e) => e.node.provider)).toEqual(['OCTOPI', 'OCTOPI']);
    const asked = await gql(app.url, OrderChangesDocument, { filter: { providers: [ProviderKey.VU] } }, octopiKey);
    expect(codes(asked)).toEqual(['FORBIDDEN']);
    expect(asked.errors![0].extensions).toMatchObject({ provider: 'VU' });
    const byId = await gql(app.url, OrderChangesDocument, { filter: { orderIds: [appended[2]] } }, octopiKey);
    expect(codes(byId)).toEqual(['FORBIDDEN']);
  });

  run('refuses a cursor it did not write, a changed one and a list cursor as BAD_USER_INPUT naming after and the cursor rule', async () => {
    const first = await gql(app.url, OrderChangesDocument, { first: 1 });
    const cursor = first.data!.orderChanges.pageInfo.endCursor!;
    const [prefix, payload, signature] = cursor.split('.');
    const forged = `${prefix}.${Buffer.from(JSON.stringify({ s: 0 })).toString('base64url')}.${signature}`;
    const listCursor = (await gql(app.url, ListOrdersDocument, { first: 1 })).data!.orders.pageInfo.endCursor!;
    for (const after of ['not-a-cursor', forged, listCursor, `${prefix}.${payload}`]) {
      const response = await gql(app.url, OrderChangesDocument, { after });
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', rule: 'cursor' });
    }
  });

  run('refuses a page size beyond the maximum and malformed order ids before reading the feed', async () => {
    expect((await gql(app.url, OrderChangesDocument, { first: 501 })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
      rule: 'range',
    });
    expect((await gql(app.url, OrderChangesDocument, { filter: { orderIds: ['41'] } })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.orderIds[0]',
      rule: 'globalId',
    });
  });
});
