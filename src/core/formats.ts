/**
 * The shared formats vendors name in their docs, written once: ISO 8601 dates and times,
 * e-mail addresses, and (in their own files) ISO 3166-1 alpha-2, ISO 4217 and ISO 6346.
 */

import { z } from 'zod';
import { isIso3166Alpha2 } from './iso3166';
import { isIso4217 } from './iso4217';
import { iso6346Problem } from './iso6346';

export { isIso3166Alpha2, isIso4217 };

const ISO_8601_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const ISO_8601_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * An ISO 8601 date and time with an offset (Z or ±hh:mm), e.g. 2022-10-31T01:54:56.271Z, that is a
 * real instant on a date that exists (`Date.parse` rolls 2022-02-30 over to March 2, so the date
 * is checked on its own).
 */
export function isIso8601DateTime(value: string): boolean {
  return ISO_8601_DATE_TIME.test(value) && isCalendarDate(value) && !Number.isNaN(Date.parse(value));
}

/** Whether an ISO 8601 date and time is in UTC (Z or a zero offset). */
export function isUtc(value: string): boolean {
  return /(Z|[+-]00:?00)$/.test(value);
}

/** An ISO 8601 calendar date, e.g. 2023-05-23, that exists (no 2023-02-30). */
export function isIso8601Date(value: string): boolean {
  return ISO_8601_DATE.test(value) && isCalendarDate(value);
}

/**
 * Whether the `YYYY-MM-DD` at the start of `value` (digits already matched by a pattern) is a day
 * its month has, leap years included. Arithmetic on the characters: it runs for every date of
 * every vendor order read (SOGET's mapper among others), where a Date and its ISO text would
 * cost about a microsecond each.
 */
export function isCalendarDate(value: string): boolean {
  const digit = (i: number) => value.charCodeAt(i) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * What `Date.parse` answers for an ISO 8601 extended date-time that a pattern has already matched
 * as `YYYY-MM-DDTHH:MM`, optional `:SS` and fraction (any number of digits), then `Z`, `±HH:MM` or
 * nothing (read as UTC), on a date `isCalendarDate` accepts: milliseconds since the epoch,
 * computed from the digits. `Date.parse` is a call into V8's runtime that costs several times
 * this, and SOGET's mapper reads a dozen such dates per order. Like `Date.parse`, it keeps the
 * first three digits of the fraction; an hour, minute or second out of range, or an offset beyond
 * 23:59, goes to `Date.parse` itself (which reads 24:00 as the next midnight and refuses the rest).
 */
export function isoDateTimeMillis(value: string): number {
  const digit = (i: number) => value.charCodeAt(i) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  const hour = digit(11) * 10 + digit(12);
  const minute = digit(14) * 10 + digit(15);
  let second = 0;
  let ms = 0;
  let at = 16;
  if (value.charCodeAt(at) === 58 /* : */) {
    second = digit(17) * 10 + digit(18);
    at = 19;
    if (value.charCodeAt(at) === 46 /* . */) {
      let digits = 0;
      for (at += 1; at < value.length && digit(at) >= 0 && digit(at) <= 9; at += 1, digits += 1) if (digits < 3) ms = ms * 10 + digit(at);
      if (digits < 3) ms *= digits === 1 ? 100 : 10;
    }
  }
  let offsetMinutes = 0;
  if (at < value.length && value.charCodeAt(at) !== 90 /* Z */) {
    const hours = digit(at + 1) * 10 + digit(at + 2);
    const minutes = digit(at + 4) * 10 + digit(at + 5);
    if (hours > 23 || minutes > 59) return Date.parse(value);
    offsetMinutes = (value.charCodeAt(at) === 45 /* - */ ? -1 : 1) * (hours * 60 + minutes);
  }
  if (hour > 23 || minute > 59 || second > 59) return Date.parse(at < value.length ? value : `${value}Z`);
  // Days since 1970-01-01 of the civil date (H. Hinnant's algorithm, proleptic Gregorian calendar).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const days = era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
  return days * 86_400_000 + hour * 3_600_000 + (minute - offsetMinutes) * 60_000 + second * 1000 + ms;
}

/** Something shaped like an e-mail address (one @, a dot in the domain, no spaces). */
export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

// ---------------------------------------------------------------------------------------------
// The same formats as zod checks for the vendor operations' schemas (src/core/input-schema.ts
// turns their issues into BAD_USER_INPUT). A vendor names the rule and says the message in its
// own words (its tests and users already know them); the check itself is the one above.

/** How a vendor names the refusal of a format: the `rule` of the issue and its message. */
export interface FormatWording {
  rule: string;
  message: string;
  /** The vendor's own error code for it, if it documents one. */
  providerCode?: string;
}

const refusal = (wording: FormatWording) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? 'is required' : wording.message),
  params: { rule: wording.rule, missingRule: 'required', ...(wording.providerCode ? { providerCode: wording.providerCode } : {}) },
});

/** Text in a format given by a predicate (the shared ones below, or a vendor's own reading). */
export function formatted(accepts: (value: string) => boolean, wording: FormatWording): z.ZodType<string, string> {
  return z.custom<string>((value) => typeof value === 'string' && accepts(value), refusal(wording));
}

/**
 * An instant as the GraphQL DateTime scalar hands it over (a `Date`) or as JSON carries it (ISO 8601
 * text that `accepts`), sent as ISO 8601 text: a `Date` through `send` (by default `toISOString()`),
 * text as it is (user data is never altered).
 */
export function instant(
  wording: FormatWording,
  options: { accepts?: (value: string) => boolean; send?: (date: Date) => string } = {},
): z.ZodType<string, Date | string> {
  const accepts = options.accepts ?? isIso8601DateTime;
  const send = options.send ?? ((date: Date) => date.toISOString());
  return z
    .custom<Date | string>(
      (value) => (value instanceof Date && !Number.isNaN(value.getTime())) || (typeof value === 'string' && accepts(value)),
      refusal(wording),
    )
    .transform((value) => (typeof value === 'string' ? value : send(value)));
}

export const iso8601Date = (wording: FormatWording) => formatted(isIso8601Date, wording);
export const email = (wording: FormatWording) => formatted(isEmail, wording);
export const iso3166Alpha2 = (wording: FormatWording) => formatted(isIso3166Alpha2, wording);
export const iso4217 = (wording: FormatWording) => formatted(isIso4217, wording);

/** An ISO 6346 container number; a wrong check digit is said apart from a wrong shape. */
export function iso6346(wording: FormatWording & { checkDigitMessage: string }): z.ZodType<string, string> {
  return z.string().superRefine((value, ctx) => {
    const problem = iso6346Problem(value);
    if (problem === null) return;
    ctx.addIssue({
      code: 'custom',
      input: value,
      message: problem === 'checkDigit' ? wording.checkDigitMessage : wording.message,
      params: { rule: wording.rule, ...(wording.providerCode ? { providerCode: wording.providerCode } : {}) },
    });
  });
}
