import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { getComplexity } from 'graphql-query-complexity';
import type { RequestContext } from '../graphql/context';
import type { LimitsConfig } from './config';
import { costEstimator, limitRules, tooComplex } from './rules';

/** Refuses an operation whose estimated cost is above the limit, before anything runs. */
export function costLimitPlugin(limits: Pick<LimitsConfig, 'maxCost' | 'listSizeEstimate'>): ApolloServerPlugin<RequestContext> {
  const estimators = [costEstimator(limits.listSizeEstimate)];
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: operationName ?? undefined, estimators });
          } catch (error) {
            if (/maximum allowed number of nodes/.test((error as Error).message)) {
              throw withStatus(tooComplex('nodes', 10_000, 10_001, 'The operation selects more than 10000 fields'), 400);
            }
            return; // bad variables: execution reports them as BAD_USER_INPUT
          }
          if (cost > limits.maxCost) {
            throw withStatus(tooComplex('cost', limits.maxCost, cost, `The operation's estimated cost is ${cost}; the limit is ${limits.maxCost} (lower \`first\` or select fewer lists)`), 400);
          }
        },
      };
    },
  };
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
): Pick<ApolloServerOptions<RequestContext>, 'validationRules' | 'parseOptions' | 'allowBatchedHttpRequests' | 'maxRecursiveSelections' | 'hideSchemaDetailsFromClientErrors'> & {
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
