import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium; `npm test` installs it when it can (see `ensureChromium`). */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for this machine's closed network: no background calls home, loopback only. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export function chromiumPath(): string {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (npm test does it when run as root)`);
  return CHROMIUM;
}

/** The browser suites: run where Chromium is, skipped elsewhere (the global setup said so loudly, and fails in CI). */
export function describeInChromium(name: string, suite: () => void): void {
  (existsSync(CHROMIUM) ? describe : describe.skip)(name, suite);
}

export type ChromiumStep = 'ready' | 'install' | 'skip' | 'fail';

/**
 * What the test run does about Chromium: use it when it is there; install it when it may (as
 * root, with apt-get) and has not tried yet; otherwise skip the browser suites, except in CI,
 * where a run without them would pass without proving what they prove.
 */
export function nextChromiumStep(state: { installed: boolean; root: boolean; tried: boolean; ci: boolean }): ChromiumStep {
  if (state.installed) return 'ready';
  if (state.root && !state.tried) return 'install';
  return state.ci ? 'fail' : 'skip';
}

/** True when the CI variable is set to anything but an explicit no. */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/** Finds or installs Chromium before any test runs (jest globalSetup). */
export function ensureChromium(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): ChromiumStep {
  let tried = false;
  for (;;) {
    const step = nextChromiumStep({ installed: existsSync(CHROMIUM), root: process.getuid?.() === 0, tried, ci: inCi() });
    if (step === 'ready') return step;
    if (step === 'install') {
      tried = true;
      log(`${CHROMIUM} is missing: installing Debian's chromium (apt-get update; apt-get install -y chromium) for the browser suites`);
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      // Bounded: a stuck mirror must not hang the test run.
      for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
        const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env, timeout: 15 * 60_000 });
        if (result.status !== 0) {
          log(`apt-get ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
          break;
        }
      }
      continue;
    }
    const line = `${CHROMIUM} is missing and cannot be installed here: THE BROWSER SUITES (test/browser) ARE SKIPPED. Install it with apt-get install -y chromium.`;
    if (step === 'fail') throw new Error(`${line.replace('ARE SKIPPED', 'CANNOT RUN')} CI is set, so the run fails instead of skipping them.`);
    log(`\n${'!'.repeat(100)}\n${line}\n${'!'.repeat(100)}\n`);
    return step;
  }
}
