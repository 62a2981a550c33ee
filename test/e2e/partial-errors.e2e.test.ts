import { gql, type GraphQLResponse } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

/**
 * A partial answer: one provider fails while the others answer. Clients (Apollo Client's
 * `errorPolicy: 'all'`, a federation gateway) place an error by its `path`, and branch on its
 * code; so every such error sits at the field whose data is incomplete and keeps the vendor's
 * own code, on every path that reaches providers.
 */
const LIST = '{ orders(first: 20) { edges { node { id provider } } } }';
const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Container { number orders { id provider } } } }';

type ListAnswer = { orders: { edges: Array<{ node: { id: string; provider: string } }> } };
type ContainerAnswer = { number: string; orders: Array<{ id: string; provider: string }> };

function errorAt(response: GraphQLResponse<unknown>, path: Array<string | number>) {
  return (response.errors ?? []).filter((e) => JSON.stringify(e.path) === JSON.stringify(path));
}

describe.each(['jit', 'graphql-js'])('partial answers with the %s executor', (executor) => {
  let app: TestApp;
  let shared: string;
  beforeAll(async () => {
    app = await startTestApp({ seed: 30, env: { GRAPHQL_EXECUTOR: executor, BATCHING: 'true' } });
    // A container that both Octopi and SOGET orders touch.
    const list = await gql<{ orders: { edges: Array<{ node: { provider: string; containers: Array<{ number: string }> } }> } }, unknown>(
      app.url,
      '{ orders(first: 500, filter: { providers: [OCTOPI, SOGET] }) { edges { node { provider containers { number } } } } }',
    );
    const byNumber = new Map<string, Set<string>>();
    for (const { node } of list.data!.orders.edges)
      for (const c of node.containers) byNumber.set(c.number, (byNumber.get(c.number) ?? new Set()).add(node.provider));
    shared = [...byNumber].find(([, providers]) => providers.size === 2)![0];
  });
  afterAll(() => app.close());
  afterEach(() => {
    for (const sandbox of app.sandboxes.values()) sandbox.server.clearFaults();
  });

  it("puts a provider's outage on the list at the list's path, naming the provider, beside the others' orders", async () => {
    app.emulator('SITOO').setFaults({ status: 503 });
    const page = await gql<ListAnswer, unknown>(app.url, LIST);
    expect(page.data!.orders.edges).toHaveLength(20);
    expect(page.data!.orders.edges.some((e) => e.node.provider === 'SITOO')).toBe(false);
    expect(page.errors).toHaveLength(1);
    expect(page.errors![0].path).toEqual(['orders']);
    expect(page.errors![0].extensions).toEqual({ code: 'PROVIDER_UNAVAILABLE', provider: 'SITOO', httpStatus: 503, reason: 'HTTP_ERROR' });
    expect(page.errors![0].message).toMatch(/^Sitoo /);
  });

  it('reports each aliased list at its own path', async () => {
    app.emulator('VU').setFaults({ status: 500 });
    const page = await gql<unknown, unknown>(
      app.url,
      '{ a: orders(first: 5) { edges { node { id } } } b: orders(first: 5, orderBy: OLDEST_FIRST) { edges { node { id } } } }',
    );
    expect((page.errors ?? []).map((e) => [e.path, e.extensions?.provider])).toEqual([
      [['a'], 'VU'],
      [['b'], 'VU'],
    ]);
  });

  it('gives each operation of a batched request only its own partial errors', async () => {
    app.emulator('SHIPWELL').setFaults({ status: 500 });
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sandbox-key' },
      body: JSON.stringify([
        { query: '{ orders(first: 3, filter: { providers: [OCTOPI] }) { edges { node { id } } } }' },
        { query: '{ orders(first: 3, filter: { providers: [SHIPWELL, SITOO] }) { edges { node { id } } } }' },
      ]),
    });
    const [octopi, shipwell] = (await response.json()) as Array<GraphQLResponse<ListAnswer>>;
    expect(octopi.errors).toBeUndefined();
    expect(shipwell.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.provider])).toEqual([[['orders'], 'PROVIDER_UNAVAILABLE', 'SHIPWELL']]);
  });

  it("reports a provider failing during container(number:) at that field, with the other providers' orders", async () => {
    app.emulator('SOGET').setFaults({ status: 500 });
    const res = await gql<{ container: ContainerAnswer | null }, unknown>(app.url, `{ container(number: "${shared}") { number orders { id provider } } }`);
    expect(res.data!.container!.orders.length).toBeGreaterThan(0);
    expect(res.data!.container!.orders.every((o) => o.provider === 'OCTOPI')).toBe(true);
    expect(errorAt(res, ['container']).map((e) => [e.extensions?.code, e.extensions?.provider])).toEqual([['PROVIDER_UNAVAILABLE', 'SOGET']]);
  });

  it('reports a provider failing while _entities resolves a Container at that representation, like container(number:)', async () => {
    app.emulator('SOGET').setFaults({ status: 500 });
    const res = await gql<{ _entities: Array<ContainerAnswer | null> }, unknown>(app.url, ENTITIES, {
      r: [
        { __typename: 'Container', number: 'ZZZU0000000' },
        { __typename: 'Container', number: shared },
      ],
    });
    expect(res.data!._entities[1]!.number).toBe(shared);
    expect(res.data!._entities[1]!.orders.every((o) => o.provider === 'OCTOPI')).toBe(true);
    expect(errorAt(res, ['_entities', 1]).map((e) => [e.extensions?.code, e.extensions?.provider])).toEqual([['PROVIDER_UNAVAILABLE', 'SOGET']]);
    // The unknown container: null, and SOGET's failure is reported for it too (its answer is unknown, not empty).
    expect(res.data!._entities[0]).toBeNull();
    expect(errorAt(res, ['_entities', 0]).map((e) => e.extensions?.provider)).toEqual(['SOGET']);
  });

  it('answers _entities for a Container with no error when every provider answers', async () => {
    const res = await gql<{ _entities: Array<ContainerAnswer | null> }, unknown>(app.url, ENTITIES, { r: [{ __typename: 'Container', number: shared }] });
    expect(res.errors).toBeUndefined();
    expect(new Set(res.data!._entities[0]!.orders.map((o) => o.provider))).toEqual(new Set(['OCTOPI', 'SOGET']));
  });
});

