import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { badUserInput } from '../core/errors';

/** The fields a representation of each entity type must carry (its `@key`). */
export type EntityKeys = Record<string, readonly string[]>;

type Reference = Record<string, unknown> & { __typename?: unknown };

/**
 * Replaces `@apollo/subgraph`'s `_entities` resolver with one that cannot leak a rejection.
 *
 * The library maps representations to promises and throws synchronously on the first unknown
 * `__typename`: the promises already started for earlier representations are then orphaned,
 * and one of them rejecting (a missing order) is an unhandled rejection that ends the process.
 * Here every representation is checked before its reference resolver runs, and each one
 * becomes its own list item, resolved with its own path: a bad or missing entity is an error
 * at `_entities[i]` with a code, the others still resolve, and every promise has a handler
 * because the executor awaits each item.
 */
export function guardEntities(schema: GraphQLSchema, keys: EntityKeys): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  if (!field?.resolve) return schema;
  const original = field.resolve as GraphQLFieldResolver<unknown, unknown, { representations: unknown }>;
  field.resolve = (source, args, context, info) => {
    const representations = Array.isArray(args.representations) ? (args.representations as unknown[]) : [];
    return representations.map((reference, index) => {
      const problem = checkRepresentation(schema, keys, reference, index);
      if (problem) return handled(Promise.reject(problem));
      try {
        // Its own path (`_entities[i]`), so that a reference resolver reports partial errors where its entity is.
        const itemInfo = { ...info, path: { prev: info.path, key: index, typename: undefined } };
        const [result] = original(source, { representations: [reference] }, context, itemInfo) as unknown[];
        return result instanceof Promise ? handled(result) : result;
      } catch (error) {
        return handled(Promise.reject(error instanceof Error ? error : new Error(String(error))));
      }
    });
  };
  return schema;
}

/** Marks a promise as observed (the executor still sees its rejection): no path leaves one unhandled. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function checkRepresentation(schema: GraphQLSchema, keys: EntityKeys, reference: unknown, index: number): Error | undefined {
  const at = `representations[${index}]`;
  if (reference === null || typeof reference !== 'object' || Array.isArray(reference)) {
    return badUserInput([{ field: at, rule: 'type', message: 'must be an object with __typename and the entity key' }]);
  }
  const { __typename } = reference as Reference;
  const entityTypes = Object.keys(keys);
  if (typeof __typename !== 'string' || !keys[__typename] || !isObjectType(schema.getType(__typename))) {
    return badUserInput([
      {
        field: `${at}.__typename`,
        rule: 'entityType',
        message: `${JSON.stringify(__typename ?? null)} is not an entity of this subgraph (one of ${entityTypes.join(', ')})`,
      },
    ]);
  }
  for (const key of keys[__typename]) {
    const value = (reference as Reference)[key];
    if (typeof value !== 'string' || value.length === 0) {
      return badUserInput([
        { field: `${at}.${key}`, rule: 'required', message: `a ${__typename} representation needs its key field ${key} as a non-empty string` },
      ]);
    }
  }
  return undefined;
}
