import { existsSync } from 'node:fs';

/** Debian's Chromium; `.ci/run` installs it (apt-get install -y chromium). */
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
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  return CHROMIUM;
}
