import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Zones a test of time-zone handling runs in: behind UTC (with summer time) and ahead of it by a half hour. */
export const TIME_ZONES = ['America/New_York', 'Asia/Kolkata'] as const;

/**
 * The value of `expression` computed in a child process whose time zone is `timeZone`, with the
 * named exports of a source module (`src/...`, relative to the repository) in scope: a process
 * cannot change its own zone once a date has been made, and the tests run in UTC, where code that
 * reads a time in the machine's zone cannot be told from code that reads it in UTC. The child
 * answers JSON, with the zone's offset on 2 March 2022 so a test can see it ran elsewhere than UTC.
 * The child inherits the environment, so a mutation-testing run's active mutant is active in it too.
 */
export function inTimeZone(timeZone: string, module: string, expression: string): { offsetMinutes: number; value: unknown } {
  const source = `
    const exported = require(${JSON.stringify(join(ROOT, module))});
    const value = new Function(...Object.keys(exported), ${JSON.stringify(`return (${expression});`)})(...Object.values(exported));
    process.stdout.write(JSON.stringify({ offsetMinutes: new Date(2022, 2, 2).getTimezoneOffset(), value }));
  `;
  const child = spawnSync(process.execPath, ['-r', './bench/register.js', '-e', source], {
    cwd: ROOT,
    env: { ...process.env, TZ: timeZone },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (child.status !== 0) throw new Error(`the child in ${timeZone} failed: ${child.stderr || child.error?.message}`);
  return JSON.parse(child.stdout) as { offsetMinutes: number; value: unknown };
}

/**
 * SOGET's date-times ("ISO 8601 Extended Format"; the examples 2022-03-02T18:00:00+00:00 and
 * 2025-05-04T09:42:00Z) and the instants they stand for: without an offset a time reads as UTC,
 * with one at that offset, whatever the machine's zone.
 */
export const SOGET_DATE_TIMES: ReadonlyArray<[text: string, ms: number]> = [
  ['2022-03-02T18:00:00', Date.UTC(2022, 2, 2, 18)],
  ['2022-03-02T18:00', Date.UTC(2022, 2, 2, 18)],
  ['2022-03-02T18:00:00.5', Date.UTC(2022, 2, 2, 18, 0, 0, 500)],
  ['2022-07-02T18:00:00', Date.UTC(2022, 6, 2, 18)],
  ['2022-03-02T18:00:00+00:00', Date.UTC(2022, 2, 2, 18)],
  ['2022-03-02T18:00:00+02:00', Date.UTC(2022, 2, 2, 16)],
  ['2022-03-02T18:00:00-05:00', Date.UTC(2022, 2, 2, 23)],
  ['2025-05-04T09:42:00Z', Date.UTC(2025, 4, 4, 9, 42)],
];

/**
 * That `read` (an expression of a function of the module's exports, from a SOGET date-time text to
 * its milliseconds) reads every text of SOGET_DATE_TIMES as its instant in `timeZone`, in a child
 * process that really is not in UTC.
 */
export function expectSogetDateTimesReadIn(timeZone: string, module: string, read: string): void {
  const texts = SOGET_DATE_TIMES.map(([text]) => text);
  const child = inTimeZone(timeZone, module, `${JSON.stringify(texts)}.map(${read})`);
  expect(child.offsetMinutes).not.toBe(0);
  expect(child.value).toEqual(SOGET_DATE_TIMES.map(([, ms]) => ms));
}
