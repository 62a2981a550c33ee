import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from './child';
import { Cluster, graphqlRequest, mapValues, ORDER_FIELDS } from './cluster';
import type { LoadRequest } from './load';
import { summariseProfile, type ProfileSummary } from './profile';
import { median } from './run';

/**
 * The export scenario: what a BI tool sees when it pages through every order, against reading
 * the same orders straight from the vendors in the same run.
 *
 * - The direct read: every emulator's recorded walk of all its orders (the requests the
 *   provider's own client makes, oldest first, at the vendor's largest page; emulator-host.ts
 *   --record-export), each vendor's pages one after the other, the five vendors in parallel,
 *   every body parsed as a client would. Run before, between and after the walks; the median
 *   is the baseline.
 * - The walk: `orders(first: N, orderBy: OLDEST_FIRST | NEWEST_FIRST)` with every field,
 *   paged with `after: endCursor` until `hasNextPage` is false, one request at a time. Every
 *   order must come exactly once and in order, or the run fails. Then OLDEST_FIRST again with
 *   the fields the shipped export client asks for (examples/export-orders.mjs, read from it):
 *   what a BI tool following the README does, where the vendors' work is the same and
 *   ordergraph's answer is smaller.
 * - Per page: its time; per walk: the upstream calls each emulator served, ordergraph's RSS
 *   at idle (after a full collection), its peak during the walk (the kernel's high-water mark) and after
 *   it (after a full collection, at once and again once the idle caches have let go).
 */

export interface DirectExport {
  ms: number;
  orders: number;
  /** Per vendor: the read's time, the calls it made, the orders it read, and the CPU time the emulator spent serving it (ms). */
  byProvider: Record<string, { ms: number; calls: number; orders: number; cpuMs?: number }>;
}

export interface ExportWalk {
  orderBy: 'OLDEST_FIRST' | 'NEWEST_FIRST';
  /** The fields asked for each order, when not every field: `example` is examples/export-orders.mjs's selection. */
  fields?: 'example';
  ms: number;
  orders: number;
  pages: number;
  ordersPerS: number;
  /** Milliseconds of every page, in order. */
  pageMs: number[];
  /** Mean size of a page's answer (JSON characters). */
  bytesPerPage?: number;
  upstreamCalls: Record<string, number>;
  /**
   * CPU time each emulator spent serving the walk, ms. The machine's cores are shared by the
   * emulators, ordergraph and the client, so a walk that asks the vendors for more work than
   * the direct read is slower for that too.
   */
  upstreamCpuMs?: Record<string, number>;
  /** ordergraph's CPU time (user + system) over the walk, ms: less sensitive to a loaded machine than wall time. */
  cpuMs: number;
  idleRssMb: number;
  peakRssMb: number;
  /** RSS after the walk and a full collection. */
  retainedMb: number;
  /** V8 heap in use after the walk and a full collection, and memory outside it (Buffers), MB. */
  retainedHeapMb?: number;
  /** V8 heap reserved (in use or not) after the walk and a full collection, MB. */
  retainedHeapTotalMb?: number;
  retainedExternalMb?: number;
  /** The walk's time over the direct read's (median) time; the target is at most 2. */
  ratio: number;
  /**
   * ordergraph's CPU time over the walk, over the direct read's time. ordergraph runs its
   * JavaScript on one thread, so a walk it keeps busy cannot take much less than its CPU time:
   * when this is near `ratio`, the walk is ordergraph's own work end to end, and only less CPU
   * per page can make it faster.
   */
  cpuRatio?: number;
  /**
   * The CPU ordergraph and the emulators spent on the walk, spread perfectly over every core,
   * over the direct read's time (the client's own CPU left out): no overlap of ordergraph's work
   * with the vendors' could make the walk faster than this.
   */
  cpuFloorRatio?: number;
  /** Where ordergraph's CPU went during the walk (with `--export-profile`), per page. */
  profile?: ProfileSummary;
}

export interface ExportResult {
  seededPerProvider: number;
  first: number;
  direct: DirectExport[];
  directMs: number;
  walks: ExportWalk[];
  /** RSS after the last walk, once the idle caches were dropped (`idleWaitS` later), after a full collection. */
  settledRssMb?: number;
  /**
   * Memory before the first walk and during the wait after the last one, each after a full
   * collection: RSS, V8's heap in use and reserved, and Buffers (external), MB. Says whether
   * what stays over idle is held (heap in use) or only not yet given back (reserved, or neither).
   */
  memory?: Array<{ at: string; rssMb: number; heapUsedMb: number; heapTotalMb: number; externalMb: number }>;
  idleWaitS: number;
}

