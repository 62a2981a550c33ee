import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

/**
 * Providers map at once only the parts of an order a query reads (deferred.ts, selection.ts).
 * What the query does not read must still be there for whatever else reads it: the core's own
 * filters, and the next page of a walk when it was read ahead for another selection.
 */
describe('orders read for a few fields', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 30 });
  });
  afterAll(() => app.close());

  const every = `id provider providerStatus createdAt voyage { meansName eta } parties { role name address { city } }
    serviceItems { code status } lines { sku quantity fulfillments { trackingNumber } } containers { number events { type } } segments { id kind }`;
  type Page = {
    orders: { edges: Array<{ node: { id: string; containers?: Array<{ number: string }> } }>; pageInfo: { endCursor: string; hasNextPage: boolean } };
  };
  const page = async (fields: string, variables: Record<string, unknown>) => {
    const query = `query ($first: Int!, $after: String, $filter: OrderFilter) {
      orders(first: $first, after: $after, orderBy: OLDEST_FIRST, filter: $filter) { edges { node { ${fields} } } pageInfo { endCursor hasNextPage } }
    }`;
    const result = await gql<Page, Record<string, unknown>>(app.url, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.orders;
  };

  it('are found by a container filter the core applies, though the query reads only their ids', async () => {
    const all = await page('id containers { number }', { first: 500, filter: { providers: ['OCTOPI'] } });
    const number = all.edges.flatMap((e) => e.node.containers!.map((c) => c.number))[0];
    expect(number).toBeDefined();
    const holding = all.edges.filter((e) => e.node.containers!.some((c) => c.number === number)).map((e) => e.node.id);
    const found = await page('id', { first: 500, filter: { providers: ['OCTOPI'], containerNumber: number } });
    expect(found.edges.map((e) => e.node.id)).toEqual(holding);
  });

  it('leave the next page whole when it was read ahead for them and is then asked with every field', async () => {
    // Pages 1 and 2 read for ids (page 2 continues a walk, so page 3 is read ahead for that selection).
    const first = await page('id', { first: 40 });
    const second = await page('id', { first: 40, after: first.pageInfo.endCursor });
    const readAhead = await page(every, { first: 40, after: second.pageInfo.endCursor });
    // The same page from a walk that asked every field from the start.
    const wideFirst = await page(every, { first: 40 });
    const wideSecond = await page(every, { first: 40, after: wideFirst.pageInfo.endCursor });
    const wide = await page(every, { first: 40, after: wideSecond.pageInfo.endCursor });
    expect(readAhead.edges.length).toBe(40);
    expect(readAhead.edges).toEqual(wide.edges);
  });
});
