import { badUserInput, ErrorCode, OrderGraphError } from '../core/errors';
import { providerLabel } from '../core/http';
import { parseGlobalId, type OrderRef } from '../core/ids';
import type { OrderProvider } from '../core/provider';
import { providerPrefix, type ProviderKey } from '../core/provider-key';
import type { Order } from '../model/order';
import type { RequestContext } from './context';

/**
 * The one path every write to a vendor takes: each vendor's create and update mutations and the
 * shared `cancelOrder`. A vendor's resolver states only what is its own (its mutation's name, what
 * counts as the same input, the provider call, how to find a create whose answer was lost); the
 * pipeline does the rest the same way for all of them:
 *
 * - create: the provider (PROVIDER_NOT_CONFIGURED or FORBIDDEN before anything else), then the
 *   exactly-once create under the idempotency key (a key belongs to one mutation and one input),
 *   then the request's loaders primed with the new order;
 * - update and cancel: the global id parsed and checked to be this vendor's (BAD_USER_INPUT on
 *   `id`), the vendor's own checks of the arguments, the provider, the call, then the order
 *   replaced in the request's loaders, so that a read in the same request sees the change.
 *
 * Vendor errors are not mapped here: the provider's HTTP base maps them, so every path reports
 * the same codes.
 */

/** A provider class: the pipeline checks the registry's provider is one, so its methods are typed without a cast. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any constructor: the pipeline only uses `instanceof`
export type ProviderClass<P extends OrderProvider> = abstract new (...args: any[]) => P;

export interface CreateMutation<P extends OrderProvider> {
  /** The mutation's name: an idempotency key belongs to one mutation. */
  mutation: string;
  idempotencyKey?: string | null;
  /** What makes two creates under one key the same (the input, and whatever else is sent). */
  fingerprint: unknown;
  send(provider: P): Promise<Order>;
  /** Looks the order of a create sent at `sentAt` up at the vendor when the create's outcome is unknown. */
  recover?(provider: P, sentAt: Date): Promise<Order | null>;
}

export interface UpdateMutation<P extends OrderProvider> {
  /** The global id argument (`id`). */
  id: string;
  /** The vendor's own checks of the other arguments, run before the provider is asked for. */
  check?(): void;
  send(provider: P, providerId: string): Promise<Order>;
}

export class MutationPipeline<P extends OrderProvider> {
  constructor(
    private readonly key: ProviderKey,
    private readonly providerClass: ProviderClass<P>,
  ) {}

  async create(ctx: RequestContext, mutation: CreateMutation<P>): Promise<Order> {
    const provider = this.provider(ctx);
    const { recover } = mutation;
    const order = await ctx.idempotency.run({
      scope: ctx.principal,
      mutation: mutation.mutation,
      idempotencyKey: mutation.idempotencyKey,
      input: mutation.fingerprint,
      create: () => mutation.send(provider),
      recover: recover && ((sentAt) => recover(provider, sentAt)),
      load: (id) => ctx.loaders.byId.load(id),
    });
    ctx.loaders.prime(order);
    return order;
  }

  async update(ctx: RequestContext, mutation: UpdateMutation<P>): Promise<Order> {
    const ref = parseGlobalId(mutation.id);
    if (ref.provider !== this.key) {
      throw new OrderGraphError(ErrorCode.BAD_USER_INPUT, `id must be the id of an order at ${providerLabel(this.key)} (${providerPrefix(this.key)}:<id>)`, {
        field: 'id',
        rule: 'provider',
      });
    }
    mutation.check?.();
    const provider = this.provider(ctx);
    return changeOrder(ctx, ref, (providerId) => mutation.send(provider, providerId));
  }

  /** The registry's provider for this vendor, checked to be of its class (a provider of another class there is a wiring bug). */
  private provider(ctx: RequestContext): P {
    const provider = ctx.registry.get(this.key);
    if (!(provider instanceof this.providerClass)) {
      throw new OrderGraphError(ErrorCode.INTERNAL_SERVER_ERROR, `the ${providerLabel(this.key)} provider is not a ${this.providerClass.name}`);
    }
    return provider;
  }
}

/** `cancelOrder` of any vendor: the reason checked, then the provider's capability, then the same steps as an update. */
export async function cancelOrderMutation(ctx: RequestContext, id: string, reason: string): Promise<Order> {
  const ref = parseGlobalId(id);
  if (reason.trim().length === 0 || reason.length > 1024) {
    throw badUserInput([{ field: 'reason', rule: 'length', message: 'must be 1 to 1024 characters' }]);
  }
  const provider = ctx.registry.get(ref.provider);
  if (!provider.capabilities.cancel) {
    throw new OrderGraphError(ErrorCode.UNSUPPORTED_OPERATION, `${ref.provider} orders cannot be cancelled through its API`, {
      provider: ref.provider,
    });
  }
  return changeOrder(ctx, ref, (providerId) => provider.cancelOrder(providerId, reason));
}

/** Sends a change of an existing order and puts the answer in place of what the request's loaders hold. */
async function changeOrder(ctx: RequestContext, ref: OrderRef, send: (providerId: string) => Promise<Order>): Promise<Order> {
  const order = await send(ref.providerId);
  ctx.loaders.byId.clear(order.id).prime(order.id, order);
  return order;
}

/** A `recover` for vendors whose order numbers are unique: the order created under the number, if any. */
export async function findByOrderNumber(provider: OrderProvider, orderNumber: string): Promise<Order | null> {
  const [found] = await provider.getOrdersByNumber([orderNumber]);
  return found instanceof Error ? null : found;
}
