import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { categoryOf } from '../../bench/profile';
import type { BenchResult } from '../../bench/run';
import { providerModules } from '../../src/providers';

const root = join(__dirname, '..', '..');

/**
 * `npm run bench -- --smoke`: the whole harness with tiny counts (every scenario, every
 * registered provider, real processes on loopback), so that it keeps working as the code moves.
 * The numbers of such a short run mean nothing; the test checks that each one was measured.
 */
describe('benchmark harness (smoke run)', () => {
  let out: string;
  let result: BenchResult;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'og-bench-'));
    await new Promise<void>((resolve, reject) =>
      execFile(
        process.execPath,
        ['-r', './bench/register.js', 'bench/run.ts', '--smoke', '--out', out],
        { cwd: root, timeout: 110_000 },
        (error, _stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve()),
      ),
    );
    const file = readdirSync(out).find((f) => f.endsWith('.json'))!;
    result = JSON.parse(readFileSync(join(out, file), 'utf8')) as BenchResult;
  }, 120_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const keys = providerModules.map((m) => m.key as string);

  it('records the machine, the date and the commit', () => {
    expect(result.machine).toMatchObject({ cpus: expect.any(Number), memoryGb: expect.any(Number), node: process.version });
    expect(result.commit).toMatch(/^[0-9a-f]{7,}|unknown$/);
    expect(result.providers).toEqual(keys);
  });

  it('compares one order by id, direct and through ordergraph, for every provider, with ordergraph CPU per request', () => {
    expect(result.floor!.map((f) => f.provider)).toEqual(keys);
    for (const f of result.floor!) {
      expect(f.direct.opsPerS).toBeGreaterThan(0);
      expect(f.ordergraph.opsPerS).toBeGreaterThan(0);
      expect(f.ratio).toBeGreaterThan(0);
      expect(f.ordergraph.cpuMsPerOp).toBeGreaterThan(0);
      expect(f.ordergraph.p99Ms).toBeGreaterThanOrEqual(f.ordergraph.p50Ms);
    }
  });

  it('compares a list of 200 orders with every field for every provider', () => {
    expect(result.list!.map((l) => l.provider)).toEqual(keys);
    for (const l of result.list!) {
      expect(l.orders).toBeGreaterThan(0);
      expect(l.orders).toBeLessThanOrEqual(200);
      expect(l.ratio).toBeGreaterThan(0);
    }
  });

  it('measures the fan-out against the slowest provider and counts upstream calls', () => {
    const f = result.fanout!;
    expect(f.providers.map((p) => p.provider)).toEqual(keys);
    expect(f.ordergraph.p50Ms).toBeGreaterThan(f.latencyMs);
    // Every vendor is asked on every request but Octopi, whose whole list is read once per
    // snapshot lifetime (OCTOPI_SNAPSHOT_TTL_MS) and revalidated with a conditional GET.
    expect(f.ordergraph.upstreamCallsPerOp).toBeGreaterThanOrEqual(keys.length - 1);
  });

  it('measures latency and memory as the page and the seeded data grow', () => {
    const pages = result.growth!.flatMap((g) => g.pages);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pages) {
      expect(p.p50Ms).toBeGreaterThan(0);
      expect(p.peakRssMb).toBeGreaterThan(10);
    }
  });

  it('aggregates CPU profiles of the read path into categories', () => {
    for (const workload of result.profile!.workloads) {
      const total = workload.summary.categories.reduce((sum, c) => sum + c.share, 0);
      expect(total).toBeCloseTo(1, 5);
      expect(workload.summary.busyMs).toBeGreaterThan(0);
    }
  });

  it("pages every order to the end in both directions, and with the example client's fields, beside the direct read of the same orders, with page times, calls per vendor and memory", () => {
    const [e] = result.export!;
    const total = keys.length * e.seededPerProvider;
    expect(e.direct.length).toBeGreaterThanOrEqual(2);
    for (const d of e.direct) {
      expect(d.orders).toBe(total);
      expect(Object.keys(d.byProvider).sort()).toEqual([...keys].sort());
    }
    expect(e.walks.map((w) => [w.orderBy, w.fields])).toEqual([
      ['OLDEST_FIRST', undefined],
      ['NEWEST_FIRST', undefined],
      ['OLDEST_FIRST', 'example'],
    ]);
    // The walk with the example client's fields asks for less of each order than every field.
    expect(e.walks[2].bytesPerPage!).toBeLessThan(e.walks[0].bytesPerPage! / 2);
    for (const w of e.walks) {
      expect(w.orders).toBe(total);
      expect(w.pages).toBeGreaterThanOrEqual(Math.ceil(total / e.first));
      expect(w.pageMs).toHaveLength(w.pages);
      expect(w.ratio).toBeGreaterThan(0);
      expect(w.peakRssMb).toBeGreaterThan(10);
      expect(Object.keys(w.upstreamCalls).sort()).toEqual([...keys].sort());
      expect(Object.keys(w.upstreamCpuMs!).sort()).toEqual([...keys].sort());
    }
    // The emulators' own CPU time serving the direct read (each read every order, so each spent some).
    for (const d of e.direct) for (const key of keys) expect(d.byProvider[key].cpuMs).toBeGreaterThan(0);
    // Every vendor was asked for its orders, but Octopi: its whole-list snapshot, read by the
    // scenarios before, may still be fresh for both walks (OCTOPI_SNAPSHOT_TTL_MS), so zero calls is right there.
    for (const key of keys.filter((k) => k !== 'OCTOPI')) expect(e.walks[0].upstreamCalls[key] + e.walks[1].upstreamCalls[key]).toBeGreaterThan(0);
  });

  it("measures ordergraph's memory while it streams an upload into SOGET, which receives it byte for byte", () => {
    const sizes = result.uploads!.sizes;
    expect(sizes.map((u) => [u.via, u.mib])).toEqual([
      ['multipart', 1],
      ['base64', 1],
    ]);
    for (const u of sizes) {
      expect(u.identical).toBe(u.uploads);
      expect(u.peakRssMb).toBeGreaterThan(10);
      expect(u.p50Ms).toBeGreaterThan(0);
    }
  });

  it('gets only successful answers, directly and through ordergraph', () => {
    expect(result.problems).toEqual([]);
  });

  it('evaluates every target', () => {
    expect(result.targets.map((t) => t.target)).toEqual(expect.arrayContaining([expect.stringContaining('order by id'), expect.stringContaining('fan-out')]));
  });
});

describe('profile categories', () => {
  const frame = (url: string, functionName = 'f') => ({ url, functionName, lineNumber: 0 });

  it('charges JSON parsing, serialisation, the HTTP client, mapping and execution to their own categories', () => {
    expect(categoryOf(frame('/app/src/core/http.ts', 'parseJson'))).toBe('JSON parsing (vendor bodies)');
    expect(categoryOf(frame('/app/node_modules/@apollo/server/dist/cjs/runHttpQuery.js', 'prettyJSONStringify'))).toBe('serialisation (response JSON)');
    expect(categoryOf(frame('/app/node_modules/node-fetch/src/index.js'))).toMatch(/^HTTP client/);
    expect(categoryOf(frame('/app/src/providers/octopi/mapper.ts', 'mapOctopiOrder'))).toMatch(/^mapping/);
    expect(categoryOf(frame('/app/node_modules/graphql/execution/execute.js', 'executeFields'))).toMatch(/^GraphQL execution/);
    expect(categoryOf(frame('', '(garbage collector)'))).toBe('garbage collection');
  });
});
