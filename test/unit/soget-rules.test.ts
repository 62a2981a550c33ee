import { checkInput } from '../../src/core/input-schema';
import { checkOrder, checkUpdateAgainst, parseSogetDate, sogetCreateRequest } from '../../src/providers/soget/rules';
import { SOGET_DOCUMENTED_MAX_LENGTHS } from '../fixtures/soget/max-lengths';
import { exportOrder, importOrder, setPath, transferOrder } from '../support/soget-fixtures';
import { expectSogetDateTimesReadIn, SOGET_DATE_TIMES, TIME_ZONES } from '../support/time-zone';

/** ordergraph's SOGET request schemas as pure functions, on wire bodies (issue paths from the body's root). */
describe('SOGET rules', () => {
  it('accept a valid order of every flow', () => {
    expect(checkOrder(importOrder('R1'))).toEqual([]);
    expect(checkOrder(exportOrder('R2'))).toEqual([]);
    expect(checkOrder(transferOrder('R3'))).toEqual([]);
  });

  it('check ISO 6346 numbers with their check digit, on known-good and known-bad numbers', () => {
    const withReference = (reference: string) => {
      const order = importOrder('R');
      order.containers[0].reference = reference;
      return checkOrder(order).map((i) => [i.rule, i.providerCode]);
    };
    for (const good of ['CSQU3054383', 'MSCU7654329', 'CGMU1234562', 'TGHU7599475']) expect(withReference(good)).toEqual([]);
    for (const bad of ['CSQU3054384', 'CGMU1234567', 'MSCU765432', 'MSCX7654329', 'msCU7654329'])
      expect(withReference(bad)).toEqual([['iso6346', 'HANDLING_UNIT_REFERENCE_INVALID']]);
  });

  it('need the mandatory start dates of each flow', () => {
    const exported = exportOrder('R');
    exported.containers[0].events[1].startDate = null; // PositioningExport
    expect(checkOrder(exported)).toEqual([expect.objectContaining({ field: 'containers[0].events[1].startDate', providerCode: 'EVENT_START_DATE_REQUIRED' })]);
    const transferred = transferOrder('R');
    transferred.containers[0].events[0].startDate = null; // LadingTransfer: optional
    expect(checkOrder(transferred)).toEqual([]);
    transferred.containers[0].events[1].startDate = null; // DeliveryTransfer: mandatory
    expect(checkOrder(transferred)).toEqual([expect.objectContaining({ field: 'containers[0].events[1].startDate', rule: 'required' })]);
  });

  it('compare event dates in the flow order, whatever the order of the array, and fall back to end dates', () => {
    const order = exportOrder('R');
    order.containers[0].events.reverse();
    expect(checkOrder(order)).toEqual([]);
    order.containers[0].events[0] = { ...order.containers[0].events[0], startDate: null, endDate: '2024-03-05T07:00:00Z' }; // DeliveryExport ends before the start of the flow
    expect(checkOrder(order)).toEqual([
      expect.objectContaining({ field: 'containers[0].events[0].endDate', rule: 'eventDateOrder', providerCode: 'WRONG_EVENT_DATE_ORDER' }),
    ]);
  });

  it('refuse what the update may not change', () => {
    const current = importOrder('R');
    expect(checkUpdateAgainst(current, { customsFlag: 'Export' })).toEqual([
      expect.objectContaining({ field: 'customsFlag', providerCode: 'CUSTOMS_FLAG_NOT_BE_MODIFIED' }),
    ]);
    expect(checkUpdateAgainst(current, { containers: [] })).toEqual([
      expect.objectContaining({ field: 'containers', providerCode: 'CANNOT_CHANGE_NUMBER_OF_CONTAINERS' }),
    ]);
    expect(checkUpdateAgainst(current, { containers: [{ ...current.containers[0], reference: 'MSCU7654329' }] })).toEqual([
      expect.objectContaining({ field: 'containers[0].reference', providerCode: 'R0007' }),
    ]);
    expect(checkUpdateAgainst(current, { comment: 'fine' })).toEqual([]);
  });

  it('read ISO 8601 extended date-times, with or without offset', () => {
    expect(parseSogetDate('2022-03-02T18:00:00+00:00')).toBe(Date.parse('2022-03-02T18:00:00Z'));
    expect(parseSogetDate('2025-05-04T09:42:00Z')).toBe(Date.parse('2025-05-04T09:42:00Z'));
    expect(parseSogetDate('2025-05-04T09:42:00')).toBe(Date.parse('2025-05-04T09:42:00Z'));
    expect(parseSogetDate('2025-05-04')).toBeNull();
    expect(parseSogetDate('2025-05-04T09:42')).toBe(Date.parse('2025-05-04T09:42:00Z'));
    expect(parseSogetDate('2025-05-04T09:42:00.1234567')).toBe(Date.parse('2025-05-04T09:42:00.123Z'));
    expect(parseSogetDate('2025-05-04T09:42:00.5-05:00')).toBe(Date.parse('2025-05-04T14:42:00.500Z'));
    expect(parseSogetDate('2025-05-04T09:42+01:30')).toBe(Date.parse('2025-05-04T08:12:00Z'));
  });

  it.each(TIME_ZONES)("read a date-time without an offset as UTC and one with an offset at it on a machine in %s too, not in the machine's zone", (zone) => {
    const texts = SOGET_DATE_TIMES.map(([text]) => text);
    const instants = SOGET_DATE_TIMES.map(([, ms]) => ms);
    expect(texts.map(parseSogetDate)).toEqual(instants);
    expectSogetDateTimesReadIn(zone, 'src/providers/soget/rules.ts', 'parseSogetDate');
  });

  it.each(TIME_ZONES)('page by the creation date as the mapper reads it, without an offset as UTC, in %s too', (zone) => {
    expectSogetDateTimesReadIn(zone, 'src/providers/soget/provider.ts', '(creationDate) => creationMs({ creationDate })');
  });

  it('refuse a date-time on a day its month does not have (2022-02-30, which Date.parse reads as March 2), as text or given in the GraphQL input', () => {
    for (const impossible of ['2022-02-30T18:00:00+00:00', '2023-02-29T18:00:00Z', '2022-04-31T18:00:00']) {
      expect(parseSogetDate(impossible)).toBeNull();
      const order = { ...importOrder('R'), voyage: { eta: impossible } };
      expect(checkOrder(order).map((i) => [i.field, i.rule, i.providerCode])).toEqual([['voyage.eta', 'dateTime', 'WRONG_FORMAT']]);
      expect(checkOrder(order, { root: 'input' })[0].field).toBe('input.voyage.eta');
    }
    expect(parseSogetDate('2024-02-29T18:00:00Z')).toBe(Date.UTC(2024, 1, 29, 18));
    expect(checkOrder({ ...importOrder('R'), voyage: { eta: '2024-02-29T18:00:00Z' } })).toEqual([]);
  });

  it.each(SOGET_DOCUMENTED_MAX_LENGTHS)('refuse %s beyond its documented maximum of %i (doc line %i: "%s"), and not at it', (path, max) => {
    const at = path.replace(/\[\]/g, '[0]');
    const lengthIssues = (length: number) => {
      const body = importOrder('R');
      setPath(body, at, 'X'.repeat(length));
      return checkOrder(body).filter((i) => i.field === at && i.rule === 'maxLength');
    };
    expect(lengthIssues(max + 1)).toEqual([expect.objectContaining({ providerCode: 'WRONG_FORMAT' })]);
    expect(lengthIssues(max)).toEqual([]);
  });

  it('send date-times given as Dates as ISO 8601 text without a zero fraction, and text as it came', () => {
    const order = { ...importOrder('R'), date: new Date('2024-03-01T08:00:00Z'), voyage: { eta: '2024-03-01T10:00:00+01:00' } };
    expect(checkInput(sogetCreateRequest, order)).toMatchObject({
      ok: true,
      value: { date: '2024-03-01T08:00:00Z', voyage: { eta: '2024-03-01T10:00:00+01:00' } },
    });
  });

  it('refuse properties the model does not have, at every level ("Additional properties are NOT allowed")', () => {
    const order = { ...importOrder('R'), extra: 1, carrier: { code: 'TRCAUX', nickname: 'x' } };
    expect(checkOrder(order).map((i) => [i.field, i.rule, i.providerCode])).toEqual([
      ['carrier.nickname', 'additionalProperties', 'WRONG_FORMAT'],
      ['extra', 'additionalProperties', 'WRONG_FORMAT'],
    ]);
  });
});
