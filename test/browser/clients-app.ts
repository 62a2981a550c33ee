/**
 * A frontend app as teams write them, bundled for the browser by the browser test (esbuild) and
 * run in Chromium from another origin: Apollo Client and urql, each with its default settings
 * (urql sends short queries as GET), page through orders, read one, create one, and attach a
 * file to a SOGET order (Apollo Client through apollo-upload-client's link, urql by itself).
 */
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import UploadHttpLink from 'apollo-upload-client/UploadHttpLink.mjs';

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
    const result = mutation ? await client.mutate({ mutation: gql(document), variables }) : await client.query({ query: gql(document), variables });
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

const UPLOAD = `mutation AttachDeliveryNote($input: CreateSogetTransportOrderInput!, $attachments: [SogetAttachmentInput!]) {
  createSogetTransportOrder(input: $input, attachments: $attachments) { id providerId orderNumber }
}`;

/** A file the user picked: `size` bytes of a fixed pattern, and its SHA-256 as the page computes it. */
async function pickedFile(size: number): Promise<{ file: File; sha256: string }> {
  const bytes = new Uint8Array(size);
  for (let i = 0, x = 2463534242; i < size; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return {
    file: new File([bytes], 'delivery-note.pdf', { type: 'application/pdf' }),
    sha256: [...digest].map((b) => b.toString(16).padStart(2, '0')).join(''),
  };
}

/** Attaches a picked file to a new SOGET order; what came back, or the error's message. */
async function upload(send: (variables: Record<string, unknown>) => Promise<Data>, input: unknown, size: number) {
  try {
    const { file, sha256 } = await pickedFile(size);
    const created = await send({ input, attachments: [{ file }] });
    return { created, sha256 };
  } catch (error) {
    return { failed: String(error) };
  }
}

export function uploadWithApollo(url: string, key: string, input: unknown, size: number) {
  const client = new ApolloClient({ link: new UploadHttpLink({ uri: url, headers: { authorization: `Bearer ${key}` } }), cache: new InMemoryCache() });
  return upload(
    async (variables) => {
      const result = await client.mutate({ mutation: gql(UPLOAD), variables });
      if (result.error) throw result.error;
      return result.data as Data;
    },
    input,
    size,
  );
}

export function uploadWithUrql(url: string, key: string, input: unknown, size: number) {
  const client = new Client({ url, exchanges: [cacheExchange, fetchExchange], fetchOptions: { headers: { authorization: `Bearer ${key}` } } });
  return upload(
    async (variables) => {
      const result = await client.mutation(UPLOAD, variables).toPromise();
      if (result.error) throw result.error;
      return result.data as Data;
    },
    input,
    size,
  );
}

(globalThis as { ordersApp?: unknown }).ordersApp = { withApollo, withUrql, uploadWithApollo, uploadWithUrql };
