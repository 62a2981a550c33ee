import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GetOrderDocument, ListOrdersDocument } from '../../schema/generated/graphql';
import { octopi } from '../../src/providers/octopi';
import { createHash } from 'node:crypto';
import { startOrderGraph, type OrderGraphApp } from '../../src/app';
import { gql, type GraphQLResponse } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

/**
 * graphql-jit (the default executor) and graphql-js give the same answers to every kind of
 * operation: reads with every field, lists, errors in their slot, Relay `node`, federation
 * `_entities` / `_service`, bad variables and introspection. Both servers share one registry,
 * so they read the very same emulator.
 */
describe('the jit and graphql-js executors give the same answers', () => {
  let app: TestApp;
  let graphqlJs: OrderGraphApp;
  let graphqlJsUrl: string;
  // Both sign cursors with one key, as replicas of one deployment do, so their cursors are equal.
  const CURSOR_SECRET = 'executors-test-cursor-key';
  beforeAll(async () => {
    app = await startTestApp({ modules: [octopi], seed: 12, env: { GRAPHQL_EXECUTOR: 'jit', CURSOR_SECRET } });
    // The same vendor (the first app's emulator) and the same demo key, executed by graphql-js.
    graphqlJs = await startOrderGraph({
      modules: [octopi],
      env: {
        PORT: '0',
        HOST: '127.0.0.1',
        SANDBOX: 'false',
        GRAPHQL_EXECUTOR: 'graphql-js',
        CURSOR_SECRET,
        INTROSPECTION: 'true',
        RATE_LIMIT_PER_SECOND: '0',
        RESPONSE_CACHE_TTL_SECONDS: '0',
        API_KEYS: JSON.stringify([
          { id: 'sandbox', sha256: createHash('sha256').update('sandbox-key').digest('hex'), scopes: ['orders:read', 'orders:write'] },
        ]),
        ...app.sandboxes.get('OCTOPI')!.env,
      },
      logDestination: { write: () => undefined },
    });
    graphqlJsUrl = graphqlJs.url;
  });
  afterAll(async () => {
    await graphqlJs.close();
    await app.close();
  });

  async function both<T, V>(document: TypedDocumentNode<T, V> | string, variables?: V): Promise<GraphQLResponse<T>> {
    const [jit, js] = await Promise.all([gql(app.url, document, variables), gql(graphqlJsUrl, document, variables)]);
    expect(jit).toEqual(js);
    return jit;
  }

  it('lists orders and reads one with every field', async () => {
    const list = await both(ListOrdersDocument, { first: 5 });
    expect(list.data!.orders.edges).toHaveLength(5);
    const id = list.data!.orders.edges[2].node.id;
    const order = await both(GetOrderDocument, { id });
    expect(order.data!.order!.id).toBe(id);
  });

  it('puts a missing order in its slot with its error code, and answers bad variables as GraphQL does', async () => {
    const missing = await both<Record<string, unknown>, never>(
      'query { a: order(id: "octopi:999999") { id } b: order(id: "nonsense") { id } c: node(id: "octopi:999998") { id } }',
    );
    expect(missing.data).toEqual({ a: null, b: null, c: null });
    expect(missing.errors!.map((e) => e.extensions?.code).sort()).toEqual(['BAD_USER_INPUT', 'NOT_FOUND']);
    const badVariable = await both<unknown, { first: string }>('query Q($first: Int!) { orders(first: $first) { edges { cursor } } }', { first: 'many' });
    expect(badVariable.status).toBe(400);
    expect(badVariable.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("refuses every kind of bad variable with graphql-js's own errors, whichever engine coerces them", async () => {
    const query = 'query Q($first: Int!, $filter: OrderFilter) { orders(first: $first, filter: $filter) { edges { cursor } } }';
    const bad: Array<Record<string, unknown>> = [
      {},
      { first: null },
      { first: 1.5 },
      { first: 2 ** 31 },
      { first: 1, filter: { statuses: ['SHIPPED'] } },
      { first: 1, filter: { nonsense: true } },
      { first: 1, filter: { createdFrom: 'yesterday' } },
      { first: 1, filter: 'OPEN' },
      { first: 'many', filter: { statuses: [1], nonsense: true } },
    ];
    for (const variables of bad) {
      const answer = await both<unknown, Record<string, unknown>>(query, variables);
      expect(answer.status).toBe(400);
      expect(answer.errors!.length).toBeGreaterThan(0);
      expect(answer.errors!.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    }
    // Variables both accept (a lone value where a list is declared) run on both.
    const coerced = await both<{ orders: { edges: unknown[] } }, Record<string, unknown>>(query, { first: 1, filter: { statuses: 'COMPLETED' } });
    expect(coerced.errors).toBeUndefined();
  });

  it('resolves Relay nodes, federation entities and the subgraph SDL', async () => {
    const list = await gql(app.url, ListOrdersDocument, { first: 1 });
    const id = list.data!.orders.edges[0].node.id;
    const node = await both<Record<string, unknown>, never>(`{ node(id: "${id}") { id ... on Order { orderNumber createdAt } } }`);
    expect(node.data).toEqual({ node: expect.objectContaining({ id }) });
    const entities = await both<Record<string, unknown>, never>(
      `{ _entities(representations: [{ __typename: "Order", id: "${id}" }]) { ... on Order { id status } } }`,
    );
    expect(entities.data).toEqual({ _entities: [expect.objectContaining({ id })] });
    const service = await both<{ _service: { sdl: string } }, never>('{ _service { sdl } }');
    expect(service.data!._service.sdl).toContain('type Order');
  });

  it('answers introspection', async () => {
    const schema = await both<{ __schema: { queryType: { name: string } } }, never>('{ __schema { queryType { name } types { name } } }');
    expect(schema.data!.__schema.queryType.name).toBe('Query');
  });
});
