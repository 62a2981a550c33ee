import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

/** One tab of the playground: a runnable document (operation plus the fragments it uses) and its variables. */
export interface PlaygroundTab {
  query: string;
  variables?: string;
}

/** Where `npm run schema`, codegen and the tests read the example operations from. */
export const OPERATIONS_DIR = join(__dirname, '..', '..', 'schema', 'operations');

/**
 * Turns the example operations of `schema/operations/*.graphql` into playground tabs, one per
 * operation, queries first. Fragments live in their own files, so each tab gets the fragments
 * its operation spreads (transitively) appended, which makes every tab runnable as it is.
 *
 * A `# Variables: {...}` comment line in an operation's file gives the tab's variables; without
 * one, the tab starts with its required variables set to null for the user to fill in.
 */
export function loadPlaygroundTabs(dir: string = OPERATIONS_DIR): PlaygroundTab[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((file) => file.endsWith('.graphql'))
      .sort();
  } catch {
    return []; // a deployment without the operations folder: GraphiQL opens on an empty tab
  }
  const sources = files.map((file) => ({ file, source: readFileSync(join(dir, file), 'utf8') }));
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: Array<{ operation: OperationDefinitionNode; header: FileHeader; file: string }> = [];
  for (const { file, source } of sources) {
    let document: DocumentNode;
    try {
      document = parse(source);
    } catch (error) {
      throw new Error(`schema/operations/${file} is not valid GraphQL: ${(error as Error).message}`, { cause: error });
    }
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      if (definition.kind === Kind.OPERATION_DEFINITION) operations.push({ operation: definition, header: headerOf(source), file });
    }
  }
  const rank = { query: 0, mutation: 1, subscription: 2 } as const;
  operations.sort((a, b) => rank[a.operation.operation] - rank[b.operation.operation] || a.file.localeCompare(b.file));
  return operations.map(({ operation, header }) => {
    const used = fragmentsUsedBy(operation, fragments);
    const query = [header.description, [operation, ...used].map((definition) => print(definition)).join('\n\n')].filter(Boolean).join('\n');
    return { query: `${query}\n`, variables: variablesOf(operation, header.variables) };
  });
}

interface FileHeader {
  /** The comment lines at the top of the file, kept at the top of the tab. */
  description: string;
  /** The JSON of its `# Variables:` line, if any. */
  variables?: string;
}

function headerOf(source: string): FileHeader {
  const lines: string[] = [];
  let variables: string | undefined;
  for (const line of source.split('\n')) {
    if (!line.startsWith('#')) break;
    const declared = /^#\s*Variables:\s*(.+)$/i.exec(line);
    if (declared) variables = declared[1];
    else lines.push(line);
  }
  return { description: lines.join('\n'), variables };
}

function fragmentsUsedBy(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const found = new Map<string, FragmentDefinitionNode>();
  const pending: Array<OperationDefinitionNode | FragmentDefinitionNode> = [operation];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`Operation ${operation.name?.value ?? '(anonymous)'} spreads unknown fragment ${name}`);
        if (!found.has(name)) {
          found.set(name, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [...found.values()];
}

function variablesOf(operation: OperationDefinitionNode, declared: string | undefined): string | undefined {
  if (declared) {
    try {
      return JSON.stringify(JSON.parse(declared), null, 2);
    } catch {
      throw new Error(`Operation ${operation.name?.value}: its "# Variables:" comment is not valid JSON`);
    }
  }
  const required = (operation.variableDefinitions ?? []).filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue);
  if (required.length === 0) return undefined;
  return JSON.stringify(Object.fromEntries(required.map((v) => [v.variable.name.value, null])), null, 2);
}
