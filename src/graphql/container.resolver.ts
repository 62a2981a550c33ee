import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../core/errors';
import { mergeContainer } from '../core/containers';
import { Container, Order } from '../model/order';
import type { RequestContext } from './context';
import type { FieldPosition } from './partial-errors';

/**
 * The orders of every provider that touch a container; a provider that failed is reported at
 * `at` (the field being resolved), with its own code, and the others' orders still come back.
 * Every path to a container goes through here: `container(number:)`, `Container.orders` and
 * the `_entities` reference resolver.
 */
export async function ordersTouching(number: string, ctx: RequestContext, at: FieldPosition): Promise<Order[]> {
  const found = await ctx.loaders.byContainer.load(number);
  for (const failure of found.errors) ctx.partialErrors.report(at, failure);
  return found.orders;
}

@Resolver(() => Container)
export class ContainerResolver {
  @Query(() => Container, {
    nullable: true,
    description:
      'One container across every provider: the orders that touch it (Octopi service orders, SOGET transport orders) and its events, ' +
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
    const orders = await ordersTouching(normalized, ctx, info);
    return orders.length > 0 ? mergeContainer(normalized, orders) : null;
  }

  @FieldResolver(() => [Order], { description: 'Every order of every provider that touches this container, newest first.' })
  async orders(@Root() container: Container & { orders?: Order[] }, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Order[]> {
    if (container.orders) return container.orders;
    return mergeContainer(container.number, await ordersTouching(container.number, ctx, info)).orders;
  }
}
