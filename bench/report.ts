import { walkLabel, type DirectExport, type ExportWalk } from './export';
import type { BenchResult } from './run';
import { feedMarkdown } from './feed';

/** The tables of one benchmark result, in Markdown (for BENCHMARKS.md). */

const n = (value: number | undefined, digits = 1) => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));
const ratio = (value: number) => (Number.isFinite(value) && value > 0 ? `1/${(1 / value).toFixed(1)}` : '–');
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

export function toMarkdown(result: BenchResult): string {
  const m = result.machine;
  const lines: string[] = [
    `### ${result.date.slice(0, 16).replace('T', ' ')} UTC, commit ${result.commit}${result.dirty ? ' (uncommitted changes)' : ''}`,
    '',
    `${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node} (${m.platform}/${m.arch}), load average at start ${m.loadAverage.map((l) => l.toFixed(2)).join(' ')}${m.loadAverageAtEnd ? `, at the end ${m.loadAverageAtEnd.map((l) => l.toFixed(2)).join(' ')}` : ''}. ` +
      `Providers: ${result.providers.join(', ')}. ${result.options.runs} run(s) of ${result.options.durationS} s per measurement, ${result.options.connections} connections; medians of runs.${
        Object.keys(result.options.env ?? {}).length
          ? ` ordergraph environment: ${Object.entries(result.options.env)
              .map(([k, v]) => `${k}=${v}`)
              .join(' ')}.`
          : ''
      }${result.options.nodeArgs?.length ? ` ordergraph node flags: ${result.options.nodeArgs.join(' ')}.` : ''}`,
    '',
  ];

  if (result.floor?.length) {
    lines.push("**One order by id** (direct: the provider client's own REST read; ordergraph: `order(id)` with every field)", '');
    lines.push(
      '| provider | direct req/s | direct p50 / p99 ms | ordergraph req/s | ordergraph p50 / p99 ms | ratio | ordergraph CPU ms/req |',
      '|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const f of result.floor) {
      lines.push(
        `| ${f.provider} | ${n(f.direct.opsPerS, 0)} | ${n(f.direct.p50Ms, 2)} / ${n(f.direct.p99Ms, 2)} | ${n(f.ordergraph.opsPerS, 0)} | ${n(f.ordergraph.p50Ms, 2)} / ${n(f.ordergraph.p99Ms, 2)} | ${ratio(f.ratio)} | ${n(f.ordergraph.cpuMsPerOp, 3)} |`,
      );
    }
    lines.push('');
  }

  if (result.list?.length) {
    lines.push(
      '**A list with every field** (direct: the REST list call(s) for the same orders; ordergraph: `orders(first: N, filter: { providers: [P] })`)',
      '',
    );
    lines.push(
      '| provider | orders | direct calls | direct ops/s | direct p50 ms | ordergraph ops/s | ordergraph p50 / p99 ms | ratio | ordergraph CPU ms/op |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const l of result.list) {
      lines.push(
        `| ${l.provider} | ${l.orders} | ${l.directRequests} | ${n(l.direct.opsPerS, 0)} | ${n(l.direct.p50Ms, 2)} | ${n(l.ordergraph.opsPerS, 0)} | ${n(l.ordergraph.p50Ms, 2)} / ${n(l.ordergraph.p99Ms, 2)} | ${ratio(l.ratio)} | ${n(l.ordergraph.cpuMsPerOp, 2)} |`,
      );
    }
    lines.push('');
  }

  if (result.fanout) {
    const f = result.fanout;
    lines.push(
      `**Fan-out**: \`orders(first: 100)\` with every field over ${f.providers.length} provider(s), each emulator answering after ${f.latencyMs} ms (one connection)`,
      '',
    );
    lines.push('| | p50 ms | p99 ms | upstream calls / request |', '|---|---:|---:|---:|');
    for (const p of f.providers) lines.push(`| ${p.provider} direct list of 100 | ${n(p.p50Ms)} | ${n(p.p99Ms)} | ${p.requests} |`);
    lines.push(`| **ordergraph** | ${n(f.ordergraph.p50Ms)} | ${n(f.ordergraph.p99Ms)} | ${n(f.ordergraph.upstreamCallsPerOp, 2)} |`);
    lines.push(
      '',
      `ordergraph / slowest provider (${f.slowest.provider}) p50: **${n(f.ratio, 3)}**; ordergraph CPU ${n(f.ordergraph.cpuMsPerOp, 2)} ms per request.`,
      '',
    );
  }

  if (result.growth?.length) {
    lines.push('**Growth**: `orders(first: N)` with every field over all providers, one connection', '');
    const retained = result.growth.some((g) => g.pages.some((p) => p.retainedMb !== undefined));
    lines.push(
      `| orders seeded per provider | first | p50 ms | p99 ms | req/s | upstream calls / req | ordergraph peak RSS MB | ${retained ? 'RSS after GC MB' : 'RSS after MB'} |`,
      '|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const g of result.growth) {
      for (const p of g.pages) {
        lines.push(
          `| ${g.seeded.toLocaleString('en')} | ${p.first} | ${n(p.p50Ms)} | ${n(p.p99Ms)} | ${n(p.opsPerS, 1)} | ${n(p.upstreamCallsPerOp, 1)} | ${n(p.peakRssMb, 0)} | ${n(retained ? p.retainedMb : p.rssMb, 0)} |`,
        );
      }
    }
    lines.push('');
  }

  if (result.profile) {
    lines.push("**Where ordergraph's CPU time goes** (self time by category, V8 sampling profiler during the load)", '');
    const workloads = result.profile.workloads;
    const categories = [...new Set(workloads.flatMap((w) => w.summary.categories.map((c) => c.category)))];
    lines.push(`| category | ${workloads.map((w) => w.name).join(' | ')} |`, `|---|${workloads.map(() => '---:').join('|')}|`);
    for (const category of categories) {
      lines.push(
        `| ${category} | ${workloads
          .map((w) => {
            const c = w.summary.categories.find((x) => x.category === category);
            return c ? pct(c.share) : '–';
          })
          .join(' | ')} |`,
      );
    }
    lines.push(`| CPU ms per request (while profiling) | ${workloads.map((w) => n(w.summary.msPerOperation, 3)).join(' | ')} |`, '');
    for (const w of workloads) {
      lines.push(`<details><summary>Top functions, ${w.name}</summary>`, '', '| function | self % |', '|---|---:|');
      for (const f of w.summary.topFunctions.slice(0, 15)) lines.push(`| \`${f.name.replace(/\|/g, '\\|')}\` | ${pct(f.share)} |`);
      lines.push('', '</details>', '');
    }
  }

  for (const e of result.export ?? []) {
    const total = e.direct[0]?.orders ?? 0;
    lines.push(
      `**Export**: ${total.toLocaleString('en')} orders (${e.seededPerProvider.toLocaleString('en')} per provider), \`orders(first: ${e.first})\` with every field paged to the end, against the direct parallel read of the same orders (median of ${e.direct.length} reads: ${n(e.directMs, 0)} ms)`,
      '',
    );
    const providers = result.providers.filter((p) => e.direct[0]?.byProvider[p]);
    lines.push(
      `| | time ms | orders/s | × direct | ordergraph CPU × direct | all CPU ÷ cores × direct | ordergraph CPU ms per page | page 1 / 10 / 100 / last ms | upstream calls (${providers.join(', ')}) | idle / peak / after RSS MB |`,
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    const d = e.direct[Math.floor(e.direct.length / 2)];
    if (d)
      lines.push(
        `| direct (each vendor's pages in sequence, vendors in parallel) | ${n(e.directMs, 0)} | ${n(total / (e.directMs / 1000), 0)} | 1 | – | – | – | – | ${providers.map((p) => d.byProvider[p].calls).join(', ')} | – |`,
      );
    for (const w of e.walks) {
      const at = (page: number) => (page <= w.pageMs.length ? n(w.pageMs[page - 1], 0) : '–');
      lines.push(
        `| ordergraph ${walkLabel(w)} (${w.pages} pages) | ${n(w.ms, 0)} | ${n(w.ordersPerS, 0)} | ${n(w.ratio, 2)} | ${w.cpuRatio === undefined ? '–' : n(w.cpuRatio, 2)} | ${w.cpuFloorRatio === undefined ? '–' : n(w.cpuFloorRatio, 2)} | ${n(w.cpuMs / w.pages, 1)} | ${at(1)} / ${at(10)} / ${at(100)} / ${at(w.pages)} | ${providers.map((p) => w.upstreamCalls[p]).join(', ')} | ${n(w.idleRssMb, 0)} / ${n(w.peakRssMb, 0)} / ${n(w.retainedMb, 0)} |`,
      );
    }
    for (const w of e.walks.filter((x) => x.profile)) {
      lines.push(
        '',
        `Where ordergraph's CPU went, ${walkLabel(w)} (self time, ${n(w.profile!.msPerOperation, 1)} ms per page while profiling):`,
        '',
        '| category | share |',
        '|---|---:|',
      );
      for (const c of w.profile!.categories.slice(0, 12)) lines.push(`| ${c.category} | ${pct(c.share)} |`);
      lines.push('', '| top function | self % |', '|---|---:|');
      for (const f of w.profile!.topFunctions.slice(0, 15)) lines.push(`| \`${f.name.replace(/\|/g, '\\|')}\` | ${pct(f.share)} |`);
    }
    lines.push(
      '',
      "ordergraph CPU × direct: ordergraph's CPU time over the walk, over the direct read's time; ordergraph runs its JavaScript on one thread, so a walk cannot take much less. All CPU ÷ cores: ordergraph's and the emulators' CPU spread perfectly over every core (the client's left out), over the direct read: no overlap makes a walk faster than that.",
      '',
      `Direct read per vendor (ms): ${providers.map((p) => `${p} ${n(d?.byProvider[p].ms, 0)}`).join(', ')}.${upstreamCpu(d, e.walks, providers)}${e.settledRssMb !== undefined ? ` ordergraph RSS ${e.idleWaitS} s after the last walk (after a full collection): ${n(e.settledRssMb, 0)} MB.` : ''}`,
      '',
    );
    if (e.memory?.length) {
      lines.push(
        '| ordergraph memory, after a full collection | RSS MB | V8 heap in use MB | V8 heap reserved MB | Buffers (external) MB |',
        '|---|---:|---:|---:|---:|',
      );
      for (const m of e.memory) lines.push(`| ${m.at} | ${n(m.rssMb, 0)} | ${n(m.heapUsedMb, 0)} | ${n(m.heapTotalMb, 0)} | ${n(m.externalMb, 0)} |`);
      lines.push('');
    }
  }

  if (result.feed) lines.push(...feedMarkdown(result.feed), '');
  if (result.uploads) {
    lines.push(
      `**Uploads**: SOGET attachments by the GraphQL multipart request spec, one request at a time (ordergraph and the SOGET emulator only; UPLOAD_MAX_FILE_BYTES = ${result.uploads.maxFileMib} MiB)`,
      '',
    );
    lines.push(
      '| sent as | file MiB | uploads | byte-identical at SOGET | p50 ms | ordergraph RSS before (after GC) MB | peak RSS MB | peak above before MB | RSS after GC MB |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const u of result.uploads.sizes) {
      lines.push(
        `| ${u.via === 'base64' ? 'base64 in JSON' : 'Upload (multipart)'} | ${u.mib} | ${u.uploads} | ${u.identical} | ${n(u.p50Ms, 0)} | ${n(u.baselineRssMb, 0)} | ${n(u.peakRssMb, 0)} | ${n(u.peakOverBaselineMb, 1)} | ${n(u.retainedMb, 0)} |`,
      );
    }
    lines.push('');
  }

  if (result.targets.length) {
    lines.push('**Targets**', '', '| target | provider | measured | limit | met |', '|---|---|---:|---:|---|');
    for (const t of result.targets) {
      const show = t.target.includes('ratio to direct') || t.target.includes('throughput ratio') ? ratio : (v: number) => n(v, 3);
      lines.push(`| ${t.target} | ${t.provider ?? 'all'} | ${show(t.value)} | ${show(t.limit)} | ${t.met ? 'yes' : '**no**'} |`);
    }
    lines.push('');
  }
  if (result.problems?.length) {
    lines.push('**Loads with failed answers** (their numbers are suspect)', '', ...result.problems.map((p) => `- ${p}`), '');
  }
  return lines.join('\n');
}

/** The emulators' CPU time in the direct read and in each walk: work the machine's cores did besides ordergraph's. */
function upstreamCpu(d: DirectExport | undefined, walks: ExportWalk[], providers: string[]): string {
  if (!d?.byProvider[providers[0]]?.cpuMs && !walks.some((w) => w.upstreamCpuMs)) return '';
  const row = (cpu: (p: string) => number | undefined) => providers.map((p) => `${p} ${n(cpu(p), 0)}`).join(', ');
  const measured = walks.filter((w) => w.upstreamCpuMs).map((w) => ` ${walkLabel(w)}: ${row((p) => w.upstreamCpuMs![p])}.`);
  return ` Emulators' CPU ms, direct read: ${row((p) => d?.byProvider[p].cpuMs)}.${measured.join('')}`;
}
