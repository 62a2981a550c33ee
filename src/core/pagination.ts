import { z } from 'zod';
import type { Order } from '../model/order';
import { LazyEdge, type Boundary, type CursorCodec, type CursorState } from './cursor';
import { ErrorCode, OrderGraphError, providerFailure } from './errors';
import { providerLabel } from './http';
import type { ListDirection, ListFilter, ListPage, ListQuery, OrderProvider, PositionSpec, ProviderPosition } from './provider';
import type { ListReadAhead } from './read-ahead';
import type { FieldSelection } from './deferred';

/**
 * Merged pagination across providers.
 *
 * Each provider lists its own orders, sorted by creation time, from its own position (the id to
 * start after, an offset, a `since_id`, a keyset for whole-list vendors). The
 * merge is a k-way merge on the total order (createdAt, provider, vendor id): it always takes
 * the best head among the providers' buffers (heads of different providers tie-break on the
 * provider key; one provider's own order settles its ties). A provider whose buffer runs dry
 * while it still has orders is asked for its next page before the merge goes on, because its
 * next order might sort before every other head; so a page costs one call per provider plus
 * the pages that a vendor's page-size limit forces. All calls of one round go out in parallel.
 * Each provider is asked for about its share of the page, not the whole page (pageSizeFor).
 *
 * The cursor after each edge records the boundary (that edge's sort key) and, per provider,
 * the position just after the last order taken from it. Orders fetched but not taken are
 * fetched again next page (or, in a walk read ahead, carried into it), so nothing is returned
 * twice. A provider that has taken no order
 * yet resumes strictly after the boundary: orders created upstream during a walk that sort
 * before the boundary (every new order of a NEWEST_FIRST walk) are not shown, so the list a
 * walk returns is always in order. A provider that fails keeps its position and is marked as
 * catching up: its orders come on a later page, behind the boundary, and the page it failed on
 * carries its error (its own code) naming it. It rejoins the total order as soon as an
 * order of a provider that is not behind is taken after it answered again.
 *
 * The merge checks every provider page against the page contract (at most the orders asked,
 * sorted in the direction, no empty page that says more follow), as DataLoader checks a batch:
 * a page that breaks it stops that provider for this page, as a failure would, and is reported
 * as a provider bug.
 *
 * With `readAhead`, a provider call whose page was read ahead for exactly its query is taken
 * from there, and with `readNext` too, the first calls of the next page (the same `first`,
 * from this page's end cursor) are started before this page is returned (read-ahead.ts).
 */

export interface MergeRequest {
  providers: OrderProvider[];
  first: number;
  direction: ListDirection;
  filter: ListFilter;
  state: CursorState;
  cursors: CursorCodec;
  /** Told of every provider page that breaks the page contract (a bug of that provider). */
  onContractBreach?: (provider: string, problem: string) => void;
  /** Provider pages read ahead: this page's calls are taken from there when they were. */
  readAhead?: ListReadAhead;
  /** Start the next page's first calls into `readAhead` once this page is merged (a walk is going on). */
  readNext?: boolean;
  /** The order fields the query reads, passed to every provider call (ListQuery.select). */
  select?: FieldSelection;
}

export interface MergeResult {
  edges: Array<{ cursor: string; node: Order }>;
  hasNextPage: boolean;
  /** Whether an edge of this list came before this page (the cursor saw one). */
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
  errors: OrderGraphError[];
}

interface Buffer {
  provider: OrderProvider;
  page: ListPage | null;
  index: number;
  position: ProviderPosition | null;
  /** Without a position of its own, the provider resumes strictly after this boundary. */
  floor: Boundary | null;
  /** Behind the boundary after an earlier failure: its orders are not held to `b`. */
  behind: boolean;
  failed: boolean;
  /** Creation time of the last order taken from it in this merge (the contract's order check). */
  lastTakenMs: number | null;
  /** Orders the merge has taken from it in this merge (shown or not): its share of the page so far. */
  consumed: number;
}

const DONE = 'done';

export function positionSpecs(providers: readonly OrderProvider[]): Map<string, PositionSpec> {
  return new Map(providers.map((p) => [p.key, p.position]));
}

