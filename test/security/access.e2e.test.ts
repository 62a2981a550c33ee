import {
  ContainerDocument,
  CreateOctopiServiceOrderDocument,
  GetOrderDocument,
  ListOrdersDocument,
  OrderByNumberDocument,
} from '../../schema/generated/graphql';
import { startOrderGraph } from '../../src/app';
import { hashApiKey } from '../../src/access';
import { ConfigError } from '../../src/config';
import { ProviderKey } from '../../src/providers';
import { octopi } from '../../src/providers/octopi';
import { OctopiEmulator } from '../../src/sandbox/octopi';
import { asKey, gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

/** The instances started here log nowhere: tests read logs through test/support when they need them. */
const QUIET = { write: () => undefined };

/** Keys configured next to the sandbox's own, for the scope cases the sandbox keys do not cover. */
const KEYS = {
  sitooOnly: 'test-key-sitoo-only-0123456789',
  writeOnly: 'test-key-write-only-0123456789',
};
const API_KEYS = JSON.stringify([
  { id: 'sitoo-only', sha256: hashApiKey(KEYS.sitooOnly), scopes: ['orders:read', 'orders:write'], providers: ['SITOO'] },
  { id: 'write-only', sha256: hashApiKey(KEYS.writeOnly), scopes: ['orders:write'] },
]);

const NODE = `query Node($id: ID!) { node(id: $id) { id ... on Order { provider orderNumber } } }`;
const ENTITIES = `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Order { id provider orderNumber } } }`;
const codes = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => (response.errors ?? []).map((e) => e.extensions?.code);

describe('API keys', () => {
  let app: TestApp;
  let octopiOrder: { id: string; orderNumber: string };
  beforeAll(async () => {
    app = await startTestApp({ seed: 12, env: { API_KEYS } });
    const list = await gql(app.url, ListOrdersDocument, { first: 1, filter: { providers: [ProviderKey.OCTOPI] } });
    octopiOrder = list.data!.orders.edges[0].node;
  });
  afterAll(() => app.close());

  describe('authentication', () => {
    it.each([
      ['no Authorization header', asKey(null)],
      ['an unknown key', asKey('not-a-configured-key')],
      ['an empty bearer', { authorization: 'Bearer ' }],
      ['another scheme', { authorization: 'Basic c2FuZGJveC1rZXk6' }],
      ['the key without a scheme', { authorization: 'sandbox-key' }],
      ['a key of 10 kB', asKey('k'.repeat(10_000))],
    ])('answers %s with HTTP 401, UNAUTHENTICATED and a Bearer challenge, before any vendor call', async (_case, headers) => {
      app.emulator('OCTOPI').clearLog();
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ orders(first: 1) { edges { node { id } } } }' }),
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="ordergraph"/);
      const body = (await response.json()) as { data?: unknown; errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }]);
      expect(app.emulator('OCTOPI').log).toHaveLength(0);
    });

    it('refuses GET requests without a key too', async () => {
      const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(response.status).toBe(401);
    });

    it('accepts the key case-insensitively in the scheme', async () => {
      const response = await gql(app.url, '{ __typename }', undefined, { authorization: 'bearer sandbox-key' });
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ __typename: 'Query' });
    });
  });

  describe('scopes', () => {
    const create = (orderNumber: string) => ({
      input: { orderNumber, cargoType: 'CONTAINER' as const, containerIds: [4337700], serviceIds: ['cleaning'] },
    });

    it('lets a read-only key read', async () => {
      const response = await gql(app.url, GetOrderDocument, { id: octopiOrder.id }, asKey('sandbox-read-key'));
      expect(response.errors).toBeUndefined();
      expect(response.data!.order!.id).toBe(octopiOrder.id);
    });

    it('refuses a read-only key any mutation with HTTP 403 FORBIDDEN, and sends nothing upstream', async () => {
      app.emulator('OCTOPI').clearLog();
      const response = await gql(app.url, CreateOctopiServiceOrderDocument, create('SCOPE-READ-1'), asKey('sandbox-read-key'));
      expect(response.status).toBe(403);
      expect(response.data).toBeUndefined();
      expect(response.errors).toEqual([
        { message: 'This API key lacks the orders:write scope', extensions: { code: 'FORBIDDEN', requiredScope: 'orders:write' } },
      ]);
      expect(app.emulator('OCTOPI').log).toHaveLength(0);
      const cancel = await gql(app.url, `mutation { cancelOrder(id: "${octopiOrder.id}", reason: "no") { id } }`, undefined, asKey('sandbox-read-key'));
      expect(cancel.status).toBe(403);
      expect(codes(cancel)).toEqual(['FORBIDDEN']);
    });

    it('lets a write key mutate, and read (write includes read)', async () => {
      const created = await gql(app.url, CreateOctopiServiceOrderDocument, create('SCOPE-WRITE-1'), asKey(KEYS.writeOnly));
      expect(created.errors).toBeUndefined();
      const read = await gql(app.url, GetOrderDocument, { id: created.data!.createOctopiServiceOrder.id }, asKey(KEYS.writeOnly));
      expect(read.data!.order!.orderNumber).toBe('SCOPE-WRITE-1');
    });
  });

  describe('a key limited to some providers', () => {
    // `sitoo-only` may see Sitoo alone: every path to an Octopi order must refuse it, and call nothing upstream.
    const sitooOnly = asKey(KEYS.sitooOnly);
    beforeEach(() => app.emulator('OCTOPI').clearLog());
    afterEach(() => expect(app.emulator('OCTOPI').log).toHaveLength(0));

    it("orders: lists none of the other providers' orders", async () => {
      const response = await gql(app.url, ListOrdersDocument, { first: 50 }, sitooOnly);
      expect(response.errors).toBeUndefined();
      expect(response.data!.orders.edges.filter((e) => e.node.provider !== 'SITOO')).toEqual([]);
    });

    it('orders: a filter naming a forbidden provider is FORBIDDEN', async () => {
      const response = await gql(app.url, ListOrdersDocument, { first: 5, filter: { providers: [ProviderKey.OCTOPI] } }, sitooOnly);
      expect(response.data).toBeNull();
      expect(response.errors![0].extensions).toEqual({ code: 'FORBIDDEN', provider: 'OCTOPI' });
    });

    it('orders: a filter on the order number or container finds nothing of other providers', async () => {
      const response = await gql(app.url, ListOrdersDocument, { first: 5, filter: { orderNumber: octopiOrder.orderNumber } }, sitooOnly);
      expect(response.data!.orders.edges).toEqual([]);
    });

    it("container: shows none of the other providers' orders on a container they touch, by query or entity", async () => {
      const octopiContainer = (await gql(app.url, GetOrderDocument, { id: octopiOrder.id })).data!.order!.containers[0].number;
      app.emulator('OCTOPI').clearLog();
      const response = await gql(app.url, ContainerDocument, { number: octopiContainer }, sitooOnly);
      expect(response.errors).toBeUndefined();
      expect(response.data!.container).toBeNull(); // no order this key may see touches it
      const entity = await gql(
        app.url,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Container { number orders { id } } } }`,
        { r: [{ __typename: 'Container', number: octopiContainer }] },
        sitooOnly,
      );
      expect(JSON.stringify(entity.data)).not.toContain('octopi:');
    });

    it('order(id): FORBIDDEN, with no data', async () => {
      const response = await gql(app.url, GetOrderDocument, { id: octopiOrder.id }, sitooOnly);
      expect(response.data!.order).toBeNull();
      expect(response.errors![0].extensions).toEqual({ code: 'FORBIDDEN', provider: 'OCTOPI' });
      expect(JSON.stringify(response)).not.toContain(octopiOrder.orderNumber);
    });

    it('order(id): FORBIDDEN for an id that does not exist either, so existence does not leak', async () => {
      const response = await gql(app.url, GetOrderDocument, { id: 'octopi:987654321' }, sitooOnly);
      expect(codes(response)).toEqual(['FORBIDDEN']);
    });

    it('orderByNumber: FORBIDDEN', async () => {
      const response = await gql(app.url, OrderByNumberDocument, { provider: ProviderKey.OCTOPI, orderNumber: octopiOrder.orderNumber }, sitooOnly);
      expect(response.data!.orderByNumber).toBeNull();
      expect(codes(response)).toEqual(['FORBIDDEN']);
    });

    it('node: FORBIDDEN', async () => {
      const response = await gql(app.url, NODE, { id: octopiOrder.id }, sitooOnly);
      expect((response.data as { node: unknown }).node).toBeNull();
      expect(codes(response)).toEqual(['FORBIDDEN']);
    });

    it("federation _entities: FORBIDDEN in each entity's slot", async () => {
      const representations = [
        { __typename: 'Order', id: octopiOrder.id },
        { __typename: 'Order', id: 'octopi:1' },
      ];
      const response = await gql(app.url, ENTITIES, { representations }, sitooOnly);
      expect((response.data as { _entities: unknown[] })._entities).toEqual([null, null]);
      expect(codes(response)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      expect(JSON.stringify(response)).not.toContain(octopiOrder.orderNumber);
    });

    it('mutations on a forbidden provider: FORBIDDEN', async () => {
      const create = await gql(
        app.url,
        CreateOctopiServiceOrderDocument,
        { input: { orderNumber: 'SCOPE-SITOO-1', cargoType: 'CONTAINER', containerIds: [4337700], serviceIds: ['cleaning'] } },
        sitooOnly,
      );
      expect(codes(create)).toEqual(['FORBIDDEN']);
      const cancel = await gql(app.url, `mutation { cancelOrder(id: "${octopiOrder.id}", reason: "no") { id } }`, undefined, sitooOnly);
      expect(codes(cancel)).toEqual(['FORBIDDEN']);
    });
  });

  describe('the sandbox key limited to Octopi', () => {
    const octopiOnly = asKey('sandbox-octopi-key');

    it("sees its provider's orders through every path", async () => {
      const list = await gql(app.url, ListOrdersDocument, { first: 50 }, octopiOnly);
      expect(list.data!.orders.edges.length).toBeGreaterThan(0);
      expect(new Set(list.data!.orders.edges.map((e) => e.node.provider))).toEqual(new Set(['OCTOPI']));
      expect((await gql(app.url, GetOrderDocument, { id: octopiOrder.id }, octopiOnly)).data!.order!.id).toBe(octopiOrder.id);
      const byNumber = await gql(app.url, OrderByNumberDocument, { provider: ProviderKey.OCTOPI, orderNumber: octopiOrder.orderNumber }, octopiOnly);
      expect(byNumber.data!.orderByNumber!.id).toBe(octopiOrder.id);
      expect((await gql(app.url, NODE, { id: octopiOrder.id }, octopiOnly)).data).toEqual({
        node: { id: octopiOrder.id, provider: 'OCTOPI', orderNumber: octopiOrder.orderNumber },
      });
      const entities = await gql(app.url, ENTITIES, { representations: [{ __typename: 'Order', id: octopiOrder.id }] }, octopiOnly);
      expect((entities.data as { _entities: Array<{ id: string }> })._entities[0].id).toBe(octopiOrder.id);
    });

    it("never sees another provider's order, whichever providers this build has", async () => {
      // With every provider's sandbox running, the unrestricted key finds one order per other provider.
      const all = await gql(app.url, ListOrdersDocument, { first: 200 });
      const others = new Map<string, { id: string; orderNumber: string; provider: string }>();
      for (const { node } of all.data!.orders.edges) if (node.provider !== 'OCTOPI' && !others.has(node.provider)) others.set(node.provider, node);
      for (const order of others.values()) {
        expect(codes(await gql(app.url, GetOrderDocument, { id: order.id }, octopiOnly))).toEqual(['FORBIDDEN']);
        expect(codes(await gql(app.url, NODE, { id: order.id }, octopiOnly))).toEqual(['FORBIDDEN']);
        expect(
          codes(await gql(app.url, OrderByNumberDocument, { provider: order.provider as ProviderKey, orderNumber: order.orderNumber }, octopiOnly)),
        ).toEqual(['FORBIDDEN']);
        expect(codes(await gql(app.url, ENTITIES, { representations: [{ __typename: 'Order', id: order.id }] }, octopiOnly))).toEqual(['FORBIDDEN']);
      }
      const list = await gql(app.url, ListOrdersDocument, { first: 200 }, octopiOnly);
      expect(list.data!.orders.edges.every((e) => e.node.provider === 'OCTOPI')).toBe(true);
    });

    it("sees only its provider's orders on a container that several providers touch", async () => {
      const all = await gql(app.url, ListOrdersDocument, { first: 200, filter: { providers: [ProviderKey.SOGET] } });
      const number = all.data?.orders.edges.flatMap((e) => e.node.containers.map((c) => c.number))[0];
      if (!number) return; // a build without SOGET has no transport orders to hide
      const everyone = await gql(app.url, ContainerDocument, { number });
      expect(everyone.data!.container!.orders.some((o) => o.provider === 'SOGET')).toBe(true);
      const limited = await gql(app.url, ContainerDocument, { number }, octopiOnly);
      expect((limited.data!.container?.orders ?? []).every((o) => o.provider === 'OCTOPI')).toBe(true);
      expect((limited.data!.container?.events ?? []).every((e) => !e.orderId?.startsWith('soget:'))).toBe(true);
    });
  });
});

describe('start-up without keys', () => {
  let emulator: OctopiEmulator;
  beforeAll(async () => {
    emulator = new OctopiEmulator('vendor-token-for-startup-test');
    emulator.seed(3);
    await emulator.listen(0);
  });
  afterAll(() => emulator.server.close());
  const env = () => ({ PORT: '0', HOST: '127.0.0.1', OCTOPI_BASE_URL: emulator.server.url, OCTOPI_TOKEN: emulator.token, LOG_LEVEL: 'silent' });

  it('refuses to start outside the sandbox with no key configured', async () => {
    await expect(startOrderGraph({ modules: [octopi], logDestination: QUIET, env: env() })).rejects.toThrow(ConfigError);
    await expect(startOrderGraph({ modules: [octopi], logDestination: QUIET, env: env() })).rejects.toThrow(
      /API_KEYS: no API key is configured.*ALLOW_ANONYMOUS=true/,
    );
  });

  it('does not accept the sandbox demo key outside the sandbox', async () => {
    const app = await startOrderGraph({
      modules: [octopi],
      logDestination: QUIET,
      env: { ...env(), API_KEYS: JSON.stringify([{ id: 'bi', sha256: hashApiKey('bi-key-0123456789'), scopes: ['orders:read'] }]) },
    });
    try {
      expect((await gql(app.url, '{ __typename }')).status).toBe(401);
      expect((await gql(app.url, '{ __typename }', undefined, asKey('bi-key-0123456789'))).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('serves requests without a key when ALLOW_ANONYMOUS=true', async () => {
    const app = await startOrderGraph({ modules: [octopi], logDestination: QUIET, env: { ...env(), ALLOW_ANONYMOUS: 'true' } });
    try {
      const response = await gql(app.url, ListOrdersDocument, { first: 2 }, asKey(null));
      expect(response.errors).toBeUndefined();
      expect(response.data!.orders.edges).toHaveLength(2);
      expect((await gql(app.url, '{ __typename }', undefined, asKey('wrong-key'))).status).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('names the variable of a malformed key list, never its content', async () => {
    const secretish = 'raw-key-that-must-not-be-echoed';
    const error = await startOrderGraph({
      modules: [octopi],
      logDestination: QUIET,
      env: { ...env(), API_KEYS: `[{"id":"x","sha256":"${secretish}","scopes":["orders:read"]}]` },
    }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/API_KEYS\[0\.sha256\]/);
    expect((error as Error).message).not.toContain(secretish);
    const notJson = await startOrderGraph({ modules: [octopi], logDestination: QUIET, env: { ...env(), API_KEYS: secretish } }).catch((e: Error) => e);
    expect((notJson as Error).message).toMatch(/API_KEYS: is not valid JSON/);
    expect((notJson as Error).message).not.toContain(secretish);
  });
});
