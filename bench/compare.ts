import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, join, resolve } from 'node:path';
import { providerModules } from '../src/providers';
import { BenchChild, fromRoot, ROOT } from './child';
import { graphqlRequest, ORDER_BY_ID, ORDER_FIELDS, ordergraphEnv, runLoad, type Emulator } from './cluster';
import type { EmulatorReady } from './emulator-host';
import { exampleClientSelection, exportPage } from './export';
import { summariseProfile, type ProfileSummary } from './profile';
import { median } from './run';

/**
 * `npm run bench:compare`: ordergraph's CPU per read by id for several variants side by side,
 * on the same emulators, with their loads interleaved round by round, so that whatever else
 * the machine is doing hits every variant alike. A variant is a checkout of ordergraph (another
 * commit in a git worktree: its own sources and its own bench/ordergraph-host.ts) and/or extra
 * environment (`NAME=VALUE`) and Node or V8 options of its process (`node=--flag`):
 *
 *   npm run bench:compare -- --variant 'main' --variant 'november root=/tmp/og-nov' --variant 'fetch PROVIDER_HTTP_CLIENT=node-fetch'
 *   npm run bench:compare -- --providers OCTOPI,SOGET --rounds 7 --duration 5
 *   npm run bench:compare -- --callgrind --amount 400        # instructions per request under valgrind
 *   npm run bench:compare -- --profile                       # and where each variant's CPU goes, per request
 *   npm run bench:compare -- --fields-root /tmp/og-nov ...   # every variant asked for that checkout's OrderFields
 *   npm run bench:compare -- --export 2000 --rounds 3 ...     # the export walk instead of the read by id (below)
 *   npm run bench:compare -- --export 2000 --export-fields example ...  # the walk with the export client's fields
 *   npm run bench:compare -- --latency 20 ...                 # every emulator answers 20 ms later (a vendor's own time)
 *   npm run bench:compare -- --export 20000 --variant 'plain' --variant 'growth node=--heap-growing-percent=50'
 *
 * CPU time per request (user + system of the ordergraph process) drifts with the machine's load;
 * with `--callgrind`, each ordergraph runs under valgrind's callgrind with instrumentation off
 * until the measured loads, and the figure is instructions executed in user space per request
 * (every thread: JIT, GC), which a busy machine does not change (kernel work, the socket system
 * calls, is not in it). What the process executes while idle, per second (timers), is measured
 * once per variant and taken out of each load's count.
 *
 * With `--export N`, the emulators hold N orders each and the workload is the export instead of
 * the read by id: each round, each variant walks `orders(first: 500, orderBy: OLDEST_FIRST)` with
 * every field (and every edge's cursor) to the end, one page at a time, and the figures are per
 * page (CPU or instructions, and wall time). Every order must come exactly once. The walk asks
 * for every field unless `--export-fields example` asks for those of examples/export-orders.mjs,
 * without edge cursors as that client does (what ordergraph maps at once follows the fields asked).
 */

interface Variant {
  label: string;
  root: string;
  env: Record<string, string>;
  /** Node or V8 options of its process (`node=--flag`, repeatable): V8 flags that NODE_OPTIONS does not take. */
  nodeArgs: string[];
}

interface Options {
  variants: Variant[];
  providers: string[];
  rounds: number;
  durationS: number;
  connections: number;
  amount?: number;
  callgrind: boolean;
  out: string;
  /** The checkout whose `OrderFields` fragment every variant is asked for (`--fields-root`): the same selection for all. */
  fieldsRoot: string;
  /** After the rounds, one more load per variant under V8's sampling profiler (`--profile`). */
  profile: boolean;
  /** Orders per provider for the export workload (`--export N`); unset: the read by id. */
  exportSeed?: number;
  /** The export walk's fields (`--export-fields`): every field, or the example export client's. */
  exportFields: 'every' | 'example';
  /** Each emulator's added latency per call, ms (`--latency`, default 0): a vendor's network and processing time. */
  latencyMs: number;
}

