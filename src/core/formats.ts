/**
 * The shared formats vendors name in their docs, written once: ISO 8601 dates and times,
 * e-mail addresses, and (in their own files) ISO 3166-1 alpha-2, ISO 4217 and ISO 6346.
 */

export { isIso3166Alpha2 } from './iso3166';
export { isIso4217 } from './iso4217';

const ISO_8601_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const ISO_8601_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An ISO 8601 date and time with an offset (Z or ±hh:mm), e.g. 2022-10-31T01:54:56.271Z, that is a real instant. */
export function isIso8601DateTime(value: string): boolean {
  return ISO_8601_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** Whether an ISO 8601 date and time is in UTC (Z or a zero offset). */
export function isUtc(value: string): boolean {
  return /(Z|[+-]00:?00)$/.test(value);
}

/** An ISO 8601 calendar date, e.g. 2023-05-23, that exists (no 2023-02-30). */
export function isIso8601Date(value: string): boolean {
  if (!ISO_8601_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Something shaped like an e-mail address (one @, a dot in the domain, no spaces). */
export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}
