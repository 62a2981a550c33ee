import { idempotentCreate } from '../core/idempotency';
import type { ProviderKey } from '../core/provider-key';
import type { Order } from '../model/order';
import type { RequestContext } from './context';

/**
 * What every provider's create mutation calls: idempotency (the ledger, the recovery of a
 * create whose answer was lost) and priming the request's loaders with the new order.
 */
export async function createOrderMutation(
  ctx: RequestContext,
  provider: ProviderKey,
  args: {
    idempotencyKey?: string | null;
    input: unknown;
    create: () => Promise<Order>;
    /** Looks the order up at the vendor (by order number) when the create's outcome is unknown. */
    recover?: () => Promise<Order | null>;
  },
): Promise<Order> {
  const order = await idempotentCreate({
    ledger: ctx.idempotency,
    scope: `${ctx.principal}:${provider}`,
    idempotencyKey: args.idempotencyKey,
    input: args.input,
    create: args.create,
    recover: args.recover,
    load: (id) => ctx.loaders.byId.load(id),
  });
  ctx.loaders.prime(order);
  return order;
}
