import { Arg, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { ErrorCode, OrderGraphError } from '../core/errors';
import type { RequestContext } from '../graphql/context';
import { changeFilterFor, OrderChange, OrderChangeFilter, toOrderChange } from '../graphql/order-change';
import type { OrderChangeRecord } from './feed';
import { ChangeFanout } from './fanout';

@Resolver()
export class OrderChangeSubscriptionResolver {
  @Subscription(() => OrderChange, {
    description:
      'Every order change from now on, as it is detected at any vendor by any replica, over GraphQL over WebSocket (graphql-ws, ' +
      'the `graphql-transport-ws` protocol, at `/graphql`). Only the vendors the API key may see; in feed order.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { filter?: OrderChangeFilter }, RequestContext>) => {
      const filter = changeFilterFor(args.filter, context.access);
      if (!context.changes)
        throw new OrderGraphError(ErrorCode.UNSUPPORTED_OPERATION, 'The change feed is not running on this ordergraph (it needs a database: set DATABASE_URL)');
      const fanout = ChangeFanout.of(context.changes, (error) =>
        context.log.warn({ err: { message: (error as Error).message } }, 'reading the change feed for subscriptions failed; retrying'),
      );
      return fanout.subscribe(filter);
    },
  })
  orderChanged(
    @Root() change: OrderChangeRecord,
    @Arg('filter', () => OrderChangeFilter, { nullable: true, description: 'Which changes; all given parts must match.' }) _filter?: OrderChangeFilter,
  ): OrderChange {
    return toOrderChange(change);
  }
}
