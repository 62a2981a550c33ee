import { ErrorCode, isOrderGraphError } from './errors';
import type { Order } from '../model/order';
import type { ListPage, OrderProvider, ProviderPosition } from './provider';

/**
 * How ordergraph notices that orders changed at a vendor. Vendors offer very different means
 * (a whole list that may answer 304, a revision counter, an ETag per order, a list ordered by
 * update time, webhooks), so each provider may declare its own detector; a provider that
 * declares none is swept with its ordinary list call (`sweepDetector`). A detector only reads:
 * it reports the orders it looked at, and the change tracker compares them with the
 * fingerprints it keeps, so a detector that returns an unchanged order costs nothing but the
 * read.
 */

export interface ChangeScan {
  /** Orders read in this cycle, as they are now; unchanged ones may be among them. */
  orders: Order[];
  /**
   * True when this scan ends a full pass over every order the vendor holds: a tracked order
   * not seen since the pass began is gone from the vendor.
   */
  passComplete: boolean;
  /** What to remember for the next cycle (JSON). It is stored with the changes it led to. */
  state: ProviderPosition | null;
  /** Upstream calls this scan made. */
  calls: number;
  /**
   * Global ids of orders this scan saw unchanged by the vendor's own version (revision, ETag)
   * without handing them over: the tracker counts them as seen in the pass and compares nothing.
   */
  unchanged?: string[];
}

export interface ChangeDetector {
  /** The means, as metrics and the providers query show it (`sweep`, `conditional-list`, ...). */
  readonly method: string;
  /**
   * One cycle's look at the vendor, starting from `state` (null on the first cycle), making at
   * most `budget` upstream calls (at least one).
   */
  scan(state: ProviderPosition | null, budget: number): Promise<ChangeScan>;
}

interface SweepState {
  /** Where the pass under way stopped; null: the next cycle starts a new pass. */
  position: ProviderPosition | null;
  [key: string]: ProviderPosition;
}

/**
 * The detector every vendor supports: page through the whole list, oldest first, `budget`
 * calls per cycle, carrying on next cycle where this one stopped. Orders created during a pass
 * sort last, so the pass still reaches them. When the list ends, the pass is complete and the
 * next cycle starts over.
 */
export function sweepDetector(provider: Pick<OrderProvider, 'listOrders' | 'capabilities'>): ChangeDetector {
  return {
    method: 'sweep',
    async scan(state, budget) {
      let position = (state as SweepState | null)?.position ?? null;
      const orders: Order[] = [];
      let calls = 0;
      let page: ListPage;
      do {
        page = await provider.listOrders({
          direction: 'ASC',
          limit: provider.capabilities.callPageSize ?? provider.capabilities.maxPageSize,
          position,
          filter: {},
        });
        calls += page.upstreamCalls ?? 1;
        orders.push(...page.orders);
        if (page.orders.length > 0) position = page.positionAfter(page.orders.length - 1);
      } while (page.hasMore && page.orders.length > 0 && calls < budget);
      const passComplete = !page.hasMore || page.orders.length === 0;
      return { orders, passComplete, state: { position: passComplete ? null : position }, calls };
    },
  };
}

/** One page of a vendor's orders that can still change. */
export interface OpenOrdersPage {
  orders: Order[];
  /** Where the next page starts; null: this was the last page. */
  next: ProviderPosition | null;
  calls: number;
}

/**
 * What a vendor must offer for `openSetDetector`: a list of only the orders whose status its
 * lifecycle still moves on from (a status filter), reads by id, and optionally its own version
 * of an order.
 */
export interface OpenSetSource {
  /** The means, as metrics show it. */
  readonly method: string;
  /** One page of the open orders, from `after` (null: the first page), in at most `budget` calls. */
  listOpen(after: ProviderPosition | null, budget: number): Promise<OpenOrdersPage>;
  /** How many orders one read call returns (1 for a read by id). */
  readonly readsPerCall: number;
  /** Orders by provider id; one the vendor no longer has is left out, any other failure throws. */
  read(providerIds: string[]): Promise<{ orders: Order[]; calls: number }>;
  /**
   * The vendor's own version of an order (a revision counter, an ETag), when it keeps one: an
   * open order whose version did not move since the last look is unchanged, and is not compared
   * field by field.
   */
  versionOf?(order: Order): string | null | undefined;
}

interface OpenSetState {
  /** Provider id -> version ('' without one) of every order the last complete walk of the open list saw. */
  open: Record<string, string>;
  /** A walk of the open list that ran out of budget: where it stopped and what it saw so far. */
  walk: { after: ProviderPosition; seen: Record<string, string> } | null;
  /** Orders that left the open list and are still to be read once by id. */
  departed: string[];
  /** The slow pass over every order (sweepDetector's state). */
  sweep: ProviderPosition | null;
  /** Whether a first pass over every order was made (until then the pass takes what budget is left). */
  swept: boolean;
  /** With a budget of one call, cycles take turns: open list, then the pass. */
  turn: 'open' | 'pass';
  [key: string]: ProviderPosition;
}

