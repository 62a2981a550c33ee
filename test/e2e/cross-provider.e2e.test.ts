import {
  ContainerDocument,
  CreateOctopiServiceOrderDocument,
  CreateSogetTransportOrderDocument,
  ListOrdersDocument,
  ProvidersDocument,
} from '../../schema/generated/graphql';
import { SANDBOX_CONTAINERS } from '../../src/sandbox/demo-data';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

describe('containers, providers and nested fields across providers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 30 });
  });
  afterAll(() => app.close());

  it('finds every order touching a container and resolves nested container orders with one batch per provider', async () => {
    const list = await gql(app.url, ListOrdersDocument, { first: 30, filter: { providers: ['OCTOPI'] } });
    const number = list.data!.orders.edges.flatMap((e) => e.node.containers.map((c) => c.number)).find((n) => /^[A-Z]{4}\d{7}$/.test(n))!;
    const container = await gql(app.url, ContainerDocument, { number });
    expect(container.errors).toBeUndefined();
    expect(container.data!.container).toMatchObject({ number, iso6346Valid: true });
    const orderIds = container.data!.container!.orders.map((o) => o.id);
    expect(orderIds.length).toBeGreaterThan(0);
    const fromList = list.data!.orders.edges.filter((e) => e.node.containers.some((c) => c.number === number)).map((e) => e.node.id);
    expect(orderIds).toEqual(expect.arrayContaining(fromList));

    for (const emulator of app.sandboxes.values()) emulator.server.clearLog();
    const nested = await gql(app.url, `{ orders(first: 30) { edges { node { id containers { number container { orders { id } } } } } } }`);
    expect(nested.errors).toBeUndefined();
    // 30 orders, each with containers, each with orders: still one list call per provider page, plus one container batch.
    const octopiCalls = app.emulator('OCTOPI').log.length;
    expect(octopiCalls).toBeLessThanOrEqual(2);
  });

  it('joins an Octopi depot order and a SOGET transport order on the same container, with the events in time order', async () => {
    const number = SANDBOX_CONTAINERS[0]; // Octopi's container 4337701 in the sandbox catalogue
    const depot = await gql(app.url, CreateOctopiServiceOrderDocument, {
      input: { orderNumber: `JOIN-${Date.now()}`, cargoType: 'CONTAINER', containerIds: [4337701], serviceIds: ['cleaning'] },
    });
    expect(depot.errors).toBeUndefined();
    const transport = await gql(app.url, CreateSogetTransportOrderDocument, {
      input: {
        transportOrderNumber: `JOIN-${Date.now()}`,
        customsFlag: 'IMPORT',
        contractor: { code: 'SOGETS.' },
        carrier: { code: 'TRCAUX', contact: { email: 'exploitation@trcaux.example' } },
        containers: [
          {
            reference: number,
            type: '22G1',
            billOfLading: `BOL-JOIN-${Date.now()}`,
            events: [
              { type: 'EMPTY_RETURN_IMPORT', startDate: '2024-03-04T15:00:00Z', location: { code: 'DEPNORD' } },
              { type: 'LADING_IMPORT', startDate: '2024-03-03T08:00:00Z', location: { code: 'MTDF' } },
              { type: 'DELIVERY_IMPORT', startDate: '2024-03-03T14:00:00Z', location: { code: 'ENTLOG1' } },
              { type: 'EMPTY_RELEASE_IMPORT', startDate: '2024-03-04T09:00:00Z', location: { code: 'ENTLOG1' } },
            ],
          },
        ],
      },
    });
    expect(transport.errors).toBeUndefined();

    const container = await gql(app.url, ContainerDocument, { number });
    expect(container.errors).toBeUndefined();
    const ids = container.data!.container!.orders.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining([depot.data!.createOctopiServiceOrder.id, transport.data!.createSogetTransportOrder.id]));
    const events = container.data!.container!.events.filter((e) => e.orderId === transport.data!.createSogetTransportOrder.id);
    expect(events.map((e) => e.type)).toEqual(['LadingImport', 'DeliveryImport', 'EmptyReleaseImport', 'EmptyReturnImport']);
    // An event's time is when it starts, else when it was created or ends; events with none come last.
    const times = container.data!.container!.events.map((e) => Date.parse(e.startDate ?? e.creationDate ?? e.endDate ?? '') || Infinity);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('answers null for a container no order touches', async () => {
    const container = await gql(app.url, ContainerDocument, { number: 'ZZZU0000000' });
    expect(container.data!.container).toBeNull();
  });

  it("reports each provider's reachability and recent latency", async () => {
    const response = await gql(app.url, ProvidersDocument, {});
    expect(response.data!.providers.map((p) => p.provider).sort()).toEqual([...app.registry.keys()].sort());
    for (const provider of response.data!.providers) {
      expect(provider.reachable).toBe(true);
      expect(provider.calls).toBeGreaterThan(0);
      expect(provider.latencyP50Ms).not.toBeNull();
    }
    // A vendor going down shows at its next background probe: test/e2e/health.e2e.test.ts.
  });
});

describe('the response cache on one replica', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 5, env: { RESPONSE_CACHE_TTL_SECONDS: '30' } });
  });
  afterAll(() => app.close());

  it('answers a repeated read from the cache, per API key scope, and forgets it after a mutation', async () => {
    const query = '{ orders(first: 3) { edges { node { id provider } } } }';
    const first = await gql(app.url, query);
    const calls = () => [...app.sandboxes.values()].reduce((n, s) => n + s.server.log.length, 0);
    const before = calls();
    expect(await gql(app.url, query)).toEqual(first);
    expect(calls()).toBe(before);

    // Another key's scope is another cache entry: the Octopi-only key never gets the full answer.
    const limited = await gql<{ orders: { edges: Array<{ node: { provider: string } }> } }, never>(app.url, query, undefined, {
      authorization: 'Bearer sandbox-octopi-key',
    });
    expect(limited.data!.orders.edges.every((e) => e.node.provider === 'OCTOPI')).toBe(true);

    await gql(
      app.url,
      `mutation { createOctopiServiceOrder(input: { orderNumber: "CACHE-${Date.now()}", cargoType: CONTAINER, containerIds: [4337700], serviceIds: ["cleaning"] }) { id } }`,
    );
    const afterWrite = calls();
    await gql(app.url, query);
    expect(calls()).toBeGreaterThan(afterWrite);
  });
});
