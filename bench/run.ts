import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { providerModules } from '../src/providers';
import { fromRoot, ROOT } from './child';
import { Cluster, loadProblems, ORDER_BY_ID, ORDERS_PAGE, type LoadShape, type Measured } from './cluster';
import { exportScenario, walkLabel, type ExportResult } from './export';
import { summariseProfile, type ProfileSummary } from './profile';
import { toMarkdown } from './report';
import { uploadScenario, type Uploads } from './uploads';
import { feedScenario, type FeedBench } from './feed';

/**
 * `npm run bench`: what ordergraph costs on top of the vendors, measured side by side in one
 * run, with every registered provider (src/providers/index.ts) in its own emulator process,
 * ordergraph in its own process and the load generator in its own process, on loopback.
 *
 *   npm run bench                       # the full run: results in bench/results/<date>-<commit>.json
 *   npm run bench -- --smoke            # tiny counts, a few seconds (part of npm test)
 *   npm run bench -- --runs 5 --duration 10 --scenarios floor,list
 *   npm run bench -- --report bench/results/<file>.json   # print the tables of a result again
 *
 * Scenarios: floor (one order by id, direct vs ordergraph), list (200 orders with every field,
 * direct vs ordergraph), fanout (orders(first: 100) over all providers at a fixed upstream
 * latency), growth (page size x seeded orders: latency and memory), profile (where the CPU time
 * goes on the read path), export (every order paged to the end in both directions against the
 * direct parallel read of the same orders; bench/export.ts), uploads (ordergraph's memory while it
 * streams 1, 10 and 50 MiB SOGET attachments, bench/uploads.ts). Ratios are medians of the per-run ratios; every load is bounded in
 * requests and time.
 */

export interface BenchOptions {
  smoke: boolean;
  runs: number;
  durationS: number;
  connections: number;
  fanoutLatencyMs: number;
  scenarios: Set<string>;
  out: string;
  seeds: number[];
  pages: number[];
  /** Orders seeded per provider for floor, list, fanout and profile. */
  baseSeed: number;
  /** Requests per throughput run (a bound next to the duration). */
  amount?: number;
  /** Requests per latency run (one connection). */
  latencyAmount: number;
  /** Extra environment of the ordergraph process (`--env NAME=VALUE`, repeatable), e.g. PROVIDER_HTTP_CLIENT=node-fetch. */
  env: Record<string, string>;
  /** Extra node flags of the ordergraph process (`--node-arg FLAG`, repeatable), e.g. --max-semi-space-size=64. */
  nodeArgs: string[];
  /** Orders seeded per provider for the export, one export per value (`--export-seeds`). */
  exportSeeds: number[];
  /** Page size of the export walk (`--export-first`). */
  exportFirst: number;
  /** Seconds after the last walk before the settled RSS is read (`--export-idle-wait`; 0: not read). */
  exportIdleWaitS: number;
  /** Profile each export walk (`--export-profile`; it slows the walk: its times are then not the export's). */
  exportProfile: boolean;
  /** Walk NEWEST_FIRST before OLDEST_FIRST (`--export-newest-first`): which costs of the first walk are the process's, not the direction's. */
  exportNewestFirst: boolean;
  /** File sizes of the uploads scenario, MiB (`--upload-sizes 1,10,50`). */
  uploadSizes: number[];
  /** Uploads of each size. */
  uploadRepeats: number;
}

const ALL_SCENARIOS = ['floor', 'list', 'fanout', 'growth', 'profile', 'export', 'uploads'];
/** Scenarios run only when named (`--scenarios feed`): the change feed needs a PostgreSQL server. */
const OPT_IN_SCENARIOS = ['feed'];

