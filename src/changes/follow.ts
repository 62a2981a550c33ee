import type { ChangeFilter, ChangeLog, OrderChangeRecord } from './feed';

/** What one read past a position found, and the position to read from next. */
export interface ReadPast {
  records: OrderChangeRecord[];
  /** The next `afterSequence`: past every entry this read has ruled out, matching or not. */
  position: number;
}

/**
 * One filtered read of the log after `position`. A filtered consumer (one order, one vendor)
 * would otherwise start every read from its last match and scan the same non-matching entries
 * again and again. The log promises that everything up to `latestSequence()` is readable once
 * it is reported, so when a read asked after that report comes back short (fewer than `limit`),
 * every entry up to the reported sequence has been looked at: the position moves there even
 * though nothing matched. A full read moves only to its last entry (more may match after it).
 */
export async function readPast(log: ChangeLog, position: number, filter: ChangeFilter | undefined, limit: number): Promise<ReadPast> {
  const latest = await log.latestSequence();
  const records = await log.read({ afterSequence: position, limit, filter });
  const last = records.length > 0 ? records[records.length - 1].sequence : position;
  return { records, position: records.length < limit ? Math.max(last, latest, position) : last };
}

/** An iterator of log entries that its consumer can stop at any time (`return`, as graphql-js calls it when a subscriber leaves). */
export abstract class StoppableChanges implements AsyncIterableIterator<OrderChangeRecord> {
  abstract next(): Promise<IteratorResult<OrderChangeRecord>>;
  /** Stops at once: a pending `next()` resolves done, listeners are removed. */
  protected abstract close(): void;

  [Symbol.asyncIterator](): this {
    return this;
  }

  async return(): Promise<IteratorResult<OrderChangeRecord>> {
    this.close();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<OrderChangeRecord>> {
    this.close();
    throw error;
  }
}

export interface ChangeStreamOptions {
  filter?: ChangeFilter;
  /** Entries read per round trip (default 100). */
  batchSize?: number;
  /** Start after this sequence (default: the log's latest when the stream opens, so only new changes). */
  afterSequence?: number;
}

/**
 * The changes of the log that match a filter, as they are appended, read by one consumer on
 * its own (a subscriber that fell behind the replica's shared reader, src/changes/fanout.ts):
 * an async iterator that `for await` (graphql-js's subscribe, graphql-ws) pulls from.
 *
 * Delivery is driven by the subscriber's own position in the log, never by what a
 * notification carried: `onAppended` (which fires for appends on any replica) only wakes the
 * stream, which then reads every matching entry after its position. A notification lost or
 * coalesced costs nothing (the next read catches up), and an entry is yielded once, because the
 * position moves past it before the next read. The listener is registered before the starting
 * position is taken, so an append between the two is read, not missed. Reads happen only when
 * the consumer asks for the next entry: a slow socket slows its own reads, never the log.
 *
 * An async generator would not do here: its `return()` waits until a pending `next()` settles,
 * so a subscriber that leaves while the stream waits for a notification would keep its listener
 * until the next change. `return()` here wakes the waiting read and stops at once.
 */
export class ChangeStream extends StoppableChanges {
  private readonly buffer: OrderChangeRecord[] = [];
  private position: number | undefined;
  private notified = false;
  private wake: (() => void) | undefined;
  private closed = false;
  private readonly stopListening: () => void;
  private readonly batchSize: number;

  constructor(
    private readonly log: ChangeLog,
    private readonly options: ChangeStreamOptions = {},
  ) {
    super();
    this.batchSize = options.batchSize ?? 100;
    this.stopListening = log.onAppended(() => {
      this.notified = true;
      this.wake?.();
    });
    this.position = options.afterSequence;
  }

  async next(): Promise<IteratorResult<OrderChangeRecord>> {
    this.position ??= await this.log.latestSequence();
    while (!this.closed) {
      const buffered = this.buffer.shift();
      if (buffered) return { value: buffered, done: false };
      this.notified = false;
      const read = await readPast(this.log, this.position, this.options.filter, this.batchSize);
      if (this.closed) break;
      this.position = read.position;
      this.buffer.push(...read.records);
      if (read.records.length > 0 || this.notified) continue;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
    return { value: undefined, done: true };
  }

  protected close(): void {
    if (this.closed) return;
    this.closed = true;
    this.stopListening();
    this.buffer.length = 0;
    this.wake?.();
  }
}
