import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importsOf, sourceFiles } from '../support/source-files';

/**
 * The emulators are a second, independent reading of the vendors' documents. If one imported
 * a provider's rules, mapper or wire types, a wrong rule would be wrong on both sides and every
 * test would stay green, so no file under src/sandbox may import anything from src/providers.
 */

const ROOT = path.resolve(__dirname, '../..');
const SANDBOX = path.join(ROOT, 'src/sandbox');
const PROVIDERS = path.join(ROOT, 'src/providers');

describe('the sandbox is independent of the providers', () => {
  it('finds every kind of import in a file (static, re-export, side effect, dynamic, require)', () => {
    const source = [
      "import { a } from './a';",
      "import type {\n  B,\n  C,\n} from '../../providers/x/wire';",
      "export { d } from './d';",
      "import './side-effect';",
      "const e = await import('./e');",
      "const f = require('../../providers/x/rules');",
    ].join('\n');
    expect(importsOf(source).sort()).toEqual(['../../providers/x/rules', '../../providers/x/wire', './a', './d', './e', './side-effect'].sort());
  });

  it('has no file under src/sandbox that imports from src/providers (rules, mapper, wire or anything else)', () => {
    const files = sourceFiles(SANDBOX);
    // Every vendor's emulator is read: its folder holds at least an emulator and an index.
    for (const vendor of ['octopi', 'shipwell', 'sitoo', 'soget', 'vu']) {
      expect(files.filter((file) => file.startsWith(path.join(SANDBOX, vendor) + path.sep)).length).toBeGreaterThanOrEqual(2);
    }
    const offending = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((specifier) => specifier.startsWith('.'))
        .filter((specifier) => {
          const target = path.resolve(path.dirname(file), specifier);
          return target === PROVIDERS || target.startsWith(PROVIDERS + path.sep);
        })
        .map((specifier) => `${path.relative(ROOT, file)} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