export function parseOptions(argv: string[]): BenchOptions {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const list = (name: string) =>
    value(name)
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const smoke = argv.includes('--smoke');
  const options: BenchOptions = smoke
    ? {
        smoke,
        runs: 1,
        durationS: 2,
        connections: 4,
        fanoutLatencyMs: 5,
        scenarios: new Set(ALL_SCENARIOS),
        out: join(ROOT, 'bench', 'results'),
        seeds: [250],
        pages: [10, 50],
        baseSeed: 200,
        amount: 40,
        latencyAmount: 5,
        env: {},
        nodeArgs: [],
        exportSeeds: [200],
        exportFirst: 100,
        exportIdleWaitS: 0,
        exportProfile: false,
        exportNewestFirst: false,
        uploadSizes: [1],
        uploadRepeats: 1,
      }
    : {
        smoke,
        runs: 3,
        durationS: 5,
        connections: 10,
        fanoutLatencyMs: 50,
        scenarios: new Set(ALL_SCENARIOS),
        out: join(ROOT, 'bench', 'results'),
        seeds: [1000, 10000, 100000],
        pages: [10, 100, 500],
        baseSeed: 200,
        latencyAmount: 60,
        env: {},
        nodeArgs: [],
        exportSeeds: [2000, 20000],
        exportFirst: 500,
        exportIdleWaitS: 35,
        exportProfile: false,
        exportNewestFirst: false,
        uploadSizes: [1, 10, 50],
        uploadRepeats: 5,
      };
  if (value('runs')) options.runs = Number(value('runs'));
  if (value('duration')) options.durationS = Number(value('duration'));
  if (value('connections')) options.connections = Number(value('connections'));
  if (value('latency')) options.fanoutLatencyMs = Number(value('latency'));
  if (value('out')) options.out = value('out')!;
  if (list('scenarios')) options.scenarios = new Set(list('scenarios'));
  if (list('seeds')) options.seeds = list('seeds')!.map(Number);
  if (list('pages')) options.pages = list('pages')!.map(Number);
  if (list('export-seeds')) options.exportSeeds = list('export-seeds')!.map(Number);
  if (value('export-first')) options.exportFirst = Number(value('export-first'));
  if (value('export-idle-wait')) options.exportIdleWaitS = Number(value('export-idle-wait'));
  if (argv.includes('--export-profile')) options.exportProfile = true;
  if (argv.includes('--export-newest-first')) options.exportNewestFirst = true;
  if (list('upload-sizes')) options.uploadSizes = list('upload-sizes')!.map(Number);
  if (value('upload-repeats')) options.uploadRepeats = Number(value('upload-repeats'));
  argv.forEach((arg, i) => {
    if (arg === '--node-arg') options.nodeArgs.push(argv[i + 1]);
    if (arg !== '--env') return;
    const [name, ...rest] = (argv[i + 1] ?? '').split('=');
    options.env[name] = rest.join('=');
  });
  for (const s of options.scenarios)
    if (!ALL_SCENARIOS.includes(s) && !OPT_IN_SCENARIOS.includes(s))
      throw new Error(`unknown scenario ${s}; known: ${[...ALL_SCENARIOS, ...OPT_IN_SCENARIOS].join(', ')}`);
  return options;
}

export const median = (values: number[]): number => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Direct vs ordergraph, alternating run by run so that drift on a shared machine hits both. */
export interface SideBySide {
  provider: string;
  /** Orders in one answer. */
  orders: number;
  /** Upstream requests of one direct read. */
  directRequests: number;
  direct: { opsPerS: number; p50Ms: number; p99Ms: number };
  ordergraph: { opsPerS: number; p50Ms: number; p99Ms: number; cpuMsPerOp: number; peakRssMb: number; upstreamCallsPerOp: number };
  /** ordergraph throughput / direct throughput, median of the per-run ratios. */
  ratio: number;
  runs: Array<{ direct: Measured; ordergraph: Measured; ratio: number }>;
}

function summarise(provider: string, orders: number, directRequests: number, runs: SideBySide['runs']): SideBySide {
  const m = (pick: (r: SideBySide['runs'][number]) => number | undefined) => median(runs.map((r) => pick(r) ?? NaN));
  return {
    provider,
    orders,
    directRequests,
    direct: { opsPerS: m((r) => r.direct.opsPerS), p50Ms: m((r) => r.direct.latencyMs.p50), p99Ms: m((r) => r.direct.latencyMs.p99) },
    ordergraph: {
      opsPerS: m((r) => r.ordergraph.opsPerS),
      p50Ms: m((r) => r.ordergraph.latencyMs.p50),
      p99Ms: m((r) => r.ordergraph.latencyMs.p99),
      cpuMsPerOp: m((r) => r.ordergraph.cpuMsPerOp),
      peakRssMb: m((r) => r.ordergraph.peakRssMb),
      upstreamCallsPerOp: m((r) => r.ordergraph.upstreamCallsPerOp),
    },
    ratio: m((r) => r.ratio),
    runs,
  };
}

const log = (...parts: unknown[]) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

function throughputShape(options: BenchOptions): LoadShape {
  return { connections: options.connections, durationS: options.durationS, amount: options.amount };
}