describe("a vendor refusing ordergraph's credentials", () => {
  let sandbox: TestApp;
  let app: TestApp;
  beforeAll(async () => {
    sandbox = await startTestApp({ seed: 10 });
    // A second ordergraph on the same emulators, configured with a wrong Octopi token.
    const settings = Object.assign({}, ...[...sandbox.sandboxes.values()].map((handle) => handle.env)) as Record<string, string>;
    app = await startTestApp({ env: { ...settings, SANDBOX: 'false', ALLOW_ANONYMOUS: 'true', OCTOPI_TOKEN: 'revoked-token' } });
  });
  afterAll(async () => {
    await app.close();
    await sandbox.close();
  });

  it('keeps PROVIDER_AUTH_FAILED on the list path, naming the vendor, while the other vendors answer', async () => {
    const page = await gql<ListAnswer, unknown>(app.url, LIST, undefined, { authorization: '' });
    expect(page.data!.orders.edges).toHaveLength(20);
    expect(page.errors).toHaveLength(1);
    expect(page.errors![0]).toMatchObject({ path: ['orders'], extensions: { code: 'PROVIDER_AUTH_FAILED', provider: 'OCTOPI', httpStatus: 401 } });
    expect(page.errors![0].message).toBe("Octopi refused ordergraph's credentials (HTTP 401)");
  });
});

describe('a partial answer and the response cache', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 10, env: { RESPONSE_CACHE_TTL_SECONDS: '30' } });
  });
  afterAll(() => app.close());

  it('is never cached: once the vendor is back, the same read answers whole', async () => {
    app.emulator('OCTOPI').setFaults({ status: 503 });
    const partial = await gql<ListAnswer, unknown>(app.url, LIST);
    expect(partial.errors?.map((e) => e.extensions?.provider)).toEqual(['OCTOPI']);
    app.emulator('OCTOPI').clearFaults();
    const whole = await gql<ListAnswer, unknown>(app.url, LIST);
    expect(whole.errors).toBeUndefined();
    expect(whole.data!.orders.edges.some((e) => e.node.provider === 'OCTOPI')).toBe(true);
  });
});
