import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ListOrdersDocument } from '../../schema/generated/graphql';
import { asKey, gql, SANDBOX_KEY } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

/**
 * The bad-input corpus: requests built to hurt (query bombs, floods, huge values, wrong types,
 * forged ids and cursors, broken bodies). Every one must get a clear error (a known code and a
 * message, a 4xx status or a GraphQL error next to null data), nothing may reach a vendor when
 * the request is refused up front, and the server must keep serving afterwards.
 */

const ORDER_FIELDS = readFileSync(join(__dirname, '..', '..', 'schema', 'operations', 'order-fields.graphql'), 'utf8');

interface Case {
  name: string;
  /** Raw request body (JSON text unless `contentType` says otherwise). */
  body: string | Buffer;
  contentType?: string;
  status: number;
  /** Codes of which at least one must be among the response's errors. */
  code: string | string[];
  /** When true, the case is refused before any resolver runs: no upstream call at all. */
  noUpstream?: boolean;
}

const q = (query: string, variables?: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ query, variables, ...extra });
const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

const CASES: Case[] = [
  // Query bombs
  { name: 'a query 1000 levels deep', body: q(`{ ${'a { '.repeat(1000)}b${' }'.repeat(1000)} }`), status: 400, code: 'QUERY_TOO_COMPLEX', noUpstream: true },
  // Invalid as well as deep: GraphQL's own rules refuse it first (the limits run on valid documents).
  {
    name: 'a query 12 levels deep',
    body: q(`{ orders { edges { node { containers { events { a { b { c { d { e { f { g } } } } } } } } } } } }`),
    status: 400,
    code: ['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED'],
    noUpstream: true,
  },
  {
    name: 'ten full pages of 500 orders under aliases (cost)',
    body: q(`{ ${repeat(10, (i) => `p${i}: orders(first: 500) { edges { node { ...OrderFields } } }`)} } ${ORDER_FIELDS}`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    noUpstream: true,
  },
  { name: '100 root fields', body: q(`{ ${repeat(100, () => '__typename')} }`), status: 400, code: 'QUERY_TOO_COMPLEX', noUpstream: true },
  {
    name: '300 root orders fields',
    body: q(`{ ${repeat(300, (i) => `o${i}: orders(first: 1) { edges { cursor } }`)} }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    noUpstream: true,
  },
  {
    name: 'an alias flood of 200 aliases',
    body: q(`{ orders(first: 1) { edges { node { ${repeat(200, (i) => `a${i}: id`)} } } } }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    noUpstream: true,
  },
  {
    name: 'an alias flood on __typename',
    body: q(`{ orders(first: 1) { edges { ${repeat(100, (i) => `t${i}: __typename`)} } } }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    noUpstream: true,
  },
  {
    name: 'a fragment explosion (2^30 selections)',
    body: q(
      `{ orders(first: 1) { edges { node { ...F30 } } } } fragment F0 on Order { id } ${Array.from({ length: 30 }, (_, i) => `fragment F${i + 1} on Order { ...F${i} ...F${i} }`).join(' ')}`,
    ),
    status: 400,
    code: ['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED'],
    noUpstream: true,
  },
  {
    name: 'a fragment cycle',
    body: q(`{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    noUpstream: true,
  },
  {
    name: 'an introspection bomb',
    body: q(`{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    noUpstream: true,
  },
  {
    name: 'a document of 5000 tokens',
    body: q(`{ orders(first: 1) { edges { node { ${repeat(2500, () => 'id ,')} } } } }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    noUpstream: true,
  },
  { name: '50000 comment characters', body: q(`#${'x'.repeat(50_000)}\n{ __typename }`), status: 400, code: 'QUERY_TOO_COMPLEX', noUpstream: true },

  // Huge values
  {
    name: 'a 100 kB string literal in the document',
    body: q(`{ orderByNumber(provider: OCTOPI, orderNumber: "${'x'.repeat(100_000)}") { id } }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    noUpstream: true,
  },
  {
    name: 'a 500 kB string in a variable',
    body: q('query ($n: String!) { orderByNumber(provider: OCTOPI, orderNumber: $n) { id } }', { n: 'x'.repeat(500_000) }),
    status: 200,
    code: 'BAD_USER_INPUT',
    noUpstream: true,
  },
  { name: 'a 2 MB body', body: q('{ __typename }', { pad: 'x'.repeat(2_000_000) }), status: 413, code: 'BAD_REQUEST', noUpstream: true },
  {
    name: 'a 300 kB id',
    body: q('query ($id: ID!) { order(id: $id) { id } }', { id: `octopi:${'9'.repeat(300_000)}` }),
    status: 200,
    code: 'BAD_USER_INPUT',
    noUpstream: true,
  },
  {
    name: 'a 100 kB cancel reason',
    body: q('mutation ($r: String!) { cancelOrder(id: "octopi:1", reason: $r) { id } }', { r: 'x'.repeat(100_000) }),
    status: 200,
    code: 'BAD_USER_INPUT',
    noUpstream: true,
  },

  // Wrong types and out-of-range values
  {
    name: 'a string for an Int argument',
    body: q('{ orders(first: "ten") { edges { cursor } } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    noUpstream: true,
  },
  {
    name: 'a string for an Int variable',
    body: q('query ($f: Int) { orders(first: $f) { edges { cursor } } }', { f: 'ten' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    noUpstream: true,
  },
  {
    name: 'an Int beyond 32 bits',
    body: q('{ orders(first: 2147483648) { edges { cursor } } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    noUpstream: true,
  },
  { name: 'first = -1', body: q('{ orders(first: -1) { edges { cursor } } }'), status: 200, code: 'BAD_USER_INPUT', noUpstream: true },
  { name: 'first above the largest page', body: q('{ orders(first: 100000) { edges { cursor } } }'), status: 400, code: 'QUERY_TOO_COMPLEX', noUpstream: true },
  { name: 'first just above the largest page', body: q('{ orders(first: 501) { edges { cursor } } }'), status: 200, code: 'BAD_USER_INPUT', noUpstream: true },
  {
    name: 'an unknown enum value',
    body: q('{ orders(orderBy: SIDEWAYS) { edges { cursor } } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    noUpstream: true,
  },
  {
    name: 'an unknown provider',
    body: q('{ orderByNumber(provider: ACME, orderNumber: "1") { id } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    noUpstream: true,
  },
  {
    name: 'an object for a String variable',
    body: q('query ($n: String!) { orderByNumber(provider: OCTOPI, orderNumber: $n) { id } }', { n: { $gt: '' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
    noUpstream: true,
  },
  { name: 'a missing required variable', body: q('query ($id: ID!) { order(id: $id) { id } }', {}), status: 400, code: 'BAD_USER_INPUT', noUpstream: true },
  {
    name: 'a bad date in a filter',
    body: q('{ orders(filter: { createdFrom: "yesterday" }) { edges { cursor } } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    noUpstream: true,
  },
  {
    name: 'reversed dates in a filter',
    body: q('{ orders(filter: { createdFrom: "2024-02-01T00:00:00Z", createdTo: "2024-01-01T00:00:00Z" }) { edges { cursor } } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    noUpstream: true,
  },
  { name: 'an unknown field', body: q('{ ordres { id } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', noUpstream: true },
  { name: 'a syntax error', body: q('{ orders(first: 5 { edges } }'), status: 400, code: 'GRAPHQL_PARSE_FAILED', noUpstream: true },
  {
    name: 'an unknown operation name',
    body: q('query A { __typename }', undefined, { operationName: 'B' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    noUpstream: true,
  },
  {
    name: 'two operations and no operation name',
    body: q('query A { __typename } query B { __typename }'),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    noUpstream: true,
  },

  // Invalid ids
  ...['', 'nonsense', 'octopi:', ':41', 'acme:41', 'octopi41', '\u0000:1', 'octopi\u0000:1'].map((id) => ({
    name: `the id ${JSON.stringify(id)}`,
    body: q('query ($id: ID!) { order(id: $id) { id } }', { id }),
    status: 200,
    code: 'BAD_USER_INPUT',
    noUpstream: true,
  })),
  {
    name: 'a number for an ID variable that is not an order id',
    body: q('query ($id: ID!) { node(id: $id) { id } }', { id: 41 }),
    status: 200,
    code: 'BAD_USER_INPUT',
    noUpstream: true,
  },

  // Invalid cursors
  ...[
    'garbage',
    'og2.',
    'og2.!!!',
    `og2.${b64('not json')}`,
    `og2.${b64([])}`,
    `og2.${b64({ q: 1, p: {} })}`,
    `og2.${b64({ q: 'x', p: null })}`,
    `og2.${b64({ q: 'other-query', p: {} })}`,
    `og2.${'A'.repeat(9000)}`,
  ].map((after) => ({
    name: `the cursor ${after.slice(0, 30)}`,
    body: q('query ($after: String) { orders(first: 2, after: $after) { edges { cursor } } }', { after }),
    status: 200,
    code: 'BAD_USER_INPUT',
    noUpstream: true,
  })),

  // Malformed bodies
  { name: 'truncated JSON', body: '{"query":', status: 400, code: 'BAD_REQUEST', noUpstream: true },
  { name: 'an empty body', body: '', status: 400, code: 'BAD_REQUEST', noUpstream: true },
  { name: 'JSON null', body: 'null', status: 400, code: 'BAD_REQUEST', noUpstream: true },
  { name: 'a JSON string', body: '"{ __typename }"', status: 400, code: 'BAD_REQUEST', noUpstream: true },
  { name: 'a JSON number', body: '42', status: 400, code: 'BAD_REQUEST', noUpstream: true },
  {
    name: 'a batch while batching is off',
    body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    status: 400,
    code: 'BAD_REQUEST',
    noUpstream: true,
  },
  { name: 'an empty array', body: '[]', status: 400, code: 'BAD_REQUEST', noUpstream: true },
  { name: 'a number as query', body: '{"query": 5}', status: 400, code: 'BAD_REQUEST', noUpstream: true },
  { name: 'a null query', body: '{"query": null}', status: 400, code: 'BAD_REQUEST', noUpstream: true },
  { name: 'a string as variables', body: q('{ __typename }', 'nope'), status: 400, code: 'BAD_REQUEST', noUpstream: true },
  { name: 'an array as variables', body: q('{ __typename }', [1, 2]), status: 400, code: 'BAD_REQUEST', noUpstream: true },
  { name: 'a number as operationName', body: q('{ __typename }', undefined, { operationName: 5 }), status: 400, code: 'BAD_REQUEST', noUpstream: true },
  { name: 'a string as extensions', body: q('{ __typename }', undefined, { extensions: 'x' }), status: 400, code: 'BAD_REQUEST', noUpstream: true },
  {
    name: 'JSON nested 100000 deep',
    body: `{"query":"query ($a: String!) { orderByNumber(provider: OCTOPI, orderNumber: $a) { id } }","variables":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
    status: 400,
    code: ['BAD_REQUEST', 'BAD_USER_INPUT'],
    noUpstream: true,
  },
  {
    name: 'invalid UTF-8',
    body: Buffer.concat([Buffer.from('{"query":"{ __typename '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('}"}')]),
    status: 400,
    code: ['GRAPHQL_PARSE_FAILED', 'BAD_REQUEST'],
    noUpstream: true,
  },
  // Filter strings longer than any vendor accepts (900 kB was once sent on, and vendors answered 431)
  {
    name: 'a 900 kB order number filter',
    body: q('query ($n: String) { orders(filter: { orderNumber: $n }) { edges { cursor } } }', { n: 'x'.repeat(900_000) }),
    status: 200,
    code: 'BAD_USER_INPUT',
    noUpstream: true,
  },
  {
    name: 'a 257-character order number filter',
    body: q('query ($n: String) { orders(filter: { orderNumber: $n }) { edges { cursor } } }', { n: 'x'.repeat(257) }),
    status: 200,
    code: 'BAD_USER_INPUT',
    noUpstream: true,
  },
  {
    name: "an order number filter longer than Shipwell's 64 characters, for Shipwell",
    body: q('query ($n: String) { orders(filter: { providers: [SHIPWELL], orderNumber: $n }) { edges { cursor } } }', { n: 'x'.repeat(65) }),
    status: 200,
    code: 'BAD_USER_INPUT',
    noUpstream: true,
  },
  {
    name: 'a 100 kB container number filter',
    body: q('query ($n: String) { orders(filter: { containerNumber: $n }) { edges { cursor } } }', { n: 'C'.repeat(100_000) }),
    status: 200,
    code: 'BAD_USER_INPUT',
    noUpstream: true,
  },
  // Persisted queries and federation
  {
    name: 'an APQ hash that does not match its query',
    body: q('{ __typename }', undefined, { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
    status: 400,
    code: 'PERSISTED_QUERY_HASH_MISMATCH',
    noUpstream: true,
  },
  {
    name: '_entities with only an unknown type name',
    body: q('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { r: [{ __typename: 'Nope', id: 'x' }] }),
    status: 200,
    code: 'BAD_USER_INPUT',
    noUpstream: true,
  },
  {
    name: '_entities with a missing order beside an unknown type',
    body: q('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', {
      r: [
        { __typename: 'Order', id: 'octopi:999999' },
        { __typename: 'Nope', id: 'x' },
      ],
    }),
    status: 200,
    code: ['BAD_USER_INPUT', 'NOT_FOUND'],
  },
  { name: 'a text/plain body (CSRF prevention)', body: '{ __typename }', contentType: 'text/plain', status: 400, code: 'BAD_REQUEST', noUpstream: true },
];

describe('the bad-input corpus', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 8 });
  });
  afterAll(() => app.close());

  const send = async (body: string | Buffer, contentType = 'application/json') => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, ...asKey(SANDBOX_KEY) }, body });
    const text = await response.text();
    return { status: response.status, text, json: JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
  };

  it.each(CASES.map((c) => [c.name, c] as const))('%s gets a clear error', async (_name, c) => {
    app.emulator('OCTOPI').clearLog();
    const started = performance.now();
    const response = await send(c.body, c.contentType);
    expect(performance.now() - started).toBeLessThan(5000);
    const codes = (response.json.errors ?? []).map((e) => e.extensions?.code);
    const expected: string[] = [c.code].flat();
    expect({ status: response.status, codes, expected: codes.some((code) => expected.includes(code!)) }).toMatchObject({ status: c.status, expected: true });
    for (const error of response.json.errors!) {
      expect(error.message.length).toBeGreaterThan(5);
      expect(error.message).not.toMatch(/Internal server error|stack|at .*\.js:\d+/);
      expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
    // No data, or (for _entities, answered item by item) a list of nulls.
    if (response.status === 200)
      expect(
        response.json.data === null ||
          Object.values(response.json.data as object).every((v) => v === null || (Array.isArray(v) && v.every((item) => item === null))),
      ).toBe(true);
    // The echo of a huge input is not sent back.
    expect(response.text.length).toBeLessThan(20_000);
    if (c.noUpstream) expect(app.emulator('OCTOPI').log).toHaveLength(0);
  });

  it('leaves out only the vendors an order number filter is too long for, and asks the others', async () => {
    const before = app.calls.length;
    const response = await gql(app.url, '{ orders(filter: { orderNumber: "' + 'N'.repeat(100) + '" }) { edges { cursor } } }');
    expect(response.errors).toBeUndefined();
    const asked = new Set<string>(app.calls.slice(before).map((call) => call.provider));
    expect(asked.has('SHIPWELL')).toBe(false); // Shipwell documents order numbers of at most 64 characters
    expect(asked.has('SITOO')).toBe(true);
  });

  it('a cursor of a valid shape whose positions were forged is refused or ignored, never a crash', async () => {
    const page = await gql(app.url, ListOrdersDocument, { first: 2 });
    const cursor = page.data!.orders.pageInfo.endCursor!;
    // An og3 payload starts with a flags byte and the query's fingerprint as a length-prefixed string (src/core/cursor.ts).
    const bytes = Buffer.from(cursor.split('.')[1], 'base64url');
    const state = { q: bytes.subarray(2, 2 + bytes[1]).toString() };
    expect(state.q).toMatch(/^[\w-]{12}$/);
    for (const forged of [
      { OCTOPI: { evil: [1, 2] } },
      { OCTOPI: -1 },
      { OCTOPI: 'x'.repeat(2000) },
      { OCTOPI: null },
      { NOT_A_PROVIDER: 1 },
      { OCTOPI: [[[[]]]] },
    ]) {
      const response = await gql(app.url, ListOrdersDocument, { first: 2, after: `og2.${b64({ q: state.q, p: forged })}` });
      const codes = (response.errors ?? []).map((e) => e.extensions?.code);
      expect(codes.every((code) => code === 'BAD_USER_INPUT')).toBe(true);
    }
  });

  it('the whole corpus at once, in parallel, leaves the server serving, and a steady read load beside it sees no failure', async () => {
    // Steady reads (one at a time, bounded) for as long as the corpus is in flight.
    let corpusDone = false;
    const reads: Array<{ status: number; errors?: unknown[] }> = [];
    const steady = (async () => {
      while (!corpusDone && reads.length < 500) reads.push(await gql(app.url, ListOrdersDocument, { first: 3 }));
    })();
    const responses = await Promise.all(CASES.map((c) => send(c.body, c.contentType)));
    corpusDone = true;
    await steady;
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.filter((r) => r.status !== 200 || r.errors !== undefined)).toEqual([]);
    expect(responses.every((r) => r.status < 500)).toBe(true);
    const health = await fetch(`${app.url}/health`);
    expect(health.status).toBe(200);
    const list = await gql(app.url, ListOrdersDocument, { first: 3 });
    expect(list.errors).toBeUndefined();
    expect(list.data!.orders.edges).toHaveLength(3);
    expect(app.logs.filter((line) => JSON.parse(line).level === 'error')).toEqual([]);
  });
});
