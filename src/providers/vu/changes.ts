import { foundOrders, openSetDetector, sweepDetector, type ChangeDetector } from '../../core/change-detection';
import type { OrderProvider } from '../../core/provider';
import type { VuClient } from './client';
import { mapVuOrder } from './mapper';
import { VU_MAX_LIMIT } from './wire';

/** Line statuses that still move on (into production, then shipped); `shipped` and `cancelled` are done. */
export const VU_OPEN_LINE_STATUSES: readonly string[] = ['new_order', 'in_production', 'partially_shipped'];

/**
 * VU lists by line status (an order is listed when one of its lines is in a status asked for)
 * and reads many ids in one call, but orders carry no version and the list has no order by
 * update. A look lists the orders with a line still open (250 a call, by `since_id`) and hands
 * them all to the tracker; an order no longer listed (every line shipped or cancelled) is read
 * by id, 250 in one call; one more call a cycle sweeps every order (core's openSetDetector).
 *
 * VU's webhooks are not used: the public notes say they exist, but the documentation names no
 * event, payload, signature or registration call, so there is nothing to verify a delivery by.
 */
export function vuChangeDetector(
  client: Pick<VuClient, 'listOrders'>,
  provider: Pick<OrderProvider, 'getOrders' | 'listOrders' | 'capabilities'>,
): ChangeDetector {
  return openSetDetector(
    {
      method: 'open-lines',
      readsPerCall: VU_MAX_LIMIT,
      async listOpen(after) {
        const raw = await client.listOrders({ status: VU_OPEN_LINE_STATUSES, limit: VU_MAX_LIMIT, sinceId: (after as number | null) ?? undefined });
        return { orders: raw.map((item) => mapVuOrder(item)), next: raw.length === VU_MAX_LIMIT ? raw[raw.length - 1].id : null, calls: 1 };
      },
      async read(ids) {
        return { orders: foundOrders(await provider.getOrders(ids)), calls: Math.ceil(ids.length / VU_MAX_LIMIT) };
      },
    },
    sweepDetector(provider),
  );
}
