import type { ProviderKey } from '../core/provider-key';
import type { OrderStatus } from '../model/enums';
import type { Order } from '../model/order';
import type { OrderChangeKind } from './kinds';
import type { TrackedField } from './fingerprint';

/**
 * The change feed as its consumers see it: an append-only log of order changes, each with a
 * sequence number that only grows. Pollers append to it (one per vendor, elected across
 * replicas); `orderChanges`, subscriptions and webhooks read it. Sequence numbers are the only
 * position a consumer needs: "everything after N" is a complete, ordered answer, on every
 * replica, for as long as the log keeps it.
 */

/** One entry of the log. */
export interface OrderChangeRecord {
  /** Position in the log: strictly increasing, never reused. */
  sequence: number;
  /** Stable identity of the event, the same on every delivery (webhooks send it as `webhook-id`). */
  eventId: string;
  provider: ProviderKey;
  /** The order's global id (`<provider>:<vendor id>`). */
  orderId: string;
  kind: OrderChangeKind;
  /** The unified status before the change; null for CREATED. */
  previousStatus: OrderStatus | null;
  /** The unified fields that moved (empty for CREATED and DISAPPEARED). */
  changedFields: TrackedField[];
  detectedAt: Date;
  /** The order as it is now (as last seen, for DISAPPEARED). */
  order: Order;
}

/** Which changes a consumer wants; every part left out matches everything. */
export interface ChangeFilter {
  providers?: readonly ProviderKey[];
  kinds?: readonly OrderChangeKind[];
  orderIds?: readonly string[];
}

export interface ChangeReadOptions {
  /** Only entries with a greater sequence (0: from the start of retention). */
  afterSequence: number;
  limit: number;
  filter?: ChangeFilter;
}

export interface ChangeLog {
  /** Entries after `afterSequence` that match the filter, in sequence order, at most `limit`. */
  read(options: ChangeReadOptions): Promise<OrderChangeRecord[]>;
  /** The greatest sequence written so far (0 when empty). */
  latestSequence(): Promise<number>;
  /**
   * The greatest sequence pruned past the retention (0: none): a position before it has lost
   * changes, and is refused rather than read from the oldest change kept. Absent: never pruned.
   */
  prunedThrough?(): Promise<number>;
  /**
   * Calls `listener` soon after entries are appended, by this replica or any other sharing the
   * database, with the latest sequence known. Returns the function that stops listening.
   * A consumer reads what it missed with `read`; the notification carries no entries.
   */
  onAppended(listener: (latestSequence: number) => void): () => void;
}
