import { compareIds } from '../../core/pagination';
import type { ListDirection, ProviderPosition } from '../../core/provider';
import type { OctopiClient } from './client';
import type { OctopiServiceOrder } from './wire';

/**
 * Octopi's whole list, held by this replica for a short lifetime.
 *
 * Octopi only answers its whole list, so without this every page of an export would read,
 * parse and sort every order. The snapshot is read once, sorted once by (created_at, id), and
 * a page is a binary search for its position plus the page's slice. Within `lifetimeMs` of
 * the last check no call is made; after it, the next page revalidates with a conditional GET
 * (`If-None-Match` with the list's ETag): Octopi, a Rails API, answers 304 when nothing changed,
 * so an unchanged list costs one small answer and no parsing. Concurrent pages share one read.
 * Writes through this replica drop the snapshot, and so does a quiet spell (`idleMs` without
 * a page), so that the memory of a large list is given back between exports.
 */
export interface SnapshotSlice {
  orders: OctopiServiceOrder[];
  /** Creation time of each order in `orders`, in ms. */
  times: number[];
  hasMore: boolean;
  /** Upstream calls this slice cost (0 within the lifetime). */
  calls: number;
}

interface Held {
  etag: string | null;
  checkedAt: number;
  /** Oldest first, ties by id. */
  sorted: OctopiServiceOrder[];
  times: Float64Array;
}

export class OctopiListSnapshot {
  private held: Held | null = null;
  private reading: Promise<{ held: Held; calls: number }> | null = null;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly client: OctopiClient,
    private readonly lifetimeMs: number,
    private readonly idleMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Orders strictly after `position` in `direction`, at most `limit`. */
  async slice(direction: ListDirection, limit: number, position: { t: number; id: string } | null): Promise<SnapshotSlice> {
    const { held, calls } = await this.current();
    this.touch();
    const { sorted, times } = held;
    const orders: OctopiServiceOrder[] = [];
    const pageTimes: number[] = [];
    if (direction === 'ASC') {
      let i = position ? firstAfter(held, position) : 0;
      for (; i < sorted.length && orders.length < limit; i += 1) {
        orders.push(sorted[i]);
        pageTimes.push(times[i]);
      }
      return { orders, times: pageTimes, hasMore: i < sorted.length, calls };
    }
    let i = position ? firstAfter(held, position, true) - 1 : sorted.length - 1;
    for (; i >= 0 && orders.length < limit; i -= 1) {
      orders.push(sorted[i]);
      pageTimes.push(times[i]);
    }
    return { orders, times: pageTimes, hasMore: i >= 0, calls };
  }

  /**
   * The whole list as Octopi has it now: always one conditional GET (shared with a read already
   * under way), whatever the lifetime. The change detector's look at Octopi: the ETag says
   * whether anything changed since it last looked.
   */
  async revalidated(): Promise<{ etag: string | null; sorted: readonly OctopiServiceOrder[] }> {
    this.reading ??= this.read().finally(() => (this.reading = null));
    const { held } = await this.reading;
    this.touch();
    return { etag: held.etag, sorted: held.sorted };
  }

  /** Forgets the list (after a write through this replica, so it reads its own writes). */
  invalidate(): void {
    this.held = null;
  }

  private async current(): Promise<{ held: Held; calls: number }> {
    if (this.held && this.now() - this.held.checkedAt < this.lifetimeMs) return { held: this.held, calls: 0 };
    // One read at a time: pages arriving together wait for the same answer.
    this.reading ??= this.read().finally(() => (this.reading = null));
    const { held } = await this.reading;
    return { held, calls: 1 };
  }

  private async read(): Promise<{ held: Held; calls: number }> {
    const known = this.held;
    const answer = await this.client.listIfChanged(known?.etag ?? null);
    if (answer.notModified && known) {
      known.checkedAt = this.now();
      return { held: known, calls: 1 };
    }
    const list = answer.notModified ? (await this.client.listIfChanged(null)).list! : answer.list!;
    const entries = list.service_orders.map((order) => ({ order, t: Date.parse(order.created_at) }));
    entries.sort((a, b) => a.t - b.t || compareIds(String(a.order.id), String(b.order.id)));
    const held: Held = {
      etag: answer.etag,
      checkedAt: this.now(),
      sorted: entries.map((e) => e.order),
      times: Float64Array.from(entries, (e) => e.t),
    };
    this.held = held;
    return { held, calls: 1 };
  }

  private touch(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.invalidate(), this.idleMs);
    this.idleTimer.unref();
  }
}

/**
 * Index of the first order after the keyset position (t, id) in oldest-first order; with
 * `orAt`, of the first order at or after it (so the one before is the first newest-first).
 */
function firstAfter(held: Held, position: { t: number; id: string }, orAt = false): number {
  let low = 0;
  let high = held.sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const c = held.times[mid] - position.t || compareIds(String(held.sorted[mid].id), position.id);
    if (c < 0 || (c === 0 && !orAt)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The keyset position after an order of a slice. */
export function positionOf(order: OctopiServiceOrder, t: number): ProviderPosition {
  return { t, id: String(order.id) };
}
