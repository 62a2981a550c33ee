import { GraphQLError, type ExecutionResult, type GraphQLResolveInfo } from 'graphql';
import type { OrderGraphError } from '../core/errors';

/** What a report needs of a resolver's `info`: where in the answer the failed part belongs. */
export type FieldPosition = Pick<GraphQLResolveInfo, 'path' | 'fieldNodes'>;

/**
 * The errors of a partial answer: a field that still returns data (the orders of the providers
 * that answered) while one provider's part is missing. GraphQL lets a resolver either return
 * a value or throw, not both, so the resolver reports the missing part here, at its own field's
 * `path`, and returns what it has; the executor (src/graphql/executor.ts) appends the reports
 * to the result's `errors` before Apollo formats them, so `formatError`, `didEncounterErrors`
 * and the response cache see them like any other field error.
 *
 * One collector per executed operation: the operations of a batched HTTP request share the
 * request's context, and each one's answer must carry only its own errors.
 */
export class PartialErrors {
  private readonly errors: GraphQLError[] = [];

  /** Reports a provider's failure (see `providerFailure`) at the field being resolved. */
  report(at: FieldPosition, failure: OrderGraphError): void {
    this.errors.push(
      new GraphQLError(failure.message, {
        nodes: at.fieldNodes,
        path: pathOf(at.path),
        originalError: failure,
        extensions: failure.extensions,
      }),
    );
  }

  /** The result with every report appended to its `errors`. */
  appendTo<T extends ExecutionResult>(result: T): T {
    if (this.errors.length === 0) return result;
    return { ...result, errors: [...(result.errors ?? []), ...this.errors] };
  }
}

function pathOf(path: GraphQLResolveInfo['path'] | undefined): Array<string | number> {
  const keys: Array<string | number> = [];
  for (let at = path; at; at = at.prev) keys.push(at.key);
  return keys.reverse();
}