function parse(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const variants: Variant[] = [];
  argv.forEach((arg, i) => {
    if (arg !== '--variant') return;
    const [label, ...settings] = argv[i + 1].split(/\s+/).filter(Boolean);
    const variant: Variant = { label, root: ROOT, env: {}, nodeArgs: [] };
    for (const setting of settings) {
      const [name, ...rest] = setting.split('=');
      if (name === 'root') variant.root = resolve(rest.join('='));
      else if (name === 'node') variant.nodeArgs.push(rest.join('='));
      else variant.env[name] = rest.join('=');
    }
    variants.push(variant);
  });
  const callgrind = argv.includes('--callgrind');
  return {
    variants: variants.length ? variants : [{ label: 'this', root: ROOT, env: {}, nodeArgs: [] }],
    providers: value('providers')?.split(',') ?? [providerModules[0].key],
    rounds: Number(value('rounds') ?? 5),
    durationS: Number(value('duration') ?? (callgrind ? 120 : 5)),
    connections: Number(value('connections') ?? 10),
    amount: value('amount') ? Number(value('amount')) : callgrind ? 400 : undefined,
    callgrind,
    out: value('out') ?? join(ROOT, 'bench', 'results'),
    fieldsRoot: resolve(value('fields-root') ?? ROOT),
    profile: argv.includes('--profile'),
    exportSeed: value('export') ? Number(value('export')) : undefined,
    exportFields: value('export-fields') === 'example' ? 'example' : 'every',
    latencyMs: Number(value('latency') ?? 0),
  };
}

/** The benchmark's read by id with the `OrderFields` fragment of the checkout at `root` (older schemas lack newer fields). */
const orderById = (root: string) => ORDER_BY_ID.replace(ORDER_FIELDS, readFileSync(join(root, 'schema', 'operations', 'order-fields.graphql'), 'utf8'));

/**
 * The export's page query: with the `OrderFields` fragment of the checkout at `root`, or with
 * the example export client's fields.
 */
function exportQuery(root: string, fields: Options['exportFields']): string {
  if (fields === 'example') return exportPage(exampleClientSelection(), '', false, 'CompareExport');
  return exportPage('...OrderFields', readFileSync(join(root, 'schema', 'operations', 'order-fields.graphql'), 'utf8'), true, 'CompareExport');
}

/** Walks the export to its end, one page at a time: pages and orders (each order exactly once, or it throws). */
async function walkExport(url: string, query: string): Promise<{ pages: number; orders: number }> {
  const seen = new Set<string>();
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const request = graphqlRequest({ query, variables: { first: 500, orderBy: 'OLDEST_FIRST', after } });
    const answer = await fetch(url + request.path, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(600_000),
    });
    const body = (await answer.json()) as {
      data?: { orders: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      errors?: unknown[];
    };
    if (!body.data || body.errors?.length) throw new Error(`export page ${pages + 1} answered ${JSON.stringify(body).slice(0, 500)}`);
    pages += 1;
    for (const edge of body.data.orders.edges) {
      if (seen.has(edge.node.id)) throw new Error(`order ${edge.node.id} came twice`);
      seen.add(edge.node.id);
    }
    if (!body.data.orders.pageInfo.hasNextPage) return { pages, orders: seen.size };
    after = body.data.orders.pageInfo.endCursor;
  }
}

const log = (...parts: unknown[]) => console.error(`[compare ${new Date().toISOString().slice(11, 19)}]`, ...parts);

interface Running {
  variant: Variant;
  child: BenchChild;
  url: string;
  /** callgrind's output file (with --callgrind). */
  callgrindOut?: string;
  /** Instructions per second with no load (with --callgrind), subtracted from each load's count. */
  idleInstructionsPerS?: number;
}

const commitOf = (root: string) => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

/** Instructions counted since the last zeroing, from the dump callgrind writes on request. */
function callgrindDump(pid: number, outFile: string): number {
  const before = new Set(readdirSync(os.tmpdir()).filter((f) => f.startsWith(basename(outFile))));
  callgrind(pid, '--dump');
  const dumps = readdirSync(os.tmpdir()).filter((f) => f.startsWith(basename(outFile)) && !before.has(f));
  if (dumps.length !== 1) throw new Error(`expected one new callgrind dump, found ${dumps.join(', ') || 'none'}`);
  const totals = /^(?:summary|totals):\s*(\d+)/m.exec(readFileSync(join(os.tmpdir(), dumps[0]), 'utf8'));
  if (!totals) throw new Error(`no totals in ${dumps[0]}`);
  return Number(totals[1]);
}

function callgrind(pid: number, ...args: string[]): void {
  // vgdb finds valgrind's pipes by user and host name, which valgrind takes from its environment
  // (HOST is ordergraph's listening address there).
  const answer = execFileSync('callgrind_control', [...args, String(pid)], { encoding: 'utf8', env: { ...process.env, HOST: '127.0.0.1' } });
  if (!/OK/.test(answer)) throw new Error(`callgrind_control ${args.join(' ')} ${pid}: ${answer}`);
}

