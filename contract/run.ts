import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import type { VendorExchange } from '../src/core/http';
import { providerFromPrefix, providerLabel } from '../src/core/provider-key';
import { providerModules } from '../src/providers';
import { FIXTURE_CHECKS, type CheckContext } from './checks';
import { compareWithDoc, documentedExample, type Difference } from './compare';

/**
 * The drift check: `npm run contract -- --provider <key> [--allow-writes] [--skip-conformance]`.
 * Against the vendor configured in the environment (the variables ordergraph itself reads),
 * it runs the fixture checks (each documented call, its raw answer held against the doc's
 * example) and the provider conformance suite, prints every difference and exits 1 on any,
 * 2 when it cannot run. Read-only unless --allow-writes; what the writes make is cancelled
 * at the end where the vendor has a cancel call, and named otherwise.
 */

interface Options {
  provider: string;
  allowWrites: boolean;
  conformance: boolean;
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { provider: '', allowWrites: false, conformance: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--provider') options.provider = argv[(i += 1)] ?? '';
    else if (arg.startsWith('--provider=')) options.provider = arg.slice('--provider='.length);
    else if (arg === '--allow-writes') options.allowWrites = true;
    else if (arg === '--skip-conformance') options.conformance = false;
    else return `unknown argument ${arg}`;
  }
  return options.provider ? options : '--provider <octopi|sitoo|soget|shipwell|vu> is required';
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') return usage(options);
  const key = providerFromPrefix(options.provider);
  const module = providerModules.find((m) => m.key === key);
  if (!key || !module) return usage(`no provider ${options.provider}`);
  const settings = loadConfig([module], process.env).providerSettings.get(key) as Record<string, string | undefined>;
  if (!module.isConfigured(settings)) return usage(`${key}_BASE_URL and the vendor's credentials must be set (README, Configuration)`);

  const label = providerLabel(key);
  const baseUrl = settings[`${key}_BASE_URL`];
  console.log(`Drift check of ${label} at ${baseUrl} (${options.allowWrites ? 'writes allowed' : 'read-only'})\n`);
  const differences: Difference[] = [];
  const notes: string[] = [];
  const cleanups: { what: string; undo: () => Promise<unknown> }[] = [];
  const { fixtures, checks } = FIXTURE_CHECKS[key];
  const unique = `${Date.now().toString(36)}${process.pid.toString(36)}`.toUpperCase();

  for (const check of checks) {
    if (check.writes && !options.allowWrites) {
      console.log(`- skipped (writes): ${check.name}`);
      continue;
    }
    const exchanges: VendorExchange[] = [];
    const found: Difference[] = [];
    const context: CheckContext = {
      settings,
      deps: { timeoutMs: 15000, onExchange: (exchange) => exchanges.push(exchange) },
      unique,
      call: (send) => send().catch(() => undefined),
      answer: (method, pattern) => exchanges.filter((e) => e.method === method && pattern.test(e.path.split('?')[0])).pop(),
      compare: (exchange, name, expectation) => {
        const result = compareWithDoc(check.name, exchange, documentedExample(fixtures, name), expectation);
        found.push(...result.differences);
        notes.push(...result.notes);
      },
      note: (text) => notes.push(`${check.name}: ${text}`),
      cleanup: (what, undo) => cleanups.push({ what, undo }),
    };
    try {
      await check.run(context);
    } catch (error) {
      found.push({ check: check.name, what: `the check could not run: ${(error as Error).message}` });
    }
    console.log(`${found.length ? '✗' : '✓'} ${check.name}`);
    for (const difference of found) console.log(`    ${difference.what}`);
    differences.push(...found);
  }

  for (const { what, undo } of cleanups.reverse()) {
    await undo().then(
      () => notes.push(`cancelled ${what}`),
      (error: Error) => differences.push({ check: 'clean-up', what: `could not cancel ${what}: ${error.message}` }),
    );
  }

  if (options.conformance) {
    const canCancel = module.create(settings, { timeoutMs: 15000, onCall: () => undefined }).capabilities.cancel;
    if (options.allowWrites && !canCancel) notes.push(`the conformance suite's orders stay at ${label}: it has no cancel call`);
    console.log(`\nProvider conformance suite against ${label}:`);
    differences.push(...(await runConformance(key.toLowerCase(), key, options.allowWrites)));
  }

  if (notes.length) console.log(`\nNotes:\n${notes.map((n) => `  - ${n}`).join('\n')}`);
  if (differences.length === 0) {
    console.log(`\nNo difference between ${label}'s docs and its answers.`);
    return 0;
  }
  console.log(`\n${differences.length} difference(s) between ${label}'s docs and its answers:`);
  for (const d of differences) console.log(`  - ${d.check}: ${d.what}`);
  return 1;
}

/**
 * Runs test/conformance/<vendor>.test.ts under jest with CONTRACT_PROVIDER set, which points
 * the suite at the environment's vendor instead of the emulator (tests that need the
 * emulator's fault injection are skipped, writes only with CONTRACT_ALLOW_WRITES).
 */
async function runConformance(file: string, key: string, allowWrites: boolean): Promise<Difference[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ordergraph-contract-'));
  const output = path.join(dir, 'conformance.json');
  const root = path.join(__dirname, '..');
  const args = [require.resolve('jest/bin/jest'), '--runTestsByPath', path.join('test', 'conformance', `${file}.test.ts`), '--json', '--outputFile', output];
  const env = { ...process.env, CONTRACT_PROVIDER: key, CONTRACT_ALLOW_WRITES: allowWrites ? '1' : '0' };
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  try {
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      testResults: { assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
    };
    return report.testResults
      .flatMap((suite) => suite.assertionResults)
      .filter((test) => test.status === 'failed')
      .map((test) => ({ check: 'conformance', what: `${test.fullName}: ${firstLine(test.failureMessages[0] ?? '')}` }));
  } catch {
    return [{ check: 'conformance', what: `the suite did not run (jest exited ${code})` }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function firstLine(message: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
  const line =
    plain
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? '';
  return line.length > 240 ? `${line.slice(0, 240)}...` : line;
}

function usage(problem: string): number {
  console.error(`npm run contract -- --provider <octopi|sitoo|soget|shipwell|vu> [--allow-writes] [--skip-conformance]\n${problem}`);
  return 2;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 2;
  },
);
