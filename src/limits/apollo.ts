import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type OperationDefinitionNode, type TypeNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { RequestContext } from '../graphql/context';
import type { LimitsConfig } from './config';
import { costEstimator, limitRules, tooComplex } from './rules';

/**
 * Refuses an operation whose estimated cost is above the limit, before anything runs.
 *
 * The cost walks the whole document, which is a noticeable part of a small request's CPU, yet
 * it depends on the variables only through list sizes (`first`, Int variables). So it is
 * remembered per parsed document (Apollo hands back the same document object for the same
 * text) and per value of its Int variables: an order read by id costs one walk per document.
 */
export function costLimitPlugin(limits: Pick<LimitsConfig, 'maxCost' | 'listSizeEstimate'>): ApolloServerPlugin<RequestContext> {
  const estimators = [costEstimator(limits.listSizeEstimate)];
  const remembered = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName, operation }) {
          let cost: number;
          try {
            const variables = request.variables ?? {};
            const key = `${operationName ?? ''}\u0000${intVariablesKey(operation, variables)}`;
            let byKey = remembered.get(document);
            if (!byKey) remembered.set(document, (byKey = new Map()));
            const known = byKey.get(key);
            if (known !== undefined) cost = known;
            else {
              cost = getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators });
              if (byKey.size < 64) byKey.set(key, cost);
            }
          } catch (error) {
            if (/maximum allowed number of nodes/.test((error as Error).message)) {
              throw withStatus(tooComplex('nodes', 10_000, 10_001, 'The operation selects more than 10000 fields'), 400);
            }
            return; // bad variables: execution reports them as BAD_USER_INPUT
          }
          if (cost > limits.maxCost) {
            throw withStatus(
              tooComplex(
                'cost',
                limits.maxCost,
                cost,
                `The operation's estimated cost is ${cost}; the limit is ${limits.maxCost} (lower \`first\` or select fewer lists)`,
              ),
              400,
            );
          }
        },
      };
    },
  };
}

/** The values of the operation's Int variables (what list sizes depend on), as a cache key. */
function intVariablesKey(operation: OperationDefinitionNode | undefined, variables: Record<string, unknown>): string {
  const named = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : named(type.type));
  return (operation?.variableDefinitions ?? [])
    .filter((definition) => named(definition.type) === 'Int')
    .map((definition) => JSON.stringify(variables[definition.variable.name.value] ?? null))
    .join(',');
}

/** Sets the HTTP status Apollo answers with when this error stops a request before execution. */
export function withStatus<E extends { extensions: Record<string, unknown> }>(error: E, status: number): E {
  (error.extensions as Record<string, unknown>).http = { status };
  return error;
}

/**
 * Apollo Server options that carry the limits: validation rules (depth, aliases, root fields),
 * the cost plugin, the parser's own token cap (a backstop for the pre-parse check), batching,
 * fragment-cycle protection, and whether validation errors may suggest field names.
 */
export function apolloLimitOptions(
  limits: LimitsConfig,
  fieldSuggestions: boolean,
): Pick<
  ApolloServerOptions<RequestContext>,
  'validationRules' | 'parseOptions' | 'allowBatchedHttpRequests' | 'maxRecursiveSelections' | 'hideSchemaDetailsFromClientErrors'
> & {
  plugins: ApolloServerPlugin<RequestContext>[];
} {
  return {
    validationRules: limitRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: limits.batching,
    maxRecursiveSelections: true,
    hideSchemaDetailsFromClientErrors: !fieldSuggestions,
    plugins: [costLimitPlugin(limits)],
  };
}