/**
 * For vendors that list by a status filter but not by update time: most of what a vendor holds
 * is done (closed, cancelled, shipped) and no longer moves, so a cycle reads only the orders
 * that can still change, every cycle, and learns of the others slowly.
 *
 * A cycle (1) walks the open list, handing over the orders whose version moved (all of them
 * when the vendor has no version); (2) when the walk is complete, the orders the previous walk
 * saw and this one did not have left the open statuses (cancelled, closed, or gone): each is
 * read once by id; (3) one more call continues a sweep over every order, which finds the rare
 * change to an order that is done, and whose end is the end of a pass (so an order no longer
 * there is DISAPPEARED). Until a first such sweep is made, cycles only sweep, with the whole
 * budget, so the baseline costs what a plain sweep costs.
 *
 * The sweep goes in creation order, where orders do not move, so it sees every order that was
 * there from its start to its end: its end is the end of a pass. An order that moves between
 * two pages of a walk (its status changed) is read again next walk, or by id as departed, so it
 * is not missed; the tracker compares whatever is handed over, and the orders whose version
 * did not move are handed over as `unchanged`, so the tracker counts them as seen.
 */
export function openSetDetector(source: OpenSetSource, sweep: ChangeDetector): ChangeDetector {
  return {
    method: source.method,
    async scan(raw, budget) {
      const state: OpenSetState = (raw as OpenSetState | null) ?? { open: {}, walk: null, departed: [], sweep: null, swept: false, turn: 'open' };
      const orders: Order[] = [];
      const unchanged: string[] = [];
      let calls = 0;
      const alternate = budget < 2;
      // Until a first sweep ends, the cycles only sweep: it reads every order (the walk's too), and
      // the baseline costs no more calls than a plain sweep. The walks start after it.
      const walkOpen = state.swept && (!alternate || state.turn === 'open');
      // The sweep's share once the walks run: one call.
      const reserve = alternate ? 0 : 1;

      let { open, walk, departed } = state;
      // Once the first sweep is done its call is independent of the walk: it goes out at the same time.
      const sweepAlongside = !alternate && state.swept ? sweep.scan(state.sweep, 1) : null;
      // Awaited below; a walk that fails first must not leave its rejection unhandled.
      sweepAlongside?.catch(() => undefined);
      if (walkOpen) {
        let after = walk?.after ?? null;
        const seen: Record<string, string> = { ...walk?.seen };
        let complete = false;
        const share = Math.max(1, budget - reserve);
        while (calls < share) {
          const page = await source.listOpen(after, share - calls);
          calls += page.calls;
          for (const order of page.orders) {
            const version = source.versionOf?.(order) ?? null;
            if (version !== null && open[order.providerId] === version) unchanged.push(order.id);
            else orders.push(order);
            seen[order.providerId] = version ?? '';
          }
          if (page.next === null) {
            complete = true;
            break;
          }
          after = page.next;
        }
        if (complete) {
          const left = Object.keys(open).filter((id) => !(id in seen));
          departed = [...new Set([...departed, ...left])];
          open = seen;
          walk = null;
        } else {
          walk = { after: after!, seen };
        }
      }

      // Departed orders are read after the walk, or, one call a cycle, on the sweep's turns.
      const room = alternate ? (walkOpen ? 0 : 1) : budget - reserve - calls;
      const readDeparted = state.swept && departed.length > 0 && room > 0;
      if (readDeparted) {
        const take = departed.slice(0, room * source.readsPerCall);
        const read = await source.read(take);
        calls += read.calls;
        orders.push(...read.orders);
        departed = departed.slice(take.length);
      }

      let sweepState = state.sweep;
      let swept = state.swept;
      let passComplete = false;
      if (sweepAlongside || (!walkOpen && !(alternate && readDeparted)) || (!alternate && calls < budget)) {
        const pass = await (sweepAlongside ?? sweep.scan(sweepState, swept ? 1 : budget));
        calls += pass.calls;
        orders.push(...pass.orders);
        sweepState = pass.state;
        if (pass.passComplete) swept = passComplete = true;
      }
      const next: OpenSetState = { open, walk, departed, sweep: sweepState, swept, turn: alternate && (walkOpen || readDeparted) ? 'pass' : 'open' };
      return { orders, unchanged, passComplete, state: next, calls };
    },
  };
}

/** The orders of a batch read (`getOrders`) that the vendor still has; a failure other than NOT_FOUND throws, so the cycle is tried again. */
export function foundOrders(results: ReadonlyArray<Order | Error>): Order[] {
  const orders: Order[] = [];
  for (const result of results) {
    if (!(result instanceof Error)) orders.push(result);
    else if (!(isOrderGraphError(result) && result.code === ErrorCode.NOT_FOUND)) throw result;
  }
  return orders;
}
