import { Arg, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { badUserInput, ErrorCode, OrderGraphError } from '../../core/errors';
import { ProviderEnum, type ProviderKey } from '../../core/provider-key';
import type { RequestContext } from '../../graphql/context';
import type { ChangeLog } from '../feed';
import { OrderChangeKind } from '../kinds';
import { changeFilterFor, OrderChangeFilter } from '../../graphql/order-change';
import type { WebhookDeliveryState, WebhookEndpointRecord, WebhookStore } from './store';
import type { WebhookUrlPolicy } from './url-policy';

/** What the webhook resolvers need: the tables, the feed (for a new endpoint's starting position) and the URL policy. */
export interface Webhooks {
  store: WebhookStore;
  changeLog: ChangeLog;
  urlPolicy: WebhookUrlPolicy;
}

export enum WebhookDeliveryStateValue {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  DEAD = 'DEAD',
}

registerEnumType(WebhookDeliveryStateValue, {
  name: 'WebhookDeliveryState',
  description: 'Where one event stands for one endpoint.',
  valuesConfig: {
    PENDING: { description: 'Not delivered yet: waiting for its first attempt, for a retry, or for an earlier change of the same order.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    DEAD: { description: 'Every attempt failed (WEBHOOK_MAX_ATTEMPTS); sent again only by `replayWebhookDeliveries`.' },
  },
});

@ObjectType({ description: 'Which changes an endpoint receives, as registered; a part left out matches every change the API key may see.' })
export class WebhookEndpointFilter {
  @Field(() => [ProviderEnum], { nullable: true, description: 'Only changes of these vendors.' })
  providers!: ProviderKey[] | null;

  @Field(() => [OrderChangeKind], { nullable: true, description: 'Only these kinds of change.' })
  kinds!: OrderChangeKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only changes of these orders.' })
  orderIds!: string[] | null;
}

@ObjectType({
  description: "A partner's webhook endpoint: where ordergraph POSTs the order changes its API key may see, signed by the Standard Webhooks spec.",
})
export class WebhookEndpoint {
  @Field(() => ID, { description: 'The endpoint id (`wh_...`).' })
  id!: string;

  @Field(() => String, { description: 'Where events are POSTed.' })
  url!: string;

  @Field(() => String, { nullable: true, description: "The registrant's own note." })
  description!: string | null;

  @Field(() => WebhookEndpointFilter, { description: 'Which changes it receives.' })
  filter!: WebhookEndpointFilter;

  @Field(() => Boolean, { description: 'Whether events are sent; a disabled endpoint queues nothing new and sends nothing until enabled again.' })
  enabled!: boolean;

  @Field(() => DateTimeISOResolver, { description: 'When it was registered; it receives the changes detected after that.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A new endpoint and its signing secret. The secret is shown here only: keep it to verify signatures.' })
export class WebhookEndpointRegistration {
  @Field(() => WebhookEndpoint, { description: 'The endpoint.' })
  endpoint!: WebhookEndpoint;

  @Field(() => String, { description: 'The Standard Webhooks signing secret (`whsec_` and base64), for `new Webhook(secret).verify(body, headers)`.' })
  secret!: string;
}

@ObjectType({ description: 'One attempt to deliver an event.' })
export class WebhookAttempt {
  @Field(() => Int, { description: 'Attempt number (1 for the first; a replay starts again at 1).' })
  attempt!: number;

  @Field(() => DateTimeISOResolver, { description: 'When it was sent.' })
  startedAt!: Date;

  @Field(() => Float, { description: 'How long until the answer or the failure, in milliseconds.' })
  durationMs!: number;

  @Field(() => Int, { nullable: true, description: "The endpoint's HTTP status; null when it did not answer." })
  status!: number | null;

  @Field(() => String, { nullable: true, description: 'Why it failed; null when delivered.' })
  error!: string | null;
}

/** A feed sequence as `OrderChange.sequence` gives it: 1 to 19 decimal digits (PostgreSQL's bigint). */
const SEQUENCE = /^[0-9]{1,19}$/;

@ObjectType({ description: 'One event for one endpoint: its state, and every attempt (the delivery log).' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'The event id, sent as `webhook-id` on every attempt.' })
  eventId!: string;

  @Field(() => String, { description: "The change's position in the feed, as `OrderChange.sequence` gives it (decimal digits of a 64-bit counter)." })
  sequence!: string;

  @Field(() => ID, { description: 'The order that changed.' })
  orderId!: string;

  @Field(() => String, { description: 'The event type (`order.status_changed`, `order.cancelled`...).' })
  eventType!: string;

  @Field(() => WebhookDeliveryStateValue, { description: 'Where it stands.' })
  state!: WebhookDeliveryState;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the next attempt is due (PENDING only).' })
  nextAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the latest attempt.' })
  lastStatus!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the latest attempt failed.' })
  lastError!: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was delivered.' })
  deliveredAt!: Date | null;

  @Field(() => [WebhookAttempt], { description: 'Every attempt, oldest first.' })
  attemptLog!: WebhookAttempt[];
}

@InputType({ description: 'A webhook endpoint to register.' })
export class RegisterWebhookEndpointInput {
  @Field(() => String, {
    description: 'Where to POST events: http or https, reachable from ordergraph; private and loopback addresses are refused outside the sandbox.',
  })
  url!: string;

  @Field(() => String, { nullable: true, description: 'A note of your own (at most 500 characters).' })
  description?: string | null;

  @Field(() => OrderChangeFilter, { nullable: true, description: 'Which changes to receive; all parts must match.' })
  filter?: OrderChangeFilter | null;
}

function webhooksOf(ctx: RequestContext): Webhooks {
  if (!ctx.webhooks)
    throw new OrderGraphError(ErrorCode.UNSUPPORTED_OPERATION, 'Webhooks need the change feed and its database, which this deployment does not run');
  return ctx.webhooks;
}

function asEndpoint(record: WebhookEndpointRecord): WebhookEndpoint {
  return {
    id: record.id,
    url: record.url,
    description: record.description,
    filter: { providers: record.providers, kinds: record.kinds, orderIds: record.orderIds },
    enabled: record.enabled,
    createdAt: record.createdAt,
  };
}

function notFound(id: string): OrderGraphError {
  return new OrderGraphError(ErrorCode.NOT_FOUND, `No webhook endpoint ${id.slice(0, 80)} is registered with this API key`);
}

@Resolver()
export class WebhookResolver {
  @Query(() => [WebhookEndpoint], { description: 'The webhook endpoints registered with this API key.' })
  async webhookEndpoints(@Ctx() ctx: RequestContext): Promise<WebhookEndpoint[]> {
    return (await webhooksOf(ctx).store.list(ctx.principal)).map(asEndpoint);
  }

  @Query(() => [WebhookDelivery], { description: "An endpoint's deliveries, newest first, each with its attempts: the delivery log." })
  async webhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Arg('endpointId', () => ID, { description: 'The endpoint.' }) endpointId: string,
    @Arg('states', () => [WebhookDeliveryStateValue], { nullable: true, description: 'Only deliveries in these states.' })
    states?: WebhookDeliveryState[] | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many (1 to 500).' }) first = 50,
    @Arg('beforeSequence', () => String, {
      nullable: true,
      description: 'Only deliveries of changes before this sequence (the last `sequence` of the previous page).',
    })
    beforeSequence?: string | null,
  ): Promise<WebhookDelivery[]> {
    if (first < 1 || first > 500) throw badUserInput([{ field: 'first', rule: 'range', message: 'must be between 1 and 500' }]);
    if (beforeSequence != null && !SEQUENCE.test(beforeSequence)) {
      throw badUserInput([{ field: 'beforeSequence', rule: 'sequence', message: 'must be a feed sequence: decimal digits, as `sequence` gives them' }]);
    }
    const { store } = webhooksOf(ctx);
    if (!(await store.get(ctx.principal, endpointId))) throw notFound(endpointId);
    return store.deliveries(ctx.principal, endpointId, { states: states ?? undefined, first, beforeSequence: beforeSequence ?? undefined });
  }

  @Mutation(() => WebhookEndpointRegistration, {
    description:
      'Registers a webhook endpoint for this API key: from now on, each order change it may see (and its filter matches) is POSTed there, signed. The secret is in this answer only.',
  })
  async registerWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterWebhookEndpointInput, { description: 'The endpoint.' }) input: RegisterWebhookEndpointInput,
  ): Promise<WebhookEndpointRegistration> {
    const webhooks = webhooksOf(ctx);
    const url = webhooks.urlPolicy.check(input.url);
    if (input.description && input.description.length > 500)
      throw badUserInput([{ field: 'input.description', rule: 'length', message: 'must be at most 500 characters' }]);
    // Checks the filter against the key (FORBIDDEN for another vendor); stored as given, narrowed again at each delivery.
    changeFilterFor(input.filter, ctx.access, 'input.filter');
    const { endpoint, secret } = await webhooks.store.register({
      principal: ctx.principal,
      url,
      description: input.description ?? null,
      providers: input.filter?.providers?.length ? input.filter.providers : null,
      kinds: input.filter?.kinds?.length ? input.filter.kinds : null,
      orderIds: input.filter?.orderIds?.length ? input.filter.orderIds : null,
      position: await webhooks.changeLog.latestSequence(),
    });
    return { endpoint: asEndpoint(endpoint), secret };
  }

  @Mutation(() => WebhookEndpoint, {
    description: 'Turns an endpoint off (nothing is queued or sent for it) or on again (it then receives the changes detected while it was on only).',
  })
  async setWebhookEndpointEnabled(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The endpoint.' }) id: string,
    @Arg('enabled', () => Boolean, { description: 'On or off.' }) enabled: boolean,
  ): Promise<WebhookEndpoint> {
    const { store, changeLog } = webhooksOf(ctx);
    const before = await store.get(ctx.principal, id);
    if (!before) throw notFound(id);
    // Re-enabled, it starts at the present: the changes of the time it was off are not queued (replay what was missed from orderChanges).
    if (enabled && !before.enabled) await store.advance(id, before.position, Math.max(before.position, await changeLog.latestSequence()), []);
    return asEndpoint((await store.setEnabled(ctx.principal, id, enabled)) ?? before);
  }

  @Mutation(() => Boolean, { description: 'Deletes an endpoint with its deliveries and their log. True when it existed.' })
  async deleteWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The endpoint.' }) id: string): Promise<boolean> {
    const deleted = await webhooksOf(ctx).store.delete(ctx.principal, id);
    if (!deleted) throw notFound(id);
    return true;
  }

  @Mutation(() => Int, {
    description:
      "Sends an endpoint's events again, from a first attempt and with their own event ids: the named ones (delivered or dead), or without `eventIds` every dead one. Returns how many were queued.",
  })
  async replayWebhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Arg('endpointId', () => ID, { description: 'The endpoint.' }) endpointId: string,
    @Arg('eventIds', () => [ID], { nullable: true, description: 'The events to send again (at most 500); omitted: every dead delivery.' })
    eventIds?: string[] | null,
  ): Promise<number> {
    if (eventIds && eventIds.length > 500) throw badUserInput([{ field: 'eventIds', rule: 'maxItems', message: 'must name at most 500 events' }]);
    const { store } = webhooksOf(ctx);
    if (!(await store.get(ctx.principal, endpointId))) throw notFound(endpointId);
    return store.replay(ctx.principal, endpointId, eventIds ?? null);
  }
}
