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

/** `JSON.parse`, except that numbers under `price` keys become `JsonDecimal`s with their exact digits. */
export function parseVuJson(text: string): unknown {
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
