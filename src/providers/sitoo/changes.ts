import { foundOrders, openSetDetector, sweepDetector, type ChangeDetector } from '../../core/change-detection';
import type { OrderProvider } from '../../core/provider';
import type { SitooClient } from './client';
import { mapSitooOrder } from './mapper';
import { SITOO_MAX_NUM, type SitooServiceOrderState } from './wire';

/** The states Sitoo's lifecycle still moves on from (new -> in_progress -> service_done -> closed; cancelled and closed are done). */
export const SITOO_OPEN_STATES: readonly SitooServiceOrderState[] = ['new', 'in_progress', 'service_done'];

/**
 * Sitoo sorts only by creation, but filters by `state` and bumps `revision` on every change. A
 * look reads only the open states (`state=new,in_progress,service_done`, oldest first, 100 a
 * call) and hands over only the orders whose revision moved; an open order no longer listed was
 * closed or cancelled and is read once by id; one more call a cycle sweeps every order, for the
 * rare change to a closed one and for orders that are gone (core's openSetDetector).
 */
export function sitooChangeDetector(
  client: Pick<SitooClient, 'list'>,
  provider: Pick<OrderProvider, 'getOrders' | 'listOrders' | 'capabilities'>,
): ChangeDetector {
  return openSetDetector(
    {
      method: 'open-states-revision',
      readsPerCall: 1,
      async listOpen(after) {
        const raw = await client.list({ state: SITOO_OPEN_STATES, sort: 'created', num: SITOO_MAX_NUM, start_after_id: (after as string | null) ?? undefined });
        return { orders: raw.map((item) => mapSitooOrder(item)), next: raw.length === SITOO_MAX_NUM ? raw[raw.length - 1].id : null, calls: 1 };
      },
      async read(ids) {
        return { orders: foundOrders(await provider.getOrders(ids)), calls: ids.length };
      },
      versionOf: (order) => order.revision,
    },
    sweepDetector(provider),
  );
}
