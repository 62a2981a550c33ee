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
});

describe('optional properties of a wire body', () => {
  it('leaves out a value not given, and with unlessAbsent sends a null as null', () => {
    expect({ a: 1, ...given('b', undefined), ...given('c', null), ...given('d', 0), ...given('e', '') }).toEqual({ a: 1, d: 0, e: '' });
    expect({ ...unlessAbsent('b', undefined), ...unlessAbsent('c', null), ...unlessAbsent('d', false) }).toEqual({ c: null, d: false });
  });
});
