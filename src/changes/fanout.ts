import type { ChangeFilter, ChangeLog, OrderChangeRecord } from './feed';
import { ChangeStream, StoppableChanges } from './follow';

/** Entries one subscriber may have waiting before it reads the log on its own. */
const MAX_QUEUED = 1000;
/** Entries the shared reader asks for at once. */
const BATCH = 500;
/** Entries a resuming subscriber reads at once from the log for what it missed. */
const BACKLOG_BATCH = 200;

/** Whether `record` passes `filter` (the same rule as the log's filtered reads: every given part must match). */
export function matchesChangeFilter(record: OrderChangeRecord, filter: ChangeFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.providers && !filter.providers.includes(record.provider)) return false;
  if (filter.kinds && !filter.kinds.includes(record.kind)) return false;
  if (filter.orderIds && !filter.orderIds.includes(record.orderId)) return false;
  return true;
}

const fanouts = new WeakMap<ChangeLog, ChangeFanout>();

/**
 * Called after each read of a resuming subscriber's backlog with the position it read after:
 * throws when the log no longer holds everything after that position (a pruning committed
 * between two reads), so the subscriber is told instead of skipping what was pruned.
 */
export type ResumeCheck = (readAfter: number) => Promise<void>;

/** What the subscriptions of a replica report, for metrics (src/observability/metrics.ts). */
export interface SubscriptionObserver {
  /** A subscriber started (+1) or ended (-1). */
  active(delta: number): void;
  /** An event was handed to a subscriber's connection. */
  delivered(resumed: boolean): void;
}

/**
 * One reader of the change log per replica, shared by every subscriber on it.
 *
 * A stream per subscriber that reads the log on each notification costs the database two
 * queries per subscriber per change: with 300 subscribers on one replica, 100 changes were not
 * all delivered after a minute. Here the replica reads each new entry once, unfiltered, and
 * hands it to every subscriber whose filter it matches, in memory. Nothing is missed or sent
 * twice: the reader moves its position past an entry in the same synchronous step that queues
 * it for the subscribers, and a subscriber joins at the reader's position (it receives every
 * entry after it). A subscriber that falls more than MAX_QUEUED entries behind (a slow socket)
 * stops being handed entries; once it has sent what it holds, it reads the log on its own from
 * its last entry (a ChangeStream), so a slow client costs its own reads and never memory.
 */
export class ChangeFanout {
  private readonly subscribers = new Set<FanoutSubscriber>();
  private position: number | undefined;
  private starting?: Promise<number>;
  private stopListening?: () => void;
  private pumping = false;
  private again = false;
  private retry?: NodeJS.Timeout;
  /** Set once per replica (src/app.ts) when metrics are on. */
  observer?: SubscriptionObserver;

  private constructor(
    private readonly log: ChangeLog,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** The replica's shared reader of `log`. */
  static of(log: ChangeLog, onError: (error: unknown) => void = () => undefined): ChangeFanout {
    let fanout = fanouts.get(log);
    if (!fanout) fanouts.set(log, (fanout = new ChangeFanout(log, onError)));
    return fanout;
  }

  /**
   * The matching changes appended from now on, in log order; with `afterSequence`, first every
   * matching change after it that the log holds (a subscriber that reconnects with its last
   * position gets what it missed, then the live ones, with no gap and nothing twice).
   */
  subscribe(filter: ChangeFilter | undefined, afterSequence?: number, resume?: ResumeCheck): AsyncIterableIterator<OrderChangeRecord> {
    return new FanoutSubscriber(this, this.log, filter, afterSequence, resume);
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /**
   * Registers a subscriber and tells it where it starts (`begin`), in the same synchronous step
   * as the reader's position is read: every entry after that position is offered to it.
   */
  async join(subscriber: FanoutSubscriber): Promise<void> {
    if (this.subscribers.size === 0 && !this.stopListening) {
      this.stopListening = this.log.onAppended(() => this.pump());
    }
    this.subscribers.add(subscriber);
    if (this.position === undefined) {
      this.starting ??= this.log.latestSequence().finally(() => (this.starting = undefined));
      const latest = await this.starting;
      if (!this.subscribers.has(subscriber)) return;
      if (this.position === undefined) {
        this.position = latest;
        subscriber.begin(latest);
        // Notifications that came while the start was read found no position: catch up now.
        this.pump();
        return;
      }
    }
    subscriber.begin(this.position);
  }

  leave(subscriber: FanoutSubscriber): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size > 0) return;
    this.stopListening?.();
    this.stopListening = undefined;
    this.position = undefined;
    clearTimeout(this.retry);
  }

