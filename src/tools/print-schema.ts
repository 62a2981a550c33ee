import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLObjectType, GraphQLSchema, isSpecifiedDirective, printSchema } from 'graphql';
import { buildOrderGraphSchema, printOrderGraphSchema } from '../graphql/schema';
import { providerModules } from '../providers';

const GENERATED = '# This file is generated from the TypeScript sources by `npm run schema`. DO NOT MODIFY.\n';

/** The subgraph SDL, committed as schema/schema.graphql: what a federation gateway composes. */
export function emittedSchema(): string {
  return printOrderGraphSchema(buildOrderGraphSchema(providerModules.flatMap((m) => m.resolvers)));
}

/**
 * The API as clients see it, committed as schema/api.graphql: the subgraph without what only a
 * gateway uses (`_service`, `_entities`, their `_Any`/`_Entity`/`_Service` types, the `@link`
 * imports and the `@key`/`@shareable` directives). Generic tools (relay-compiler,
 * graphql-inspector, codegen) read it as plain GraphQL.
 */
export function apiSchema(subgraph: GraphQLSchema): GraphQLSchema {
  const config = subgraph.toConfig();
  const gatewayOnly = (name: string) => name.startsWith('_') || name.startsWith('link__') || name.startsWith('federation__');
  const query = config.query!;
  const queryConfig = query.toConfig();
  const plainQuery = new GraphQLObjectType({
    ...queryConfig,
    fields: Object.fromEntries(Object.entries(queryConfig.fields).filter(([name]) => !gatewayOnly(name))),
    astNode: undefined,
  });
  return new GraphQLSchema({
    ...config,
    query: plainQuery,
    types: [plainQuery, ...config.types.filter((type) => type !== query && !gatewayOnly(type.name))],
    directives: config.directives.filter(isSpecifiedDirective),
    astNode: undefined,
    extensionASTNodes: [],
  });
}

export function emittedApiSchema(): string {
  return `${GENERATED}\n${printSchema(apiSchema(buildOrderGraphSchema(providerModules.flatMap((m) => m.resolvers))))}\n`;
}

if (require.main === module) {
  const dir = join(__dirname, '..', '..', 'schema');
  for (const [file, text] of [
    ['schema.graphql', emittedSchema()],
    ['api.graphql', emittedApiSchema()],
  ]) {
    writeFileSync(join(dir, file), text);
    console.log(`wrote ${join(dir, file)}`);
  }
}
