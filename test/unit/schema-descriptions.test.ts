import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { buildOrderGraphSchema } from '../../src/graphql/schema';
import { providerModules } from '../../src/providers';

/**
 * Partners read the schema in the playground's docs, frontend teams in their editors: every
 * type, field, argument and enum value ordergraph defines must say what it is. Federation's own
 * machinery (`_entities`, `_service`, `_Any`, `link__*`, ...) and introspection are not ours.
 */
const FEDERATION_TYPES = new Set(['_Any', '_Entity', '_Service', 'FieldSet', 'link__Import', 'link__Purpose']);
const FEDERATION_FIELDS = new Set(['Query._entities', 'Query._service']);

function isFederationBuiltIn(type: GraphQLNamedType): boolean {
  return FEDERATION_TYPES.has(type.name) || type.name.startsWith('federation__') || type.name.startsWith('link__');
}

/** Every place in the schema that lacks a description, as `Type`, `Type.field`, `Type.field(arg)` or `Enum.VALUE`. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (where: string, description: string | null | undefined) => {
    if (!description || description.trim().length === 0) missing.push(where);
  };
  const args = (where: string, list: readonly GraphQLArgument[]) => list.forEach((arg) => need(`${where}(${arg.name})`, arg.description));

  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type) || isFederationBuiltIn(type)) continue;
    need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const where = `${type.name}.${field.name}`;
        if (FEDERATION_FIELDS.has(where)) continue;
        need(where, field.description);
        args(where, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) need(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}

describe('schema documentation', () => {
  const schema = buildOrderGraphSchema(providerModules.flatMap((m) => m.resolvers));

  it('describes every type, field, argument and enum value', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('notices a missing description', () => {
    const bare = buildSchema(`
      "Described." type Query { "Described." order(id: ID!): Order }
      type Order { "Described." status: Status, total: String }
      "Described." enum Status { "Described." OPEN, DONE }
    `);
    expect(undescribed(bare)).toEqual(['Query.order(id)', 'Order', 'Order.total', 'Status.DONE']);
  });
});
