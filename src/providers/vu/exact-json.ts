import { randomUUID } from 'node:crypto';

/**
 * VU sends unit prices as JSON numbers (`"price": 70`). `JSON.parse` would turn `19.90` into
 * the float 19.9 and `JSON.stringify` back into whatever digits the float has, so VU bodies
 * are parsed and written here instead: a number under a `price` key stays its exact digits
 * (`JsonDecimal`), everything else is plain JSON. Used by the client (requests and answers)
 * and the emulator (the same bytes on the other side).
 */

/** A JSON number kept as the digits that were on the wire, e.g. "70" or "19.90". */
export class JsonDecimal {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }

  /** Outside VU bodies (the unified `raw` payload) the digits travel as a string, never as a float. */
  toJSON(): string {
    return this.text;
  }
}

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const EXACT_KEYS = ['price'];
const MARK = '\u0000decimal';

// `{` or `,`, the key, then a number token. Inside a JSON string every quote is escaped, so an
// unescaped `"price"` right after `{` or `,` can only be a key.
const EXACT_NUMBER = new RegExp(`([{,]\\s*"(?:${EXACT_KEYS.join('|')})"\\s*:\\s*)(-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)(?=\\s*[,}\\]])`, 'g');

/**
 * `JSON.parse`, except that numbers under `price` keys become `JsonDecimal`s with their exact digits.
 *
 * Each such number is rewritten, in the text, as a JSON string of its digits behind a marker
 * that starts with a NUL (`"\u0000decimal:19.90"`); the text is then read by a plain `JSON.parse`
 * and one walk of the result turns those strings back into `JsonDecimal`s. A reviver would do
 * the same in one pass but costs V8 a call per value: on a list of 250 VU orders this way is
 * about three times faster. A body whose own text already holds an escaped NUL could carry a
 * string that looks like a marker, so it takes the reviver's way, which cannot be fooled.
 */
export function parseVuJson(text: string): unknown {
  if (text.includes('\\u0000')) return parseWithReviver(text);
  let marked = 0;
  const value: unknown = JSON.parse(
    text.replace(EXACT_NUMBER, (_m, head: string, digits: string) => {
      marked += 1;
      return `${head}"\\u0000decimal:${digits}"`;
    }),
  );
  if (marked > 0 && value !== null && typeof value === 'object') restoreDecimals(value as Record<string, unknown>);
  return value;
}

const MARKED = `${MARK}:`;

/** Turns every marked string under an exact key back into its `JsonDecimal`, in place. */
function restoreDecimals(node: Record<string, unknown> | unknown[]): void {
  if (Array.isArray(node)) {
    for (const item of node) if (item !== null && typeof item === 'object') restoreDecimals(item as Record<string, unknown>);
    return;
  }
  for (const key in node) {
    const value = node[key];
    if (typeof value === 'object') {
      if (value !== null) restoreDecimals(value as Record<string, unknown>);
    } else if (typeof value === 'string' && value.startsWith(MARKED) && EXACT_KEYS.includes(key)) {
      node[key] = new JsonDecimal(value.slice(MARKED.length));
    }
  }
}

/** The same result through a reviver: numbers under exact keys are wrapped as objects in the text, then unwrapped. */
function parseWithReviver(text: string): unknown {
  const marked = text.replace(EXACT_NUMBER, (_m, head: string, digits: string) => `${head}{"\\u0000decimal":"${digits}"}`);
  return JSON.parse(marked, (key, value: unknown) => {
    if (EXACT_KEYS.includes(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.keys(value);
      const digits = (value as Record<string, unknown>)[MARK];
      if (entries.length === 1 && typeof digits === 'string') return new JsonDecimal(digits);
    }
    return value;
  });
}

/** `JSON.stringify`, except that a `JsonDecimal` is written as a JSON number with its exact digits. */
export function stringifyVuJson(value: unknown): string {
  const nonce = randomUUID();
  const digits: string[] = [];
  const text = JSON.stringify(value, function (this: Record<string, unknown>, key: string, current: unknown) {
    const original = this[key];
    // Digits that are not a JSON number (never sent: rules refuse them first) stay a string.
    if (original instanceof JsonDecimal && JSON_NUMBER.test(original.text)) {
      digits.push(original.text);
      return `\u0000${nonce}:${digits.length - 1}`;
    }
    return current;
  });
  if (digits.length === 0) return text;
  const placeholder = new RegExp(`"\\\\u0000${nonce}:(\\d+)"`, 'g');
  return text.replace(placeholder, (_m, i: string) => digits[Number(i)]);
}