export async function mergePage(request: MergeRequest): Promise<MergeResult> {
  if (request.first === 0) return peek(request);
  const { first, direction, filter, state, cursors } = request;
  // The merge reads what its own filter needs (matchesFilter): the providers map it at once.
  const select = request.select && filter.containerNumber !== undefined ? new Set([...request.select, 'containers']) : request.select;
  const specs = positionSpecs(request.providers);
  const lagging = state.l ?? {};
  const buffers: Buffer[] = request.providers
    .filter((provider) => state.p[provider.key] !== DONE)
    .map((provider) => {
      const position = (state.p[provider.key] as ProviderPosition | undefined) ?? null;
      const behind = provider.key in lagging;
      const floor = position !== null ? null : behind ? lagging[provider.key] : (state.b ?? null);
      return { provider, page: null, index: 0, position, floor, behind, failed: false, lastTakenMs: null, consumed: 0 };
    });
  const errors: OrderGraphError[] = [];
  const positions: Record<string, ProviderPosition | 'done'> = { ...state.p };
  const edges: MergeResult['edges'] = [];
  let boundary = state.b;
  const sign = direction === 'DESC' ? -1 : 1;

  const listPage = async (provider: OrderProvider, query: ListQuery): Promise<ListPage> => {
    const ahead = request.readAhead?.take(provider, query);
    if (ahead) {
      try {
        return await ahead;
      } catch {
        // Read ahead and failed: this page asks again, as it would have without it.
      }
    }
    return provider.listOrders(query);
  };
  const fail = (b: Buffer, error: OrderGraphError) => {
    b.failed = true;
    errors.push(error);
  };
  const needsPage = (b: Buffer) => !b.failed && (b.page === null || (b.index >= b.page.orders.length && b.page.hasMore));
  const refill = async (wanted: number) => {
    const asking = buffers.filter(needsPage);
    const limits = asking.map((b) => pageSizeFor(b, buffers, wanted));
    await Promise.all(
      asking.map(async (b, k) => {
        const limit = limits[k];
        let page: ListPage;
        try {
          page = await listPage(b.provider, { direction, limit, position: b.position, filter, select });
        } catch (error) {
          return fail(b, providerFailure(error, b.provider.key, 'listing orders'));
        }
        const problem = contractProblem(page, limit, sign, b.lastTakenMs);
        if (problem) {
          request.onContractBreach?.(b.provider.key, problem);
          return fail(b, contractError(b.provider, problem));
        }
        b.page = page;
        b.index = 0;
      }),
    );
  };

  // Heads of two providers: time, then provider key (DESC is the exact reverse of ASC).
  const before = (a: Order, b: Order) => {
    const dt = sign * (a.createdAt.getTime() - b.createdAt.getTime());
    return dt < 0 || (dt === 0 && sign * compareKeys(a.provider, b.provider) < 0);
  };
  const pastFloor = (order: Order, floor: Boundary) => {
    const dt = sign * (order.createdAt.getTime() - floor[0]);
    if (dt !== 0) return dt > 0;
    const dp = compareKeys(order.provider, floor[1]);
    return sign * (dp !== 0 ? dp : compareIds(order.providerId, floor[2])) > 0;
  };
  // Providers behind the boundary (failed on this page, or still catching up), each with the boundary it resumes from.
  const laggingNow = (): Record<string, Boundary | null> | undefined => {
    let l: Record<string, Boundary | null> | undefined;
    for (const b of buffers) {
      if (!b.failed && isExhausted(b)) continue;
      if (b.failed) (l ??= {})[b.provider.key] = b.behind ? lagging[b.provider.key] : (state.b ?? null);
      else if (b.behind) (l ??= {})[b.provider.key] = lagging[b.provider.key];
    }
    return l;
  };
  const snapshot = (): CursorState => {
    const p = { ...positions };
    for (const b of buffers) if (!b.failed && isExhausted(b)) p[b.provider.key] = DONE;
    const next: CursorState = { q: state.q, p };
    if (boundary) next.b = boundary;
    const l = laggingNow();
    if (l) next.l = l;
    if (state.e || edges.length > 0) next.e = true;
    return next;
  };
  // The edges' cursors: the same states as snapshot() would give, written incrementally.
  const pageCursors = cursors.pageCursors(state, specs);

  while (edges.length < first) {
    // Most edges need no call: the await (and refill's arrays) only when a provider's page ran out.
    if (buffers.some(needsPage)) await refill(first - edges.length);
    let best: Buffer | undefined;
    for (const b of buffers) {
      if (b.failed || !b.page || b.index >= b.page.orders.length) continue;
      if (!best || before(b.page.orders[b.index], best.page!.orders[best.index])) best = b;
    }
    if (!best) break;
    const node = best.page!.orders[best.index];
    best.position = best.page!.positionAfter(best.index);
    best.index += 1;
    best.lastTakenMs = node.createdAt.getTime();
    best.consumed += 1;
    positions[best.provider.key] = isExhausted(best) ? DONE : best.position;
    pageCursors.set(best.provider.key, positions[best.provider.key]);
    // Orders that sort before the boundary were created during the walk, behind it: not shown.
    if (best.floor && !pastFloor(node, best.floor)) continue;
    best.floor = null;
    if (!best.behind) {
      // Every provider that answered has its head after this order: none is behind any more.
      for (const b of buffers) if (!b.failed) b.behind = false;
    }
    if (!matchesFilter(node, filter)) continue;
    if (!best.behind) boundary = [node.createdAt.getTime(), node.provider, node.providerId];
    // A provider whose page ran out with nothing more to come is done (it is never read again in this merge).
    for (const b of buffers) if (!b.failed && isExhausted(b)) pageCursors.set(b.provider.key, DONE);
    edges.push(new LazyEdge(node, pageCursors.at(boundary, laggingNow(), true), pageCursors));
  }

  const end = snapshot();
  const hasNextPage = request.providers.some((p) => end.p[p.key] !== DONE);
  const endCursor = cursors.encode(end, specs);
  if (edges.length > 0) edges[edges.length - 1].cursor = endCursor;
  if (request.readNext && request.readAhead && hasNextPage) {
    // The next page's first round, as that merge will ask it: every provider not done, each with its even share.
    const live = request.providers.filter((p) => end.p[p.key] !== DONE).length;
    for (const b of buffers) {
      if (b.failed || end.p[b.provider.key] === DONE) continue;
      const position = (end.p[b.provider.key] as ProviderPosition | undefined) ?? null;
      request.readAhead.start(b.provider, { direction, limit: shareLimit(b.provider, first, 1 / live), position, filter, select }, notTaken(b));
    }
    // One turn of the event loop, so that those calls go out now: each reaches its socket some
    // promise steps later (and a new connection only once the loop runs), and this page's
    // execution and serialisation, which follow without waiting on any I/O, would otherwise hold
    // them back until the answer is written.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return {
    edges,
    hasNextPage,
    hasPreviousPage: state.e === true,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.length > 0 || hasNextPage ? endCursor : null,
    errors,
  };
}

