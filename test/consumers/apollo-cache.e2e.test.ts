import './apollo-development';
import { ApolloClient, HttpLink, InMemoryCache, gql as apolloGql } from '@apollo/client';
import { print } from 'graphql';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

/**
 * Apollo Client's normalised cache, keyed as its users key it (`Container` by `number`, `Order`
 * by `id`), against the sandbox over HTTP: an Octopi depot order and a SOGET transport order
 * that share a container, then the container itself. Each answer read back from the cache must
 * be the server's answer: no order's view of the box may overwrite another's.
 */
const ORDER = apolloGql`
  query OrderWithContainers($id: ID!) {
    order(id: $id) {
      id
      provider
      orderNumber
      containers {
        id
        number
        orderId
        sizeType
        sealNumbers
        grossWeightKg
        isHazardous
        events { type startDate orderId }
        container { number iso6346Valid sizeType tareKg isReefer events { type startDate orderId } orders { id provider } }
      }
    }
  }
`;

const CONTAINER = apolloGql`
  query ContainerAcrossOrders($number: String!) {
    container(number: $number) {
      number
      iso6346Valid
      sizeType
      tareKg
      isReefer
      events { type startDate locationName orderId }
      orders { id provider orderNumber containers { id number orderId sealNumbers } }
    }
  }
`;

/** The answer without the `__typename`s Apollo Client adds to every selection. */
function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== '__typename')
        .map(([key, v]) => [key, withoutTypename(v)]),
    );
  }
  return value;
}

describe("Apollo Client's InMemoryCache keyed by Container.number and Order.id", () => {
  let app: TestApp;
  let warnings: string[];
  let spies: jest.SpyInstance[];

  beforeAll(async () => {
    app = await startTestApp({ seed: 40 });
  });
  afterAll(() => app.close());
  beforeEach(() => {
    warnings = [];
    spies = (['warn', 'error', 'log', 'debug', 'info'] as const).map((level) =>
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void warnings.push(`${level}: ${args.map(String).join(' ')}`)),
    );
  });
  afterEach(() => spies.forEach((spy) => spy.mockRestore()));

  function client() {
    return new ApolloClient({
      link: new HttpLink({ uri: `${app.url}/graphql`, headers: { authorization: 'Bearer sandbox-key' } }),
      cache: new InMemoryCache({ typePolicies: { Container: { keyFields: ['number'] }, Order: { keyFields: ['id'] } } }),
    });
  }

  /** An Octopi order and a SOGET order of the sandbox that share a container number. */
  async function sharedContainer(): Promise<{ number: string; octopi: string; soget: string }> {
    const list = await gql<{ orders: { edges: Array<{ node: { id: string; containers: Array<{ number: string }> } }> } }, unknown>(
      app.url,
      '{ orders(first: 200, filter: { providers: [OCTOPI, SOGET] }) { edges { node { id containers { number } } } } }',
    );
    const byNumber = new Map<string, string[]>();
    for (const { node } of list.data!.orders.edges) for (const { number } of node.containers) byNumber.set(number, [...(byNumber.get(number) ?? []), node.id]);
    for (const [number, ids] of byNumber) {
      const octopi = ids.find((id) => id.startsWith('octopi:'));
      const soget = ids.find((id) => id.startsWith('soget:'));
      if (octopi && soget) return { number, octopi, soget };
    }
    throw new Error('the sandbox has no container shared by an Octopi and a SOGET order');
  }

  it('reads two orders sharing a container and the container itself without overwriting any of them, and warns of nothing', async () => {
    const { number, octopi, soget } = await sharedContainer();
    const apollo = client();
    const depot = await apollo.query({ query: ORDER, variables: { id: octopi } });
    const transport = await apollo.query({ query: ORDER, variables: { id: soget } });
    const box = await apollo.query({ query: CONTAINER, variables: { number } });
    for (const result of [depot, transport, box]) expect(result.error).toBeUndefined();

    // What the server answers for each, over plain HTTP, now that every read is in the cache.
    const server = {
      depot: (await gql(app.url, print(ORDER), { id: octopi })).data,
      transport: (await gql(app.url, print(ORDER), { id: soget })).data,
      box: (await gql(app.url, print(CONTAINER), { number })).data,
    };
    expect(withoutTypename(apollo.readQuery({ query: ORDER, variables: { id: octopi } }))).toEqual(server.depot);
    expect(withoutTypename(apollo.readQuery({ query: ORDER, variables: { id: soget } }))).toEqual(server.transport);
    expect(withoutTypename(apollo.readQuery({ query: CONTAINER, variables: { number } }))).toEqual(server.box);

    // Each order keeps its own facts about the box; the box is one object reached from both.
    type Read = {
      order: { containers: Array<{ number: string; orderId: string; events: Array<{ orderId: string }>; container: { orders: Array<{ id: string }> } }> };
    };
    const stated = (read: unknown) => (read as Read).order.containers.find((c) => c.number === number)!;
    const depotView = stated(apollo.readQuery({ query: ORDER, variables: { id: octopi } }));
    const transportView = stated(apollo.readQuery({ query: ORDER, variables: { id: soget } }));
    expect(depotView.orderId).toBe(octopi);
    expect(transportView.orderId).toBe(soget);
    expect(transportView.events.length).toBeGreaterThan(0);
    expect(transportView.events.every((e) => e.orderId === soget)).toBe(true);
    expect(depotView.container).toEqual(transportView.container);
    expect(depotView.container.orders.map((o) => o.id)).toEqual(expect.arrayContaining([octopi, soget]));
    const cached = apollo.cache.extract() as Record<string, Record<string, unknown>>;
    expect(cached).toHaveProperty([`Container:${JSON.stringify({ number })}`, 'number'], number);
    // Each order's view of a box is its own object, never shared with another order.
    for (const [key, value] of Object.entries(cached).filter(([key]) => key.startsWith('OrderContainer:'))) {
      expect(key).toBe(`OrderContainer:${value.orderId}/${value.number}`);
    }
    expect(cached[`OrderContainer:${octopi}/${number}`]).toMatchObject({ orderId: octopi });
    expect(cached[`OrderContainer:${soget}/${number}`]).toMatchObject({ orderId: soget });

    expect(warnings).toEqual([]);
  });

  it('prints the warning this test listens for when a cache does lose data (the listener works)', () => {
    const cache = new InMemoryCache();
    const query = apolloGql`query { order(id: "x") { id voyage { meansName eta } } }`;
    const smaller = apolloGql`query { order(id: "x") { id voyage { meansName } } }`;
    cache.writeQuery({
      query,
      data: { order: { __typename: 'Order', id: 'x', voyage: { __typename: 'Voyage', meansName: 'A', eta: '2024-01-01T00:00:00Z' } } },
    });
    cache.writeQuery({ query: smaller, data: { order: { __typename: 'Order', id: 'x', voyage: { __typename: 'Voyage', meansName: 'B' } } } });
    expect(warnings.join('\n')).toMatch(/Cache data may be lost/);
  });
});
