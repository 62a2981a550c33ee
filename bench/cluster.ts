import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchChild, ROOT } from './child';
import type { EmulatorReady } from './emulator-host';
import type { LoadRequest, LoadResult, LoadSpec } from './load';

/**
 * One benchmark set-up: every provider's emulator in its own process, ordergraph in its own
 * process pointed at them (SANDBOX=false, free port, loopback), and helpers to run bounded
 * loads (each in its own load-generator process) against either.
 */

export interface Emulator {
  child: BenchChild;
  ready: EmulatorReady;
}

export interface OrderGraphUsage {
  cpuUs: number;
  rss: number;
  peakRss: number;
  /** V8's heap (process.memoryUsage()), bytes: used, reserved; memory of Buffers and other objects outside it. */
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export interface Measured extends LoadResult {
  /** ordergraph CPU time (user + system) per operation, ms. */
  cpuMsPerOp?: number;
  /** Peak RSS of the ordergraph process during the load, MB. */
  peakRssMb?: number;
  /** RSS of the ordergraph process after the load, MB. */
  rssMb?: number;
  /** RSS of the ordergraph process after the load and a full garbage collection (what stays), MB. */
  retainedMb?: number;
  /** Upstream calls the emulators served per operation. */
  upstreamCallsPerOp?: number;
}

export interface ClusterOptions {
  keys: string[];
  seed: number;
  latencyMs?: number;
  /** Upstream timeout of ordergraph, ms. */
  providerTimeoutMs?: number;
  /** Budget for start-up (seeding large emulators takes a while), ms. */
  startTimeoutMs?: number;
  /** Extra environment of the ordergraph process. */
  env?: Record<string, string>;
  /** Extra node flags of the ordergraph process. */
  nodeArgs?: string[];
  /** Record each emulator's direct read of every order (the export scenario's baseline). */
  recordExport?: boolean;
}

/** A record with each value replaced by `f` of it (the same keys). */
export function mapValues<A, B>(record: Record<string, A>, f: (value: A) => B): Record<string, B> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));
}

/** The environment of a benchmark ordergraph process: configured as a deployment, pointed at the emulators. */
export function ordergraphEnv(emulators: Map<string, Emulator>, options: Pick<ClusterOptions, 'providerTimeoutMs' | 'env'>): Record<string, string> {
  const env: Record<string, string> = {
    SANDBOX: 'false',
    PORT: '0',
    HOST: '127.0.0.1',
    PROVIDER_TIMEOUT_MS: String(options.providerTimeoutMs ?? 10_000),
    MAX_PAGE_SIZE: '500',
    NODE_ENV: 'production',
    // Configured as a real deployment: one hashed API key. The response cache and the rate
    // limit are off (the targets are about the read path, not about serving from a cache),
    // and logs are at warn so that the measured process is not writing a line per call.
    API_KEYS: JSON.stringify([{ id: 'bench', sha256: createHash('sha256').update(BENCH_API_KEY).digest('hex'), scopes: ['orders:read'] }]),
    RESPONSE_CACHE_TTL_SECONDS: '0',
    RATE_LIMIT_PER_SECOND: '0',
    LOG_LEVEL: 'warn',
    // No change feed: its pollers would call the vendors in the background of every measurement.
    CHANGE_FEED: 'false',
  };
  for (const emulator of emulators.values()) Object.assign(env, emulator.ready.env);
  return Object.assign(env, options.env);
}

export class Cluster {
  private constructor(
    readonly emulators: Map<string, Emulator>,
    readonly ordergraph: BenchChild,
    readonly url: string,
  ) {}

  static async start(options: ClusterOptions): Promise<Cluster> {
    const startTimeoutMs = options.startTimeoutMs ?? 120_000;
    const emulators = new Map<string, Emulator>();
    const children = options.keys.map(
      (key) =>
        new BenchChild(
          'emulator-host.ts',
          [
            '--provider',
            key,
            '--seed',
            String(options.seed),
            '--latency',
            String(options.latencyMs ?? 0),
            ...(options.recordExport ? ['--record-export'] : []),
          ],
          {
            label: `${key} emulator`,
            maxLifetimeMs: 3 * 3600_000,
            nodeArgs: ['--max-old-space-size=4096'],
          },
        ),
    );
    try {
      const readies = await Promise.all(children.map((c) => c.next('ready', startTimeoutMs)));
      readies.forEach((ready, i) => emulators.set(options.keys[i], { child: children[i], ready: ready as unknown as EmulatorReady }));
    } catch (error) {
      await Promise.all(children.map((c) => c.stop()));
      throw error;
    }
    const env = ordergraphEnv(emulators, options);
    const ordergraph = new BenchChild('ordergraph-host.ts', [], {
      label: 'ordergraph',
      env,
      maxLifetimeMs: 3 * 3600_000,
      // V8's own heap limit, as `npm start` runs it (only --expose-gc added, for the retained-RSS figures).
      nodeArgs: ['--expose-gc', ...(options.nodeArgs ?? [])],
    });
    try {
      const ready = await ordergraph.next('ready', 60_000);
      return new Cluster(emulators, ordergraph, String(ready.url));
    } catch (error) {
      await Promise.all([ordergraph.stop(), ...children.map((c) => c.stop())]);
      throw error;
    }
  }

  async stop(): Promise<void> {
    await Promise.all([this.ordergraph.stop(), ...[...this.emulators.values()].map((e) => e.child.stop())]);
  }

  emulator(key: string): Emulator {
    return this.emulators.get(key)!;
  }