export interface ExportOptions {
  seed: number;
  first: number;
  /** Seconds to wait after the last walk before the settled RSS (0: not measured). */
  idleWaitS: number;
  env: Record<string, string>;
  nodeArgs: string[];
  log: (...parts: unknown[]) => void;
  /** Directory for a CPU profile of each walk (V8 sampling profiler in the ordergraph process); unset: none. */
  profileDir?: string;
  /** The every-field NEWEST_FIRST walk before the OLDEST_FIRST one (the first walk of a process costs more). */
  newestFirst?: boolean;
}

/**
 * A walk's page query. `edgeCursors`: every edge's own cursor too (every field has it); the
 * example client asks for none, since it continues from `pageInfo.endCursor`, and each is
 * signed and about a third of that small answer's bytes.
 */
export const exportPage = (
  selection: string,
  fragments = '',
  edgeCursors = true,
  name = 'BenchExport',
) => `query ${name}($first: Int!, $after: String, $orderBy: SortDirection!) {
  orders(first: $first, after: $after, orderBy: $orderBy) { edges { ${edgeCursors ? 'cursor ' : ''}node { ${selection} } } pageInfo { hasNextPage endCursor } }
}\n${fragments}`;

const EVERY_FIELD = exportPage('...OrderFields', ORDER_FIELDS);

/**
 * The selection of examples/export-orders.mjs, the export client the README gives BI users,
 * read from its text so that the two cannot drift apart; `providerId` is added when missing,
 * since the walk's check of the order needs it.
 */
