import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type ASTVisitor,
  type GraphQLError,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode, OrderGraphError } from '../core/errors';
import type { LimitsConfig } from './config';

/**
 * The operation limits. Depth and aliases use GraphQL Armor's validation rules (the ones Hive
 * Gateway ships); root fields is the same rule as Apollo Router's `max_root_fields`; tokens and
 * document size are checked before parsing; the cost follows Apollo Router's demand control.
 * Every refusal is QUERY_TOO_COMPLEX naming the limit and the value found.
 */

export function tooComplex(limit: string, max: number, found: number, message: string): OrderGraphError {
  return new OrderGraphError(ErrorCode.QUERY_TOO_COMPLEX, message, { limit, max, found });
}

/** Armor's rules throw by default; these report the error on the validation context instead. */
function reportTo(limit: string, max: number, describe: (found: number) => string) {
  return {
    propagateOnRejection: false,
    exposeLimits: true,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? max + 1);
        context?.reportError(tooComplex(limit, max, found, describe(found)));
      },
    ],
  };
}

export function depthRule(max: number): ValidationRule {
  return maxDepthRule({
    n: max,
    flattenFragments: true,
    ignoreIntrospection: true,
    ...reportTo('depth', max, (found) => `The operation is ${found} levels deep; the limit is ${max}`),
  }) as unknown as ValidationRule;
}

export function aliasesRule(max: number): ValidationRule {
  // An empty allow-list: even `__typename` aliases count, so that none can be flooded.
  return maxAliasesRule({
    n: max,
    allowList: [],
    ...reportTo('aliases', max, (found) => `The operation has ${found} aliases; the limit is ${max}`),
  }) as unknown as ValidationRule;
}

/** At most `max` fields at the root of an operation (aliases and fragments included). */
export function rootFieldsRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      // Memoised per fragment (a fragment spread twice in each of 30 fragments must not cost 2^30
      // steps); a fragment met again while being counted (a cycle, which GraphQL refuses) counts 0.
      const perFragment = new Map<string, number>();
      const count = (set: SelectionSetNode): number =>
        set.selections.reduce((sum, selection) => {
          if (selection.kind === Kind.FIELD) return sum + 1;
          if (selection.kind === Kind.INLINE_FRAGMENT) return sum + count(selection.selectionSet);
          const name = selection.name.value;
          if (!perFragment.has(name)) {
            perFragment.set(name, 0);
            const fragment = context.getFragment(name);
            perFragment.set(name, fragment ? count(fragment.selectionSet) : 0);
          }
          return sum + perFragment.get(name)!;
        }, 0);
      const found = count(operation.selectionSet);
      if (found > max) context.reportError(tooComplex('rootFields', max, found, `The operation selects ${found} root fields; the limit is ${max}`));
    },
  });
}

/** Validation rules to add to GraphQL's own. */
export function limitRules(limits: LimitsConfig): ValidationRule[] {
  return [depthRule(limits.maxDepth), aliasesRule(limits.maxAliases), rootFieldsRule(limits.maxRootFields)];
}

/**
 * Size and token count of a document, checked before it is parsed (so a huge or token-heavy
 * document costs no parse). Returns the refusal, or null.
 */
export function checkDocument(query: string, limits: Pick<LimitsConfig, 'maxDocumentBytes' | 'maxTokens'>): OrderGraphError | null {
  // Clients send the same few documents over and over: lex each accepted one once.
  let accepted = ACCEPTED.get(limits);
  if (!accepted) ACCEPTED.set(limits, (accepted = new Set()));
  if (accepted.has(query)) return null;
  const refusal = measureDocument(query, limits);
  if (!refusal) {
    if (accepted.size >= ACCEPTED_MAX) accepted.clear();
    accepted.add(query);
  }
  return refusal;
}

/** Documents already found within the limits, per limits configuration. */
const ACCEPTED = new WeakMap<object, Set<string>>();
const ACCEPTED_MAX = 1000;

function measureDocument(query: string, limits: Pick<LimitsConfig, 'maxDocumentBytes' | 'maxTokens'>): OrderGraphError | null {
  const bytes = Buffer.byteLength(query, 'utf8');
  if (bytes > limits.maxDocumentBytes) {
    return tooComplex('documentBytes', limits.maxDocumentBytes, bytes, `The document is ${bytes} bytes; the limit is ${limits.maxDocumentBytes}`);
  }
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++tokens > limits.maxTokens) {
        return tooComplex('tokens', limits.maxTokens, tokens, `The document has more than ${limits.maxTokens} tokens`);
      }
    }
  } catch {
    return null; // a lexing error: the parser reports it as GRAPHQL_PARSE_FAILED with its position
  }
  return null;
}

/**
 * The cost of a field, as Apollo Router's demand control estimates it: an object costs 1, a
 * scalar or enum 0, and a list multiplies its items' cost by its size: the `first` argument
 * where there is one (connection edges are sized by their connection's `first`), the number of
 * representations for `_entities`, `listSize` otherwise.
 */
export function costEstimator(listSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const own = isLeafType(getNamedType(field.type)) ? 0 : 1;
    const perItem = own + childComplexity;
    const isList = isListType(getNullableType(field.type));
    if (typeof args.first === 'number') {
      const size = Math.max(0, args.first);
      // A connection (one object) holds `first` edges: its own cost once, its selections `first` times.
      return isList ? size * perItem : own + size * childComplexity;
    }
    if (field.name === '_entities' && Array.isArray(args.representations)) return args.representations.length * perItem;
    if (isList) return (type.name.endsWith('Connection') ? 1 : listSize) * perItem;
    return perItem;
  };
}
