import type { Logger } from 'pino';
import { sweepDetector, type ChangeDetector } from '../core/change-detection';
import { isOrderGraphError } from '../core/errors';
import type { OrderProvider } from '../core/provider';
import type { ProviderKey } from '../core/provider-key';
import type { Database } from '../state/database';
import type { OrderChangeRecord } from './feed';
import { acquireLease, releaseLease, renewLease } from './lease';
import { commitScan, LeaseLostError, type DetectorPosition, type Fence } from './tracker';

/** How one vendor is polled (per vendor, see src/config.ts). */
export interface PollSettings {
  /** Pause between two cycles, ms. */
  intervalMs: number;
  /** How long a lease lasts without renewal, ms: the longest a dead poller holds its vendor. */
  leaseMs: number;
  /** Upstream calls one cycle may make. */
  budget: number;
}

/** What the pollers report, for metrics (src/observability/metrics.ts). */
export interface PollerObserver {
  settings?(provider: ProviderKey, method: string, settings: PollSettings): void;
  leader?(provider: ProviderKey, holds: boolean): void;
  cycle?(provider: ProviderKey, outcome: 'committed' | 'failed' | 'lease_lost', calls: number, seconds: number): void;
  changes?(provider: ProviderKey, changes: readonly OrderChangeRecord[]): void;
}

export interface ChangePollerOptions {
  db: Database;
  provider: Pick<OrderProvider, 'key' | 'listOrders' | 'capabilities' | 'changeDetector'>;
  settings: PollSettings;
  /** This replica's id: the lease's owner. */
  owner: string;
  observer?: PollerObserver;
  log?: Pick<Logger, 'warn' | 'info'>;
}

export type CycleOutcome =
  { kind: 'standby' } | { kind: 'committed'; changes: OrderChangeRecord[]; calls: number } | { kind: 'failed'; error: Error } | { kind: 'lease_lost' };

/**
 * The poller of one vendor on one replica. Every replica runs one per vendor; only the one
 * holding the vendor's lease polls, the others try for the lease a few times per lease length,
 * so that when the holder dies one of them takes over within a lease. A cycle is: scan with the
 * vendor's detector from the stored state, within the budget, then commit what it found under the
 * lease (src/changes/tracker.ts). A failed scan (vendor down, rate limited past the retries the HTTP
 * layer already made) commits nothing; the next cycle starts from the same state.
 */
export class ChangePoller {
  readonly key: ProviderKey;
  private readonly detector: ChangeDetector;
  private held: { fence: Fence; position: DetectorPosition } | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;
  private heartbeat: NodeJS.Timeout | null = null;
  private heartbeatFence: Fence | null = null;
  /** Extra pause the vendor asked for (its Retry-After), taken once before the next cycle. */
  private backoffMs = 0;

  constructor(private readonly options: ChangePollerOptions) {
    this.key = options.provider.key;
    this.detector = options.provider.changeDetector ?? sweepDetector(options.provider);
    options.observer?.settings?.(this.key, this.detector.method, options.settings);
  }

  /** Whether this replica holds the vendor's lease now. */
  get leader(): boolean {
    return this.held !== null;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops polling, lets the cycle under way finish, and gives the lease up for another replica. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    const held = this.held;
    this.setHeld(null);
    if (held) await releaseLease(this.options.db, held.fence).catch(() => undefined);
  }

  /** One step: take the lease if free, then, holding it, run one cycle. */
  async runOnce(): Promise<CycleOutcome> {
    const { db, settings } = this.options;
    if (!this.held) {
      const acquired = await acquireLease(db, this.key, this.options.owner, settings.leaseMs);
      if (!acquired) return { kind: 'standby' };
      this.setHeld(acquired);
      this.options.log?.info({ provider: this.key, fencingToken: acquired.fence.token }, 'change poller took the lease');
    }
    const { fence, position } = this.held!;
    const started = performance.now();
    let calls = 0;
    try {
      const scan = await this.detector.scan(position.state, settings.budget);
      calls = scan.calls;
      const result = await commitScan(db, fence, position, scan);
      this.held = { fence, position: result.position };
      this.options.observer?.cycle?.(this.key, 'committed', calls, (performance.now() - started) / 1000);
      this.options.observer?.changes?.(this.key, result.changes);
      return { kind: 'committed', changes: result.changes, calls };
    } catch (error) {
      if (error instanceof LeaseLostError) {
        this.setHeld(null);
        this.options.observer?.cycle?.(this.key, 'lease_lost', calls, (performance.now() - started) / 1000);
        this.options.log?.warn({ provider: this.key }, error.message);
        return { kind: 'lease_lost' };
      }
      this.options.observer?.cycle?.(this.key, 'failed', calls, (performance.now() - started) / 1000);
      // A vendor that rate limits says when to come back: the next cycle waits at least that long.
      this.backoffMs = rateLimitPause(error);
      this.options.log?.warn(
        { provider: this.key, err: { message: (error as Error).message } },
        'change poll cycle failed; the next cycle starts from the same state',
      );
      // Still the holder: keep the lease through the pause, or give it up if it is gone.
      if (!(await renewLease(db, fence).catch(() => false))) this.setHeld(null);
      return { kind: 'failed', error: error as Error };
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      const run = this.runOnce().catch((error: Error) => {
        // The database itself failed (the lease query): try again later, as a standby.
        this.setHeld(null);
        this.options.log?.warn({ provider: this.key, err: { message: error.message } }, 'change poller could not reach the database');
        return { kind: 'standby' } as const;
      });
      this.running = run;
      void run.then(() => {
        this.running = null;
        const { intervalMs, leaseMs } = this.options.settings;
        // A standby asks again a few times per lease, so a takeover comes within one lease.
        const pause = this.held ? Math.max(intervalMs, this.backoffMs) : Math.min(intervalMs, Math.max(50, Math.floor(leaseMs / 3)));
        this.backoffMs = 0;
        this.schedule(pause);
      });
    }, delayMs);
    this.timer.unref?.();
  }

  /**
   * Holding the lease starts its heartbeat: a renewal every third of the lease, through cycles
   * and the pauses between them, so the lease outlives any poll interval and a slow vendor; it
   * stops only when the process does, which is what lets a standby take over within one lease.
   */
  private setHeld(held: { fence: Fence; position: DetectorPosition } | null): void {
    const was = this.held !== null;
    this.held = held;
    if (this.heartbeat && (!held || held.fence !== this.heartbeatFence)) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
    if (held && !this.heartbeat) {
      const fence = held.fence;
      this.heartbeatFence = fence;
      this.heartbeat = setInterval(
        () => {
          void renewLease(this.options.db, fence).then(
            (still) => {
              if (!still && this.held?.fence === fence) this.setHeld(null);
            },
            () => undefined,
          );
        },
        Math.max(50, Math.floor(this.options.settings.leaseMs / 3)),
      );
      this.heartbeat.unref();
    }
    if (was !== (held !== null)) this.options.observer?.leader?.(this.key, held !== null);
  }
}

/** The pause a rate-limited vendor asked for (`Retry-After`), ms; 0 for any other failure. */
function rateLimitPause(error: unknown): number {
  if (!isOrderGraphError(error) || error.extensions.reason !== 'RATE_LIMITED') return 0;
  const seconds = error.extensions.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? Math.min(seconds, 3600) * 1000 : 0;
}
