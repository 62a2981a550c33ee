import { stableJson } from './stable-json';
import type { ListPage, ListQuery, OrderProvider, ProviderPosition } from './provider';

/**
 * Provider pages read ahead for the next page of a walk.
 *
 * A client walking a list (an export) asks for page N+1 right after page N, and each page
 * first waits for every provider's call before ordergraph's own work on it (the merge, the
 * GraphQL execution and serialisation of every edge) can start. So once a page of a walk is
 * merged, the first calls of the next page are started at once, while this page is executed,
 * serialised and read by the client; the next request takes them instead of calling again.
 *
 * A page read ahead is exactly the answer to the same `ListQuery` (provider, direction, limit,
 * position, filter) sent a little earlier: it is used only for that query, once, and within
 * `ttlMs`. It changes neither results nor cursors. Under concurrent writes it is a read at the
 * time it was sent instead of at the next request: in the merged list every order created since
 * sorts after the boundary of an OLDEST_FIRST walk (and comes on a later page or a later walk,
 * as it would have a moment earlier) or before that of a NEWEST_FIRST one (never shown by that
 * walk). Several replicas need nothing shared: a next request served by another replica misses
 * and calls the vendors itself; the page read ahead here expires unused.
 *
 * What a provider already sent beyond the orders this page took (each is asked for its share
 * with headroom, about a fifth more than it gives) is not asked again: the page read ahead is
 * those orders followed by one call for the rest, from just after the last of them. It holds
 * the same orders as one call from the position would (the merge itself continues a provider
 * that way within a page), except that those carried were read a page earlier.
 *
 * Bounded: at most `maxPages` pages held (the oldest is dropped first); a failed read ahead is
 * never used (the next request calls again), and one that is not taken within `ttlMs` is
 * dropped. The vendor call itself runs to its end (bounded by the provider's own timeout).
 */
export interface ReadAheadOptions {
  /** How long a page read ahead waits for the request that continues the walk (ms). */
  ttlMs?: number;
  /** Most pages held at once, across every walk. */
  maxPages?: number;
}

interface Entry {
  page: Promise<ListPage>;
  timer: NodeJS.Timeout;
}

export class ListReadAhead {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxPages: number;
  /** Pages read ahead, and of those taken by a next request (for tests and metrics). */
  started = 0;
  taken = 0;

  constructor(options: ReadAheadOptions = {}) {
    this.ttlMs = options.ttlMs ?? 5_000;
    this.maxPages = options.maxPages ?? 64;
  }

  /**
   * Starts `provider`'s page for `query` unless the same page is already held. `sent`: the
   * orders the provider already sent just after `query.position`, in its list's order (with
   * their positions, and whether more follow them), which the page then starts with.
   */
  start(provider: OrderProvider, query: ListQuery, sent?: ListPage): void {
    const key = queryKey(provider.key, query);
    if (this.entries.has(key)) return;
    while (this.entries.size >= this.maxPages) this.drop(this.entries.keys().next().value as string);
    let page: Promise<ListPage>;
    try {
      page = sent && sent.orders.length > 0 ? continuing(provider, query, sent) : provider.listOrders(query);
    } catch (error) {
      page = Promise.reject(error);
    }
    // A failure is the next request's to see (by calling again), never an unhandled rejection.
    page.catch(() => this.drop(key, page));
    const timer = setTimeout(() => this.drop(key, page), this.ttlMs);
    timer.unref();
    this.entries.set(key, { page, timer });
    this.started += 1;
  }

  /** The page read ahead for exactly this query, once; undefined when there is none. */
  take(provider: OrderProvider, query: ListQuery): Promise<ListPage> | undefined {
    const key = queryKey(provider.key, query);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.drop(key);
    this.taken += 1;
    return entry.page;
  }

  /** Pages held now. */
  get size(): number {
    return this.entries.size;
  }

  private drop(key: string, only?: Promise<ListPage>): void {
    const entry = this.entries.get(key);
    if (!entry || (only && entry.page !== only)) return;
    clearTimeout(entry.timer);
    this.entries.delete(key);
  }
}

/**
 * The page for `query` made of the orders already `sent` (at most its limit), then one call for
 * the rest. Their positions are copied now, and no function made here refers to `sent` (those
 * made in one call share what they hold): `sent.positionAfter` may hold the whole page they came
 * from, itself made of an earlier one, and a walk would keep every page it read.
 */
function continuing(provider: OrderProvider, query: ListQuery, sent: ListPage): Promise<ListPage> {
  const held = sent.orders.length > query.limit ? sent.orders.slice(0, query.limit) : sent.orders;
  const positions = positionsOf(sent, held.length);
  const more = held.length < sent.orders.length || sent.hasMore;
  const n = held.length;
  if (n === query.limit || !more) return Promise.resolve({ orders: held, hasMore: more, positionAfter: (i) => positions[i], upstreamCalls: 0 });
  return provider.listOrders({ ...query, limit: query.limit - n, position: positions[n - 1] }).then((rest) => ({
    orders: held.concat(rest.orders),
    hasMore: rest.hasMore,
    positionAfter: (i: number) => (i < n ? positions[i] : rest.positionAfter(i - n)),
    upstreamCalls: rest.upstreamCalls,
  }));
}

function positionsOf(page: ListPage, count: number): ProviderPosition[] {
  const positions = new Array<ProviderPosition>(count);
  for (let i = 0; i < count; i += 1) positions[i] = page.positionAfter(i);
  return positions;
}

/**
 * The identity of a provider's list query: the same key for the same page, whatever order its
 * objects' keys were written in. `select` is left out on purpose: it changes only which parts of
 * an order are mapped at once, never the page (a part not mapped is mapped when first read), so
 * a page read ahead for one selection serves the next request whatever it selects.
 */
function queryKey(provider: string, query: ListQuery): string {
  return `${provider}\u0000${query.direction}\u0000${query.limit}\u0000${stableJson(query.position)}\u0000${stableJson(query.filter)}`;
}
