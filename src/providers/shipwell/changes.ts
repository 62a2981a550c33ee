import type { ChangeDetector } from '../../core/change-detection';
import type { Order } from '../../model/order';
import type { ShipwellClient } from './client';
import { mapShipwellOrder } from './mapper';

/** Shipwell's largest `limit`. */
const PAGE = 100;

interface ShipwellDetectorState {
  /** Orders updated at or after this instant (ISO, Shipwell's own clock) are still to be looked at; null: the baseline pass is under way. */
  since: string | null;
  /** A walk that ran out of budget: where it stopped (`starting_after`) and the newest update time it began with. */
  resume: { after: string; top: string } | null;
  [key: string]: ShipwellDetectorState[keyof ShipwellDetectorState];
}

/**
 * Shipwell lists orders by update time (`order_by=-updated_at`, `updated_at` on every order), so
 * a look reads the most recently updated orders first and stops at the first one older than
 * the previous look's newest: an unchanged Shipwell costs one call of one page, however many
 * orders it holds. The next look starts from the newest update time this one began with
 * (inclusive: orders updated within the same second are read again, and the tracker sees they
 * did not move). A walk that runs out of budget carries on from where it stopped next cycle;
 * an order updated meanwhile jumps above the walk's start and is read by the look after.
 * The first walk, with no time to stop at, reads every order: the baseline pass. Shipwell
 * documents no deletion, so no later pass looks for orders that disappeared.
 */
export function shipwellChangeDetector(client: Pick<ShipwellClient, 'list'>): ChangeDetector {
  return {
    method: 'updated-since',
    async scan(raw, budget) {
      const state: ShipwellDetectorState = (raw as ShipwellDetectorState | null) ?? { since: null, resume: null };
      const orders: Order[] = [];
      let calls = 0;
      let after = state.resume?.after;
      let top = state.resume?.top ?? null;
      for (;;) {
        const page = await client.list({ limit: PAGE, order_by: '-updated_at', starting_after: after });
        calls += 1;
        top ??= page.data[0]?.updated_at ?? state.since;
        const fresh = state.since === null ? page.data : page.data.filter((order) => Date.parse(order.updated_at) >= Date.parse(state.since!));
        orders.push(...fresh.map((raw) => mapShipwellOrder(raw)));
        const reachedKnown = fresh.length < page.data.length;
        if (reachedKnown || !page.links?.next || page.data.length === 0) {
          // The walk is done: next time, everything updated since its newest.
          return { orders, passComplete: state.since === null, state: { since: top, resume: null }, calls };
        }
        after = page.data[page.data.length - 1].id;
        if (calls >= budget) return { orders, passComplete: false, state: { since: state.since, resume: { after, top: top! } }, calls };
      }
    },
  };
}
