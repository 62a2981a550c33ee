import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';

/**
 * The README's GraphQL examples (and the export client it ships) are what a new user runs first: each must be a valid
 * operation against the API as clients see it (schema/api.graphql), so that a renamed field
 * or argument fails here instead of in a user's first query.
 */

const ROOT = join(__dirname, '..', '..');
const schema = buildSchema(readFileSync(join(ROOT, 'schema', 'api.graphql'), 'utf8'));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

describe("the README's GraphQL examples", () => {
  it('are there to check (the README shows operations in graphql blocks)', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it("include the export client's query (examples/export-orders.mjs), which is valid too", () => {
    const client = readFileSync(join(ROOT, 'examples', 'export-orders.mjs'), 'utf8');
    const query = /const query = `([\s\S]*?)`;/.exec(client)?.[1];
    expect(query).toBeDefined();
    expect(validate(schema, parse(query!)).map((e) => e.message)).toEqual([]);
  });

  it.each(blocks.map((text, i) => [i + 1, text.split('\n')[0], text] as const))(
    'block %i (%s) is a valid operation against schema/api.graphql',
    (_i, _first, text) => {
      expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
    },
  );
});
