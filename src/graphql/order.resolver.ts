import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { fingerprint } from '../core/cursor';
import { badUserInput, ErrorCode, OrderGraphError } from '../core/errors';
import { providersForFilter } from '../core/filter-limits';
import { parseGlobalId } from '../core/ids';
import { OrderLoaders } from '../core/loaders';
import { mergePage, positionSpecs } from '../core/pagination';
import { ProviderEnum, type ProviderKey } from '../core/provider-key';
import { SortDirection } from '../model/enums';
import { Node } from '../model/node';
import { Order } from '../model/order';
import { OrderConnection, OrderFilter } from './connection';
import type { RequestContext } from './context';
import { selectedNodeFields } from './selection';
import { cancelOrderMutation } from './mutations';

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => Order, { nullable: true, description: 'One order by its global id (`<provider>:<vendor id>`). A missing order is null with a NOT_FOUND error.' })
  async order(@Arg('id', () => ID, { description: 'Global order id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Order> {
    parseGlobalId(id);
    return ctx.loaders.byId.load(id);
  }

  @Query(() => Node, { nullable: true, description: 'Relay: any node by global id; null when it does not exist.' })
  async node(@Arg('id', () => ID, { description: 'Global id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Order | null> {
    parseGlobalId(id);
    try {
      return await ctx.loaders.byId.load(id);
    } catch (error) {
      if (error instanceof OrderGraphError && error.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    }
  }

  @Query(() => Order, { nullable: true, description: "One order by its provider and the vendor's order number; null when none has it." })
  async orderByNumber(
    @Arg('provider', () => ProviderEnum, { description: 'The vendor system.' }) provider: ProviderKey,
    @Arg('orderNumber', () => String, { description: 'Order number as the vendor knows it.' }) orderNumber: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Order | null> {
    if (orderNumber.length === 0 || orderNumber.length > 256) {
      throw badUserInput([{ field: 'orderNumber', rule: 'length', message: 'must be 1 to 256 characters' }]);
    }
    return ctx.loaders.byNumber.load(OrderLoaders.numberKey(provider, orderNumber));
  }

  @Query(() => OrderConnection, {
    description:
      'Orders of every configured provider, merged into one list by creation time (newest first by default). ' +
      "Page with `first` and `after`. When a provider fails, the other providers' orders still come back and " +
      "`errors` holds one entry at this field's path naming it (`extensions.provider`) with the vendor's own code " +
      "(PROVIDER_UNAVAILABLE when it is down, PROVIDER_AUTH_FAILED when it refuses ordergraph's credentials); its orders follow on later pages.",
  })
  async orders(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => OrderFilter, { nullable: true, description: 'Filters; all must match.' }) filter?: OrderFilter,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size (0 to the configured maximum, 500 by default); 0 returns no edges, only `pageInfo`.' })
    first = 50,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after (`pageInfo.endCursor`).' }) after?: string,
    @Arg('orderBy', () => SortDirection, { defaultValue: SortDirection.NEWEST_FIRST, description: 'Sort by creation time.' })
    orderBy: SortDirection = SortDirection.NEWEST_FIRST,
  ): Promise<OrderConnection> {
    if (first < 0 || first > ctx.maxPageSize) {
      throw badUserInput([{ field: 'first', rule: 'range', message: `must be between 0 and ${ctx.maxPageSize}` }]);
    }
    if (filter?.createdFrom && filter.createdTo && filter.createdFrom > filter.createdTo) {
      throw badUserInput([{ field: 'filter.createdFrom', rule: 'dateOrder', message: 'must not be after filter.createdTo' }]);
    }
    const wanted = filter?.providers?.length ? filter.providers : ctx.registry.keys();
    const direction = orderBy === SortDirection.OLDEST_FIRST ? 'ASC' : 'DESC';
    const listFilter = {
      statuses: filter?.statuses ?? undefined,
      orderNumber: filter?.orderNumber ?? undefined,
      createdFrom: filter?.createdFrom ?? undefined,
      createdTo: filter?.createdTo ?? undefined,
      containerNumber: filter?.containerNumber ?? undefined,
    };
    const providers = providersForFilter(
      wanted.map((key) => ctx.registry.get(key)),
      listFilter,
    );
    const q = fingerprint([direction, listFilter, providers.map((p) => p.key).sort()]);
    const state = after ? ctx.cursors.decode(after, q, positionSpecs(providers)) : { q, p: {} };

    const page = await mergePage({
      providers,
      first,
      direction,
      filter: listFilter,
      state,
      cursors: ctx.cursors,
      // A page that continues a walk starts the next page's calls; a first page (a dashboard's poll) does not.
      readAhead: ctx.readAhead,
      readNext: after !== undefined && after !== null,
      // Each provider maps at once only the parts of an order this query reads (deferred.ts).
      select: selectedNodeFields(info),
      onContractBreach: (provider, problem) => ctx.log.error({ provider, problem }, 'provider bug: a list page broke the page contract'),
    });
    for (const failure of page.errors) ctx.partialErrors.report(info, failure);
    ctx.loaders.primeListed(page.edges);
    const { hasNextPage, hasPreviousPage, startCursor, endCursor } = page;
    return { edges: page.edges, pageInfo: { hasNextPage, hasPreviousPage, startCursor, endCursor } };
  }

  @Mutation(() => Order, {
    description:
      'Cancel an order at its vendor, where its API can (`providers { operations }` says which); otherwise UNSUPPORTED_OPERATION. Returns the cancelled order.',
  })
  async cancelOrder(
    @Arg('id', () => ID, { description: 'Global order id.' }) id: string,
    @Arg('reason', () => String, { description: 'Why the order is cancelled (kept by vendors that record it).' }) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Order> {
    return cancelOrderMutation(ctx, id, reason);
  }
}
