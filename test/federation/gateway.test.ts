import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import gql from 'graphql-tag';
import { SANDBOX_API_KEY } from '../../src/app';
import { SANDBOX_CONTAINERS } from '../../src/sandbox/demo-data';
import { startTestApp, type TestApp } from '../support/sandbox';

/**
 * ordergraph inside a real supergraph: composed with @apollo/composition from the SDL the
 * running server publishes (`_service { sdl }`, as `rover subgraph introspect` reads it) and a
 * small "shipments" subgraph, then served by @apollo/gateway (the federation query planner and
 * executor). The gateway joins in both directions: shipments point at ordergraph's `Order`
 * entity, and the shipments graph adds `Order.invoiceStatus`.
 */

const shipmentsTypeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  "A shipment in the logistics team's graph; it carries one order of ordergraph, in one container."
  type Shipment @key(fields: "id") {
    id: ID!
    carrier: String!
    order: Order!
    container: Container
  }

  "ordergraph's container, referred to by its number only."
  type Container @key(fields: "number", resolvable: false) {
    number: String!
  }

  "ordergraph's order, extended with its invoicing state."
  type Order @key(fields: "id") {
    id: ID!
    invoiceStatus: String!
  }

  type Query {
    shipments: [Shipment!]!
  }
`;

interface Shipment {
  id: string;
  carrier: string;
  orderId: string;
  containerNumber: string;
}

const invoiceStatusOf = (orderId: string) => (Number(orderId.split(':')[1]) % 2 === 0 ? 'PAID' : 'OPEN');

async function startShipmentsSubgraph(shipments: Shipment[]) {
  const server = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: shipmentsTypeDefs,
      resolvers: {
        Query: { shipments: () => shipments },
        Shipment: {
          order: (shipment: Shipment) => ({ __typename: 'Order', id: shipment.orderId }),
          container: (shipment: Shipment) => ({ __typename: 'Container', number: shipment.containerNumber }),
        },
        Order: {
          __resolveReference: (reference: { id: string }) => reference,
          invoiceStatus: (order: { id: string }) => invoiceStatusOf(order.id),
        },
      },
    }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { server, url };
}

interface SubgraphFetch {
  subgraph: string;
  query: string;
  representations: number;
}

describe('ordergraph as a subgraph of a supergraph served by @apollo/gateway', () => {
  let app: TestApp;
  let shipmentsServer: ApolloServer;
  let gateway: ApolloServer;
  let gatewayUrl: string;
  let orderIds: string[];
  let ordergraphSdl: string;
  let supergraphSdl: string;
  let shipmentsUrl: string;
  const fetches: SubgraphFetch[] = [];

  const post = async (url: string, query: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  };

  beforeAll(async () => {
    app = await startTestApp({ seed: 40 });
    const auth = { authorization: `Bearer ${SANDBOX_API_KEY}` };
    const listed = await post(`${app.url}/graphql`, '{ orders(first: 30, filter: { providers: [OCTOPI] }) { edges { node { id } } } }', auth);
    orderIds = listed.data.orders.edges.map((edge: { node: { id: string } }) => edge.node.id);

    const shipments = orderIds.map((orderId, i) => ({
      id: `SH-${1000 + i}`,
      carrier: i % 2 ? 'MAERSK' : 'CMA CGM',
      orderId,
      containerNumber: SANDBOX_CONTAINERS[i % 3],
    }));
    const subgraph = await startShipmentsSubgraph(shipments);
    shipmentsServer = subgraph.server;
    shipmentsUrl = subgraph.url;

    // What a supergraph build reads from a running subgraph.
    ordergraphSdl = (await post(`${app.url}/graphql`, '{ _service { sdl } }', auth)).data._service.sdl;
    const composed = composeServices([
      { name: 'ordergraph', url: `${app.url}/graphql`, typeDefs: parse(ordergraphSdl) },
      { name: 'shipments', url: subgraph.url, typeDefs: shipmentsTypeDefs },
    ]);
    if (composed.errors) throw new Error(`composition failed:\n${composed.errors.map((e) => e.message).join('\n')}`);
    supergraphSdl = composed.supergraphSdl;

    gateway = new ApolloServer({
      gateway: new ApolloGateway({
        supergraphSdl: composed.supergraphSdl,
        buildService: ({ name, url }) =>
          new RemoteGraphQLDataSource({
            url,
            willSendRequest({ request }) {
              // The gateway calls ordergraph with its own API key, like any client.
              if (name === 'ordergraph') request.http?.headers.set('authorization', `Bearer ${SANDBOX_API_KEY}`);
              const representations = request.variables?.representations;
              fetches.push({ subgraph: name, query: request.query ?? '', representations: Array.isArray(representations) ? representations.length : 0 });
            },
          }),
      }),
    });
    gatewayUrl = (await startStandaloneServer(gateway, { listen: { port: 0, host: '127.0.0.1' } })).url;
  }, 60000);

  afterAll(async () => {
    await gateway?.stop();
    await shipmentsServer?.stop();
    await app?.close();
  });

  it('composes the same supergraph from the committed schema/schema.graphql as from the running server', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    const composed = composeServices([
      { name: 'ordergraph', url: `${app.url}/graphql`, typeDefs: parse(committed) },
      { name: 'shipments', url: shipmentsUrl, typeDefs: shipmentsTypeDefs },
    ]);
    expect(composed.errors).toBeUndefined();
    expect(composed.supergraphSdl).toBe(supergraphSdl);
  });

  it('answers an operation that needs both subgraphs, resolving 30 orders as entities with a bounded number of Octopi calls', async () => {
    fetches.length = 0;
    app.emulator('OCTOPI').clearLog();

    const result = await post(gatewayUrl, '{ shipments { id carrier order { id provider orderNumber status invoiceStatus } } }');

    expect(result.errors).toBeUndefined();
    expect(result.data.shipments).toHaveLength(30);
    for (const shipment of result.data.shipments) {
      expect(shipment.order).toEqual({
        id: expect.stringMatching(/^octopi:\d+$/),
        provider: 'OCTOPI',
        orderNumber: expect.stringMatching(/^DEP-/),
        status: expect.any(String),
        invoiceStatus: invoiceStatusOf(shipment.order.id),
      });
    }
    expect(result.data.shipments.map((s: { order: { id: string } }) => s.order.id)).toEqual(orderIds);

    // ordergraph got one batched `_entities` fetch for all 30 orders ...
    const toOrdergraph = fetches.filter((f) => f.subgraph === 'ordergraph');
    expect(toOrdergraph).toHaveLength(1);
    expect(toOrdergraph[0].query).toContain('_entities');
    expect(toOrdergraph[0].representations).toBe(30);
    // ... which its per-request loader turned into a bounded number of vendor calls, not 30.
    expect(app.emulator('OCTOPI').log.length).toBeGreaterThanOrEqual(1);
    expect(app.emulator('OCTOPI').log.length).toBeLessThanOrEqual(2);
  });

  it('resolves containers referred to by number in one batched fetch', async () => {
    fetches.length = 0;
    app.emulator('OCTOPI').clearLog();
    const result = await post(gatewayUrl, '{ shipments { id container { number iso6346Valid orders { id provider } } } }');

    expect(result.errors).toBeUndefined();
    const containers = result.data.shipments.map((s: { container: { number: string; orders: unknown[] } | null }) => s.container);
    containers.forEach((container: { number: string } | null, i: number) => container && expect(container.number).toBe(SANDBOX_CONTAINERS[i % 3]));
    expect(containers.filter((c: { orders: unknown[] } | null) => c && c.orders.length > 0).length).toBeGreaterThan(0);
    const toOrdergraph = fetches.filter((f) => f.subgraph === 'ordergraph');
    expect(toOrdergraph).toHaveLength(1);
    expect(toOrdergraph[0].representations).toBe(30);
    // ordergraph's container loader batches the 30 references (3 distinct containers): not a call per reference.
    expect(app.emulator('OCTOPI').log.length).toBeGreaterThanOrEqual(1);
    expect(app.emulator('OCTOPI').log.length).toBeLessThanOrEqual(3);
  });

  it('joins the other way too: orders listed by ordergraph get fields from the shipments subgraph', async () => {
    fetches.length = 0;
    const result = await post(gatewayUrl, '{ orders(first: 5, filter: { providers: [OCTOPI] }) { edges { node { id orderNumber invoiceStatus } } } }');

    expect(result.errors).toBeUndefined();
    const nodes = result.data.orders.edges.map((edge: { node: { id: string; invoiceStatus: string } }) => edge.node);
    expect(nodes).toHaveLength(5);
    for (const node of nodes) expect(node.invoiceStatus).toBe(invoiceStatusOf(node.id));
    expect(fetches.map((f) => f.subgraph)).toEqual(['ordergraph', 'shipments']);
    expect(fetches[1]).toMatchObject({ representations: 5 });
  });

  it("passes ordergraph's errors (code, field) through the gateway", async () => {
    const result = await post(gatewayUrl, '{ orders(first: -1) { edges { node { id } } } }');
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
