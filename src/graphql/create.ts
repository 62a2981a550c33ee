import type { Order } from '../model/order';
import type { RequestContext } from './context';

/**
 * What every provider's create mutation calls: exactly-once creates under the idempotency key
 * (the ledger's state machine, the lookup of a create whose answer was lost) and priming the
 * request's loaders with the new order.
 */
export async function createOrderMutation(
  ctx: RequestContext,
  args: {
    /** The mutation's name: an idempotency key belongs to one mutation. */
    mutation: string;
    idempotencyKey?: string | null;
    input: unknown;
    create: () => Promise<Order>;
    /** Looks the order of a create sent at `sentAt` up at the vendor (by order number) when the create's outcome is unknown. */
    recover?: (sentAt: Date) => Promise<Order | null>;
  },
): Promise<Order> {
  const order = await ctx.idempotency.run({
    scope: ctx.principal,
    mutation: args.mutation,
    idempotencyKey: args.idempotencyKey,
    input: args.input,
    create: args.create,
    recover: args.recover,
    load: (id) => ctx.loaders.byId.load(id),
  });
  ctx.loaders.prime(order);
  return order;
}
