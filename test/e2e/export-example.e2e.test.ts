import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ExportOrdersDocument, type ExportOrdersQuery } from '../../schema/generated/graphql';
import { gql, type GraphQLResponse } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

const SCRIPT = join(__dirname, '..', '..', 'examples', 'export-orders.mjs');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the export into `output`; resolves with its exit code and what it printed on stderr. */
function exportInto(app: TestApp, output: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [SCRIPT, output], { env: { ...process.env, ORDERGRAPH_URL: app.url, ORDERGRAPH_KEY: 'sandbox-key', ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return { child, exited };
}

const idsIn = (output: string) =>
  readFileSync(output, 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { id: string }).id);

/** Waits until `check` holds, polling every 20 ms, for at most `withinMs`. */
async function until(withinMs: number, check: () => boolean): Promise<void> {
  const end = performance.now() + withinMs;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out waiting');
    await sleep(20);
  }
}

describe('the BI export example', () => {
  let app: TestApp;
  let dir: string;
  let everyId: string[];
  beforeAll(async () => {
    // A short circuit reset, as an operator would set for exports; probes far apart, so recovery is the circuit's doing.
    app = await startTestApp({ seed: 120, env: { CIRCUIT_RESET_MS: '300', PROVIDER_RETRIES: '0' } });
    dir = mkdtempSync(join(tmpdir(), 'ordergraph-export-'));
    // The truth to compare with: every order id, paged through the API directly.
    everyId = [];
    for (let after: string | null | undefined = null; ;) {
      const page: GraphQLResponse<ExportOrdersQuery> = await gql(app.url, ExportOrdersDocument, { after });
      everyId.push(...page.data!.orders.edges.map((edge) => edge.node.id));
      if (!page.data!.orders.pageInfo.hasNextPage) break;
      after = page.data!.orders.pageInfo.endCursor;
    }
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await app.close();
  });

  it('pages through every order of the sandbox to stdout and gets each exactly once', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT], {
      env: { ...process.env, ORDERGRAPH_URL: app.url, ORDERGRAPH_KEY: 'sandbox-key' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const ids = stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toHaveLength(everyId.length);
    expect(new Set(ids)).toEqual(new Set(everyId));
    expect(everyId.length).toBeGreaterThanOrEqual(120 * app.registry.keys().length);
  }, 60000);

  it('waits out a vendor that goes down mid-export and finishes with every order exactly once', async () => {
    const output = join(dir, 'outage.jsonl');
    const octopi = app.emulator('OCTOPI');
    const port = Number(new URL(octopi.url).port);
    // Small, slowed pages, so that the export is still running when Octopi goes away.
    app.emulator('SHIPWELL').setFaults({ latencyMs: 25 });
    const calls = app.calls.length;
    const run = exportInto(app, output, { EXPORT_PAGE_SIZE: '10', EXPORT_MAX_WAIT_SECONDS: '60', EXPORT_MAX_BACKOFF_SECONDS: '1' });
    // Mid-export: once some of Octopi's orders are on disk, its port refuses connections for 3 s.
    await until(20000, () => existsSync(output) && readFileSync(output, 'utf8').includes('"octopi:'));
    await octopi.close();
    await sleep(3000);
    await octopi.listen(port);
    const { code } = await run.exited;
    app.emulator('SHIPWELL').clearFaults();

    expect(code).toBe(0);
    // The outage hit the export: ordergraph could not reach Octopi for some of its pages.
    expect(app.calls.slice(calls).some((call) => call.provider === 'OCTOPI' && call.error === 'CONNECTION')).toBe(true);
    const ids = idsIn(output);
    expect(ids.length).toBe(everyId.length);
    expect(new Set(ids)).toEqual(new Set(everyId));
    expect(JSON.parse(readFileSync(`${output}.cursor`, 'utf8'))).toMatchObject({ done: true, count: everyId.length });
  }, 60000);

  it('gives up after its wait limit, keeps its cursor, and a rerun resumes with every order exactly once', async () => {
    const output = join(dir, 'resume.jsonl');
    const octopi = app.emulator('OCTOPI');
    const port = Number(new URL(octopi.url).port);
    await octopi.close();
    const first = await exportInto(app, output, { EXPORT_PAGE_SIZE: '50', EXPORT_MAX_WAIT_SECONDS: '1', EXPORT_MAX_BACKOFF_SECONDS: '0.5' }).exited;
    await octopi.listen(port);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/giving up after waiting/);
    const partial = idsIn(output);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.every((id) => !id.startsWith('octopi:'))).toBe(true);

    await sleep(400); // the circuit's reset: the rerun's first page is the trial call
    const second = await exportInto(app, output, { EXPORT_PAGE_SIZE: '50' }).exited;
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/resuming after \d+ orders/);
    const ids = idsIn(output);
    expect(ids.length).toBe(everyId.length);
    expect(new Set(ids)).toEqual(new Set(everyId));

    const third = await exportInto(app, output).exited;
    expect(third).toMatchObject({ code: 0, stderr: expect.stringContaining('already complete') });
    expect(idsIn(output)).toHaveLength(everyId.length);
  }, 60000);

  it('resumes after being killed mid-page without writing any order twice', async () => {
    const output = join(dir, 'killed.jsonl');
    const run = exportInto(app, output, { EXPORT_PAGE_SIZE: '10' });
    await until(20000, () => existsSync(`${output}.cursor`) && JSON.parse(readFileSync(`${output}.cursor`, 'utf8')).count >= 100);
    run.child.kill('SIGKILL');
    await run.exited;
    const second = await exportInto(app, output, { EXPORT_PAGE_SIZE: '10' }).exited;
    expect(second.code).toBe(0);
    const ids = idsIn(output);
    expect(ids.length).toBe(everyId.length);
    expect(new Set(ids)).toEqual(new Set(everyId));
  }, 60000);
});
