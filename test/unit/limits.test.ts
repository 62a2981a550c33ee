import { parse, validate } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { buildOrderGraphSchema } from '../../src/graphql/schema';
import { checkDocument, costEstimator, rootFieldsRule } from '../../src/limits/rules';
import { providerModules } from '../../src/providers';

const schema = buildOrderGraphSchema(providerModules.flatMap((m) => m.resolvers));
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [costEstimator(5)] });

describe('the cost of an operation', () => {
  it('is 1 per object and 0 per scalar', () => {
    expect(cost('{ order(id: "octopi:1") { id orderNumber status } }')).toBe(1);
    expect(cost('{ order(id: "octopi:1") { id voyage { eta } } }')).toBe(2);
  });

  it("multiplies a connection's selections by `first`, from a literal, a variable or the default", () => {
    expect(cost('{ orders(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * 2);
    expect(cost('query ($n: Int) { orders(first: $n) { edges { node { id } } } }', { n: 100 })).toBe(1 + 100 * 2);
    expect(cost('{ orders { edges { node { id } } } }')).toBe(1 + 50 * 2);
  });

  it('multiplies lists without `first` by the list-size estimate', () => {
    expect(cost('{ order(id: "octopi:1") { containers { number } } }')).toBe(1 + 5 * 1);
    expect(cost('{ orders(first: 10) { edges { node { containers { events { type } } } } } }')).toBe(1 + 10 * (1 + 1 + 5 * (1 + 5)));
  });

  it('multiplies _entities by the number of representations', () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id containers { number } } } }';
    expect(cost(query, { r: Array.from({ length: 40 }, (_, i) => ({ __typename: 'Order', id: `octopi:${i}` })) })).toBe(40 * (1 + 5));
  });

  it('adds up root fields and counts each alias', () => {
    expect(cost('{ a: orders(first: 10) { edges { node { id } } } b: orders(first: 10) { edges { node { id } } } }')).toBe(2 * 21);
  });

  it('skips what @skip / @include leave out', () => {
    expect(cost('query ($x: Boolean!) { orders(first: 10) @include(if: $x) { edges { node { id } } } }', { x: false })).toBe(0);
  });
});

describe('checks before parsing', () => {
  const limits = { maxDocumentBytes: 100, maxTokens: 10 };

  it('refuses documents above the size, counted in bytes', () => {
    expect(checkDocument('{ __typename }', limits)).toBeNull();
    expect(checkDocument(`# ${'é'.repeat(60)}\n{ a }`, limits)?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'documentBytes', found: 128 });
  });

  it('refuses documents above the token count, and stops counting there', () => {
    expect(checkDocument('{ a b c d e f g h }', limits)).toBeNull();
    expect(checkDocument('{ a b c d e f g h i }', limits)?.extensions).toMatchObject({ limit: 'tokens', max: 10, found: 11 });
  });

  it('leaves lexing errors to the parser', () => {
    expect(checkDocument('{ "unterminated', limits)).toBeNull();
  });
});

describe('root fields', () => {
  const count = (query: string, max = 3) => validate(schema, parse(query), [rootFieldsRule(max)]).map((e) => e.extensions);

  it('counts aliases, inline fragments and fragment spreads', () => {
    expect(count('{ a: __typename b: __typename }')).toEqual([]);
    expect(count('{ a: __typename ... on Query { b: __typename } ...F } fragment F on Query { c: __typename d: __typename }')).toEqual([
      { code: 'QUERY_TOO_COMPLEX', limit: 'rootFields', max: 3, found: 4 },
    ]);
  });

  it('survives fragment cycles (GraphQL reports them itself)', () => {
    expect(count('{ ...A } fragment A on Query { __typename ...B } fragment B on Query { __typename ...A }')).toEqual([]);
  });
});

describe('root fields on a fragment explosion', () => {
  it('counts 2^40 root fields without visiting them', () => {
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join(' ');
    const started = performance.now();
    const errors = validate(schema, parse(`{ ...F40 } fragment F0 on Query { __typename } ${fragments}`), [rootFieldsRule(20)]);
    expect(performance.now() - started).toBeLessThan(200);
    expect(errors[0].extensions).toMatchObject({ limit: 'rootFields', found: 2 ** 40 });
  });
});
