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
 * the last check no call is made; after it, the list is revalidated with a conditional GET
 * (`If-None-Match` with the list's ETag): Octopi, a Rails API, answers 304 when nothing changed,
 * so an unchanged list costs one small answer and no parsing. Concurrent pages share one read.
 *
 * Stale while revalidating (as HTTP's `stale-while-revalidate`): for `staleMs` after the
 * lifetime, a page is served from the list held at once while that conditional GET runs in the
 * background, because Octopi renders its whole list to answer even a 304 (its ETag is a digest
 * of the body), which takes long enough on a large list to stall a page of an export every
 * lifetime. Past `lifetimeMs + staleMs` without a successful check, a page waits for the read
 * (and sees its error). So a page shows the list as Octopi had it at most `lifetimeMs + staleMs`
 * ago; a check's time is when its request was sent, not when it was answered.
 *
 * Spaced by their cost: each check costs Octopi a render of its whole list, so on a large list,
 * where that takes longer than a quarter of the lifetime, the lifetime is four times the last
 * check's time instead (`CHECK_SPACING`), and the bound above grows with it. Without that a walk
 * over a large account keeps the vendor rendering about half the time, for one replica.
 *
 * Writes through this replica drop the snapshot, and a read already under way when one is made
 * is not kept (it may predate the write), so the replica reads its own writes. A quiet spell
 * (`idleMs` without a page) drops it too, so that the memory of a large list is given back
 * between exports.
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

export interface SnapshotTiming {
  /** How long a check keeps the list fresh: pages are served with no call (ms). */
  lifetimeMs: number;
  /** After the lifetime, how long a page is still served at once while the list is revalidated in the background (ms). */
  staleMs?: number;
  /** Without a page for this long, the list is dropped (ms). */
  idleMs?: number;
  now?: () => number;
}

/**
 * Checks are at least this many times as far apart (start to start) as the last one took, so
 * that a replica keeps Octopi busy rendering its list for them at most a quarter of the time.
 */
const CHECK_SPACING = 4;

export class OctopiListSnapshot {
  private held: Held | null = null;
  private reading: { generation: number; done: Promise<Held> } | null = null;
  /** Bumped by every write through this replica: a read started before it is not kept. */
  private generation = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  /** How long the last check took, from its request to its answer (ms). */
  private lastCheckMs = 0;
  /** How many orders the last full read held; kept when the list is dropped (a hint of what reading it costs). */
  private lastSize: number | undefined;
  private readonly lifetimeMs: number;
  private readonly staleMs: number;
  private readonly idleMs: number;
  private readonly now: () => number;

  constructor(
    private readonly client: OctopiClient,
    timing: SnapshotTiming,
  ) {
    this.lifetimeMs = timing.lifetimeMs;
    this.staleMs = timing.staleMs ?? 0;
    this.idleMs = timing.idleMs ?? 30_000;
    this.now = timing.now ?? Date.now;
  }

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
    const held = await this.read();
    this.touch();
    return { etag: held.etag, sorted: held.sorted };
  }

  /** Orders in the last whole list read, if one was: what a read of the list costs, roughly. */
  get knownSize(): number | undefined {
    return this.lastSize;
  }

  /** Forgets the list (after a write through this replica, so it reads its own writes). */
  invalidate(): void {
    this.held = null;
    this.generation += 1;
  }

  private async current(): Promise<{ held: Held; calls: number }> {
    const held = this.held;
    const age = held ? this.now() - held.checkedAt : Infinity;
    // A lifetime of 0 asks for a check on every page, however long it takes.
    const lifetime = this.lifetimeMs > 0 ? Math.max(this.lifetimeMs, CHECK_SPACING * this.lastCheckMs) : 0;
    if (held && age < lifetime) return { held, calls: 0 };
    if (held && age < lifetime + this.staleMs) {
      const pending = this.reading;
      // A failure is left for the page that has to wait (past the stale window) to see.
      this.read().catch(() => undefined);
      // One call when this page started a check (none under way, or only one a write overtook).
      return { held, calls: this.reading !== pending ? 1 : 0 };
    }
    return { held: await this.read(), calls: 1 };
  }

  /**
   * The list as Octopi has it now: one conditional GET at a time (pages arriving together wait
   * for the same answer), unless the one under way started before a write through this replica.
   */
  private read(): Promise<Held> {
    if (this.reading?.generation === this.generation) return this.reading.done;
    const generation = this.generation;
    const done = this.fetch(generation).finally(() => {
      if (this.reading?.done === done) this.reading = null;
    });
    this.reading = { generation, done };
    return done;
  }

  private async fetch(generation: number): Promise<Held> {
    const known = this.held;
    const sentAt = this.now();
    const answer = await this.client.listIfChanged(known?.etag ?? null);
    this.lastCheckMs = this.now() - sentAt;
    if (answer.notModified && known) {
      // Unchanged since `known` was read: it is as fresh as this check.
      known.checkedAt = Math.max(known.checkedAt, sentAt);
      return known;
    }
    const list = answer.notModified ? (await this.client.listIfChanged(null)).list! : answer.list!;
    this.lastSize = list.service_orders.length;
    const entries = list.service_orders.map((order) => ({ order, t: Date.parse(order.created_at) }));
    entries.sort((a, b) => a.t - b.t || compareIds(String(a.order.id), String(b.order.id)));
    const held: Held = {
      etag: answer.etag,
      checkedAt: sentAt,
      sorted: entries.map((e) => e.order),
      times: Float64Array.from(entries, (e) => e.t),
    };
    // A read that a write overtook may not show that write: it answers its own callers but is not kept.
    if (generation === this.generation) this.held = held;
    return held;
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
