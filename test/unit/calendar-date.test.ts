import { isCalendarDate, isIso8601Date, isIso8601DateTime } from '../../src/core/formats';

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
