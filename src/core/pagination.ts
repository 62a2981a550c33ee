import type { Order } from '../model/order';
import { encodeCursor, type CursorState } from './cursor';
import { providerFailure, type OrderGraphError } from './errors';
import type { ListDirection, ListFilter, ListPage, OrderProvider, ProviderPosition } from './provider';

/**
 * Merged pagination across providers.
 *
 * Each provider lists its own orders, sorted by creation time, from its own position (Sitoo
 * `start_after_id`, SOGET `offset`, VU `since_id`, a keyset for whole-list vendors). The
 * merge is a k-way merge on (createdAt, provider): it always takes the best head among the
 * providers' buffers. A provider whose buffer runs dry while it still has orders is asked for
 * its next page before the merge goes on, because its next order might sort before every
 * other head; so a page costs one call per provider plus the pages that a vendor's page-size
 * limit forces. All calls of one round go out in parallel.
 *
 * The cursor after each edge records, per provider, the position just after the last order
 * taken from it. Orders fetched but not taken are simply fetched again next page, so nothing
 * is skipped, and nothing is returned twice. A provider that fails keeps its position: its
 * orders come on a later page, and this page carries its error (its own code) naming it.
 */

export interface MergeRequest {
  providers: OrderProvider[];
  first: number;
  direction: ListDirection;
  filter: ListFilter;
  state: CursorState;
}

export interface MergeResult {
  edges: Array<{ cursor: string; node: Order }>;
  hasNextPage: boolean;
  /** Whether an order of this list came before this page (the cursor saw an edge). */
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
  failed: boolean;
}

const DONE = 'done';

export async function mergePage(request: MergeRequest): Promise<MergeResult> {
  if (request.first === 0) return peek(request);
  const { first, direction, filter, state } = request;
  const buffers: Buffer[] = request.providers
    .filter((provider) => state.p[provider.key] !== DONE)
    .map((provider) => ({ provider, page: null, index: 0, position: (state.p[provider.key] as ProviderPosition) ?? null, failed: false }));
  const errors: OrderGraphError[] = [];
  const positions: Record<string, ProviderPosition | 'done'> = { ...state.p };
  const edges: MergeResult['edges'] = [];
  let boundary = state.b;

  const needsPage = (b: Buffer) => !b.failed && (b.page === null || (b.index >= b.page.orders.length && b.page.hasMore));
  const refill = async (wanted: number) => {
    await Promise.all(
      buffers.filter(needsPage).map(async (b) => {
        try {
          b.page = await b.provider.listOrders({ direction, limit: Math.min(wanted, b.provider.capabilities.maxPageSize), position: b.position, filter });
          b.index = 0;
        } catch (error) {
          b.failed = true;
          errors.push(providerFailure(error, b.provider.key, 'listing orders'));
        }
      }),
    );
  };

  const before = direction === 'DESC' ? (a: Order, b: Order) => a.createdAt > b.createdAt : (a: Order, b: Order) => a.createdAt < b.createdAt;

  while (edges.length < first) {
    await refill(first - edges.length);
    let best: Buffer | undefined;
    for (const b of buffers) {
      if (b.failed || !b.page || b.index >= b.page.orders.length) continue;
      if (!best || before(b.page.orders[b.index], best.page!.orders[best.index])) best = b;
    }
    if (!best) break;
    const node = best.page!.orders[best.index];
    best.position = best.page!.positionAfter(best.index);
    best.index += 1;
    positions[best.provider.key] = isExhausted(best) ? DONE : best.position;
    if (!matchesFilter(node, filter)) continue;
    boundary = [node.createdAt.getTime(), best.provider.key, node.providerId];
    edges.push({ node, cursor: encodeCursor({ q: state.q, p: positions, b: boundary }) });
  }

  // Providers that answered with nothing at all are finished too.
  for (const b of buffers) if (!b.failed && b.page && isExhausted(b)) positions[b.provider.key] = DONE;
  const hasNextPage = request.providers.some((p) => positions[p.key] !== DONE);
  const endCursor = encodeCursor({ q: state.q, p: positions, b: boundary });
  if (edges.length > 0) edges[edges.length - 1].cursor = endCursor;
  return {
    edges,
    hasNextPage,
    hasPreviousPage: state.b !== undefined,
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
  const probe = await mergePage({ ...request, first: 1 });
  const unchanged = Object.keys(request.state.p).length > 0 || request.state.b ? encodeCursor(request.state) : null;
  return {
    edges: [],
    hasNextPage: probe.edges.length > 0 || probe.hasNextPage,
    hasPreviousPage: request.state.b !== undefined,
    startCursor: null,
    endCursor: unchanged,
    errors: probe.errors,
  };
}

function isExhausted(b: Buffer): boolean {
  return !!b.page && b.index >= b.page.orders.length && !b.page.hasMore;
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
 * A page of a list that a vendor only returns whole (Octopi) or that a provider has already
 * narrowed: sorts by (createdAt, id) and resumes strictly after a keyset position, which stays
 * valid when orders are added upstream (unlike an offset).
 */
export function keysetPage(orders: Order[], query: { direction: ListDirection; limit: number; position: ProviderPosition | null }): ListPage {
  const sign = query.direction === 'DESC' ? -1 : 1;
  const compare = (a: Order, b: Order) =>
    sign * (a.createdAt.getTime() - b.createdAt.getTime() || compareIds(a.providerId, b.providerId));
  const sorted = [...orders].sort(compare);
  const position = query.position as { t: number; id: string } | null;
  const start = position
    ? sorted.findIndex((o) => sign * (o.createdAt.getTime() - position.t || compareIds(o.providerId, position.id)) > 0)
    : 0;
  const from = start === -1 ? sorted.length : start;
  const slice = sorted.slice(from, from + query.limit);
  return {
    orders: slice,
    hasMore: from + slice.length < sorted.length,
    positionAfter: (i) => ({ t: slice[i].createdAt.getTime(), id: slice[i].providerId }),
  };
}

/** Numeric ids compare as numbers, others as strings. */
export function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  return a < b ? -1 : a > b ? 1 : 0;
}