interface Entry {
  cpuMsPerOp: number[];
  instructionsPerOp: number[];
  opsPerS: number[];
  /** ordergraph's peak RSS during each measured load, MB (the kernel's high-water mark, reset by the usage before it). */
  peakRssMb: number[];
}

/** Runs `work` (which answers how many operations it did) on one variant and records its CPU (and instructions) per operation and its rate. */
async function measure(run: Running, entry: Entry, withCallgrind: boolean, work: () => Promise<number>): Promise<number> {
  const pid = run.child.pid;
  if (withCallgrind) {
    callgrind(pid, '--instr=on');
    callgrind(pid, '--zero');
  }
  const before = (await run.child.send('usage')) as unknown as { cpuUs: number };
  const started = performance.now();
  const operations = await work();
  const ms = performance.now() - started;
  const after = (await run.child.send('usage')) as unknown as { cpuUs: number; peakRss: number };
  entry.cpuMsPerOp.push((after.cpuUs - before.cpuUs) / 1000 / operations);
  entry.peakRssMb.push(after.peakRss / 1024 / 1024);
  entry.opsPerS.push(operations / (ms / 1000));
  if (withCallgrind) {
    const idle = (run.idleInstructionsPerS ?? 0) * (ms / 1000);
    entry.instructionsPerOp.push((callgrindDump(pid, run.callgrindOut!) - idle) / operations);
    callgrind(pid, '--instr=off');
  }
  return ms;
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  const stamp = new Date().toISOString().slice(0, 16).replace(/:/g, '');
  const emulators = new Map<string, Emulator>();
  const children: BenchChild[] = [];
  const running: Running[] = [];
  try {
    for (const key of providerModules.map((m) => m.key)) {
      const child = new BenchChild(
        'emulator-host.ts',
        ['--provider', key, '--seed', String(options.exportSeed ?? 200), '--latency', String(options.latencyMs)],
        {
          label: `${key} emulator`,
          maxLifetimeMs: 3 * 3600_000,
          nodeArgs: ['--max-old-space-size=4096'],
        },
      );
      children.push(child);
      emulators.set(key, { child, ready: (await child.next('ready', 900_000)) as unknown as EmulatorReady });
    }
    for (const variant of options.variants) {
      const callgrindOut = options.callgrind ? join(os.tmpdir(), `callgrind.${stamp}.${variant.label}.${process.pid}`) : undefined;
      const child = new BenchChild('ordergraph-host.ts', [], {
        root: variant.root,
        label: `ordergraph ${variant.label}`,
        // The background health probe (vendor calls every 10 s) would fall inside the measured loads.
        env: ordergraphEnv(emulators, {
          env: { HEALTH_PROBE_INTERVAL_MS: '3600000', ...variant.env },
          providerTimeoutMs: options.callgrind ? 120_000 : undefined,
        }),
        maxLifetimeMs: 3 * 3600_000,
        nodeArgs: ['--expose-gc', ...variant.nodeArgs],
        wrapper: callgrindOut ? ['valgrind', '--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${callgrindOut}`] : undefined,
      });
      children.push(child);
      const ready = await child.next('ready', options.callgrind ? 600_000 : 60_000);
      running.push({ variant, child, url: String(ready.url), callgrindOut });
      log(`${variant.label}: ${variant.root} at ${commitOf(variant.root)} ${JSON.stringify(variant.env)} ${variant.nodeArgs.join(' ')}`);
    }

    const results: Record<string, Record<string, Entry>> = {};
    /** One measured load of reads by id. */
    const readLoad = (url: string, request: ReturnType<typeof graphqlRequest>) =>
      runLoad({ url, requests: [request], connections: options.connections, durationS: options.durationS, amount: options.amount });
    if (options.exportSeed) {
      // The export: one walk per variant per round, figures per page.
      const query = exportQuery(options.fieldsRoot, options.exportFields);
      const workload = `export of ${options.exportSeed} per provider${options.exportFields === 'example' ? ", the example client's fields" : ''}`;
      results[workload] = {};
      for (const run of running) {
        results[workload][run.variant.label] = { cpuMsPerOp: [], instructionsPerOp: [], opsPerS: [], peakRssMb: [] };
        await walkExport(run.url, query); // warm-up (JIT, pools, the whole-list snapshot), outside any count
      }
      for (let round = 0; round < options.rounds; round++) {
        const order = round % 2 ? [...running].reverse() : running;
        for (const run of order) {
          const entry = results[workload][run.variant.label];
          let walk = { pages: 0, orders: 0 };
          const ms = await measure(run, entry, options.callgrind, async () => {
            walk = await walkExport(run.url, query);
            return walk.pages;
          });
          log(
            `export round ${round + 1} ${run.variant.label}: ${walk.orders} orders, ${walk.pages} pages in ${ms.toFixed(0)} ms (${(ms / walk.pages).toFixed(1)} ms/page), ` +
              `${entry.cpuMsPerOp.at(-1)!.toFixed(2)} ms CPU/page, peak RSS ${entry.peakRssMb.at(-1)!.toFixed(0)} MB` +
              (options.callgrind ? `, ${(entry.instructionsPerOp.at(-1)! / 1e6).toFixed(1)} M instructions/page` : '') +
              `, load average ${os.loadavg()[0].toFixed(1)}`,
          );
        }
      }
    }
    for (const provider of options.exportSeed ? [] : options.providers) {
      const id = emulators.get(provider)!.ready.ids[0];
      const request = graphqlRequest({ query: orderById(options.fieldsRoot), variables: { id } });
      results[provider] = {};
      for (const run of running) {
        results[provider][run.variant.label] = { cpuMsPerOp: [], instructionsPerOp: [], opsPerS: [], peakRssMb: [] };
        const answer = await fetch(run.url + request.path, {
          method: 'POST',
          headers: request.headers,
          body: request.body,
          signal: AbortSignal.timeout(300_000),
        });
        const body = (await answer.json()) as { data?: { order?: { id?: string } } };
        if (body.data?.order?.id !== id) throw new Error(`${run.variant.label} answered ${JSON.stringify(body).slice(0, 500)}`);
        // Warm-up: JIT, connection pools (with --callgrind, outside the instrumented part).
        await runLoad({
          url: run.url,
          requests: [request],
          connections: options.connections,
          durationS: options.callgrind ? 300 : 3,
          amount: options.callgrind ? 1500 : undefined,
        });
        if (options.callgrind) {
          // What the process executes with no request at all (timers), per second, to take out of each load's count.
          callgrind(run.child.pid, '--instr=on');
          callgrind(run.child.pid, '--zero');
          const started = performance.now();
          await new Promise((resolve) => setTimeout(resolve, 10_000));
          run.idleInstructionsPerS = callgrindDump(run.child.pid, run.callgrindOut!) / ((performance.now() - started) / 1000);
          callgrind(run.child.pid, '--instr=off');
          log(`${run.variant.label}: ${(run.idleInstructionsPerS / 1e6).toFixed(2)} M instructions/s while idle`);
        }
      }
      for (let round = 0; round < options.rounds; round++) {
        // Each round in another order, so that no variant always runs right after the same one.
        const order = round % 2 ? [...running].reverse() : running;
        for (const run of order) {
          const entry = results[provider][run.variant.label];
          await measure(run, entry, options.callgrind, async () => (await readLoad(run.url, request)).operations);
          log(
            `${provider} round ${round + 1} ${run.variant.label}: ${entry.cpuMsPerOp.at(-1)!.toFixed(3)} ms CPU/op` +
              (options.callgrind ? `, ${(entry.instructionsPerOp.at(-1)! / 1e6).toFixed(3)} M instructions/op` : '') +
              `, ${entry.opsPerS.at(-1)!.toFixed(0)}/s, load average ${os.loadavg()[0].toFixed(1)}`,
          );
        }
      }
    }

    // Where the time goes, per variant: one more load each under the sampling profiler (first provider).
    const profiles: Record<string, ProfileSummary> = {};
    if (options.profile && !options.exportSeed) {
      const provider = options.providers[0];
      const id = emulators.get(provider)!.ready.ids[0];
      const request = graphqlRequest({ query: orderById(options.fieldsRoot), variables: { id } });
      const dir = join(options.out, 'profiles');
      mkdirSync(dir, { recursive: true });
      for (const run of running) {
        const path = join(dir, `${stamp}-compare-${run.variant.label}-${provider.toLowerCase()}.cpuprofile`);
        await run.child.send('profile-start');
        const load = await readLoad(run.url, request);
        await run.child.send('profile-stop', { path });
        profiles[run.variant.label] = summariseProfile(path, load.operations);
        log(`profile of ${run.variant.label}: ${path}`);
      }
    }
    if (options.profile && options.exportSeed) {
      // The export: one more walk each under the profiler, per page.
      const query = exportQuery(options.fieldsRoot, options.exportFields);
      const dir = join(options.out, 'profiles');
      mkdirSync(dir, { recursive: true });
      for (const run of running) {
        const path = join(dir, `${stamp}-compare-${run.variant.label}-export.cpuprofile`);
        await run.child.send('profile-start');
        const walk = await walkExport(run.url, query);
        await run.child.send('profile-stop', { path });
        profiles[run.variant.label] = summariseProfile(path, walk.pages);
        log(`profile of ${run.variant.label}: ${path}`);
      }
    }

    const lines = [
      `# ${options.exportSeed ? 'Export' : 'Read by id'}, variants compared (${stamp})`,
      '',
      `${options.rounds} interleaved rounds of ${options.exportSeed ? `one export walk (first 500, OLDEST_FIRST, ${options.exportSeed} orders per provider)` : options.amount ? `${options.amount} requests` : `${options.durationS} s`}${options.exportSeed ? ', figures per page' : ` at ${options.connections} connections`}${options.latencyMs ? `, each vendor call ${options.latencyMs} ms later` : ''}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} at the end; medians.`,
      '',
      ...options.variants.map(
        (v) =>
          `- **${v.label}**: ${v.root === ROOT ? 'this checkout' : fromRoot(v.root)} at ${commitOf(v.root)}${Object.keys(v.env).length ? `, ${JSON.stringify(v.env)}` : ''}${v.nodeArgs.length ? `, node ${v.nodeArgs.join(' ')}` : ''}`,
      ),
      '',
      `| provider | ${options.variants.map((v) => v.label).join(' | ')} |`,
      `|---|${options.variants.map(() => '---:').join('|')}|`,
    ];
    for (const provider of Object.keys(results)) {
      const cell = (label: string) => {
        const entry = results[provider][label];
        const cpu = `${median(entry.cpuMsPerOp).toFixed(3)} ms`;
        const wall = options.exportSeed ? `, ${(1000 / median(entry.opsPerS)).toFixed(1)} ms wall, peak RSS ${median(entry.peakRssMb).toFixed(0)} MB` : '';
        return options.callgrind ? `${(median(entry.instructionsPerOp) / 1e6).toFixed(3)} M instr (${cpu}${wall})` : `${cpu}${wall}`;
      };
      lines.push(`| ${provider} | ${options.variants.map((v) => cell(v.label)).join(' | ')} |`);
    }
    if (options.profile) {
      const labels = options.variants.map((v) => v.label);
      const categories = [...new Set(labels.flatMap((l) => profiles[l].categories.map((c) => c.category)))];
      const perOp = (label: string, category: string) => {
        const summary = profiles[label];
        const ms = summary.categories.find((c) => c.category === category)?.ms ?? 0;
        return `${((ms / summary.busyMs) * (summary.msPerOperation ?? 0) * 1000).toFixed(0)} µs (${((ms / summary.busyMs) * 100).toFixed(0)}%)`;
      };
      lines.push(
        '',
        options.exportSeed
          ? `Where an export page's CPU goes (one more walk each, V8 sampling profiler, self time per page by category):`
          : `Where a read by id's CPU goes (${options.providers[0]}, V8 sampling profiler, self time per request by category):`,
        '',
        `| category | ${labels.join(' | ')} |`,
        `|---|${labels.map(() => '---:').join('|')}|`,
        `| **busy time per ${options.exportSeed ? 'page' : 'request'}** | ${labels.map((l) => `**${((profiles[l].msPerOperation ?? 0) * 1000).toFixed(0)} µs**`).join(' | ')} |`,
        ...categories.map((category) => `| ${category} | ${labels.map((l) => perOp(l, category)).join(' | ')} |`),
      );
      for (const label of labels) {
        lines.push('', `Top functions of ${label} (self time, share of busy time):`, '');
        for (const f of profiles[label].topFunctions.slice(0, 15)) lines.push(`- ${(f.share * 100).toFixed(1)}% ${f.name}`);
      }
    }
    const markdown = lines.join('\n') + '\n';
    process.stdout.write(markdown);
    mkdirSync(options.out, { recursive: true });
    const file = join(options.out, `${stamp}-compare`);
    // The checkouts by their place relative to this one: the record names no machine's paths.
    const recorded = {
      ...options,
      out: fromRoot(options.out),
      fieldsRoot: fromRoot(options.fieldsRoot),
      variants: options.variants.map((v) => ({ ...v, root: fromRoot(v.root) })),
    };
    writeFileSync(`${file}.json`, JSON.stringify({ stamp, options: recorded, loadavg: os.loadavg(), results, profiles }, null, 2));
    writeFileSync(`${file}.md`, markdown);
    log(`results in ${file}.md`);
  } finally {
    await Promise.all(children.map((c) => c.stop()));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
