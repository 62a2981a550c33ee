import { Arg, Ctx, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { ErrorCode, OrderGraphError } from '../core/errors';
import type { RequestContext } from '../graphql/context';
import { assertWithinRetention, changeFilterFor, OrderChange, OrderChangeFilter, toOrderChange } from '../graphql/order-change';
import type { OrderChangeRecord } from './feed';
import { ChangeFanout } from './fanout';

@Resolver()
export class OrderChangeSubscriptionResolver {
  @Subscription(() => OrderChange, {
    description:
      'Every order change from now on, as it is detected at any vendor by any replica, over GraphQL over WebSocket (graphql-ws, ' +
      'the `graphql-transport-ws` protocol, at `/graphql`). Only the vendors the API key may see; in feed order. With `after` ' +
      '(a cursor of orderChanges, or the `cursor` of the last event received), first every change after it that the feed keeps, then the ' +
      'live ones: a client that reconnects with its last cursor misses nothing and receives nothing twice.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { filter?: OrderChangeFilter; after?: string }, RequestContext>) => {
      const filter = changeFilterFor(args.filter, context.access);
      const afterSequence = args.after ? context.cursors.decodeLogPosition(args.after) : undefined;
      if (!context.changes)
        throw new OrderGraphError(ErrorCode.UNSUPPORTED_OPERATION, 'The change feed is not running on this ordergraph (it needs a database: set DATABASE_URL)');
      const changes = context.changes;
      const fanout = ChangeFanout.of(changes, (error) =>
        context.log.warn({ err: { message: (error as Error).message } }, 'reading the change feed for subscriptions failed; retrying'),
      );
      if (afterSequence === undefined) return fanout.subscribe(filter);
      // Checked before the stream starts (a clear error at once), and again after each read of what
      // the subscriber missed: a pruning between the check and a read would otherwise skip changes unseen.
      const check = (readAfter: number) => assertWithinRetention(changes, readAfter);
      return check(afterSequence).then(() => fanout.subscribe(filter, afterSequence, check));
    },
  })
  orderChanged(
    @Root() change: OrderChangeRecord,
    @Ctx() context: RequestContext,
    @Arg('filter', () => OrderChangeFilter, { nullable: true, description: 'Which changes; all given parts must match.' }) _filter?: OrderChangeFilter,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Resume after this feed position (a cursor of orderChanges, or `cursor` of the last event received); absent: from now on.',
    })
    _after?: string,
  ): OrderChange {
    return toOrderChange(change, context.cursors);
  }
}
