import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOrderGraphSchema, printOrderGraphSchema } from '../graphql/schema';
import { providerModules } from '../providers';

/** Writes the subgraph SDL to schema/schema.graphql (`npm run schema`). */
export function emittedSchema(): string {
  return printOrderGraphSchema(buildOrderGraphSchema(providerModules.flatMap((m) => m.resolvers)));
}

if (require.main === module) {
  const target = join(__dirname, '..', '..', 'schema', 'schema.graphql');
  writeFileSync(target, emittedSchema());
  console.log(`wrote ${target}`);
}
