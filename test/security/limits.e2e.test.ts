import { readFileSync } from 'node:fs';
import { ListOrdersDocument } from '../../schema/generated/graphql';
import { hashApiKey } from '../../src/access';
import { startOrderGraph, type OrderGraphApp } from '../../src/app';
import { octopi } from '../../src/providers/octopi';
import { OctopiEmulator } from '../../src/sandbox/octopi';
import { asKey, gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

/** The instances started here log nowhere: tests read logs through test/support when they need them. */
const QUIET = { write: () => undefined };

const BI_KEY = 'bi-key-0123456789';
const codes = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => (response.errors ?? []).map((e) => e.extensions?.code);
const limitOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => response.errors?.[0]?.extensions;

describe('every limit is configurable', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      seed: 6,
      env: {
        MAX_DEPTH: '4',
        MAX_ALIASES: '2',
        MAX_ROOT_FIELDS: '3',
        MAX_TOKENS: '60',
        MAX_DOCUMENT_BYTES: '400',
        MAX_COST: '100',
        MAX_PAGE_SIZE: '30',
        MAX_BODY_BYTES: '3000',
        BATCHING: 'true',
        MAX_BATCH_OPERATIONS: '2',
        INTROSPECTION: 'false',
        FIELD_SUGGESTIONS: 'false',
      },
    });
  });
  afterAll(() => app.close());

  it('depth', async () => {
    const response = await gql(app.url, '{ orders(first: 1) { edges { node { containers { number } } } } }');
    expect(response.status).toBe(400);
    expect(limitOf(response)).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 4, found: 5 });
    expect(response.errors![0].message).toBe('The operation is 5 levels deep; the limit is 4');
    expect((await gql(app.url, '{ orders(first: 1) { edges { node { id } } } }')).errors).toBeUndefined();
  });

  it('depth counts through fragments', async () => {
    const response = await gql(app.url, '{ orders(first: 1) { ...E } } fragment E on OrderConnection { edges { node { containers { number } } } }');
    expect(limitOf(response)).toMatchObject({ limit: 'depth', found: 5 });
  });

  it('aliases', async () => {
    const response = await gql(app.url, '{ orders(first: 1) { edges { node { a: id b: id c: id } } } }');
    expect(limitOf(response)).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 2, found: 3 });
  });

  it('root fields', async () => {
    const response = await gql(app.url, '{ __typename a: __typename ...R } fragment R on Query { b: __typename c: __typename }');
    expect(codes(response)).toContain('QUERY_TOO_COMPLEX');
    expect(response.errors!.map((e) => e.extensions!.limit)).toContain('rootFields');
  });

  it('tokens', async () => {
    const response = await gql(app.url, `{ orders(first: 1) { edges { node { ${'id '.repeat(60)} } } } }`);
    expect(response.status).toBe(400);
    expect(limitOf(response)).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 60, found: 61 });
  });

  it('document size', async () => {
    const response = await gql(app.url, `# ${'x'.repeat(400)}\n{ __typename }`);
    expect(limitOf(response)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'documentBytes', max: 400 });
  });

  it('cost, counting `first` and the list sizes under it, before any vendor call', async () => {
    app.emulator('OCTOPI').clearLog();
    const page = 'orders(first: 30) { edges { node { id } } }'; // 1 + 30 x (edge 1 + order 1) = 61
    const response = await gql(app.url, `{ ${page} b: ${page} }`);
    expect(response.status).toBe(400);
    expect(limitOf(response)).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 100, found: 122 });
    expect(response.errors![0].message).toMatch(/estimated cost is 122; the limit is 100/);
    expect(app.emulator('OCTOPI').log).toHaveLength(0);
    expect((await gql(app.url, `{ ${page} }`)).errors).toBeUndefined();
  });

  it('the largest first', async () => {
    const response = await gql(app.url, '{ orders(first: 31) { edges { cursor } } }');
    expect(limitOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', rule: 'range' });
  });

  it('request body size: 413', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asKey('sandbox-key') },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(3000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: 'Request body is larger than the allowed size', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('operations per batch, when batching is on', async () => {
    const post = (operations: unknown[]) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...asKey('sandbox-key') },
        body: JSON.stringify(operations),
      });
    const two = await post([{ query: '{ __typename }' }, { query: '{ orders(first: 1) { edges { cursor } } }' }]);
    expect(two.status).toBe(200);
    expect(((await two.json()) as unknown[]).length).toBe(2);
    const three = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(three.status).toBe(400);
    expect(await three.json()).toEqual({
      errors: [
        {
          message: 'A batch may hold at most 2 operations; this one holds 3',
          extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'batchOperations', max: 2, found: 3 },
        },
      ],
    });
    const bomb = await post([{ query: '{ __typename }' }, { query: `{ ${'__typename '.repeat(70)} }` }]);
    expect(bomb.status).toBe(400);
  });

  it('introspection off', async () => {
    const response = await gql(app.url, '{ __schema { types { name } } }');
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0].message).toMatch(/introspection is not allowed/i);
  });

  it('field suggestions hidden', async () => {
    const response = await gql(app.url, '{ ordrs { id } }');
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0].message).not.toMatch(/Did you mean/);
  });
});

describe('limit defaults', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 3 });
  });
  afterAll(() => app.close());

  it('serve the largest page of orders with every field', async () => {
    const response = await gql(
      app.url,
      `{ orders(first: 500) { edges { node { ...OrderFields } } } } ${readFileSync('schema/operations/order-fields.graphql', 'utf8')}`,
    );
    expect(response.errors).toBeUndefined();
  });

  it('in the sandbox: introspection on and suggestions shown', async () => {
    expect((await gql(app.url, '{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await gql(app.url, '{ ordrs { id } }')).errors![0].message).toMatch(/Did you mean "orders"/);
  });

  it('batching off', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asKey('sandbox-key') },
      body: JSON.stringify([{ query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });
});

describe('outside the sandbox', () => {
  let emulator: OctopiEmulator;
  let app: OrderGraphApp;
  beforeAll(async () => {
    emulator = new OctopiEmulator('vendor-token-limits-test');
    emulator.seed(2);
    await emulator.listen(0);
    app = await startOrderGraph({
      modules: [octopi],
      logDestination: QUIET,
      env: {
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        OCTOPI_BASE_URL: emulator.server.url,
        OCTOPI_TOKEN: emulator.token,
        API_KEYS: JSON.stringify([{ id: 'bi', sha256: hashApiKey(BI_KEY), scopes: ['orders:read'] }]),
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await emulator.server.close();
  });

  it('hides introspection and field suggestions by default', async () => {
    const introspection = await gql(app.url, '{ __schema { queryType { name } } }', undefined, asKey(BI_KEY));
    expect(codes(introspection)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const typo = await gql(app.url, '{ ordrs { id } }', undefined, asKey(BI_KEY));
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
    expect((await gql(app.url, ListOrdersDocument, { first: 2 }, asKey(BI_KEY))).data!.orders.edges).toHaveLength(2);
  });
});