  private pump(): void {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    void (async () => {
      try {
        do {
          this.again = false;
          for (;;) {
            if (this.position === undefined || this.subscribers.size === 0) break;
            const records = await this.log.read({ afterSequence: this.position, limit: BATCH });
            if (this.position === undefined) break;
            for (const record of records) {
              if (record.sequence <= this.position) continue;
              for (const subscriber of this.subscribers) subscriber.offer(record);
              this.position = record.sequence;
            }
            if (records.length < BATCH) break;
          }
        } while (this.again);
      } catch (error) {
        this.onError(error);
        // The database will answer again: try once more in a second (a notification may come first).
        clearTimeout(this.retry);
        this.retry = setTimeout(() => this.pump(), 1000);
        this.retry.unref();
      } finally {
        this.pumping = false;
      }
    })();
  }
}

/**
 * One subscriber of the shared reader: its queue, and its own stream once it fell behind.
 *
 * A subscriber that resumes after a position older than the reader's reads the gap from the log
 * itself (the backlog: its matching entries up to the reader's position when it joined) while
 * the reader queues what comes after that position; the backlog is sent first, then the queue.
 * One position splits the two, so nothing is missed or sent twice.
 */
class FanoutSubscriber extends StoppableChanges {
  private readonly queue: OrderChangeRecord[] = [];
  /** Where the backlog read stands; undefined once it reached `start` (or when there is none). */
  private backlog?: number;
  private readonly backlogBuffer: OrderChangeRecord[] = [];
  private joined?: Promise<void>;
  private start = Infinity;
  private last = 0;
  private behind = false;
  private own?: ChangeStream;
  private wake?: () => void;
  private closed = false;
  /** Whether this subscriber was counted as active. */
  private counted = false;

  constructor(
    private readonly fanout: ChangeFanout,
    private readonly log: ChangeLog,
    private readonly filter: ChangeFilter | undefined,
    private readonly resumeAfter?: number,
    private readonly resumeCheck?: ResumeCheck,
  ) {
    super();
  }

  /** Called by the shared reader when it registers this subscriber: entries after `position` are offered to it. */
  begin(position: number): void {
    const after = this.resumeAfter ?? position;
    // A position ahead of the reader's: the entries up to it were seen already.
    this.start = this.last = Math.max(position, after);
    if (after < position) this.backlog = after;
  }

  /** Called by the shared reader with each new entry, in log order. */
  offer(record: OrderChangeRecord): void {
    if (this.behind || record.sequence <= this.start || !matchesChangeFilter(record, this.filter)) return;
    if (this.queue.length >= MAX_QUEUED) {
      this.behind = true;
      return;
    }
    this.queue.push(record);
    this.wake?.();
  }

  async next(): Promise<IteratorResult<OrderChangeRecord>> {
    const result = await this.pull();
    if (!result.done) this.fanout.observer?.delivered(result.value.sequence <= this.start && this.resumeAfter !== undefined);
    return result;
  }

  private async pull(): Promise<IteratorResult<OrderChangeRecord>> {
    if (!this.joined) {
      this.joined = this.fanout.join(this);
      this.counted = true;
      this.fanout.observer?.active(1);
    }
    await this.joined;
    // What a resuming subscriber missed comes first (see above); the queue holds what came after.
    while (!this.closed) {
      const missed = this.backlogBuffer.shift();
      if (missed) return { value: missed, done: false };
      if (this.backlog === undefined) break;
      const readAfter = this.backlog;
      const records = await this.log.read({ afterSequence: readAfter, limit: BACKLOG_BATCH, filter: this.filter });
      // After the read, as orderChanges checks: a pruning that committed before it shows in the horizon.
      if (this.resumeCheck) {
        try {
          await this.resumeCheck(readAfter);
        } catch (error) {
          this.close();
          throw error;
        }
      }
      const upToStart = records.filter((record) => record.sequence <= this.start);
      this.backlogBuffer.push(...upToStart);
      // Everything up to `start` was committed before the reader passed it: a short read, or one reaching past it, ends the backlog.
      const done = records.length < BACKLOG_BATCH || upToStart.length < records.length;
      this.backlog = done ? undefined : records[records.length - 1].sequence;
    }
    while (!this.closed) {
      const queued = this.queue.shift();
      if (queued) {
        this.last = queued.sequence;
        return { value: queued, done: false };
      }
      if (this.behind) {
        this.fanout.leave(this);
        this.own ??= new ChangeStream(this.log, { filter: this.filter, afterSequence: this.last });
        return this.own.next();
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
    return { value: undefined, done: true };
  }

  protected close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.counted) this.fanout.observer?.active(-1);
    this.fanout.leave(this);
    this.backlogBuffer.length = 0;
    this.queue.length = 0;
    void this.own?.return();
    this.wake?.();
  }
}
