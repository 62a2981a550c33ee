import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { forbiddenProvider, type Access } from '../access/access';
import type { ChangeFilter, ChangeLog, OrderChangeRecord } from '../changes/feed';
import { OrderChangeKind } from '../changes/kinds';
import type { CursorCodec } from '../core/cursor';
import { badUserInput } from '../core/errors';
import { parseGlobalId } from '../core/ids';
import { knownProviders, ProviderEnum, type ProviderKey } from '../core/provider-key';
import { OrderStatus } from '../model/enums';
import { Order } from '../model/order';
import { PageInfo } from './connection';

@ObjectType({ description: 'One entry of the change feed: what happened to an order at its vendor, as ordergraph detected it.' })
export class OrderChange {
  @Field(() => ID, { description: 'Stable id of the event, the same wherever it is delivered (a webhook sends it as `webhook-id`).' })
  eventId!: string;

  @Field(() => String, {
    description:
      'Position in the feed: strictly increasing across all providers, never reused. Decimal digits (a 64-bit counter, past what a GraphQL Int ' +
      'or a JSON number holds exactly): compare as integers (by length, then by digit), e.g. with BigInt(sequence). To resume, keep `cursor`.',
  })
  sequence!: string;

  @Field(() => String, { description: 'Opaque position in the feed just after this change: `after` of orderChanges or of the orderChanged subscription.' })
  cursor!: string;

  @Field(() => OrderChangeKind, { description: 'What happened.' })
  kind!: OrderChangeKind;

  @Field(() => ProviderEnum, { description: 'The vendor system of the order.' })
  provider!: ProviderKey;

  @Field(() => ID, { description: 'Global id of the order (`<provider>:<vendor id>`).' })
  orderId!: string;

  @Field(() => OrderStatus, { nullable: true, description: 'The unified status before the change; null for CREATED.' })
  previousStatus!: OrderStatus | null;

  @Field(() => [String], { description: 'Fields of `Order` that changed (e.g. `status`, `dueAt`, `containers`); empty for CREATED and DISAPPEARED.' })
  changedFields!: string[];

  @Field(() => DateTimeISOResolver, { description: 'When ordergraph saw the change at the vendor.' })
  detectedAt!: Date;

  @Field(() => Order, { description: 'The order as it was right after the change (as last seen, for DISAPPEARED).' })
  order!: Order;
}

@ObjectType({ description: 'A change in a page of the feed, with the cursor just after it.' })
export class OrderChangeEdge {
  @Field(() => String, { description: 'Opaque position in the feed: pass as `after` to continue just after this change.' })
  cursor!: string;

  @Field(() => OrderChange, { description: 'The change.' })
  node!: OrderChange;
}

@ObjectType({ description: 'A page of the change feed, oldest change first (Relay connection).' })
export class OrderChangeConnection {
  @Field(() => [OrderChangeEdge], { description: 'Changes of this page, in feed order.' })
  edges!: OrderChangeEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends and whether more changes follow now.' })
  pageInfo!: PageInfo;
}

@InputType({ description: 'Which changes to read; every part left out matches everything, all given parts must match.' })
export class OrderChangeFilter {
  @Field(() => [ProviderEnum], { nullable: true, description: 'Only changes of these providers (default: every provider the API key may see).' })
  providers?: ProviderKey[];

  @Field(() => [OrderChangeKind], { nullable: true, description: 'Only these kinds of change.' })
  kinds?: OrderChangeKind[];

  @Field(() => [ID], { nullable: true, description: 'Only changes of these orders (global ids, at most 100).' })
  orderIds?: string[];
}

const MAX_ORDER_IDS = 100;

/**
 * The log filter of one consumer: what it asked for, narrowed to what its API key may see. A
 * provider or order of a provider the key may not see is FORBIDDEN, as it is for `orders`; with
 * no provider asked for, a restricted key reads only its own providers' changes. Shared by every
 * reader of the feed (queries, subscriptions, webhooks), so none of them can widen a key.
 */
export function changeFilterFor(input: OrderChangeFilter | null | undefined, access: Access, field = 'filter'): ChangeFilter {
  const allowed = access.allowedProviders();
  for (const provider of input?.providers ?? []) access.assertProvider(provider);
  if ((input?.orderIds?.length ?? 0) > MAX_ORDER_IDS) {
    throw badUserInput([{ field: `${field}.orderIds`, rule: 'maxItems', message: `at most ${MAX_ORDER_IDS} order ids` }]);
  }
  const orderIds = input?.orderIds?.map((id, i) => {
    const ref = parseGlobalId(id, `${field}.orderIds[${i}]`);
    if (!access.allows(ref.provider)) throw forbiddenProvider(ref.provider);
    return id;
  });
  const providers = input?.providers?.length ? [...new Set(input.providers)] : allowed && allowed.length < knownProviders().length ? allowed : undefined;
  return {
    ...(providers ? { providers } : {}),
    ...(input?.kinds?.length ? { kinds: [...new Set(input.kinds)] } : {}),
    ...(orderIds?.length ? { orderIds } : {}),
  };
}

/** The GraphQL shape of a log entry; `cursor` is the signed position just after it. */
export function toOrderChange(record: OrderChangeRecord, cursors: Pick<CursorCodec, 'encodeLogPosition'>): OrderChange {
  return { ...record, sequence: String(record.sequence), cursor: cursors.encodeLogPosition(record.sequence) };
}

/**
 * Refuses a position the feed no longer holds everything after: the changes just after it were
 * pruned past the retention. Reading on from the oldest change kept would skip them silently, so
 * the consumer is told, and starts again (without `after`) knowing it missed some.
 */
export async function assertWithinRetention(log: ChangeLog, afterSequence: number, field = 'after'): Promise<void> {
  if (afterSequence <= 0 || !log.prunedThrough) return;
  const horizon = await log.prunedThrough();
  if (afterSequence < horizon) {
    throw badUserInput([
      {
        field,
        rule: 'retention',
        message:
          'is older than the change feed keeps (CHANGE_RETENTION_HOURS): the changes just after it were pruned. Read again without `after` ' +
          '(from the oldest change kept), knowing that changes were missed',
      },
    ]);
  }
}
