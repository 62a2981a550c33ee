import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { execute, getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { RequestContext } from './context';
import { PartialErrors } from './partial-errors';

/**
 * Which engine executes operations: `jit` (graphql-jit, the default) or `graphql-js`.
 *
 * graphql-jit compiles each operation once into plain JavaScript and then runs that for every
 * request; on a page of orders with every field it spends a fraction of graphql-js's time and
 * garbage (bench/, BENCHMARKS.md). Both run the same schema and resolvers.
 */
export type GraphQLExecutorName = 'jit' | 'graphql-js';

type Gateway = ApolloServerOptionsWithGateway<RequestContext>['gateway'];

/** What tracing (src/observability/tracing.ts) needs of the executor: root fields to wrap, and each operation run inside its request span. */
export interface ExecutionTracing {
  traceRootFields(schema: GraphQLSchema): GraphQLSchema;
  /** `metrics`: Apollo's per-operation object, the one the request span is known by. */
  withinRequest<T>(metrics: object, run: () => T): T;
}

/**
 * Apollo Server's one extension point for another executor is its gateway interface: a
 * "gateway" that hands Apollo this very schema (for parsing, validation and the request
 * pipeline, plugins included) and executes each validated operation itself. Both engines run
 * behind it, so that both append the partial errors of an operation (src/graphql/partial-errors.ts)
 * before Apollo formats the result. Under `jit`, compiled queries are kept per parsed document
 * (Apollo's document store hands back the same document for the same query text) and operation
 * name; an operation graphql-jit cannot compile runs on graphql-js. Each engine coerces the
 * variables once, itself (graphql-js's execute does; a check before it coerced them twice, a
 * hundredth of a read by id); when graphql-jit refuses them, graphql-js words the errors, so that
 * a bad variable gets exactly graphql-js's error (which Apollo turns into BAD_USER_INPUT with
 * HTTP 400). Field-level plugin hooks (`willResolveField`) do not run.
 */
export function executorGateway(schema: GraphQLSchema, engine: GraphQLExecutorName, tracing?: ExecutionTracing | null): Gateway {
  // Before anything is compiled: graphql-jit keeps the resolvers it found at compile time.
  if (tracing) tracing.traceRootFields(schema);
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compile = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    if (engine !== 'jit') return null;
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    if (!byName.has(key)) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      byName.set(key, isCompiledQuery(result) ? result : null);
    }
    return byName.get(key)!;
  };
  let listener: ((context: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | undefined;

  return {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => (listener = undefined);
    },
    async load() {
      listener?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return {
        executor: async (request) => {
          if (!request.operation) {
            // Apollo leaves operation resolution to a gateway: answer as it does without one (HTTP 400).
            const message = request.operationName
              ? `Unknown operation named "${request.operationName}".`
              : 'Must provide operation name if query contains multiple operations.';
            throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
          }
          const variables = request.request.variables ?? {};
          // Its own collector per operation (a batch's operations share the request's context).
          const partialErrors = new PartialErrors();
          // The request's context with the operation's own collector (no copy: its getters stay lazy).
          const contextValue: RequestContext = Object.create(request.context as RequestContext, { partialErrors: { value: partialErrors } });
          const query = compile(request.document, request.operationName);
          const run = () =>
            query
              ? query.query(undefined, contextValue, variables)
              : execute({ schema, document: request.document, contextValue, variableValues: variables, operationName: request.operationName });
          const result = (await (tracing ? tracing.withinRequest(request.metrics, run) : run())) as ExecutionResult<Record<string, unknown>>;
          if (query && !('data' in result) && result.errors?.length) {
            // graphql-jit refused the variables (its answer without `data`, before any resolver ran):
            // the answer is graphql-js's own errors for them, word for word.
            const definitions = (request.operation as OperationDefinitionNode).variableDefinitions ?? [];
            const checked = getVariableValues(schema, definitions, variables, { maxErrors: 50 });
            if (checked.errors) return { errors: checked.errors };
          }
          return partialErrors.appendTo(result);
        },
      };
    },
    async stop() {
      listener = undefined;
    },
  };
}
