import type { CallRecord } from './http';
import type { ProviderKey } from './provider-key';

/** Recent upstream calls per provider: what `providers` reports as latency and last error. */
export interface ProviderCallStats {
  calls: number;
  failures: number;
  p50Ms: number | null;
  p95Ms: number | null;
  lastError: string | null;
  lastCallAt: Date | null;
}

const WINDOW = 200;

export class ProviderStats {
  private readonly recent = new Map<ProviderKey, { ms: number[]; failures: number; calls: number; lastError: string | null; lastCallAt: Date | null }>();

  record = (call: CallRecord): void => {
    const entry = this.recent.get(call.provider) ?? { ms: [], failures: 0, calls: 0, lastError: null, lastCallAt: null };
    entry.ms.push(call.ms);
    if (entry.ms.length > WINDOW) entry.ms.shift();
    entry.calls += 1;
    const failed = call.status === null || call.status >= 500;
    if (failed) {
      entry.failures += 1;
      entry.lastError = call.error ?? `HTTP ${call.status}`;
    }
    entry.lastCallAt = new Date();
    this.recent.set(call.provider, entry);
  };

  of(provider: ProviderKey): ProviderCallStats {
    const entry = this.recent.get(provider);
    if (!entry) return { calls: 0, failures: 0, p50Ms: null, p95Ms: null, lastError: null, lastCallAt: null };
    const sorted = [...entry.ms].sort((a, b) => a - b);
    const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 10) / 10;
    return { calls: entry.calls, failures: entry.failures, p50Ms: at(0.5), p95Ms: at(0.95), lastError: entry.lastError, lastCallAt: entry.lastCallAt };
  }
}
