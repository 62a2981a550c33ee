import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { FieldSelection } from '../core/deferred';

/**
 * The fields a connection's query reads of each node: the names selected under `edges { node }`,
 * through fragment spreads and inline fragments, whatever their aliases. Fields under `@skip` or
 * `@include` count as read whatever the variables say: the answer is a superset, used only to
 * map less of what nobody reads, never to leave out what someone does (deferred.ts).
 *
 * The answer is cached per query document (the resolver's field node, which a parsed and cached
 * document keeps), so a walk of many pages works it out once.
 */
export function selectedNodeFields(info: GraphQLResolveInfo): FieldSelection {
  const single = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  const cached = single && cache.get(single);
  if (cached) return cached;
  const names = new Set<string>();
  for (const field of info.fieldNodes) {
    for (const edges of fieldsNamed(field.selectionSet, 'edges', info)) {
      for (const node of fieldsNamed(edges.selectionSet, 'node', info)) {
        for (const selected of fieldsNamed(node.selectionSet, undefined, info)) names.add(selected.name.value);
      }
    }
  }
  if (single) cache.set(single, names);
  return names;
}

const cache = new WeakMap<FieldNode, FieldSelection>();

/** The fields of a selection set (only those named `name`, when given), fragments flattened. */
function fieldsNamed(set: SelectionSetNode | undefined, name: string | undefined, info: GraphQLResolveInfo, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (name === undefined || selection.name.value === name) out.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      out.push(...fieldsNamed(selection.selectionSet, name, info, seen));
    } else if (!seen.has(selection.name.value)) {
      // A fragment spread; validation refuses cycles, the guard only keeps a spread from being walked twice.
      seen.add(selection.name.value);
      out.push(...fieldsNamed(info.fragments[selection.name.value]?.selectionSet, name, info, seen));
    }
  }
  return out;
}
