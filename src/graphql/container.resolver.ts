import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, isOrderGraphError } from '../core/errors';
import { mergeContainer } from '../core/containers';
import { Container, Order } from '../model/order';
import type { RequestContext } from './context';

@Resolver(() => Container)
export class ContainerResolver {
  @Query(() => Container, {
    nullable: true,
    description:
      'One container across every provider: the orders that touch it (Octopi service orders, SOGET transport orders) and its events, ' +
      'merged in time order. Null when no order touches it. A provider that fails adds a PROVIDER_UNAVAILABLE error; the rest still comes back.',
  })
  async container(
    @Arg('number', () => String, { description: 'Container number, e.g. MSCU1234565.' }) number: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Container | null> {
    const normalized = number.trim().toUpperCase();
    if (normalized.length === 0 || normalized.length > 64) {
      throw badUserInput([{ field: 'number', rule: 'length', message: 'must be 1 to 64 characters' }]);
    }
    const found = await ctx.loaders.byContainer.load(normalized);
    ctx.partialErrors.push(...found.errors.filter(isOrderGraphError));
    return found.orders.length > 0 ? mergeContainer(normalized, found.orders) : null;
  }

  @FieldResolver(() => [Order], { description: 'Every order of every provider that touches this container, newest first.' })
  async orders(@Root() container: Container & { orders?: Order[] }, @Ctx() ctx: RequestContext): Promise<Order[]> {
    if (container.orders) return container.orders;
    const found = await ctx.loaders.byContainer.load(container.number);
    ctx.partialErrors.push(...found.errors.filter(isOrderGraphError));
    return mergeContainer(container.number, found.orders).orders;
  }
}
