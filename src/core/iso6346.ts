/**
 * ISO 6346 container numbers: 3-letter owner code, category letter (U, J or Z), 6-digit
 * serial and a check digit. Written once; used by the unified model (`iso6346Valid`), by
 * input validation and by the sandbox emulators.
 */

const LETTER_VALUES: Record<string, number> = (() => {
  // A=10 and up, skipping multiples of 11 (11, 22, 33).
  const values: Record<string, number> = {};
  let value = 10;
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (value % 11 === 0) value += 1;
    values[letter] = value;
    value += 1;
  }
  return values;
})();

const SHAPE = /^[A-Z]{3}[UJZ]\d{6}\d$/;

/** Character code -> value; filled for digits and capital letters. */
const VALUE_BY_CODE: number[] = (() => {
  const values: number[] = [];
  for (let digit = 0; digit <= 9; digit += 1) values['0'.charCodeAt(0) + digit] = digit;
  for (const [letter, value] of Object.entries(LETTER_VALUES)) values[letter.charCodeAt(0)] = value;
  return values;
})();

/**
 * The check digit of the first 10 characters (owner, category, serial). Runs for every
 * container of every order mapped, so it works on character codes (no per-character strings).
 */
export function iso6346CheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i += 1) sum += VALUE_BY_CODE[first10.charCodeAt(i)] * (1 << i);
  return (sum % 11) % 10;
}

export type Iso6346Problem = 'format' | 'checkDigit';

/** Why a container number is not valid ISO 6346, or null when it is. */
export function iso6346Problem(number: string): Iso6346Problem | null {
  if (!SHAPE.test(number)) return 'format';
  return iso6346CheckDigit(number) === number.charCodeAt(10) - 48 ? null : 'checkDigit';
}

export function isValidIso6346(number: string): boolean {
  return iso6346Problem(number) === null;
}

/** Completes owner + category + serial with its check digit. */
export function withCheckDigit(first10: string): string {
  return first10 + String(iso6346CheckDigit(first10));
}