async function sideBySide(
  cluster: Cluster,
  options: BenchOptions,
  provider: string,
  read: { requests: import('./load').LoadRequest[]; orders: number },
  operation: { query: string; variables: Record<string, unknown> },
  expect: (data: any) => string | null,
): Promise<SideBySide> {
  const shape = throughputShape(options);
  if (!options.smoke) {
    // Warm-up (JIT, connection pools), not measured.
    const warm = { connections: options.connections, durationS: Math.min(3, options.durationS) };
    await cluster.direct(provider, read.requests, warm);
    await cluster.graphql(operation, warm, expect);
  }
  const runs: SideBySide['runs'] = [];
  for (let i = 0; i < options.runs; i++) {
    const direct = await cluster.direct(provider, read.requests, shape);
    const ordergraph = await cluster.graphql(operation, shape, expect);
    runs.push({ direct, ordergraph, ratio: ordergraph.opsPerS / direct.opsPerS });
    log(
      `  run ${i + 1}: direct ${direct.opsPerS.toFixed(0)}/s, ordergraph ${ordergraph.opsPerS.toFixed(0)}/s (1/${(direct.opsPerS / ordergraph.opsPerS).toFixed(1)}), ordergraph CPU ${ordergraph.cpuMsPerOp?.toFixed(3)} ms/op`,
    );
  }
  return summarise(provider, read.orders, read.requests.length, runs);
}

async function floor(cluster: Cluster, options: BenchOptions): Promise<SideBySide[]> {
  const results: SideBySide[] = [];
  for (const [key, emulator] of cluster.emulators) {
    log(`floor: one ${key} order by id, direct vs order(id)`);
    const id = emulator.ready.ids[0];
    results.push(
      await sideBySide(cluster, options, key, emulator.ready.reads.one, { query: ORDER_BY_ID, variables: { id } }, (data) =>
        data?.order?.id === id ? null : `order(id: "${id}") came back as ${JSON.stringify(data).slice(0, 200)}`,
      ),
    );
  }
  return results;
}

async function list(cluster: Cluster, options: BenchOptions): Promise<SideBySide[]> {
  const results: SideBySide[] = [];
  for (const [key, emulator] of cluster.emulators) {
    const read = emulator.ready.reads.list200;
    log(`list: ${read.orders} ${key} orders with every field, direct (${read.requests.length} call(s)) vs orders(first: ${read.orders})`);
    results.push(
      await sideBySide(cluster, options, key, read, { query: ORDERS_PAGE, variables: { first: read.orders, filter: { providers: [key] } } }, (data) =>
        data?.orders?.edges?.length === read.orders ? null : `expected ${read.orders} edges, got ${data?.orders?.edges?.length}`,
      ),
    );
  }
  return results;
}

export interface FanOut {
  latencyMs: number;
  providers: Array<{ provider: string; requests: number; p50Ms: number; p99Ms: number }>;
  slowest: { provider: string; p50Ms: number };
  ordergraph: { p50Ms: number; p99Ms: number; upstreamCallsPerOp: number; cpuMsPerOp: number };
  /** ordergraph p50 / slowest provider's p50 (median of runs); the target is at most 1.10. */
  ratio: number;
  runs: Array<{ providers: Record<string, Measured>; ordergraph: Measured; ratio: number }>;
}

