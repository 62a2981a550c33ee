import { z } from 'zod';
import { badUserInput, type InputIssue } from './errors';

/**
 * The one place where a vendor operation's zod schema meets the GraphQL error model: a
 * request is parsed by its schema (which also converts it to the vendor's wire body), and
 * every zod issue becomes an `InputIssue` of a BAD_USER_INPUT naming the input path
 * (`input.containers[0].reference`), the rule and, where the vendor has one, its error code.
 *
 * A schema names a rule of its own with the refinement's params, e.g.
 * `.refine(check, { error: 'has a wrong check digit', params: { rule: 'iso6346', providerCode: 'X' } })`;
 * the built-in checks get a rule from their kind (`maxLength`, `oneOf`, `required`, ...) and a
 * plain-English message unless the schema gave one.
 */

/** What a refinement may say about the rule it enforces (zod's `params`). */
export interface RuleParams {
  rule: string;
  /** The vendor's own error code for this refusal, when the vendor documents one. */
  providerCode?: string;
  /** The rule instead when the value is absent (a format check that also stands for a required field). */
  missingRule?: string;
}

/** `['containers', 0, 'reference']` under `input` -> `input.containers[0].reference`. */
export function inputPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const missing = (issue: z.core.$ZodIssue) => (issue as { input?: unknown }).input === undefined || (issue as { input?: unknown }).input === null;

/** The rule a built-in zod check stands for. */
function ruleOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'custom': {
      const params = (issue.params ?? {}) as Partial<RuleParams>;
      return (missing(issue) ? params.missingRule : undefined) ?? params.rule ?? 'custom';
    }
    case 'invalid_type':
      if (missing(issue)) return 'required';
      return issue.expected === 'int' ? 'integer' : 'type';
    case 'invalid_value':
      // No choice made (absent, null or empty text) is a missing value, not a wrong one.
      return missing(issue) || (issue as { input?: unknown }).input === '' ? 'required' : 'oneOf';
    case 'too_small':
      return issue.origin === 'string' ? 'minLength' : issue.origin === 'array' ? 'minItems' : 'minimum';
    case 'too_big':
      return issue.origin === 'string' ? 'maxLength' : issue.origin === 'array' ? 'maxItems' : 'maximum';
    case 'invalid_format':
      return issue.format;
    case 'unrecognized_keys':
      return 'additionalProperties';
    default:
      return 'type';
  }
}

const ARTICLE: Record<string, string> = { int: 'an integer', object: 'an object', array: 'an array' };

/** The message of a check whose schema gave none (zod's per-parse error map: a schema's own `error` wins). */
function defaultMessage(issue: z.core.$ZodRawIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined || input === null ? 'is required' : `must be ${ARTICLE[issue.expected] ?? `a ${issue.expected}`}`;
    case 'invalid_value':
      return input === undefined || input === null ? 'is required' : `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return `must be at least ${n} character${n === 1 ? '' : 's'}`;
      if (issue.origin === 'array') return `must have at least ${n} element${n === 1 ? '' : 's'}`;
      return issue.inclusive === false ? `must be greater than ${n}` : `must be at least ${n}`;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return `is too long (maximum length is ${n})`;
      if (issue.origin === 'array') return `must have at most ${n} element${n === 1 ? '' : 's'}`;
      return issue.inclusive === false ? `must be less than ${n}` : `must be at most ${n}`;
    }
    case 'unrecognized_keys':
      return 'is not a property of this object (additional properties are not allowed)';
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    default:
      return 'is not valid';
  }
}

/** Every zod issue as an input issue under `root`; unknown keys give one issue per key. */
export function inputIssues(error: z.ZodError, root = 'input'): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const issue of error.issues) {
    const rule = ruleOf(issue);
    const providerCode = issue.code === 'custom' ? (issue.params as Partial<RuleParams> | undefined)?.providerCode : undefined;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
    for (const key of keys) {
      const field = inputPath(root, key === null ? issue.path : [...issue.path, key]);
      issues.push({ field: field === '' ? root : field, rule, message: issue.message, ...(providerCode ? { providerCode } : {}) });
    }
  }
  return issues;
}

export type SchemaCheck<S extends z.ZodType> = { ok: true; value: z.output<S> } | { ok: false; issues: InputIssue[] };

/** Parses with the schema; the issues (if any) named under `root`. */
export function checkInput<S extends z.ZodType>(schema: S, value: unknown, root = 'input'): SchemaCheck<S> {
  const result = schema.safeParse(value, { reportInput: true, error: defaultMessage });
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: inputIssues(result.error, root) };
}

/** The request as the vendor's wire body, or BAD_USER_INPUT naming the vendor, every field and rule. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, provider: string, root = 'input'): z.output<S> {
  const checked = checkInput(schema, value, root);
  if (!checked.ok) throw badUserInput(checked.issues, provider);
  return checked.value;
}

/**
 * `{ [key]: value }` when the value is given (neither absent nor null), else nothing: an optional
 * property of a vendor's wire body, left out rather than sent empty.
 */
export function given<K extends string, T>(key: K, value: T | null | undefined): { [P in K]?: T } {
  return (value === undefined || value === null ? {} : { [key]: value }) as { [P in K]?: T };
}

/** The same, sending a null as null (a vendor's "clear it"): only an absent value is left out. */
export function unlessAbsent<K extends string, T>(key: K, value: T | undefined): { [P in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: T };
}
