import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isEnumType } from 'graphql';
import { providerLabel } from '../../src/core/provider-key';
import { ProviderRegistry } from '../../src/core/registry';
import { buildOrderGraphSchema } from '../../src/graphql/schema';
import { providerModules } from '../../src/providers';
import { importsOf, sourceFiles } from '../support/source-files';

/**
 * The core (schema types, resolvers, pagination, errors, http) works the same for every vendor:
 * adding one is a folder under src/providers and a line in its registry. So no file of the core
 * imports a provider or the sandbox, and none names a vendor, in code, comments or the schema's
 * descriptions; what the core says of a vendor (its key, its name, what its orders are) comes
 * from the vendor's module.
 */

const ROOT = path.resolve(__dirname, '../..');
const CORE = ['src/core', 'src/model', 'src/graphql'].map((dir) => path.join(ROOT, dir));
const OUTSIDE = ['src/providers', 'src/sandbox'].map((dir) => path.join(ROOT, dir));

/** The vendors' names: each module's key, its name as users know it, and the words of that name which are names. */
const VENDOR_NAMES = [...new Set(providerModules.flatMap((m) => [m.key, m.label, ...m.label.split(' ').filter((word) => word !== 'Custom')]))];
// Longest first, so that a whole name is read before the word it starts with.
const VENDOR_NAME = new RegExp(
  `(?<![\\w'])(?:${[...VENDOR_NAMES]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\w'])`,
  'gi',
);

/** Where a text names a vendor, as `line: name`. */
function vendorNames(text: string): string[] {
  return text.split('\n').flatMap((line, i) => [...line.matchAll(VENDOR_NAME)].map((match) => `${i + 1}: ${match[0]}`));
}

/** The ISO 3166 country table holds VU (Vanuatu), a country code and not the vendor. */
function withoutCountryTable(file: string, text: string): string {
  return file.endsWith(path.join('core', 'iso3166.ts')) ? text.replace(/'(?:[A-Z]{2} )*[A-Z]{2} ?'/g, "''") : text;
}

describe('the core names no vendor', () => {
  const files = CORE.flatMap((dir) => sourceFiles(dir));

  it('reads every vendor name, in any case, and only whole names', () => {
    expect(VENDOR_NAMES).toEqual(expect.arrayContaining(['OCTOPI', 'Octopi', "SOGET S'mouv", "S'mouv", 'VU Custom', 'VU']));
    expect(vendorNames("a Sitoo order\nsoget:CDE1, the S'mouv API, octopi:41, VU Custom")).toEqual([
      '1: Sitoo',
      '2: soget',
      "2: S'mouv",
      '2: octopi',
      '2: VU Custom',
    ]);
    expect(vendorNames('vulnerable customs, Shipwellness, vu_line')).toEqual([]);
  });

  it('has no file under src/core, src/model or src/graphql that imports a provider or the sandbox', () => {
    expect(files.length).toBeGreaterThan(30);
    const offending = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((specifier) => specifier.startsWith('.'))
        .filter((specifier) => {
          const target = path.resolve(path.dirname(file), specifier);
          return OUTSIDE.some((dir) => target === dir || target.startsWith(dir + path.sep));
        })
        .map((specifier) => `${path.relative(ROOT, file)} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it('has no file under src/core, src/model or src/graphql that names a vendor (code, comments, descriptions)', () => {
    const offending = files.flatMap((file) =>
      vendorNames(withoutCountryTable(file, readFileSync(file, 'utf8'))).map((where) => `${path.relative(ROOT, file)}:${where}`),
    );
    expect(offending).toEqual([]);
  });

  it("lists each module's key in the schema's Provider enum, described by the module", () => {
    const provider = buildOrderGraphSchema(providerModules.flatMap((m) => m.resolvers)).getType('Provider');
    expect(isEnumType(provider) && provider.getValues().map((v) => [v.name, v.description])).toEqual(providerModules.map((m) => [m.key, m.description]));
  });

  it("names a vendor in the core's messages by its module's label", () => {
    for (const module of providerModules) {
      expect(providerLabel(module.key)).toBe(module.label);
      expect(() => new ProviderRegistry([]).get(module.key)).toThrow(`${module.label} is not configured on this ordergraph`);
    }
  });
});