async function fanout(cluster: Cluster, options: BenchOptions): Promise<FanOut> {
  const latencyMs = options.fanoutLatencyMs;
  log(`fanout: orders(first: 100) with every field over ${[...cluster.emulators.keys()].join(', ')}, each emulator at ${latencyMs} ms`);
  await cluster.setLatency(latencyMs);
  const shape: LoadShape = { connections: 1, durationS: options.durationS, amount: options.latencyAmount };
  const operation = { query: ORDERS_PAGE, variables: { first: 100 } };
  const wanted = Math.min(
    100,
    [...cluster.emulators.values()].reduce((sum, e) => sum + e.ready.seeded, 0),
  );
  const expect = (data: any) => (data?.orders?.edges?.length === wanted ? null : `expected ${wanted} edges, got ${data?.orders?.edges?.length}`);
  try {
    if (!options.smoke) await cluster.graphql(operation, { connections: 1, durationS: 2, amount: 5 }, expect);
    const runs: FanOut['runs'] = [];
    for (let i = 0; i < options.runs; i++) {
      const providers: Record<string, Measured> = {};
      for (const [key, emulator] of cluster.emulators) providers[key] = await cluster.direct(key, emulator.ready.reads.list100.requests, shape);
      const ordergraph = await cluster.graphql(operation, shape, expect);
      const slowest = Math.max(...Object.values(providers).map((p) => p.latencyMs.p50));
      runs.push({ providers, ordergraph, ratio: ordergraph.latencyMs.p50 / slowest });
      log(
        `  run ${i + 1}: slowest provider p50 ${slowest.toFixed(1)} ms, ordergraph p50 ${ordergraph.latencyMs.p50.toFixed(1)} ms, ${ordergraph.upstreamCallsPerOp?.toFixed(2)} upstream calls/op`,
      );
    }
    const providers = [...cluster.emulators.keys()].map((key) => ({
      provider: key,
      requests: cluster.emulator(key).ready.reads.list100.requests.length,
      p50Ms: median(runs.map((r) => r.providers[key].latencyMs.p50)),
      p99Ms: median(runs.map((r) => r.providers[key].latencyMs.p99)),
    }));
    const slowest = providers.reduce((a, b) => (b.p50Ms > a.p50Ms ? b : a));
    return {
      latencyMs,
      providers,
      slowest: { provider: slowest.provider, p50Ms: slowest.p50Ms },
      ordergraph: {
        p50Ms: median(runs.map((r) => r.ordergraph.latencyMs.p50)),
        p99Ms: median(runs.map((r) => r.ordergraph.latencyMs.p99)),
        upstreamCallsPerOp: median(runs.map((r) => r.ordergraph.upstreamCallsPerOp ?? NaN)),
        cpuMsPerOp: median(runs.map((r) => r.ordergraph.cpuMsPerOp ?? NaN)),
      },
      ratio: median(runs.map((r) => r.ratio)),
      runs,
    };
  } finally {
    await cluster.setLatency(0);
  }
}

export interface Growth {
  seeded: number;
  seedMs: Record<string, number>;
  pages: Array<{
    first: number;
    edges: number;
    p50Ms: number;
    p99Ms: number;
    opsPerS: number;
    peakRssMb: number;
    rssMb: number;
    retainedMb?: number;
    upstreamCallsPerOp: number;
    operations: number;
  }>;
}

async function growth(keys: string[], options: BenchOptions): Promise<Growth[]> {
  const results: Growth[] = [];
  for (const seeded of options.seeds) {
    log(`growth: ${seeded} orders seeded per provider`);
    const cluster = await Cluster.start({
      keys,
      seed: seeded,
      providerTimeoutMs: 120_000,
      startTimeoutMs: 600_000,
      env: options.env,
      nodeArgs: options.nodeArgs,
    });
    try {
      const total = [...cluster.emulators.values()].reduce((sum, e) => sum + e.ready.seeded, 0);
      const entry: Growth = { seeded, seedMs: Object.fromEntries([...cluster.emulators].map(([k, e]) => [k, e.ready.seedMs])), pages: [] };
      for (const first of options.pages) {
        const edges = Math.min(first, total);
        const operation = { query: ORDERS_PAGE, variables: { first } };
        const expect = (data: any) => (data?.orders?.edges?.length === edges ? null : `expected ${edges} edges, got ${data?.orders?.edges?.length}`);
        // Large seeds make every request slow (whole-list vendors): bound by time, few requests.
        const shape: LoadShape = { connections: 1, durationS: options.durationS * 2, amount: options.smoke ? 3 : 40 };
        if (!options.smoke) await cluster.graphql(operation, { connections: 1, durationS: options.durationS, amount: 2 }, expect);
        const runs: Measured[] = [];
        for (let i = 0; i < options.runs; i++) runs.push(await cluster.graphql(operation, shape, expect));
        const page = {
          first,
          edges,
          p50Ms: median(runs.map((r) => r.latencyMs.p50)),
          p99Ms: median(runs.map((r) => r.latencyMs.p99)),
          opsPerS: median(runs.map((r) => r.opsPerS)),
          peakRssMb: Math.max(...runs.map((r) => r.peakRssMb ?? NaN)),
          rssMb: median(runs.map((r) => r.rssMb ?? NaN)),
          retainedMb: median(runs.map((r) => r.retainedMb ?? NaN)),
          upstreamCallsPerOp: median(runs.map((r) => r.upstreamCallsPerOp ?? NaN)),
          operations: runs.reduce((sum, r) => sum + r.operations, 0),
        };
        entry.pages.push(page);
        log(`  first ${first}: p50 ${page.p50Ms.toFixed(1)} ms, p99 ${page.p99Ms.toFixed(1)} ms, peak RSS ${page.peakRssMb.toFixed(0)} MB`);
      }
      results.push(entry);
    } finally {
      await cluster.stop();
    }
  }
  return results;
}

