import { randomUUID } from 'node:crypto';
import type { ChangeFilter, ChangeLog, ChangeReadOptions, OrderChangeRecord } from '../../src/changes/feed';
import { OrderChangeKind } from '../../src/changes/kinds';
import type { ProviderKey } from '../../src/core/provider-key';
import { OrderStatus } from '../../src/model/enums';
import type { Order } from '../../src/model/order';

/**
 * A ChangeLog in memory, for tests of what consumes the log (subscriptions, webhooks) apart
 * from how it is stored: the same contract (sequence order, filters, notifications after an
 * append), shared by every replica that is handed the same instance.
 */
export class MemoryChangeLog implements ChangeLog {
  readonly entries: OrderChangeRecord[] = [];
  private readonly listeners = new Set<(latest: number) => void>();
  /** Every read, as asked: lets a test see that a consumer reads from its own position. */
  readonly reads: ChangeReadOptions[] = [];

  async read(options: ChangeReadOptions): Promise<OrderChangeRecord[]> {
    this.reads.push(options);
    return this.entries.filter((entry) => entry.sequence > options.afterSequence && matches(entry, options.filter)).slice(0, options.limit);
  }

  async latestSequence(): Promise<number> {
    return Math.max(this.entries.at(-1)?.sequence ?? 0, this.horizon);
  }

  /** The greatest sequence pruned (0: none), as the PostgreSQL log keeps it. */
  private horizon = 0;

  async prunedThrough(): Promise<number> {
    return this.horizon;
  }

  /** Removes every entry up to `sequence`, as the retention does. */
  prune(sequence: number): void {
    this.horizon = Math.max(this.horizon, sequence);
    this.entries.splice(0, this.entries.findIndex((entry) => entry.sequence > sequence) >>> 0);
  }

  onAppended(listener: (latest: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Appends one change of `order` and notifies (asynchronously, as a database notification arrives). */
  append(order: Order, kind = OrderChangeKind.STATUS_CHANGED, previousStatus: OrderStatus | null = OrderStatus.PENDING): OrderChangeRecord {
    const record: OrderChangeRecord = {
      sequence: Math.max(this.entries.at(-1)?.sequence ?? 0, this.horizon) + 1,
      eventId: randomUUID(),
      provider: order.provider,
      orderId: order.id,
      kind,
      previousStatus: kind === OrderChangeKind.CREATED ? null : previousStatus,
      changedFields: kind === OrderChangeKind.CREATED ? [] : ['status', 'providerStatus'],
      detectedAt: new Date(),
      order,
    };
    this.entries.push(record);
    setImmediate(() => this.listeners.forEach((listener) => listener(record.sequence)));
    return record;
  }
}

function matches(entry: OrderChangeRecord, filter: ChangeFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.providers && !filter.providers.includes(entry.provider as ProviderKey)) return false;
  if (filter.kinds && !filter.kinds.includes(entry.kind)) return false;
  if (filter.orderIds && !filter.orderIds.includes(entry.orderId)) return false;
  return true;
}
