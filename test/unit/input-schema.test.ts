import { z } from 'zod';
import { ErrorCode, OrderGraphError } from '../../src/core/errors';
import { instant, iso3166Alpha2, iso6346 } from '../../src/core/formats';
import { checkInput, given, inputPath, parseInput, unlessAbsent } from '../../src/core/input-schema';

/** The one function between a vendor operation's zod schema and BAD_USER_INPUT. */
describe('zod issues as input issues', () => {
  const container = z.strictObject({
    reference: iso6346({ rule: 'iso6346', message: 'must be an ISO 6346 number', checkDigitMessage: 'has a wrong check digit', providerCode: 'REF_INVALID' }),
    comment: z.string().max(4).nullish(),
  });
  const order = z.object({
    number: z.string().min(1),
    flow: z.enum(['Import', 'Export']),
    containers: z.array(container).min(1),
    country: iso3166Alpha2({ rule: 'iso3166', message: 'must be a country code' }).optional(),
    quantity: z.number().int().optional(),
    due: instant({ rule: 'iso8601', message: 'must be ISO 8601' }).optional(),
  });
  const issues = (value: unknown) => {
    const checked = checkInput(order, value);
    return checked.ok ? [] : checked.issues;
  };
  const valid = { number: 'N1', flow: 'Import', containers: [{ reference: 'CSQU3054383' }] };

  it('writes zod paths as input paths, with indexes in brackets', () => {
    expect(inputPath('input', ['containers', 0, 'reference'])).toBe('input.containers[0].reference');
    expect(inputPath('', ['containers', 2])).toBe('containers[2]');
    expect(inputPath('input', [])).toBe('input');
  });

  it('names the path, the rule and the vendor code of a refinement, and the rule of each built-in check', () => {
    const broken = { ...valid, flow: 'Domestic', quantity: 1.5, country: 'XX', containers: [{ reference: 'CSQU3054384', comment: 'too long', extra: 1 }] };
    expect(issues(broken)).toEqual([
      { field: 'input.flow', rule: 'oneOf', message: 'must be one of Import, Export' },
      { field: 'input.containers[0].reference', rule: 'iso6346', message: 'has a wrong check digit', providerCode: 'REF_INVALID' },
      { field: 'input.containers[0].comment', rule: 'maxLength', message: 'is too long (maximum length is 4)' },
      { field: 'input.containers[0].extra', rule: 'additionalProperties', message: 'is not a property of this object (additional properties are not allowed)' },
      { field: 'input.country', rule: 'iso3166', message: 'must be a country code' },
      { field: 'input.quantity', rule: 'integer', message: 'must be an integer' },
    ]);
  });

  it('calls an absent value required, whatever check it fails, and an empty list or text by its minimum', () => {
    expect(issues({ containers: [] }).map((i) => [i.field, i.rule, i.message])).toEqual([
      ['input.number', 'required', 'is required'],
      ['input.flow', 'required', 'is required'],
      ['input.containers', 'minItems', 'must have at least 1 element'],
    ]);
    expect(issues({ ...valid, number: '', flow: '' }).map((i) => [i.field, i.rule])).toEqual([
      ['input.number', 'minLength'],
      ['input.flow', 'required'],
    ]);
  });

  it('takes an instant as a Date or as ISO 8601 text, and sends text as it came', () => {
    expect(checkInput(order, { ...valid, due: new Date('2024-05-20T00:00:00Z') })).toMatchObject({ ok: true, value: { due: '2024-05-20T00:00:00.000Z' } });
    expect(checkInput(order, { ...valid, due: '2024-05-20T02:00:00+02:00' })).toMatchObject({ ok: true, value: { due: '2024-05-20T02:00:00+02:00' } });
    expect(issues({ ...valid, due: 'soon' })).toEqual([{ field: 'input.due', rule: 'iso8601', message: 'must be ISO 8601' }]);
    expect(issues({ ...valid, due: new Date('nope') })).toEqual([{ field: 'input.due', rule: 'iso8601', message: 'must be ISO 8601' }]);
  });

  it('refuses an instant on a day its month does not have (2022-02-30, which Date.parse reads as March 2), and takes February 29 of a leap year', () => {
    for (const impossible of ['2022-02-30T00:00:00Z', '2023-02-29T12:00:00+01:00', '2022-04-31T00:00:00.000Z'])
      expect(issues({ ...valid, due: impossible })).toEqual([{ field: 'input.due', rule: 'iso8601', message: 'must be ISO 8601' }]);
    expect(checkInput(order, { ...valid, due: '2024-02-29T00:00:00Z' })).toMatchObject({ ok: true, value: { due: '2024-02-29T00:00:00Z' } });
  });

  it('throws BAD_USER_INPUT with the vendor, the first field, rule and vendor code, and every issue', () => {
    const error = (() => {
      try {
        parseInput(order, { ...valid, containers: [{ reference: 'nope' }], quantity: 'x' }, 'SOGET');
      } catch (e) {
        return e as OrderGraphError;
      }
      throw new Error('expected a refusal');
    })();
    expect(error).toBeInstanceOf(OrderGraphError);
    expect(error.message).toBe('input.containers[0].reference: must be an ISO 6346 number (and 1 more)');
    expect(error.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      provider: 'SOGET',
      field: 'input.containers[0].reference',
      rule: 'iso6346',
      providerCode: 'REF_INVALID',
      issues: [expect.objectContaining({ field: 'input.containers[0].reference' }), { field: 'input.quantity', rule: 'type', message: 'must be a number' }],
    });
  });

  it('answers the converted value when the input is valid', () => {
    expect(parseInput(order, valid, 'SOGET')).toEqual(valid);
  });

  it.each<[string, z.ZodType, unknown, string, string]>([
    ['a string given a number', z.string(), 5, 'type', 'must be a string'],
    ['an object given text', z.object({}), 'x', 'type', 'must be an object'],
    ['a list given text', z.array(z.string()), 'x', 'type', 'must be an array'],
    ['an integer given a fraction', z.number().int(), 1.5, 'integer', 'must be an integer'],
    ['a number given nothing', z.number(), undefined, 'required', 'is required'],
    ['a number given null', z.number(), null, 'required', 'is required'],
    ['a choice given null', z.enum(['A', 'B']), null, 'required', 'is required'],
    ['a choice given empty text', z.enum(['A', 'B']), '', 'required', 'must be one of A, B'],
    ['a choice given another value', z.enum(['A', 'B']), 'C', 'oneOf', 'must be one of A, B'],
    ['text under its minimum of 1', z.string().min(1), '', 'minLength', 'must be at least 1 character'],
    ['text under its minimum of 3', z.string().min(3), 'ab', 'minLength', 'must be at least 3 characters'],
    ['a list under its minimum of 1', z.array(z.number()).min(1), [], 'minItems', 'must have at least 1 element'],
    ['a list under its minimum of 2', z.array(z.number()).min(2), [1], 'minItems', 'must have at least 2 elements'],
    ['a number under its minimum', z.number().min(5), 4, 'minimum', 'must be at least 5'],
    ['a number not above its bound', z.number().gt(5), 5, 'minimum', 'must be greater than 5'],
    ['text over its maximum', z.string().max(4), 'abcde', 'maxLength', 'is too long (maximum length is 4)'],
    ['a list over its maximum of 1', z.array(z.number()).max(1), [1, 2], 'maxItems', 'must have at most 1 element'],
    ['a list over its maximum of 2', z.array(z.number()).max(2), [1, 2, 3], 'maxItems', 'must have at most 2 elements'],
    ['a number over its maximum', z.number().max(5), 6, 'maximum', 'must be at most 5'],
    ['a number not below its bound', z.number().lt(5), 5, 'maximum', 'must be less than 5'],
    ['text in the wrong format', z.email(), 'nobody', 'email', 'must be a valid email'],
    ['a value none of a union takes', z.union([z.string(), z.number()]), true, 'type', 'is not valid'],
    ['a refinement without a rule of its own', z.string().refine(() => false), 'x', 'custom', 'is not valid'],
  ])('names the rule of %s and words it', (_case, schema, value, rule, message) => {
    const checked = checkInput(z.object({ field: schema }), value === undefined ? {} : { field: value });
    expect(checked.ok ? [] : checked.issues).toEqual([{ field: 'input.field', rule, message }]);
  });

  it('names an absent value of a refinement by its missingRule, a given one by its rule, and leaves a vendor code out when there is none', () => {
    const check = z.custom<string>((value) => value === 'ok', { error: 'is wrong', params: { rule: 'shape', missingRule: 'required' } });
    const named = (value: unknown) => {
      const checked = checkInput(z.object({ field: check }), { field: value });
      return checked.ok ? [] : checked.issues;
    };
    expect(named(undefined)).toEqual([{ field: 'input.field', rule: 'required', message: 'is wrong' }]);
    expect(named(null)).toEqual([{ field: 'input.field', rule: 'required', message: 'is wrong' }]);
    expect(named('ko')).toEqual([{ field: 'input.field', rule: 'shape', message: 'is wrong' }]);
  });

  it('names the root itself when the input as a whole is refused, and a root of its own', () => {
    expect(checkInput(z.object({}), 'x')).toEqual({ ok: false, issues: [{ field: 'input', rule: 'type', message: 'must be an object' }] });
    expect(checkInput(z.object({ a: z.string() }), {}, 'body')).toEqual({ ok: false, issues: [{ field: 'body.a', rule: 'required', message: 'is required' }] });
  });
});

describe('optional properties of a wire body', () => {
  it('leaves out a value not given, and with unlessAbsent sends a null as null', () => {
    expect({ a: 1, ...given('b', undefined), ...given('c', null), ...given('d', 0), ...given('e', '') }).toEqual({ a: 1, d: 0, e: '' });
    expect({ ...unlessAbsent('b', undefined), ...unlessAbsent('c', null), ...unlessAbsent('d', false) }).toEqual({ c: null, d: false });
  });
});
