import autocannon from 'autocannon';
import { emit } from './child';

/**
 * The load generator, in its own process: autocannon against one target, bounded both in
 * requests (`amount`) and in time (`durationS`, plus a watchdog), printing one JSON line with
 * throughput and exact latency percentiles (autocannon's own histogram rounds to whole
 * milliseconds, so every response time is kept here instead; a run is bounded, so is the list).
 *
 *   node -r ./bench/register.js bench/load.ts '<LoadSpec as JSON>'
 */

export interface LoadRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadSpec {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  /** One request, or a sequence that each connection repeats (one "operation" = the whole sequence). */
  requests: LoadRequest[];
  connections: number;
  /** Stop after this many seconds... */
  durationS: number;
  /** ...or after this many requests, whichever comes first. */
  amount?: number;
  /** Per-request timeout in seconds. */
  timeoutS?: number;
}

export interface LoadResult {
  /** Completed requests with a 2xx answer. */
  ok: number;
  /** Completed operations (ok / requests per operation). */
  operations: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  elapsedS: number;
  /** Operations per second. */
  opsPerS: number;
  /** Latency of one operation (the sum of its requests' latencies), in milliseconds. */
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  bytes: number;
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

function run(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    // Per connection: the latency of the operation in progress and how many of its requests answered.
    const inProgress = new Map<unknown, { requests: number; ms: number }>();
    const perOperation = spec.requests.length;
    let ok = 0;
    let non2xx = 0;
    let bytes = 0;
    // Throughput counts from the first request sent to the last answer received, so neither
    // process start-up nor autocannon's one-second reporting tick dilutes it.
    let started = process.hrtime.bigint();
    let lastAnswer = started;
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: spec.durationS,
        // autocannon lets `amount` override `duration`; the watchdog below keeps the time bound.
        ...(spec.amount ? { amount: spec.amount } : {}),
        timeout: spec.timeoutS ?? 30,
        // autocannon checks for the end on each sample tick (1 s by default); a short tick ends bounded runs promptly.
        sampleInt: 100,
        requests: spec.requests.map((r) => ({ method: r.method, path: r.path, headers: r.headers, body: r.body })),
      },
      (error, result) => {
        clearTimeout(watchdog);
        if (error) return reject(error);
        const elapsedS = Number(lastAnswer - started) / 1e9;
        const sorted = Float64Array.from(times).sort();
        const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : NaN;
        const operations = ok / spec.requests.length;
        resolve({
          ok,
          operations,
          non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          elapsedS,
          opsPerS: operations / elapsedS,
          latencyMs: {
            p50: percentile(sorted, 50),
            p90: percentile(sorted, 90),
            p99: percentile(sorted, 99),
            mean,
            max: sorted.length ? sorted[sorted.length - 1] : NaN,
          },
          bytes,
        });
      },
    );
    instance.once('start', () => (started = process.hrtime.bigint()));
    instance.on('response', (client: unknown, status: number, size: number, ms: number) => {
      lastAnswer = process.hrtime.bigint();
      if (status < 200 || status >= 300) {
        non2xx += 1;
        inProgress.delete(client);
        return;
      }
      ok += 1;
      bytes += size;
      const operation = inProgress.get(client) ?? { requests: 0, ms: 0 };
      operation.requests += 1;
      operation.ms += ms;
      if (operation.requests < perOperation) inProgress.set(client, operation);
      else {
        inProgress.delete(client);
        times.push(operation.ms);
      }
    });
    const watchdog = setTimeout(() => instance.stop(), (spec.durationS + 5) * 1000);
  });
}

if (require.main === module) {
  run(JSON.parse(process.argv[2]) as LoadSpec).then(
    (result) => emit({ type: 'result', ...result }),
    (error: Error) => {
      emit({ type: 'fatal', error: error.stack ?? String(error) });
      process.exitCode = 1;
    },
  );
}
