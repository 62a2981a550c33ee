import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchemaSync, createResolversMap } from 'type-graphql';
import type { RequestContext } from './context';
import { mergeContainer } from '../core/containers';
import { ContainerResolver } from './container.resolver';
import { OrderResolver } from './order.resolver';
import { ProvidersResolver } from './providers.resolver';

/**
 * Builds the executable schema: type-graphql classes first, then wrapped as an Apollo
 * Federation 2 subgraph so that `_service` and `_entities` exist and `@key` entities resolve
 * through the same per-request loaders as every other read.
 */
export function buildOrderGraphSchema(providerResolvers: Function[]): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: [OrderResolver, ContainerResolver, ProvidersResolver, ...providerResolvers] as [Function, ...Function[]],
    validate: false,
    skipCheck: true,
  });
  // type-graphql has no place for the root types' descriptions; they show first in the docs.
  schema.getQueryType()!.description = 'Reads across every configured vendor system.';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = "Writes to the vendor systems: each vendor's create (with an idempotency key), update and cancel, validated before anything is sent upstream.";

  const referenceResolvers = {
    Order: {
      __resolveReference: (reference: { id: string }, ctx: RequestContext) => ctx.loaders.byId.load(reference.id),
    },
    Container: {
      __resolveReference: async (reference: { number: string }, ctx: RequestContext) => {
        const found = await ctx.loaders.byContainer.load(reference.number);
        return found.orders.length > 0 ? mergeContainer(reference.number, found.orders) : null;
      },
    },
  };
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [type, fields] of Object.entries(referenceResolvers)) resolvers[type] = { ...resolvers[type], ...fields };

  return buildSubgraphSchema({
    typeDefs: gql`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
      ${printSchemaWithDirectives(schema)}
    `,
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
}

/** The SDL committed as `schema/schema.graphql`. */
export function printOrderGraphSchema(schema: GraphQLSchema): string {
  return `# This file is generated from the TypeScript sources by \`npm run schema\`. DO NOT MODIFY.\n\n${printSubgraphSchema(schema)}`;
}