export interface Profiles {
  /** Where .cpuprofile files were written (open them in Chrome DevTools / speedscope). */
  dir: string;
  workloads: Array<{ name: string; operations: number; summary: ProfileSummary }>;
}

async function profile(cluster: Cluster, options: BenchOptions, stamp: string): Promise<Profiles> {
  const dir = join(options.out, 'profiles');
  mkdirSync(dir, { recursive: true });
  const [key, emulator] = [...cluster.emulators][0];
  const workloads = [
    { name: `order-by-id-${key.toLowerCase()}`, operation: { query: ORDER_BY_ID, variables: { id: emulator.ready.ids[0] } } },
    {
      name: `list-200-${key.toLowerCase()}`,
      operation: { query: ORDERS_PAGE, variables: { first: emulator.ready.reads.list200.orders, filter: { providers: [key] } } },
    },
    { name: 'fanout-100-all', operation: { query: ORDERS_PAGE, variables: { first: 100 } } },
  ];
  const out: Profiles = { dir, workloads: [] };
  for (const workload of workloads) {
    log(`profile: ${workload.name}`);
    const expect = (data: any) => (data ? null : 'no data');
    const path = join(dir, `${stamp}-${workload.name}.cpuprofile`);
    if (!options.smoke) await cluster.graphql(workload.operation, { connections: options.connections, durationS: 1, amount: 200 }, expect);
    await cluster.ordergraph.send('profile-start');
    const result = await cluster.graphql(workload.operation, throughputShape(options), expect);
    await cluster.ordergraph.send('profile-stop', { path });
    out.workloads.push({ name: workload.name, operations: result.operations, summary: summariseProfile(path, result.operations) });
  }
  return out;
}

export interface BenchResult {
  date: string;
  commit: string;
  dirty: boolean;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    platform: string;
    arch: string;
    loadAverage: number[];
    loadAverageAtEnd?: number[];
  };
  options: Omit<BenchOptions, 'scenarios'> & { scenarios: string[] };
  providers: string[];
  floor?: SideBySide[];
  list?: SideBySide[];
  fanout?: FanOut;
  growth?: Growth[];
  profile?: Profiles;
  export?: ExportResult[];
  uploads?: Uploads;
  feed?: FeedBench;
  targets: Array<{ target: string; provider?: string; value: number; limit: number; met: boolean }>;
  /** Loads that saw non-2xx answers, errors or timeouts (empty in a sound run). */
  problems: string[];
  elapsedS: number;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

function evaluateTargets(result: BenchResult): BenchResult['targets'] {
  const targets: BenchResult['targets'] = [];
  for (const f of result.floor ?? []) {
    targets.push({
      target: 'order by id: throughput ratio to direct REST >= 1/15',
      provider: f.provider,
      value: f.ratio,
      limit: 1 / 15,
      met: f.ratio >= 1 / 15,
    });
    targets.push({
      target: 'order by id: ordergraph CPU per request <= 0.25 ms',
      provider: f.provider,
      value: f.ordergraph.cpuMsPerOp,
      limit: 0.25,
      met: f.ordergraph.cpuMsPerOp <= 0.25,
    });
  }
  for (const l of result.list ?? []) {
    targets.push({
      target: `list of ${l.orders} with every field: throughput ratio >= 1/60`,
      provider: l.provider,
      value: l.ratio,
      limit: 1 / 60,
      met: l.ratio >= 1 / 60,
    });
  }
  if (result.fanout) {
    targets.push({ target: 'fan-out: latency <= 1.10 x slowest provider', value: result.fanout.ratio, limit: 1.1, met: result.fanout.ratio <= 1.1 });
  }
  for (const e of result.export ?? []) {
    for (const w of e.walks) {
      const at = `${e.seededPerProvider} per provider, ${walkLabel(w)}`;
      targets.push({ target: `export (${at}): time <= 2 x the direct parallel read`, value: w.ratio, limit: 2, met: w.ratio <= 2 });
      targets.push({ target: `export (${at}): ordergraph peak RSS <= 250 MB`, value: w.peakRssMb, limit: 250, met: w.peakRssMb <= 250 });
    }
    if (e.settledRssMb !== undefined) {
      const idle = e.walks[0].idleRssMb;
      targets.push({
        target: `export (${e.seededPerProvider} per provider): RSS after, over idle <= 30 MB`,
        value: e.settledRssMb - idle,
        limit: 30,
        met: e.settledRssMb - idle <= 30,
      });
    }
  }
  return targets;
}

