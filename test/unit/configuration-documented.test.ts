import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingNames } from '../../src/config';
import { providerModules } from '../../src/providers';

/**
 * The README's configuration table is where operators look a setting up: every environment
 * variable that ordergraph reads (config.ts is the only reader) must be named there, in code
 * quotes, with the vendors' own settings and the per-vendor poll settings' pattern.
 */
describe("the README's configuration", () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

  it('names every setting ordergraph reads', () => {
    const names = settingNames(providerModules);
    expect(names).toEqual(expect.arrayContaining(['PORT', 'API_KEYS', 'MAX_DEPTH', 'LOG_LEVEL', 'OCTOPI_SNAPSHOT_STALE_MS', 'HEAP_GROWTH_PERCENT']));
    expect(names.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});
