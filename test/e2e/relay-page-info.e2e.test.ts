import { ListOrdersDocument } from '../../schema/generated/graphql';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

/** `PageInfo` as the Relay cursor connections specification defines it, with true values. */
describe('Relay page information of orders', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 4 });
  }, 60000);
  afterAll(() => app.close());

  it("says the first page has no previous page and starts and ends at its edges' cursors", async () => {
    const page = await gql(app.url, ListOrdersDocument, { first: 3 });
    expect(page.errors).toBeUndefined();
    const { edges, pageInfo } = page.data!.orders;
    expect(edges).toHaveLength(3);
    expect(pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: edges[0].cursor, endCursor: edges[2].cursor });
  });

  it('says a page after a cursor has a previous page, and resumes just after the start cursor', async () => {
    const first = await gql(app.url, ListOrdersDocument, { first: 3 });
    const ids = first.data!.orders.edges.map((e) => e.node.id);
    const second = await gql(app.url, ListOrdersDocument, { first: 2, after: first.data!.orders.pageInfo.startCursor });
    expect(second.errors).toBeUndefined();
    expect(second.data!.orders.pageInfo.hasPreviousPage).toBe(true);
    expect(second.data!.orders.edges.map((e) => e.node.id)).toEqual(ids.slice(1, 3));
  });

  it('accepts first: 0 with no edges, a true hasNextPage and no start cursor', async () => {
    const page = await gql(app.url, ListOrdersDocument, { first: 0 });
    expect(page.errors).toBeUndefined();
    expect(page.data!.orders.edges).toEqual([]);
    expect(page.data!.orders.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: null });
  });

  it('answers first: 0 at the end of the list with hasNextPage false, keeping the cursor', async () => {
    const all = await gql(app.url, ListOrdersDocument, { first: 500 });
    const end = all.data!.orders.pageInfo.endCursor!;
    expect(all.data!.orders.pageInfo.hasNextPage).toBe(false);
    const page = await gql(app.url, ListOrdersDocument, { first: 0, after: end });
    expect(page.errors).toBeUndefined();
    expect(page.data!.orders.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: end });
  });

  it('answers first: 0 with hasNextPage false when no order matches the filter', async () => {
    const page = await gql(app.url, ListOrdersDocument, { first: 0, filter: { orderNumber: 'NO-SUCH-ORDER' } });
    expect(page.errors).toBeUndefined();
    expect(page.data!.orders.pageInfo.hasNextPage).toBe(false);
  });

  it('still refuses a negative first as a range error on first', async () => {
    const page = await gql(app.url, ListOrdersDocument, { first: -1 });
    expect(page.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', rule: 'range' });
  });
});
