import type { ResolverClass } from '../core/registry';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchemaSync, createResolversMap, getMetadataStorage, type PubSub } from 'type-graphql';
import type { RequestContext } from './context';
// Sets DateTimeISO's serialisation of dates before any schema is built (date-time.ts).
import './date-time';
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
  const resolverClasses = [
    OrderResolver,
    OrderChangesResolver,
    ContainerResolver,
    OrderContainerResolver,
    ProvidersResolver,
    OrderChangeSubscriptionResolver,
    WebhookResolver,
    ...providerResolvers,
  ] as [ResolverClass, ...ResolverClass[]];
  const schema = buildSchemaSync({
    resolvers: resolverClasses,
    validate: false,
    skipCheck: true,
    // type-graphql wants a PubSub as soon as there is a subscription, even one with its own
    // `subscribe` (orderChanged follows the change log, src/changes/follow.ts): there is no topic to publish to.
    pubSub: NO_TOPICS,
  });
  orderRootFields(schema, resolverClasses);
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
 * type-graphql lists root fields in the order their decorators ran, which is the order modules
 * happened to be imported: the schema tool and the server import them differently, so the same
 * build printed two orders of `Mutation` and the published SDL did not match the committed one.
 * The root fields are put in the order of the resolver list instead (then declaration order),
 * whatever loaded first.
 */
function orderRootFields(schema: GraphQLSchema, resolverClasses: ResolverClass[]): void {
  const storage = getMetadataStorage();
  const rank = (target: unknown) => {
    const index = resolverClasses.findIndex((r) => r === target || (typeof target === 'function' && r.prototype instanceof target));
    return index < 0 ? resolverClasses.length : index;
  };
  const roots = [
    [schema.getQueryType(), storage.queries],
    [schema.getMutationType(), storage.mutations],
    [schema.getSubscriptionType(), storage.subscriptions],
  ] as const;
  for (const [type, handlers] of roots) {
    if (!type) continue;
    const fields = type.getFields();
    const owner = new Map(handlers.map((h) => [h.schemaName, rank(h.target)]));
    const names = Object.keys(fields);
    const ordered = names
      .map((name, position) => ({ name, position, rank: owner.get(name) ?? resolverClasses.length }))
      .sort((a, b) => a.rank - b.rank || a.position - b.position);
    const entries = ordered.map(({ name }) => [name, fields[name]] as const);
    for (const name of names) delete fields[name];
    for (const [name, field] of entries) fields[name] = field;
  }
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