/**
 * `first: 0` (allowed by the Relay spec): no edges, but a true `hasNextPage`, found by merging
 * one order; the cursor given stays where it was.
 */
async function peek(request: MergeRequest): Promise<MergeResult> {
  const probe = await mergePage({ ...request, first: 1, readNext: false });
  const { state } = request;
  const given = Object.keys(state.p).length > 0 || state.b || state.l ? request.cursors.encode(state, positionSpecs(request.providers)) : null;
  return {
    edges: [],
    hasNextPage: probe.edges.length > 0 || probe.hasNextPage,
    hasPreviousPage: state.e === true,
    startCursor: null,
    endCursor: given,
    errors: probe.errors,
  };
}

/** Small pages are asked for whole from every provider: one more round would cost more than the orders. */
const WHOLE_PAGE_UP_TO = 20;
/** Headroom over a provider's expected share, so that an uneven page rarely needs a second round. */
const SHARE_HEADROOM = 1.2;
const SHARE_MARGIN = 8;

/**
 * How many orders to ask a provider for when `wanted` edges are still to come. Every provider
 * is asked for the whole page only when it is small: the merge takes a page's orders from all
 * providers together, so each one's share is about `wanted / providers`, and what a provider
 * sends beyond the orders taken is parsed, mapped and thrown away (fetched again next page).
 * So the first round asks each for its share with some headroom; a provider that runs dry
 * mid-page (its orders sort first) is asked for its share of what is left as measured so far
 * in this merge, never less than an even share. A skewed page costs a round more, an even one
 * about a fifth more orders than it shows, instead of five times as many.
 */
function pageSizeFor(b: Buffer, buffers: readonly Buffer[], wanted: number): number {
  const live = buffers.filter((x) => !x.failed && !isExhausted(x)).length || 1;
  const consumed = buffers.reduce((sum, x) => sum + x.consumed, 0);
  return shareLimit(b.provider, wanted, Math.max(1 / live, consumed > 0 ? b.consumed / consumed : 0));
}

