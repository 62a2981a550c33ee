import type { OrderProvider } from './provider';
import type { ProviderKey } from './provider-key';

/**
 * Vendor health from a background prober. Each configured provider is probed with its own
 * cheap call (`OrderProvider.ping`, declared by the provider) once at start and then every
 * `intervalMs`, one loop per provider so a slow vendor never delays another's probe. `/ready`
 * and the `providers` query read the latest result instead of calling every vendor on every
 * probe of a load balancer: their cost no longer depends on how often they are asked.
 *
 * The probe goes through the provider's HTTP layer like any read (deadline, retries, circuit
 * breaker). When a vendor's circuit half-opens, `probeNow` lets the prober make the trial call
 * at once, so a recovered vendor is let back in without waiting for a client to try.
 */

export interface ProbeResult {
  provider: ProviderKey;
  reachable: boolean;
  /** Why not: the error code and message. */
  error: string | null;
  /** Duration of the probe, in milliseconds. */
  checkMs: number;
  checkedAt: Date;
}

export interface HealthProberOptions {
  /** Time between the end of one probe of a provider and the start of its next, in milliseconds. */
  intervalMs: number;
}

export class HealthProber {
  private readonly latestResults = new Map<ProviderKey, ProbeResult>();
  private readonly inFlight = new Map<ProviderKey, Promise<ProbeResult>>();
  private readonly timers = new Map<ProviderKey, NodeJS.Timeout>();
  private readonly byKey: Map<ProviderKey, OrderProvider>;
  private stopped = false;

  constructor(
    providers: readonly OrderProvider[],
    private readonly options: HealthProberOptions,
  ) {
    this.byKey = new Map(providers.map((provider) => [provider.key, provider]));
  }

  /** Starts every provider's loop with a first probe now. */
  start(): void {
    for (const key of this.byKey.keys()) void this.loop(key);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** The latest result of a provider; before its first probe has ended, that probe's result. */
  async latest(key: ProviderKey): Promise<ProbeResult> {
    return this.latestResults.get(key) ?? this.inFlight.get(key) ?? this.probeNow(key);
  }

  /** The latest result of every probed provider. */
  latestAll(): Promise<ProbeResult[]> {
    return Promise.all([...this.byKey.keys()].map((key) => this.latest(key)));
  }

  /** Probes a provider now, out of turn (a probe already in flight is shared, not repeated). */
  probeNow(key: ProviderKey): Promise<ProbeResult> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const provider = this.byKey.get(key);
    if (!provider) return Promise.reject(new Error(`no provider ${key} is probed`));
    const probe = this.probe(provider).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, probe);
    return probe;
  }

  private async loop(key: ProviderKey): Promise<void> {
    await this.probeNow(key);
    if (this.stopped) return;
    const timer = setTimeout(() => void this.loop(key), this.options.intervalMs);
    timer.unref();
    this.timers.set(key, timer);
  }

  private async probe(provider: OrderProvider): Promise<ProbeResult> {
    const started = performance.now();
    let error: string | null = null;
    try {
      await provider.ping();
    } catch (e) {
      const code = (e as { extensions?: { code?: string } }).extensions?.code;
      error = `${code ?? 'ERROR'}: ${(e as Error).message}`;
    }
    const result: ProbeResult = {
      provider: provider.key,
      reachable: error === null,
      error,
      checkMs: Math.round((performance.now() - started) * 10) / 10,
      checkedAt: new Date(),
    };
    this.latestResults.set(provider.key, result);
    return result;
  }
}
