import { isCalendarDate, isEmail, isIso8601Date, isIso8601DateTime, isoDateTimeMillis, isUtc } from '../../src/core/formats';
import { parseSogetDate } from '../../src/providers/soget/rules';

/** The calendar as JavaScript's Date keeps it: the day exists when a UTC midnight on it reads back as itself. */
const exists = (text: string) => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('the calendar check of ISO 8601 dates', () => {
  it("agrees with JavaScript's own calendar on every day 0 to 32 of every month of a 400-year leap cycle, and of years 0000 to 0003 and 9996 to 9999", () => {
    const years = [...Array.from({ length: 400 }, (_, i) => 1900 + i), 0, 1, 2, 3, 9996, 9997, 9998, 9999];
    const disagreements: string[] = [];
    for (const year of years)
      for (let month = 0; month <= 13; month += 1)
        for (let day = 0; day <= 32; day += 1) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (isCalendarDate(text) !== exists(text)) disagreements.push(text);
        }
    expect(disagreements).toEqual([]);
  });

  it('refuses a day its month does not have, in a date and in a date-time, and keeps a leap day of a leap year', () => {
    expect(isIso8601Date('2024-02-29')).toBe(true);
    expect(isIso8601Date('2023-02-29')).toBe(false);
    expect(isIso8601Date('1900-02-29')).toBe(false);
    expect(isIso8601Date('2000-02-29')).toBe(true);
    expect(isIso8601Date('2022-04-31')).toBe(false);
    expect(isIso8601DateTime('2022-02-30T10:00:00Z')).toBe(false);
    expect(isIso8601DateTime('2022-12-31T23:59:59.999+01:00')).toBe(true);
  });
});

