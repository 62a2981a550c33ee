import type { ZodType } from 'zod';
import type { Order } from '../model/order';
import type { OrderStatus } from '../model/enums';
import type { FilterLimits } from './filter-limits';
import type { ProviderKey } from './provider-key';
import type { ChangeDetector } from './change-detection';
import type { FieldSelection } from './deferred';

/**
 * The provider contract: everything the core may ask of a vendor. Resolvers never hold a
 * provider's HTTP client; they go through the per-request loaders (reads) or these methods
 * (writes), so every vendor looks the same to the rest of ordergraph.
 */

/** What a provider can do, so that the core can refuse early and plan pagination. */
export interface ProviderCapabilities {
  create: boolean;
  update: boolean;
  cancel: boolean;
  /** Largest page `listOrders` returns; the merge asks for no more than this per call. */
  maxPageSize: number;
  /**
   * Largest page one upstream call returns, when `listOrders` sends several calls together for
   * a larger page (unset: `maxPageSize`, one call a page). A caller with a budget of calls (the
   * change sweep) asks for pages of this size.
   */
  callPageSize?: number;
  /** The vendor can filter by container number itself (otherwise the core filters). */
  filtersByContainer: boolean;
  /** Longest filter strings the vendor documents; unset: the core's request-size bound (filter-limits.ts). */
  filterLimits?: FilterLimits;
}

/** Filters of `orders(filter)`, already validated by the core. */
export interface ListFilter {
  statuses?: OrderStatus[];
  orderNumber?: string;
  createdFrom?: Date;
  createdTo?: Date;
  containerNumber?: string;
}

export type ListDirection = 'DESC' | 'ASC';

/**
 * A provider's own position in its list, JSON-serialisable (it travels inside the opaque
 * merged cursor). Each provider picks its own shape (the id to start after, an offset, a
 * `since_id`, ...). A position must stay valid while new orders arrive upstream.
 */
export type ProviderPosition = string | number | boolean | null | { [key: string]: ProviderPosition } | ProviderPosition[];

/**
 * The shape of a provider's position, checked whenever a cursor is decoded. Bump `version`
 * when the shape or its meaning changes: cursors holding an older version are then refused
 * as BAD_USER_INPUT instead of being read wrongly.
 */
export interface PositionSpec {
  version: number;
  schema: ZodType<ProviderPosition>;
}

export interface ListQuery {
  direction: ListDirection;
  /** Wanted orders; the provider may return fewer (its page limit) but never more. */
  limit: number;
  /** Where the previous page of this provider stopped; null for the first page. */
  position: ProviderPosition | null;
  filter: ListFilter;
  /**
   * The order fields the query reads (unset: all). A provider passes it to its mapper, which
   * may then defer the parts it does not name (deferred.ts); it never changes which orders come.
   */
  select?: FieldSelection;
}

/**
 * The page contract, which the merge enforces: at most `limit` orders, sorted by creation time
 * in the query's direction and strictly after `position`; `hasMore` with no orders is a broken
 * page (it would make the merge ask again forever).
 */
export interface ListPage {
  /** Orders after `position`, sorted by (createdAt, providerId) in the query's direction. */
  orders: Order[];
  /** The position just after `orders[i]`: where to resume if the merge consumed up to i. */
  positionAfter(index: number): ProviderPosition;
  /** Whether orders exist beyond the last one returned. */
  hasMore: boolean;
  /** Upstream calls this page cost (for tests and the providers query). */
  upstreamCalls?: number;
}

export interface CallOptions {
  /** Client-supplied idempotency key of a create, passed to vendors that support one. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export interface OrderProvider<CreateInput = unknown, UpdateInput = unknown> {
  readonly key: ProviderKey;
  readonly capabilities: ProviderCapabilities;
  /** The shape and version of the positions `listOrders` writes and reads. */
  readonly position: PositionSpec;

  /** Orders by vendor id, in the order asked; a missing one is a NOT_FOUND error in its slot. */
  getOrders(providerIds: readonly string[]): Promise<Array<Order | Error>>;
  /** Orders by order number, in the order asked; a missing one is null. */
  getOrdersByNumber(orderNumbers: readonly string[]): Promise<Array<Order | null | Error>>;
  listOrders(query: ListQuery): Promise<ListPage>;
  createOrder(input: CreateInput, options?: CallOptions): Promise<Order>;
  updateOrder(providerId: string, input: UpdateInput, options?: CallOptions): Promise<Order>;
  cancelOrder(providerId: string, reason: string, options?: CallOptions): Promise<Order>;
  /**
   * Orders touching each container number, in the order asked (only vendors with containers
   * implement it). One batch should cost a bounded number of calls, not one per order.
   */
  getOrdersByContainer?(containerNumbers: readonly string[]): Promise<Array<Order[] | Error>>;
  /**
   * The provider's health probe, run in the background by the core's prober (health.ts) for
   * `providers` and `/ready`: the cheapest documented call that proves the vendor answers and
   * accepts ordergraph's credentials. Resolves when it does.
   */
  ping(): Promise<void>;
  /** The cheapest way this vendor shows what changed (default: a sweep of `listOrders`). */
  readonly changeDetector?: ChangeDetector;
}