export function exampleClientSelection(text = readFileSync(join(ROOT, 'examples', 'export-orders.mjs'), 'utf8')): string {
  const match = /edges\s*\{\s*node\s*\{([^{}]*)\}/.exec(text);
  if (!match) throw new Error('examples/export-orders.mjs: no `edges { node { ... } }` selection found');
  const fields = new Set(match[1].trim().split(/\s+/));
  for (const needed of ['id', 'provider', 'providerId', 'createdAt']) fields.add(needed);
  return [...fields].join(' ');
}

const mb = (bytes: number) => bytes / 2 ** 20;

/** One cluster seeded for the export, or the caller's own (the smoke run reuses its base cluster). */
export async function exportScenario(options: ExportOptions, keys: string[], given?: Cluster): Promise<ExportResult> {
  // The health probe is slowed to once an hour so that the upstream calls counted are the export's own.
  const env = { HEALTH_PROBE_INTERVAL_MS: '3600000', ...options.env };
  const cluster =
    given ??
    (await Cluster.start({
      keys,
      seed: options.seed,
      recordExport: true,
      providerTimeoutMs: 60_000,
      startTimeoutMs: 900_000,
      env,
      nodeArgs: options.nodeArgs,
    }));
  try {
    const total = [...cluster.emulators.values()].reduce((sum, e) => sum + (e.ready.reads.all?.orders ?? NaN), 0);
    options.log(`export: ${total} orders (${options.seed} seeded per provider), first ${options.first}`);
    if (options.profileDir) mkdirSync(options.profileDir, { recursive: true });
    const result: ExportResult = { seededPerProvider: options.seed, first: options.first, direct: [], directMs: NaN, walks: [], idleWaitS: options.idleWaitS };
    const direct = async () => {
      const read = await directExport(cluster);
      result.direct.push(read);
      options.log(
        `  direct read: ${read.orders} orders in ${read.ms.toFixed(0)} ms (${Object.entries(read.byProvider)
          .map(([k, p]) => `${k} ${p.ms.toFixed(0)} ms/${p.calls} calls/${p.cpuMs?.toFixed(0)} ms CPU`)
          .join(', ')})`,
      );
    };
    const memory = (result.memory = [] as NonNullable<ExportResult['memory']>);
    const breakdown = async (at: string) => {
      const u = await cluster.usage(true);
      memory.push({ at, rssMb: mb(u.rss), heapUsedMb: mb(u.heapUsed), heapTotalMb: mb(u.heapTotal), externalMb: mb(u.external) });
      return u;
    };
    await direct();
    await breakdown('idle');
    const everyField: Array<ExportWalk['orderBy']> = options.newestFirst ? ['NEWEST_FIRST', 'OLDEST_FIRST'] : ['OLDEST_FIRST', 'NEWEST_FIRST'];
    const walks: Array<{ orderBy: ExportWalk['orderBy']; query: string; fields?: ExportWalk['fields'] }> = [
      ...everyField.map((orderBy) => ({ orderBy, query: EVERY_FIELD })),
      { orderBy: 'OLDEST_FIRST', query: exportPage(exampleClientSelection(), '', false), fields: 'example' },
    ];
    for (const { orderBy, query, fields } of walks) {
      const name = `${orderBy.toLowerCase()}${fields ? `-${fields}-fields` : ''}`;
      const profilePath = options.profileDir ? join(options.profileDir, `export-${options.seed}-${name}-${Date.now()}.cpuprofile`) : undefined;
      if (profilePath) await cluster.ordergraph.send('profile-start');
      const walk = await walkExport(cluster, orderBy, query, options.first, total);
      if (fields) walk.fields = fields;
      if (profilePath) {
        await cluster.ordergraph.send('profile-stop', { path: profilePath });
        walk.profile = summariseProfile(profilePath, walk.pages);
      }
      result.walks.push(walk);
      options.log(
        `  ${walkLabel(walk)}: ${walk.orders} orders in ${walk.ms.toFixed(0)} ms (${walk.ordersPerS.toFixed(0)}/s, ordergraph CPU ${walk.cpuMs.toFixed(0)} ms, emulators' CPU ${perVendor(walk.upstreamCpuMs ?? {})} ms), ${walk.pages} pages of ${((walk.bytesPerPage ?? 0) / 1024).toFixed(0)} kB, peak RSS ${walk.peakRssMb.toFixed(0)} MB (idle ${walk.idleRssMb.toFixed(0)}, after ${walk.retainedMb.toFixed(0)}; V8 heap in use after ${walk.retainedHeapMb?.toFixed(0)} of ${walk.retainedHeapTotalMb?.toFixed(0)}, external ${walk.retainedExternalMb?.toFixed(0)})`,
      );
      await direct();
    }
    result.directMs = median(result.direct.map((d) => d.ms));
    const cores = os.availableParallelism();
    for (const walk of result.walks) {
      walk.ratio = walk.ms / result.directMs;
      const upstreamCpu = Object.values(walk.upstreamCpuMs ?? {}).reduce((sum, ms) => sum + ms, 0);
      walk.cpuRatio = walk.cpuMs / result.directMs;
      if (walk.upstreamCpuMs) walk.cpuFloorRatio = (walk.cpuMs + upstreamCpu) / cores / result.directMs;
    }
    if (options.idleWaitS > 0) {
      // Every 10 s, each after a full collection (which itself gives memory back sooner than the process would alone).
      for (let waited = 0; waited < options.idleWaitS;) {
        const step = Math.min(10, options.idleWaitS - waited);
        await sleep(step * 1000);
        waited += step;
        if (waited < options.idleWaitS) await breakdown(`${waited} s after`);
      }
      result.settledRssMb = mb((await breakdown(`${options.idleWaitS} s after`)).rss);
      options.log(`  RSS ${options.idleWaitS} s after the last walk: ${result.settledRssMb.toFixed(0)} MB`);
      options.log(
        `  memory (RSS / V8 heap in use / reserved / external MB): ${memory.map((m) => `${m.at} ${m.rssMb.toFixed(0)} / ${m.heapUsedMb.toFixed(0)} / ${m.heapTotalMb.toFixed(0)} / ${m.externalMb.toFixed(0)}`).join('; ')}`,
      );
    }
    return result;
  } finally {
    if (!given) await cluster.stop();
  }
}

/** `OCTOPI 12 SITOO 40 ...`: a per-vendor figure for the log. */
const perVendor = (figures: Record<string, number>) =>
  Object.entries(figures)
    .map(([key, value]) => `${key} ${value.toFixed(0)}`)
    .join(' ');

/** Every vendor's recorded walk, replayed: pages of one vendor in sequence, vendors in parallel. */
async function directExport(cluster: Cluster): Promise<DirectExport> {
  const started = performance.now();
  const byProvider: DirectExport['byProvider'] = {};
  await cluster.upstreamCallsByProvider();
  await Promise.all(
    [...cluster.emulators].map(async ([key, emulator]) => {
      const read = emulator.ready.reads.all!;
      const from = performance.now();
      for (const request of read.requests) await replay(emulator.ready.url, request);
      byProvider[key] = { ms: performance.now() - from, calls: read.requests.length, orders: read.orders };
    }),
  );
  const ms = performance.now() - started;
  const served = await cluster.upstreamUsageByProvider();
  // ordergraph's health probe may add a call of its own meanwhile.
  for (const [key, { calls, cpuMs }] of Object.entries(served)) {
    if (calls < byProvider[key].calls) throw new Error(`the direct read of ${key} sent ${byProvider[key].calls} requests but the emulator served ${calls}`);
    byProvider[key].cpuMs = cpuMs;
  }
  return { ms, orders: Object.values(byProvider).reduce((sum, p) => sum + p.orders, 0), byProvider };
}

async function replay(url: string, request: LoadRequest): Promise<void> {
  const response = await fetch(url + request.path, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(120_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`emulator answered ${request.method} ${request.path} with ${response.status}: ${text.slice(0, 300)}`);
  JSON.parse(text);
}

interface ExportEdge {
  node: { id: string; provider: string; providerId: string; createdAt: string };
}

/** `OLDEST_FIRST`, or `OLDEST_FIRST, the example client's fields`: a walk's name in logs and reports. */
export const walkLabel = (walk: Pick<ExportWalk, 'orderBy' | 'fields'>) =>
  walk.fields === 'example' ? `${walk.orderBy}, the example client's fields` : walk.orderBy;

async function walkExport(cluster: Cluster, orderBy: ExportWalk['orderBy'], query: string, first: number, total: number): Promise<ExportWalk> {
  const idle = await cluster.usage(true);
  await cluster.upstreamCallsByProvider();
  const seen = new Set<string>();
  const pageMs: number[] = [];
  const sign = orderBy === 'OLDEST_FIRST' ? 1 : -1;
  let previous: ExportEdge['node'] | undefined;
  let after: string | null = null;
  let bytes = 0;
  const started = performance.now();
  for (let page = 0; page < Math.ceil(total / first) + 5; page += 1) {
    const request = graphqlRequest({ query, variables: { first, after, orderBy } });
    const from = performance.now();
    const response = await fetch(cluster.url + request.path, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(300_000),
    });
    const text = await response.text();
    bytes += text.length;
    const body = JSON.parse(text) as {
      data?: { orders: { edges: ExportEdge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      errors?: unknown[];
    };
    pageMs.push(performance.now() - from);
    if (!response.ok || body.errors?.length || !body.data)
      throw new Error(`${orderBy} page ${page + 1}: ordergraph answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 1000)}`);
    const { edges, pageInfo } = body.data.orders;
    for (const { node } of edges) {
      if (seen.has(node.id)) throw new Error(`${orderBy} page ${page + 1}: order ${node.id} came twice`);
      seen.add(node.id);
      if (previous && sign * compareEdges(node, previous) < 0)
        throw new Error(`${orderBy} page ${page + 1}: order ${node.id} (${node.createdAt}) came after ${previous.id} (${previous.createdAt})`);
      previous = node;
    }
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  const ms = performance.now() - started;
  if (seen.size !== total) throw new Error(`${orderBy}: ${seen.size} orders came back of ${total}`);
  const after_ = await cluster.usage();
  const upstream = await cluster.upstreamUsageByProvider();
  const retained = await cluster.usage(true);
  return {
    orderBy,
    ms,
    orders: seen.size,
    pages: pageMs.length,
    ordersPerS: seen.size / (ms / 1000),
    pageMs,
    bytesPerPage: bytes / pageMs.length,
    upstreamCalls: mapValues(upstream, (u) => u.calls),
    upstreamCpuMs: mapValues(upstream, (u) => u.cpuMs),
    cpuMs: (after_.cpuUs - idle.cpuUs) / 1000,
    idleRssMb: mb(idle.rss),
    peakRssMb: mb(after_.peakRss),
    retainedMb: mb(retained.rss),
    retainedHeapMb: mb(retained.heapUsed),
    retainedHeapTotalMb: mb(retained.heapTotal),
    retainedExternalMb: mb(retained.external),
    ratio: NaN,
  };
}

/** The merge's total order: creation time, then provider, then vendor id (numbers as numbers). */
function compareEdges(a: ExportEdge['node'], b: ExportEdge['node']): number {
  const dt = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (dt !== 0) return dt;
  if (a.provider !== b.provider) return a.provider < b.provider ? -1 : 1;
  const numeric = /^\d+$/.test(a.providerId) && /^\d+$/.test(b.providerId);
  return numeric ? Number(a.providerId) - Number(b.providerId) : a.providerId < b.providerId ? -1 : a.providerId > b.providerId ? 1 : 0;
}

/** The page times the report shows: pages 1, 10, 100 and the last (those that exist). */
export function samplePages(pageMs: number[]): Array<{ page: number; ms: number }> {
  const pages = [...new Set([1, 10, 100, pageMs.length])].filter((p) => p <= pageMs.length);
  return pages.map((page) => ({ page, ms: pageMs[page - 1] }));
}