describe('the milliseconds of an ISO 8601 date-time, computed from its digits', () => {
  /** What the mapper did before: Date.parse, a time without offset read as UTC. */
  const byDateParse = (text: string) => Date.parse(/(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text}Z`);

  it('answers what Date.parse answers for every hour, minute and second at the edges, every fraction length and offset, on days across four centuries', () => {
    const days = [
      '0000-01-01',
      '0000-02-29',
      '0001-03-01',
      '1899-12-31',
      '1900-02-28',
      '1900-03-01',
      '1969-12-31',
      '1970-01-01',
      '2000-02-29',
      '2024-02-29',
      '2026-12-01',
      '2099-12-31',
      '9999-12-31',
    ];
    const times = ['00:00', '23:59', '24:00', '25:00', '12:60', '00:00:00', '23:59:59', '00:00:60', '24:00:00', '24:00:01'];
    const fractions = ['', '.0', '.5', '.05', '.123', '.1239', '.999999', '.0000001'];
    const offsets = ['', 'Z', '+00:00', '-00:00', '+01:00', '-05:30', '+14:00', '-12:45', '+23:59', '+24:00', '-23:60', '+99:99'];
    const disagreements: string[] = [];
    for (const day of days)
      for (const time of times)
        for (const fraction of time.length === 8 ? fractions : [''])
          for (const offset of offsets) {
            const text = `${day}T${time}${fraction}${offset}`;
            const expected = byDateParse(text);
            const ms = isoDateTimeMillis(text);
            if (!Object.is(ms, expected)) disagreements.push(`${text}: ${ms} instead of ${expected}`);
          }
    expect(disagreements).toEqual([]);
  });

  it('answers what Date.parse answers for 100,000 random instants of years 0000 to 9999', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const disagreements: string[] = [];
    for (let i = 0; i < 100_000; i += 1) {
      const iso = new Date(Math.floor(random() * 253402300800000) - (random() < 0.05 ? 62167219200000 : 0)).toISOString();
      if (iso.length !== 24) continue;
      const offsetMinutes = Math.floor(random() * 1440) - 720;
      const sign = offsetMinutes < 0 ? '-' : '+';
      const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60), 2)}:${pad(Math.abs(offsetMinutes) % 60, 2)}`;
      for (const text of [iso, iso.slice(0, 19), iso.slice(0, 16) + 'Z', iso.replace('Z', offset)]) {
        if (!Object.is(isoDateTimeMillis(text), byDateParse(text))) disagreements.push(text);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it("reads SOGET's dates as before: with or without an offset, and null for an impossible day or a time out of range", () => {
    expect(parseSogetDate('2022-03-02T18:00:00+00:00')).toBe(Date.parse('2022-03-02T18:00:00Z'));
    expect(parseSogetDate('2022-03-02T18:00:00.1234567+02:00')).toBe(Date.parse('2022-03-02T16:00:00.123Z'));
    expect(parseSogetDate('2022-03-02T18:00')).toBe(Date.parse('2022-03-02T18:00Z'));
    expect(parseSogetDate('2022-02-30T18:00:00Z')).toBeNull();
    expect(parseSogetDate('2022-03-02T18:60:00Z')).toBeNull();
    expect(parseSogetDate('2022-03-02T24:00:00Z')).toBe(Date.parse('2022-03-03T00:00:00Z'));
  });
});

describe('the shared ISO 8601 and e-mail formats', () => {
  it('take a date-time only whole, with an offset (Z, ±hh:mm or ±hhmm), and at a time that exists', () => {
    for (const ok of ['2022-10-31T01:54:56.271Z', '2022-10-31T01:54Z', '2022-10-31T01:54:56+02:00', '2022-10-31T01:54:56-0530', '2022-10-31T01:54:56.1234567Z'])
      expect([ok, isIso8601DateTime(ok)]).toEqual([ok, true]);
    for (const wrong of [
      '2022-10-31T01:54:56',
      '2022-10-31 01:54:56Z',
      ' 2022-10-31T01:54:56Z',
      '2022-10-31T01:54:56Z ',
      'x2022-10-31T01:54:56Z',
      '2022-10-31T01:54:56.Z',
      '2022-10-31T25:00:00Z',
      '2022-10-31T01:54:56+2:00',
      '2022-02-30T01:54:56Z',
    ])
      expect([wrong, isIso8601DateTime(wrong)]).toEqual([wrong, false]);
  });

  it('take a date only whole, on a day that exists', () => {
    expect(isIso8601Date('2023-05-23')).toBe(true);
    for (const wrong of ['2023-05-23T00:00:00Z', ' 2023-05-23', '2023-05-23 ', '23-05-2023', '2023-5-23', '2023-02-30'])
      expect([wrong, isIso8601Date(wrong)]).toEqual([wrong, false]);
  });

  it('call a date-time UTC when its offset is Z or zero, written with or without the colon, and not otherwise', () => {
    for (const utc of ['2022-10-31T01:54:56Z', '2022-10-31T01:54:56+00:00', '2022-10-31T01:54:56-00:00', '2022-10-31T01:54:56+0000'])
      expect([utc, isUtc(utc)]).toEqual([utc, true]);
    for (const local of ['2022-10-31T01:54:56+01:00', '2022-10-31T01:54:56-05:30', '2022-10-31T01:54:56+0100', '2022-10-31T01:54:56Z+01:00'])
      expect([local, isUtc(local)]).toEqual([local, false]);
  });

  it('take an e-mail address with one @, something before it and a dot in the domain, and no spaces', () => {
    for (const ok of ['jane@example.com', 'j.doe+tag@mail.example.co.uk']) expect([ok, isEmail(ok)]).toEqual([ok, true]);
    for (const wrong of [
      'jane',
      'jane@example',
      '@example.com',
      'jane@.com',
      'jane@example.',
      'ja ne@example.com',
      'jane@exa mple.com',
      'jane@@example.com',
      ' jane@example.com',
      'jane@example.com ',
    ])
      expect([wrong, isEmail(wrong)]).toEqual([wrong, false]);
  });
});
