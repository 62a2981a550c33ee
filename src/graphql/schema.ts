import type { ResolverClass } from '../core/registry';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchemaSync, createResolversMap, getMetadataStorage, type PubSub } from 'type-graphql';
import type { RequestContext } from './context';
import { ContainerResolver, loadContainer, OrderContainerResolver } from './container.resolver';
import { OrderResolver } from './order.resolver';
import { OrderChangesResolver } from './order-changes.resolver';
import { ProvidersResolver } from './providers.resolver';
import { guardEntities } from './entities';
import { OrderChangeSubscriptionResolver } from '../changes/subscription.resolver';
import { WebhookResolver } from '../changes/webhooks/webhook.resolver';

const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('ordergraph publishes no subscription topics');
  },
  subscribe: () => {
    throw new Error('ordergraph publishes no subscription topics');
  },
};

/**
 * Builds the executable schema: type-graphql classes first, then wrapped as an Apollo
 * Federation 2 subgraph so that `_service` and `_entities` exist and `@key` entities resolve
 * through the same per-request loaders as every other read.
 */
export function buildOrderGraphSchema(providerResolvers: ResolverClass[]): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: [
      OrderResolver,
      OrderChangesResolver,
      ContainerResolver,
      OrderContainerResolver,
      ProvidersResolver,
      OrderChangeSubscriptionResolver,
      WebhookResolver,
      ...providerResolvers,
    ] as [ResolverClass, ...ResolverClass[]],
    validate: false,
    skipCheck: true,
    // type-graphql wants a PubSub as soon as there is a subscription, even one with its own
    // `subscribe` (orderChanged follows the change log, src/changes/follow.ts): there is no topic to publish to.
    pubSub: NO_TOPICS,
  });
  // type-graphql has no place for the root types' descriptions; they show first in the docs.
  schema.getQueryType()!.description = 'Reads across every configured vendor system.';
  const mutation = schema.getMutationType();
  if (mutation)
    mutation.description =
      "Writes to the vendor systems: each vendor's create (with an idempotency key), update and cancel, validated before anything is sent upstream.";
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = 'Order changes pushed as they happen, over GraphQL over WebSocket (graphql-ws) at `/graphql`.';

  const referenceResolvers = {
    Order: {
      __resolveReference: (reference: { id: string }, ctx: RequestContext) => ctx.loaders.byId.load(reference.id),
    },
    Container: {
      // `info` is the `_entities` field's, its path narrowed to this representation's index (src/graphql/entities.ts).
      __resolveReference: (reference: { number: string }, ctx: RequestContext, info: GraphQLResolveInfo) => loadContainer(reference.number, ctx, info),
    },
  };
  const resolvers = forFastExecution(createResolversMap(schema) as Record<string, Record<string, unknown>>);
  for (const [type, fields] of Object.entries(referenceResolvers)) resolvers[type] = { ...resolvers[type], ...fields };

  const subgraph = buildSubgraphSchema({
    typeDefs: gql`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
      ${printSchemaWithDirectives(schema)}
    `,
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
  return guardEntities(subgraph, { Order: ['id'], Container: ['number'] });
}

/**
 * Two adjustments of type-graphql's resolver map, both for execution speed (bench/, BENCHMARKS.md):
 *
 * - type-graphql gives every field a resolver, even a plain property such as
 *   `Order.orderNumber`: a closure that allocates its arguments object and then reads
 *   `root[name]`, so that global middlewares could run. ordergraph has none, and the executor
 *   reads a property by itself, so those resolvers are dropped (tens of thousands of calls per
 *   page of orders). Fields with a @FieldResolver, a middleware or @Authorized roles keep theirs,
 *   as do the root types.
 * - type-graphql wraps each interface's `resolveType` in an async function; graphql-jit needs
 *   the type name itself, so the declared `resolveType` is called directly (keep it synchronous).
 */
function forFastExecution(resolvers: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  const storage = getMetadataStorage();
  for (const type of [...storage.objectTypes, ...storage.interfaceTypes]) {
    const fields = resolvers[type.name];
    if (!fields || ['Query', 'Mutation', 'Subscription'].includes(type.name)) continue;
    for (const field of type.fields ?? []) {
      const resolved = storage.fieldResolvers.some((r) => r.getObjectType?.() === type.target && r.methodName === field.name);
      if (!resolved && !field.middlewares?.length && !field.roles) delete fields[field.schemaName];
    }
  }
  for (const type of [...storage.interfaceTypes, ...storage.unions]) {
    const resolveType = type.resolveType;
    if (!resolveType || !resolvers[type.name]) continue;
    resolvers[type.name].__resolveType = (value: unknown, context: unknown, info: GraphQLResolveInfo) => {
      const resolved = resolveType(value, context, info, undefined as never);
      return typeof resolved === 'function' ? storage.objectTypes.find((o) => o.target === resolved)?.name : resolved;
    };
  }
  return resolvers;
}

/** The SDL committed as `schema/schema.graphql`. */
export function printOrderGraphSchema(schema: GraphQLSchema): string {
  return `# This file is generated from the TypeScript sources by \`npm run schema\`. DO NOT MODIFY.\n\n${printSubgraphSchema(schema)}`;
}
