import { checkOrder, checkSearch, checkUpdateAgainst, documentedMaxLengths, parseSogetDate } from '../../src/providers/soget/rules';
import { exportOrder, importOrder, transferOrder } from '../support/soget-fixtures';

/** The shared SOGET rules as pure functions: the same ones the emulator and ordergraph run. */
describe('SOGET rules', () => {
  const wire = (p: string) => p;

  it('accept a valid order of every flow', () => {
    expect(checkOrder(importOrder('R1'), wire)).toEqual([]);
    expect(checkOrder(exportOrder('R2'), wire)).toEqual([]);
    expect(checkOrder(transferOrder('R3'), wire)).toEqual([]);
  });

  it('check ISO 6346 numbers with their check digit, on known-good and known-bad numbers', () => {
    const withReference = (reference: string) => {
      const order = importOrder('R');
      order.containers[0].reference = reference;
      return checkOrder(order, wire).map((i) => [i.rule, i.providerCode]);
    };
    for (const good of ['CSQU3054383', 'MSCU7654329', 'CGMU1234562', 'TGHU7599475']) expect(withReference(good)).toEqual([]);
    for (const bad of ['CSQU3054384', 'CGMU1234567', 'MSCU765432', 'MSCX7654329', 'msCU7654329'])
      expect(withReference(bad)).toEqual([['iso6346', 'HANDLING_UNIT_REFERENCE_INVALID']]);
  });

  it('need the mandatory start dates of each flow', () => {
    const exported = exportOrder('R');
    exported.containers[0].events[1].startDate = null; // PositioningExport
    expect(checkOrder(exported, wire)).toEqual([
      expect.objectContaining({ field: 'containers[0].events[1].startDate', providerCode: 'EVENT_START_DATE_REQUIRED' }),
    ]);
    const transferred = transferOrder('R');
    transferred.containers[0].events[0].startDate = null; // LadingTransfer: optional
    expect(checkOrder(transferred, wire)).toEqual([]);
    transferred.containers[0].events[1].startDate = null; // DeliveryTransfer: mandatory
    expect(checkOrder(transferred, wire)).toEqual([expect.objectContaining({ field: 'containers[0].events[1].startDate', rule: 'required' })]);
  });

  it('compare event dates in the flow order, whatever the order of the array, and fall back to end dates', () => {
    const order = exportOrder('R');
    order.containers[0].events.reverse();
    expect(checkOrder(order, wire)).toEqual([]);
    order.containers[0].events[0] = { ...order.containers[0].events[0], startDate: null, endDate: '2024-03-05T07:00:00Z' }; // DeliveryExport ends before the start of the flow
    expect(checkOrder(order, wire)).toEqual([
      expect.objectContaining({ field: 'containers[0].events[0].endDate', rule: 'eventDateOrder', providerCode: 'WRONG_EVENT_DATE_ORDER' }),
    ]);
  });

  it('refuse what the update may not change', () => {
    const current = importOrder('R');
    expect(checkUpdateAgainst(current, { customsFlag: 'Export' }, wire)).toEqual([
      expect.objectContaining({ field: 'customsFlag', providerCode: 'CUSTOMS_FLAG_NOT_BE_MODIFIED' }),
    ]);
    expect(checkUpdateAgainst(current, { containers: [] }, wire)).toEqual([
      expect.objectContaining({ field: 'containers', providerCode: 'CANNOT_CHANGE_NUMBER_OF_CONTAINERS' }),
    ]);
    expect(checkUpdateAgainst(current, { containers: [{ ...current.containers[0], reference: 'MSCU7654329' }] }, wire)).toEqual([
      expect.objectContaining({ field: 'containers[0].reference', providerCode: 'R0007' }),
    ]);
    expect(checkUpdateAgainst(current, { comment: 'fine' }, wire)).toEqual([]);
  });

  it('read search parameters with their documented defaults and refusals', () => {
    const query = (q: string) => checkSearch(new URLSearchParams(q));
    expect(query('')).toMatchObject({ ok: true, params: { offset: 0, limit: 10, desc: false } });
    expect(query('limit=80&desc=true')).toMatchObject({ ok: true, params: { limit: 50, desc: true } });
    expect(query('limit=0')).toMatchObject({ ok: false, code: 'LIMIT_NONPOSITIVE' });
    expect(query('limit=ten')).toMatchObject({ ok: false, code: 'LIMIT_NONPOSITIVE' });
    expect(query('offset=-5')).toMatchObject({ ok: false, code: 'OFFSET_NEGATIVE' });
    expect(query('endDate=2024-13-01T00:00:00Z')).toMatchObject({ ok: false, code: 'SEARCH_DATE_ERROR' });
    expect(query('processingIndicator=Domestic')).toMatchObject({ ok: false, code: 'WRONG_FORMAT' });
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

  it('know every documented maximum length', () => {
    const lengths = Object.fromEntries(documentedMaxLengths().map((m) => [m.path, m.max]));
    expect(lengths).toMatchObject({
      'contractor.code': 32,
      'contractor.name': 256,
      'contractor.company.name': 64,
      'contractor.company.location.city': 64,
      'contractor.contact.email': 255,
      transportOrderNumber: 256,
      'containers[].customsInformation': 64,
      'containers[].comment': 1024,
      'containers[].goods[].description': 264,
      'containers[].goods[].type': 4,
      'containers[].goods[].hazardousClasses[].imdgCode': 11,
      'containers[].events[].location.code': 20,
      'containers[].events[].location.reference': 64,
      'voyage.meansName': 384,
      sender: 256,
      priceInformation: 1024,
    });
    expect(documentedMaxLengths()).toHaveLength(50);
  });
});
