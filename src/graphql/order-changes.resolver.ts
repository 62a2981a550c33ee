import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { badUserInput, ErrorCode, OrderGraphError } from '../core/errors';
import type { RequestContext } from './context';
import { assertWithinRetention, changeFilterFor, OrderChangeConnection, OrderChangeFilter, toOrderChange } from './order-change';

@Resolver()
export class OrderChangesResolver {
  @Query(() => OrderChangeConnection, {
    description:
      'The change feed: every order change ordergraph has detected at any vendor, oldest first. For incremental sync, keep ' +
      '`pageInfo.endCursor` and ask again with it as `after` later: the next page holds exactly the changes since. A cursor is a ' +
      'position in the feed and stays valid for as long as the feed keeps its changes (CHANGE_RETENTION_HOURS), whatever the filter; an older one is ' +
      'refused as BAD_USER_INPUT (rule `retention`), never read from the oldest change kept.',
  })
  async orderChanges(
    @Ctx() ctx: RequestContext,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after (`pageInfo.endCursor`); absent: from the oldest change kept.' })
    after?: string,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Page size (0 to the configured maximum, 500 by default).' }) first = 100,
    @Arg('filter', () => OrderChangeFilter, { nullable: true, description: 'Which changes; all given parts must match.' }) filter?: OrderChangeFilter,
  ): Promise<OrderChangeConnection> {
    if (first < 0 || first > ctx.maxPageSize) {
      throw badUserInput([{ field: 'first', rule: 'range', message: `must be between 0 and ${ctx.maxPageSize}` }]);
    }
    const afterSequence = after ? ctx.cursors.decodeLogPosition(after) : 0;
    const changeFilter = changeFilterFor(filter, ctx.access);
    if (!ctx.changes) {
      throw new OrderGraphError(ErrorCode.UNSUPPORTED_OPERATION, 'The change feed is not running on this ordergraph (it needs a database: set DATABASE_URL)');
    }
    // One more than asked: whether another page follows, without a second query.
    const records = await ctx.changes.read({ afterSequence, limit: first + 1, filter: changeFilter });
    // After the read: a pruning that committed before it moved the horizon past the cursor, so nothing is skipped unseen.
    await assertWithinRetention(ctx.changes, afterSequence);
    const page = records.slice(0, first);
    const edges = page.map((record) => {
      const node = toOrderChange(record, ctx.cursors);
      return { cursor: node.cursor, node };
    });
    return {
      edges,
      pageInfo: {
        hasNextPage: records.length > first,
        hasPreviousPage: afterSequence > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}