export async function runBench(options: BenchOptions): Promise<{ result: BenchResult; path: string }> {
  const started = performance.now();
  const keys = providerModules.map((m) => m.key as string);
  const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
  const now = new Date();
  const stamp = `${now.toISOString().slice(0, 16).replace(/:/g, '')}Z-${commit}`;
  const result: BenchResult = {
    date: now.toISOString(),
    commit,
    dirty: git(['status', '--porcelain', '--untracked-files=no']) !== '',
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      node: process.version,
      platform: os.platform(),
      arch: os.arch(),
      loadAverage: os.loadavg(),
    },
    // The output folder relative to the checkout: the record names no machine's paths.
    options: {
      ...options,
      scenarios: [...options.scenarios],
      out: fromRoot(options.out),
    },
    providers: keys,
    targets: [],
    problems: [],
    elapsedS: 0,
  };
  log(`providers: ${keys.join(', ')}; scenarios: ${[...options.scenarios].join(', ')}; ${options.runs} run(s) of ${options.durationS} s`);

  const needsBase = ['floor', 'list', 'fanout', 'profile'].some((s) => options.scenarios.has(s));
  const exportOptions = (seed: number) => ({
    seed,
    first: options.exportFirst,
    idleWaitS: options.exportIdleWaitS,
    env: options.env,
    nodeArgs: options.nodeArgs,
    log,
    profileDir: options.exportProfile ? join(options.out, 'profiles') : undefined,
    newestFirst: options.exportNewestFirst,
  });
  // An export seeded as the base cluster is (the smoke run's) runs on it instead of a cluster of its own.
  const exportOnBase = needsBase && options.scenarios.has('export') && options.exportSeeds.includes(options.baseSeed);
  if (options.scenarios.has('export')) result.export = [];
  if (needsBase) {
    const cluster = await Cluster.start({ keys, seed: options.baseSeed, env: options.env, nodeArgs: options.nodeArgs, recordExport: exportOnBase });
    try {
      if (options.scenarios.has('floor')) result.floor = await floor(cluster, options);
      if (options.scenarios.has('list')) result.list = await list(cluster, options);
      if (options.scenarios.has('fanout')) result.fanout = await fanout(cluster, options);
      if (options.scenarios.has('profile')) result.profile = await profile(cluster, options, stamp);
      if (exportOnBase) result.export!.push(await exportScenario(exportOptions(options.baseSeed), keys, cluster));
    } finally {
      await cluster.stop();
    }
  }
  if (options.scenarios.has('growth')) result.growth = await growth(keys, options);
  if (options.scenarios.has('export')) {
    for (const seed of options.exportSeeds)
      if (!(exportOnBase && seed === options.baseSeed)) result.export!.push(await exportScenario(exportOptions(seed), keys));
  }
  if (options.scenarios.has('uploads') && keys.includes('SOGET')) {
    log(`uploads: ${options.uploadSizes.join(', ')} MiB SOGET attachments, ${options.uploadRepeats} of each`);
    result.uploads = await uploadScenario(options.uploadSizes, options.uploadRepeats, options.env, options.nodeArgs);
  }

  if (options.scenarios.has('feed')) {
    result.feed = await feedScenario(
      options.smoke
        ? { pollIntervalMs: 500, changes: 5, seed: 50, throughputChanges: 1000, quietS: 2, log }
        : { pollIntervalMs: 1000, changes: 50, seed: 1000, throughputChanges: 20000, quietS: 10, log },
    );
  }

  result.targets = evaluateTargets(result);
  result.problems = [...loadProblems];
  for (const problem of result.problems) log(`warning: ${problem}`);
  result.elapsedS = (performance.now() - started) / 1000;
  result.machine.loadAverageAtEnd = os.loadavg();
  mkdirSync(options.out, { recursive: true });
  const path = join(options.out, `${stamp}.json`);
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.replace(/\.json$/, '.md'), `${toMarkdown(result)}\n`);
  return { result, path };
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const reportIndex = argv.indexOf('--report');
  if (reportIndex >= 0) {
    console.log(toMarkdown(JSON.parse(readFileSync(argv[reportIndex + 1], 'utf8')) as BenchResult));
  } else {
    runBench(parseOptions(argv)).then(
      ({ result, path }) => {
        console.log(toMarkdown(result));
        log(`results written to ${path} (${result.elapsedS.toFixed(0)} s)`);
      },
      (error: Error) => {
        console.error(error.stack ?? error);
        process.exit(1);
      },
    );
  }
}
