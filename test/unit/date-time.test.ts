import 'reflect-metadata';
import type { GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { isoString, serializeDateTimeISO } from '../../src/graphql/date-time';
import { buildOrderGraphSchema } from '../../src/graphql/schema';
import { providerModules } from '../../src/providers';

const DAY = 86_400_000;

describe("DateTimeISO's serialisation of dates", () => {
  it('writes every time exactly as toISOString does: leap days, century years, month and year ends, before 1970, years 0000 and 9999', () => {
    const times = [
      0,
      -1,
      1,
      Date.parse('2000-02-29T23:59:59.999Z'),
      Date.parse('1900-02-28T12:00:00.000Z'),
      Date.parse('1900-03-01T00:00:00.000Z'),
      Date.parse('2100-03-01T00:00:00.001Z'),
      Date.parse('2024-12-31T23:59:59.999Z'),
      Date.parse('2026-01-31T08:05:09.042Z'),
      Date.parse('1969-12-31T23:59:59.999Z'),
      Date.parse('1600-02-29T00:00:00.000Z'),
      Date.parse('0000-01-01T00:00:00.000Z'),
      Date.parse('9999-12-31T23:59:59.999Z'),
    ];
    // Every day of four centuries (one full Gregorian cycle) at a time of day that moves, and some at random.
    const start = Date.parse('1900-01-01T00:00:00.000Z');
    for (let d = 0; d < 146_097; d += 1) times.push(start + d * DAY + ((d * 7_919_311) % DAY));
    for (let i = 0; i < 20_000; i += 1) times.push(Math.floor((Math.random() * 2 - 1) * 62_000_000_000_000));
    const wrong = times.filter((t) => isoString(t) !== new Date(t).toISOString());
    expect(wrong.map((t) => [t, isoString(t), new Date(t).toISOString()])).toEqual([]);
  });

  it('leaves years outside 0000-9999 to toISOString (a sign and six digits)', () => {
    for (const text of ['-000001-12-31T23:59:59.999Z', '+010000-01-01T00:00:00.000Z', '+275760-09-13T00:00:00.000Z']) {
      expect(isoString(Date.parse(text))).toBe(text);
    }
  });

  it('answers every other value as graphql-scalars does: date-time strings, timestamps, and the same errors for invalid dates and strings', () => {
    expect(serializeDateTimeISO('2026-01-31T09:05:09+01:00')).toBe('2026-01-31T08:05:09.000Z');
    expect(serializeDateTimeISO(1_769_846_709_042)).toBe(new Date(1_769_846_709_042).toISOString());
    expect(() => serializeDateTimeISO(new Date(Number.NaN))).toThrow('DateTime cannot represent an invalid Date instance');
    expect(() => serializeDateTimeISO('yesterday')).toThrow(/invalid date-time-string yesterday/);
    expect(() => serializeDateTimeISO({})).toThrow(/non string, non numeric or non Date type/);
  });

  it("is the serialisation of the schema's DateTimeISO, shared by every field", () => {
    const scalar = buildOrderGraphSchema(providerModules.flatMap((m) => m.resolvers)).getType('DateTimeISO') as GraphQLScalarType;
    expect(scalar.serialize).toBe(serializeDateTimeISO);
    expect(DateTimeISOResolver.serialize).toBe(serializeDateTimeISO);
    expect(scalar.serialize(new Date('2026-06-01T10:00:00.5Z'))).toBe('2026-06-01T10:00:00.500Z');
  });
});
