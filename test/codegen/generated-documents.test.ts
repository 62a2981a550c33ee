import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const generated = join(root, 'schema', 'generated');

/**
 * schema/generated/ is what frontend teams copy into their apps: it must compile on its own (its
 * only import is @graphql-typed-document-node/core) under the strict settings of a modern
 * frontend build, and give real types to code that uses it (frontend-usage.ts).
 */
describe('the typed documents of schema/generated/', () => {
  it('compile with tsc --noEmit, strict, together with code that uses them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-typed-documents-'));
    const files = [
      ...readdirSync(generated)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(generated, f)),
      join(__dirname, 'frontend-usage.ts'),
    ];
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        verbatimModuleSyntax: true,
        isolatedModules: true,
        noUncheckedIndexedAccess: false,
        skipLibCheck: true,
        types: [],
      },
      files,
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    let output = '';
    try {
      execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], {
        cwd: root,
        stdio: 'pipe',
      });
    } catch (error) {
      output = String((error as { stdout?: Buffer }).stdout ?? error);
    }
    expect(output).toBe('');
  }, 120000);
});
