import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind, parse, validate } from 'graphql';
import { buildOrderGraphSchema } from '../../src/graphql/schema';
import { loadPlaygroundTabs } from '../../src/playground/operations';
import { providerModules } from '../../src/providers';

describe('playground tabs from schema/operations/', () => {
  const schema = buildOrderGraphSchema(providerModules.flatMap((m) => m.resolvers));
  const tabs = loadPlaygroundTabs();

  it('has one tab per example operation, queries before mutations', () => {
    const operations = tabs.map((tab) => parse(tab.query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION));
    expect(operations.length).toBeGreaterThanOrEqual(5);
    const kinds: string[] = operations.map((d) => (d && d.kind === Kind.OPERATION_DEFINITION ? d.operation : 'none'));
    expect(kinds.indexOf('mutation')).toBeGreaterThan(kinds.lastIndexOf('query'));
  });

  it.each(tabs.map((tab) => [tab.query.match(/(query|mutation) (\w+)/)?.[2] ?? '?', tab]))(
    '%s is a runnable document: valid against the schema, fragments included',
    (_name, tab) => {
      expect(validate(schema, parse(tab.query))).toEqual([]);
    },
  );

  it.each(tabs.map((tab) => [tab.query.match(/(query|mutation) (\w+)/)?.[2] ?? '?', tab]))('%s starts with every required variable', (_name, tab) => {
    const operation = parse(tab.query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
    const required = (operation.variableDefinitions ?? [])
      .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
      .map((v) => v.variable.name.value);
    const variables = tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : {};
    for (const name of required) expect(variables).toHaveProperty(name);
  });

  it('includes fragments transitively, keeps the file comment and takes variables from the "# Variables:" line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-operations-'));
    writeFileSync(join(dir, 'a.graphql'), '# Reads one.\n# Variables: {"id": "x:1"}\nquery One($id: ID!) { order(id: $id) { ...Outer } }\n');
    writeFileSync(join(dir, 'b.graphql'), 'fragment Outer on Order { id ...Inner }\nfragment Inner on Order { status }\nfragment Unused on Order { note }\n');
    writeFileSync(join(dir, 'c.graphql'), 'mutation Cancel($id: ID!, $reason: String!) { cancelOrder(id: $id, reason: $reason) { id } }\n');
    const [one, cancel] = loadPlaygroundTabs(dir);
    expect(one.query.startsWith('# Reads one.\nquery One')).toBe(true);
    expect(one.query).toContain('fragment Outer');
    expect(one.query).toContain('fragment Inner');
    expect(one.query).not.toContain('Unused');
    expect(one.query).not.toContain('Variables:');
    expect(JSON.parse(one.variables!)).toEqual({ id: 'x:1' });
    expect(JSON.parse(cancel.variables!)).toEqual({ id: null, reason: null });
  });

  it('opens on an empty tab when there is no operations folder', () => {
    expect(loadPlaygroundTabs(join(tmpdir(), 'og-no-such-folder'))).toEqual([]);
  });
});