  async setLatency(latencyMs: number): Promise<void> {
    await Promise.all([...this.emulators.values()].map((e) => e.child.send('faults', { latencyMs })));
  }

  /** ordergraph's CPU time and memory; with `gc`, RSS after a full collection (what stays retained). */
  async usage(gc = false): Promise<OrderGraphUsage> {
    return (await this.ordergraph.send('usage', { gc })) as unknown as OrderGraphUsage;
  }

  /** Upstream calls served by all emulators since the last call. */
  async upstreamCalls(): Promise<number> {
    return Object.values(await this.upstreamCallsByProvider()).reduce((sum, calls) => sum + calls, 0);
  }

  /** Upstream calls served by each emulator since the last call, by provider key. */
  async upstreamCallsByProvider(): Promise<Record<string, number>> {
    return mapValues(await this.upstreamUsageByProvider(), (u) => u.calls);
  }

  /** Upstream calls served by each emulator, and the CPU time (ms) it spent, since the last call, by provider key. */
  async upstreamUsageByProvider(): Promise<Record<string, { calls: number; cpuMs: number }>> {
    const entries = await Promise.all(
      [...this.emulators].map(async ([key, e]) => {
        const stats = await e.child.send('stats');
        return [key, { calls: Number(stats.calls), cpuMs: Number(stats.cpuUs) / 1000 }] as const;
      }),
    );
    return Object.fromEntries(entries);
  }

  /** A load against one emulator, replaying the requests its provider's client makes. */
  async direct(key: string, requests: LoadRequest[], load: LoadShape): Promise<Measured> {
    const url = this.emulator(key).ready.url;
    await checkDirect(url, requests);
    return runLoad({ url, requests, ...load }, `${key} direct ${requests[0]?.method} ${requests[0]?.path}`);
  }

  /** A load of one GraphQL operation against ordergraph, with its CPU, memory and upstream calls. */
  async graphql(operation: GraphQLOperation, load: LoadShape, expect: (data: any) => string | null): Promise<Measured> {
    const request = graphqlRequest(operation);
    await checkGraphQL(this.url, request, expect);
    await this.upstreamCalls();
    const before = await this.usage();
    const result = await runLoad(
      { url: this.url, requests: [request], ...load },
      `ordergraph ${operation.query.slice(0, 60).replace(/\s+/g, ' ')} ${JSON.stringify(operation.variables ?? {})}`,
    );
    const after = await this.usage();
    const calls = await this.upstreamCalls();
    const retained = await this.usage(true);
    return {
      ...result,
      cpuMsPerOp: result.operations > 0 ? (after.cpuUs - before.cpuUs) / 1000 / result.operations : undefined,
      peakRssMb: after.peakRss / 2 ** 20,
      rssMb: after.rss / 2 ** 20,
      retainedMb: retained.rss / 2 ** 20,
      // Calls of operations still in flight when the load stopped make this slightly high at most.
      upstreamCallsPerOp: result.operations > 0 ? calls / result.operations : undefined,
    };
  }
}

export type LoadShape = Omit<LoadSpec, 'url' | 'requests'>;

export interface GraphQLOperation {
  query: string;
  variables?: Record<string, unknown>;
}

/** The API key the benchmark's ordergraph accepts (read only). */
export const BENCH_API_KEY = 'bench-read-key';

export function graphqlRequest(operation: GraphQLOperation): LoadRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_API_KEY}` },
    body: JSON.stringify(operation),
  };
}

/** Every field of an order, as the project's own example operations define it. */
export const ORDER_FIELDS = readFileSync(join(ROOT, 'schema', 'operations', 'order-fields.graphql'), 'utf8');

export const ORDER_BY_ID = `query BenchOrder($id: ID!) { order(id: $id) { ...OrderFields } }\n${ORDER_FIELDS}`;

export const ORDERS_PAGE = `query BenchOrders($first: Int!, $filter: OrderFilter) {
  orders(first: $first, filter: $filter) { edges { cursor node { ...OrderFields } } pageInfo { hasNextPage endCursor } }
}\n${ORDER_FIELDS}`;

/** Loads that got answers other than 2xx, connection errors or timeouts: the run's numbers are suspect. */
export const loadProblems: string[] = [];

export async function runLoad(spec: LoadSpec, label = spec.url): Promise<LoadResult> {
  const child = new BenchChild('load.ts', [JSON.stringify(spec)], { label: 'load generator', maxLifetimeMs: (spec.durationS + 60) * 1000 });
  try {
    const result = (await child.next('result', (spec.durationS + 45) * 1000)) as unknown as LoadResult;
    if (result.non2xx || result.errors || result.timeouts) {
      loadProblems.push(`${label}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts of ${result.ok + result.non2xx} answers`);
    }
    return result;
  } finally {
    await child.stop();
  }
}

/** One request outside the measurement: the answer must be what the load is meant to measure. */
async function checkGraphQL(url: string, request: LoadRequest, expect: (data: any) => string | null): Promise<void> {
  const response = await fetch(url + request.path, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(300_000),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || body.errors?.length) throw new Error(`ordergraph answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 1000)}`);
  const problem = expect(body.data);
  if (problem) throw new Error(`ordergraph's answer is not what the benchmark expects: ${problem}`);
}

async function checkDirect(url: string, requests: LoadRequest[]): Promise<void> {
  for (const request of requests) {
    const response = await fetch(url + request.path, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(300_000),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`emulator answered ${request.method} ${request.path} with ${response.status}`);
  }
}
