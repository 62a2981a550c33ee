import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { diff, validate } from '@graphql-inspector/core';
import { buildClientSchema, buildSchema, getIntrospectionQuery, introspectionFromSchema, Source, type IntrospectionQuery } from 'graphql';
import { emittedApiSchema } from '../../src/tools/print-schema';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

const root = join(__dirname, '..', '..');
const API = join(root, 'schema', 'api.graphql');
const run = promisify(execFile);

/**
 * schema/api.graphql is what generic schema tools are given: the API as clients see it, without
 * the federation machinery. The tools themselves (graphql-inspector, relay-compiler) load it here.
 */
describe('the plain API schema, schema/api.graphql', () => {
  it('matches the schema the code emits (run `npm run schema` after changing types)', () => {
    expect(readFileSync(API, 'utf8')).toBe(emittedApiSchema());
  });

  it('has no federation directive, import or gateway-only field', () => {
    const sdl = readFileSync(API, 'utf8');
    for (const gatewayOnly of ['@key', '@link', '@shareable', '_service', '_entities', '_Any', '_Entity', 'link__', 'federation__']) {
      expect(sdl).not.toContain(gatewayOnly);
    }
  });

  it('loads in graphql-inspector, which finds every example operation valid against it', () => {
    const schema = buildSchema(readFileSync(API, 'utf8'));
    const dir = join(root, 'schema', 'operations');
    const sources = readdirSync(dir).map((file) => new Source(readFileSync(join(dir, file), 'utf8'), file));
    const invalid = validate(schema, sources);
    expect(invalid.map((doc) => `${doc.source.name}: ${doc.errors.map((e) => e.message).join('; ')}`)).toEqual([]);
  });

  describe('against a running ordergraph', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(() => app.close());

    it('differs from what the server introspects only by the federation machinery (graphql-inspector diff)', async () => {
      const introspection = await gql<IntrospectionQuery, unknown>(app.url, getIntrospectionQuery());
      const served = buildClientSchema(introspection.data!);
      // Both sides as a tool sees them through introspection, so only real differences show.
      const api = buildClientSchema(introspectionFromSchema(buildSchema(readFileSync(API, 'utf8'))));
      const changes = await diff(api, served);
      const federation = /^(Query\._service|Query\._entities|_Service|_Any|_Entity|@key|@link|@shareable|@federation__|link__|federation__)/;
      expect(changes.map((c) => c.path ?? c.message).filter((path) => !federation.test(path))).toEqual([]);
      expect(changes.map((c) => c.path)).toEqual(expect.arrayContaining(['Query._service', 'Query._entities']));
    });
  });

  it('compiles with relay-compiler: a query, fragments on orders, containers and an order, and a @connection paging fragment on orders', async () => {
    const project = mkdtempSync(join(tmpdir(), 'og-relay-'));
    try {
      mkdirSync(join(project, 'src'));
      cpSync(API, join(project, 'schema.graphql'));
      writeFileSync(
        join(project, 'relay.config.json'),
        JSON.stringify({ src: './src', schema: './schema.graphql', language: 'typescript', customScalarTypes: { DateTimeISO: 'string', JSON: 'unknown' } }),
      );
      writeFileSync(join(project, 'src', 'OrderList.ts'), RELAY_SOURCE);
      writeFileSync(join(project, 'src', 'OrderFeed.ts'), RELAY_PAGINATION_SOURCE);
      const { stdout, stderr } = await run(join(root, 'node_modules', '.bin', 'relay-compiler'), [], { cwd: project, timeout: 60000 });
      const generated = readdirSync(join(project, 'src', '__generated__')).sort();
      expect({ generated, stderr }).toMatchObject({ generated: expect.arrayContaining(RELAY_ARTIFACTS) });
      expect(`${stdout}${stderr}`).not.toMatch(/error/i);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 90000);
});

/** An app's Relay source: relay-compiler finds the graphql tags in it, as in any Relay project. */
const RELAY_SOURCE = `
declare function graphql(strings: TemplateStringsArray): unknown;

export const query = graphql\`
  query OrderListQuery($first: Int!) {
    ...OrderList_query @arguments(first: $first)
  }
\`;

export const list = graphql\`
  fragment OrderList_query on Query @argumentDefinitions(first: { type: "Int!" }) {
    orders(first: $first) {
      edges { cursor node { id ...OrderList_order } }
      pageInfo { hasNextPage endCursor }
    }
  }
\`;

export const order = graphql\`
  fragment OrderList_order on Order {
    id
    provider
    orderNumber
    status
    containers { id number sealNumbers container { number sizeType orders { id } } }
  }
\`;
`;

/** Relay's paging over `orders` (usePaginationFragment): @connection needs the Relay spec's PageInfo. */
const RELAY_PAGINATION_SOURCE = `
declare function graphql(strings: TemplateStringsArray): unknown;

export const feed = graphql\`
  fragment OrderFeed_query on Query
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" })
  @refetchable(queryName: "OrderFeedPaginationQuery") {
    orders(first: $count, after: $cursor) @connection(key: "OrderFeed_orders") {
      edges { node { id orderNumber status } }
    }
  }
\`;
`;
const RELAY_ARTIFACTS = [
  'OrderListQuery.graphql.ts',
  'OrderList_query.graphql.ts',
  'OrderList_order.graphql.ts',
  'OrderFeed_query.graphql.ts',
  'OrderFeedPaginationQuery.graphql.ts',
];
