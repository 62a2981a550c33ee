import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { selectedNodeFields } from '../../src/graphql/selection';

const schema = buildSchema(`
  type Order { id: ID! status: String containers: [String!]! lines: [String!]! raw: String }
  type Edge { cursor: String! node: Order! }
  type Connection { edges: [Edge!]! pageInfo: PageInfo! }
  type PageInfo { endCursor: String }
  type Query { orders: Connection! }
`);

/** Runs `query` and gives what `selectedNodeFields` answered in the `orders` resolver. */
function selectionOf(query: string, variables?: Record<string, unknown>, document = parse(query)): { names: string[]; answer: ReadonlySet<string> } {
  let answer: ReadonlySet<string> | undefined;
  const result = execute({
    schema,
    document,
    variableValues: variables,
    rootValue: {
      orders: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        answer = selectedNodeFields(info);
        return { edges: [], pageInfo: { endCursor: null } };
      },
    },
  });
  expect(result).toEqual({ data: expect.anything() });
  return { names: [...answer!].sort(), answer: answer! };
}

describe('the fields a connection query reads of its nodes', () => {
  it('are the field names under edges { node }, not their aliases, and not the fields of the connection or the edge', () => {
    expect(selectionOf('{ orders { pageInfo { endCursor } edges { cursor node { id state: status } } } }').names).toEqual(['id', 'status']);
  });

  it('include the fields of fragment spreads and inline fragments, at every level', () => {
    const query = `
      query { orders { ...Page } }
      fragment Page on Connection { edges { ... on Edge { node { id ...Nested } } } }
      fragment Nested on Order { ... on Order { containers } lines }
    `;
    expect(selectionOf(query).names).toEqual(['containers', 'id', 'lines']);
  });

  it('include fields under @skip and @include whatever the variables say (a superset is safe, a subset is not)', () => {
    const query = 'query ($no: Boolean!) { orders { edges { node { id containers @skip(if: $no) lines @include(if: false) } } } }';
    expect(selectionOf(query, { no: true }).names).toEqual(['containers', 'id', 'lines']);
  });

  it('merge every selection of the same field', () => {
    expect(selectionOf('{ orders { edges { node { id } } } orders { edges { node { raw } } } }').names).toEqual(['id', 'raw']);
  });

  it('are worked out once per parsed query, and again for another query', () => {
    const document = parse('{ orders { edges { node { id } } } }');
    const first = selectionOf('', undefined, document).answer;
    expect(selectionOf('', undefined, document).answer).toBe(first);
    expect(selectionOf('{ orders { edges { node { id } } } }').answer).not.toBe(first);
  });

  it('are empty when no node field is read', () => {
    expect(selectionOf('{ orders { pageInfo { endCursor } } }').names).toEqual([]);
  });
});
