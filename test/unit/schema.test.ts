import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emittedSchema } from '../../src/tools/print-schema';

const root = join(__dirname, '..', '..');

describe('generated artifacts are current', () => {
  it('schema/schema.graphql matches the schema the code emits (run `npm run schema` after changing types)', () => {
    expect(readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8')).toBe(emittedSchema());
  });

  it('schema/generated/ matches what codegen produces from the schema and operations', () => {
    const out = mkdtempSync(join(tmpdir(), 'og-codegen-'));
    const config = readFileSync(join(root, 'codegen.yml'), 'utf8').replace('schema/generated/:', `${out}/:`);
    const configPath = join(out, 'codegen.yml');
    writeFileSync(configPath, config);
    execFileSync(join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', configPath, '--silent'], { cwd: root, stdio: 'pipe' });
    for (const file of readdirSync(join(root, 'schema', 'generated'))) {
      expect(`${file}:\n${readFileSync(join(root, 'schema', 'generated', file), 'utf8')}`).toBe(`${file}:\n${readFileSync(join(out, file), 'utf8')}`);
    }
  }, 60000);
});
