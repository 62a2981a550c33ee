/**
 * A frontend app as teams write them, bundled for the browser by the browser test (esbuild) and
 * run in Chromium from another origin: Apollo Client and urql, each with its default settings
 * (urql sends short queries as GET), page through orders, read one, create one.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { Client, cacheExchange, fetchExchange } from '@urql/core';

const LIST = `query OrdersPage($first: Int!, $after: String) {
  orders(first: $first, after: $after) { edges { cursor node { id provider orderNumber } } pageInfo { hasNextPage endCursor } }
}`;
const ORDER = 'query OneOrder($id: ID!) { order(id: $id) { id provider orderNumber status } }';
const CREATE = `mutation CreateDepotOrder($input: CreateOctopiServiceOrderInput!, $idempotencyKey: String) {
  createOctopiServiceOrder(input: $input, idempotencyKey: $idempotencyKey) { id orderNumber status }
}`;

type Data = Record<string, any>;
type Call = (document: string, variables: Record<string, unknown>, mutation?: boolean) => Promise<Data>;

/** What a user of the app does; any error (a network failure included) ends it with its message. */
async function session(call: Call, orderNumber: string) {
  try {
    const firstPage = await call(LIST, { first: 3 });
    const nextPage = await call(LIST, { first: 3, after: firstPage.orders.pageInfo.endCursor });
    const order = await call(ORDER, { id: nextPage.orders.edges[0].node.id });
    const input = { orderNumber, cargoType: 'CONTAINER', containerIds: [4337700], serviceIds: ['cleaning'] };
    const created = await call(CREATE, { input, idempotencyKey: orderNumber }, true);
    return { firstPage, nextPage, order, created };
  } catch (error) {
    return { failed: String(error) };
  }
}

export function withApollo(url: string, key: string, orderNumber: string) {
  const client = new ApolloClient({ link: new HttpLink({ uri: url, headers: { authorization: `Bearer ${key}` } }), cache: new InMemoryCache() });
  return session(async (document, variables, mutation) => {
    const result = mutation
      ? await client.mutate({ mutation: gql(document), variables })
      : await client.query({ query: gql(document), variables });
    if (result.error) throw result.error;
    return result.data as Data;
  }, orderNumber);
}

export function withUrql(url: string, key: string, orderNumber: string) {
  const client = new Client({ url, exchanges: [cacheExchange, fetchExchange], fetchOptions: { headers: { authorization: `Bearer ${key}` } } });
  return session(async (document, variables, mutation) => {
    const result = mutation ? await client.mutation(document, variables).toPromise() : await client.query(document, variables).toPromise();
    if (result.error) throw result.error;
    return result.data as Data;
  }, orderNumber);
}

(globalThis as { ordersApp?: unknown }).ordersApp = { withApollo, withUrql };
