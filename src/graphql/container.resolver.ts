import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { containerView } from '../core/containers';
import { badUserInput } from '../core/errors';
import { Container, OrderContainer } from '../model/order';
import type { RequestContext } from './context';
import type { FieldPosition } from './partial-errors';

/**
 * The container of a number across providers, null when no order touches it; a provider that
 * failed is reported at `at` (the field being resolved), with its own code, and the others'
 * orders still count. Every path to a container goes through here (`container(number:)`, an
 * order's `containers { container }`, the `_entities` reference resolver), so they all answer
 * the same value for a number.
 */
export async function loadContainer(number: string, ctx: RequestContext, at: FieldPosition): Promise<Container | null> {
  const found = await ctx.loaders.byContainer.load(number);
  for (const failure of found.errors) ctx.partialErrors.report(at, failure);
  return found.orders.length > 0 ? containerView(number, found.orders) : null;
}

@Resolver(() => Container)
export class ContainerResolver {
  @Query(() => Container, {
    nullable: true,
    description:
      'One container across every provider: the orders that touch it (depot service orders, transport orders) and its events, ' +
      "merged in time order. Null when no order touches it. A provider that fails adds an error at this field's path naming it " +
      '(PROVIDER_UNAVAILABLE when it is down); the rest still comes back.',
  })
  async container(
    @Arg('number', () => String, { description: 'Container number, e.g. MSCU1234565.' }) number: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Container | null> {
    const normalized = number.trim().toUpperCase();
    if (normalized.length === 0 || normalized.length > 64) {
      throw badUserInput([{ field: 'number', rule: 'length', message: 'must be 1 to 64 characters' }]);
    }
    return loadContainer(normalized, ctx, info);
  }
}

@Resolver(() => OrderContainer)
export class OrderContainerResolver {
  /**
   * Its own id, so that a normalised cache stores each order's facts about a box as one object
   * and merges what several queries select of it, instead of one query's list replacing another's.
   */
  @FieldResolver(() => ID, { description: "Id of this order's view of the container: `<order id>/<container number>`." })
  id(@Root() stated: OrderContainer): string {
    return `${stated.orderId}/${stated.number}`;
  }

  @FieldResolver(() => Container, {
    description:
      'The container itself across every order (the same object as `container(number:)`); one search per provider for all the containers of a request.',
  })
  async container(@Root() stated: OrderContainer, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Container> {
    // The order touches it, so the container exists even when no provider's search finds it
    // (a number the vendor cannot search by, or a provider down): then it is this number alone.
    return (await loadContainer(stated.number, ctx, info)) ?? containerView(stated.number, []);
  }
}