/** The orders to ask `provider` for when `wanted` edges are still to come and its share of them is `share`. */
function shareLimit(provider: OrderProvider, wanted: number, share: number): number {
  const cap = Math.min(wanted, provider.capabilities.maxPageSize);
  if (wanted <= WHOLE_PAGE_UP_TO) return cap;
  return Math.max(1, Math.min(cap, Math.ceil(wanted * share * SHARE_HEADROOM) + SHARE_MARGIN));
}

/**
 * The orders of a provider's buffer that this merge did not take, as a page from its position:
 * they follow the position just after the last order taken (or the position it started from
 * when it took none), which is where the next page resumes it.
 */
function notTaken(b: Buffer): ListPage | undefined {
  const page = b.page;
  if (!page || b.index >= page.orders.length) return undefined;
  const from = b.index;
  return { orders: page.orders.slice(from), hasMore: page.hasMore, positionAfter: (i) => page.positionAfter(from + i) };
}

function isExhausted(b: Buffer): boolean {
  return !!b.page && b.index >= b.page.orders.length && !b.page.hasMore;
}

/** What is wrong with a provider's page, or null when it keeps the contract. */
function contractProblem(page: ListPage, limit: number, sign: number, lastTakenMs: number | null): string | null {
  if (page.orders.length > limit) return `returned ${page.orders.length} orders when ${limit} were asked`;
  if (page.orders.length === 0 && page.hasMore) return 'returned an empty page that says more orders follow';
  let previous = lastTakenMs;
  for (const order of page.orders) {
    const t = order.createdAt.getTime();
    if (previous !== null && sign * (t - previous) < 0)
      return `returned orders out of ${sign < 0 ? 'newest-first' : 'oldest-first'} order (order ${order.providerId})`;
    previous = t;
  }
  return null;
}

function contractError(provider: OrderProvider, problem: string): OrderGraphError {
  return new OrderGraphError(ErrorCode.PROVIDER_UNAVAILABLE, `${providerLabel(provider.key)} ${problem}; its orders are left out of this page`, {
    provider: provider.key,
    reason: 'PAGE_CONTRACT',
  });
}

/** The core's own check of every filter, so a provider that cannot filter natively stays correct. */
export function matchesFilter(order: Order, filter: ListFilter): boolean {
  if (filter.statuses?.length && !filter.statuses.includes(order.status)) return false;
  if (filter.orderNumber !== undefined && order.orderNumber !== filter.orderNumber) return false;
  if (filter.createdFrom && order.createdAt < filter.createdFrom) return false;
  if (filter.createdTo && order.createdAt > filter.createdTo) return false;
  if (filter.containerNumber !== undefined && !order.containers.some((c) => c.number === filter.containerNumber)) return false;
  return true;
}

/**
 * A page of a list that a vendor only returns whole or that a provider has already
 * narrowed: sorts by (createdAt, id) and resumes strictly after a keyset position, which stays
 * valid when orders are added upstream (unlike an offset).
 */
export function keysetPage(orders: Order[], query: { direction: ListDirection; limit: number; position: ProviderPosition | null }): ListPage {
  const sign = query.direction === 'DESC' ? -1 : 1;
  const compare = (a: Order, b: Order) => sign * (a.createdAt.getTime() - b.createdAt.getTime() || compareIds(a.providerId, b.providerId));
  const sorted = [...orders].sort(compare);
  const position = query.position as { t: number; id: string } | null;
  const start = position ? sorted.findIndex((o) => sign * (o.createdAt.getTime() - position.t || compareIds(o.providerId, position.id)) > 0) : 0;
  const from = start === -1 ? sorted.length : start;
  const slice = sorted.slice(from, from + query.limit);
  return {
    orders: slice,
    hasMore: from + slice.length < sorted.length,
    positionAfter: (i) => ({ t: slice[i].createdAt.getTime(), id: slice[i].providerId }),
  };
}

/** The position `keysetPage` writes: the last order's creation time and vendor id. */
export const keysetPosition: PositionSpec = { version: 1, schema: z.strictObject({ t: z.number().int(), id: z.string().min(1).max(256) }) };

/** Numeric ids compare as numbers, others as strings. */
export function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
