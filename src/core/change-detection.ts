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
