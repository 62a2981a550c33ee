import { FLOW_SEGMENTS, MANDATORY_EVENTS, orderIssues, searchCheck, sogetDateMs, updateAgainstIssues } from '../../src/sandbox/soget/rules';
import type { SogetOrderBody } from '../../src/sandbox/soget/wire';
import { copyOf } from '../fixtures/documented';
import { SOGET_CREATE_REQUEST } from '../fixtures/soget';
import { EVENT_TYPES, FIRST_EVENT, fieldsOf, type Json, onFlow, toPath, validOrder, withValue } from '../support/soget-documented';
import { itHoldsTheFlowRules, itHoldsTheSchemaRules, itHoldsTheUpdateRules } from '../support/soget-rule-cases';
import { expectSogetDateTimesReadIn, SOGET_DATE_TIMES, TIME_ZONES } from '../support/time-zone';

/**
 * The SOGET emulator's rules (src/sandbox/soget/rules.ts), called as functions on the documented
 * Order of soget-smouv-customer-orders.md ("POST /customer-orders", the curl example's Order
 * part). The schema tests walk the example itself, field by field; the lengths are the doc's
 * "Maximum length is N" lines, from the table copied from the doc (test/fixtures/soget/max-lengths.ts);
 * the flow rules each cite the doc line they test.
 */

/** The issues as `field rule code`; every one carries a message to read. */
function issues(body: unknown, options?: { update?: boolean }): string[] {
  return orderIssues(body, options).map((issue) => {
    expect(issue.message).toMatch(/\w/);
    return `${issue.field} ${issue.rule} ${issue.providerCode}`;
  });
}
const valid = validOrder;
const event = FIRST_EVENT;
const FIELDS = fieldsOf(valid());

describe('SOGET emulator: the documented Order', () => {
  it("refuses the example as published only by the doc's own rules: the container number's check digit and the Import events", () => {
    expect(issues(copyOf(SOGET_CREATE_REQUEST))).toEqual([
      'containers[0].reference iso6346 HANDLING_UNIT_REFERENCE_INVALID',
      'containers[0].events eventSet WRONG_FORMAT',
    ]);
  });

  it('accepts it with those two put right, bookingNumber, etd and the closing dates on an Import included', () => {
    expect(issues(valid())).toEqual([]);
    expect(issues(valid(), { update: true })).toEqual([]);
  });

  it.each(['Import', 'Export', 'Transfer'] as const)("accepts it on the %s flow with that flow's mandatory events", (flow) => {
    expect(issues(onFlow(flow))).toEqual([]);
  });

  it('refuses a body that is not an object', () => {
    for (const body of [null, 'order', [valid()]]) expect(issues(body)).toEqual([' type WRONG_FORMAT']);
  });

  it('walks every field of the example', () => {
    expect(FIELDS.length).toBeGreaterThan(100);
  });
});

describe('SOGET emulator: each field of the Order object, given a value of another type (WRONG_FORMAT)', () => {
  it.each(FIELDS)('refuses %s', (field, path, wrong, rule) => {
    const found = issues(withValue(path, wrong));
    expect(found[0]).toBe(`${field} ${rule} WRONG_FORMAT`);
    // A contractor code that is no text is no actor code either; an event of another type breaks the flow's event set.
    const also =
      field === 'contractor.code'
        ? ['contractor.code required CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV']
        : /^containers\[0\]\.events\[\d\]\.type$/.test(field)
          ? ['containers[0].events eventSet WRONG_FORMAT']
          : [];
    expect(found.slice(1)).toEqual(also);
  });
});

describe('SOGET emulator: lengths, required fields and values', () => {
  itHoldsTheSchemaRules({ issues, messages: (body) => orderIssues(body).map((issue) => issue.message) });

  // The doc's "Maximum length is N" lines, from the table copied from the doc (not from the emulator's schema).
  it('takes transportOrderNumber from 1 character ("Minimum length is 1, maximum length is 256")', () => {
    expect(issues(withValue(['transportOrderNumber'], 'T'))).toEqual([]);
    expect(issues(withValue(['transportOrderNumber'], ''))).toEqual(['transportOrderNumber minLength WRONG_FORMAT']);
  });

  it('takes the container type as exactly 4 characters ("Minimum length is 4, maximum length is 4")', () => {
    expect(issues(withValue(['containers', 0, 'type'], '22G'))).toEqual(['containers[0].type minLength WRONG_FORMAT']);
    expect(issues(withValue(['containers', 0, 'type'], '22G10'))).toEqual(['containers[0].type maxLength WRONG_FORMAT']);
    const [short] = orderIssues(withValue(['containers', 0, 'type'], '22G'));
    expect(short.message).toBe('must be exactly 4 characters');
    const [long] = orderIssues(withValue(['containers', 0, 'type'], '22G10'));
    expect(long.message).toBe('must be exactly 4 characters');
  });
});

describe('SOGET emulator: required fields and values', () => {
  it.each(['type', 'location'])('refuses an event without its %s (Required)', (field) => {
    const found = issues(withValue(['containers', 0, 'events', 0, field], undefined));
    expect(found[0]).toBe(`${event}.${field} required WRONG_FORMAT`);
  });

  it('refuses a null container or event, naming its index', () => {
    expect(issues(withValue(['containers', 1], null))).toEqual(['containers[1] type WRONG_FORMAT']);
    expect(orderIssues(withValue(['containers', 1], null)).map((issue) => issue.message)).toEqual(['must be an object']);
    const order = valid();
    order.containers[0].events.push(null);
    expect(issues(order)).toEqual([`containers[0].events[4] type WRONG_FORMAT`]);
  });

  it('refuses a null seal number, naming its index ("sealNumbers array[string] | null": the list may be null, its items are strings)', () => {
    const found = orderIssues(withValue(['containers', 0, 'sealNumbers'], ['SEAL-1', null]));
    expect(found.map((issue) => [issue.field, issue.rule, issue.message])).toEqual([['containers[0].sealNumbers[1]', 'type', 'must be a string']]);
    expect(issues(withValue(['containers', 0, 'sealNumbers'], null))).toEqual([]);
  });

  it.each(['Import', 'Export', 'Transfer'])('takes the customsFlag %s ("Values are Import, Export, or Transfer.")', (flow) => {
    expect(issues(onFlow(flow as 'Import'))).toEqual([]);
    expect(issues(withValue(['customsFlag'], flow.toLowerCase()))).toEqual(['customsFlag oneOf WRONG_FORMAT']);
  });

  it('names the values of customsFlag in a refusal ("Values are Import, Export, or Transfer.")', () => {
    for (const wrong of ['import', 42]) expect(orderIssues(withValue(['customsFlag'], wrong))[0].message).toBe('must be one of Import, Export, Transfer');
  });

  it.each(EVENT_TYPES)('takes the event type %s (no flow: the event list is not checked against one)', (type) => {
    const order = withValue(['containers', 0, 'events', 0, 'type'], type);
    delete order.customsFlag;
    expect(issues(order)).toEqual(['customsFlag required WRONG_FORMAT']);
  });

  it('takes quantity as a 32-bit integer ("quantity integer(int32)")', () => {
    const quantity = ['containers', 0, 'goods', 0, 'quantity'];
    for (const ok of [0, -2147483648, 2147483647]) expect(issues(withValue(quantity, ok))).toEqual([]);
    for (const wrong of [1.5, 2147483648, -2147483649])
      expect(issues(withValue(quantity, wrong))).toEqual(['containers[0].goods[0].quantity int32 WRONG_FORMAT']);
    expect(issues(withValue(quantity, Number.NaN))).toEqual(['containers[0].goods[0].quantity type WRONG_FORMAT']);
  });

  // "string(date-time) ... ISO 8601 Extended Format": a date that is not in the calendar is no ISO 8601 date.
  it.each(['date', 'voyage.eta', 'voyage.closingDelivery', `${event}.startDate`, `${event}.endDate`, `${event}.creationDate`])(
    'refuses %s on a day its month does not have (2022-02-30, which Date.parse reads as March 2) as WRONG_FORMAT',
    (field) => {
      for (const impossible of ['2022-02-30T18:00:00+00:00', '2023-02-29T18:00:00Z', '2022-04-31T18:00:00', '2022-03-00T18:00:00Z'])
        expect(issues(withValue(toPath(field), impossible))).toEqual([`${field} dateTime WRONG_FORMAT`]);
      expect(sogetDateMs('2022-02-30T18:00:00+00:00')).toBeNull();
    },
  );

  it('takes the last day of each month, February 29 of a leap year included', () => {
    for (const ok of ['2024-02-29T18:00:00Z', '2022-02-28T18:00:00Z', '2022-04-30T18:00:00Z', '2022-12-31T23:59:59Z', '0000-02-29T00:00:00Z'])
      expect(issues(withValue(['date'], ok))).toEqual([]);
    expect(sogetDateMs('2024-02-29T18:00:00Z')).toBe(Date.UTC(2024, 1, 29, 18));
  });

  it('reads a date-time without an offset as UTC', () => {
    expect(sogetDateMs('2022-03-02T18:00:00')).toBe(Date.UTC(2022, 2, 2, 18));
    expect(sogetDateMs('2022-03-02T18:00:00+02:00')).toBe(Date.UTC(2022, 2, 2, 16));
    expect(sogetDateMs('2022-03-02T18:00:00Z')).toBe(Date.UTC(2022, 2, 2, 18));
    expect(sogetDateMs(20220302)).toBeNull();
  });

  it('reads no date from a value that is not text, even a list of one date-time (whose text is that date-time), and refuses it as no string', () => {
    expect(sogetDateMs(['2022-03-02T18:00:00Z'])).toBeNull();
    // Before the LadingImport it follows, were it read as a date: only its type is wrong.
    const order = valid();
    order.containers[0].events[1].startDate = ['2000-01-01T00:00:00Z'];
    expect(issues(order)).toEqual(['containers[0].events[1].startDate type WRONG_FORMAT']);
  });

  it.each(TIME_ZONES)("reads a date-time without an offset as UTC and one with an offset at it on a machine in %s too, not in the machine's zone", (zone) => {
    const texts = SOGET_DATE_TIMES.map(([text]) => text);
    const instants = SOGET_DATE_TIMES.map(([, ms]) => ms);
    expect(texts.map(sogetDateMs)).toEqual(instants);
    expectSogetDateTimesReadIn(zone, 'src/sandbox/soget/rules.ts', 'sogetDateMs');
  });
});

describe('SOGET emulator: the flows', () => {
  itHoldsTheFlowRules({ issues, messages: (body) => orderIssues(body).map((issue) => issue.message) });

  it('lists the mandatory events of each flow as the doc does', () => {
    expect(MANDATORY_EVENTS).toEqual({
      Import: ['LadingImport', 'DeliveryImport', 'EmptyReleaseImport', 'EmptyReturnImport'],
      Export: ['EmptyReleaseExport', 'PositioningExport', 'LadingExport', 'DeliveryExport'],
      Transfer: ['LadingTransfer', 'DeliveryTransfer'],
    });
  });

  it('describes the segments of each flow by the order types ("SegmentTerminalEntrepot: The segment of Import order from the handling place to the warehouse", ...)', () => {
    expect(FLOW_SEGMENTS).toEqual({
      Import: [
        { type: 'SegmentTerminalEntrepot', from: 'LadingImport', to: 'DeliveryImport' },
        { type: 'SegmentEntrepotDepot', from: 'EmptyReleaseImport', to: 'EmptyReturnImport' },
      ],
      Export: [
        { type: 'SegmentDepotEntrepot', from: 'EmptyReleaseExport', to: 'PositioningExport' },
        { type: 'SegmentEntrepotTerminal', from: 'LadingExport', to: 'DeliveryExport' },
      ],
      Transfer: [{ type: 'SegmentTransfer', from: 'LadingTransfer', to: 'DeliveryTransfer' }],
    });
  });

  it('reads the order of the events by the flow, not by their place in the list', () => {
    const order = onFlow('Import');
    order.containers[0].events.reverse();
    expect(issues(order)).toEqual([]);
  });

  it('takes two events at the same instant as in order, and an event with no date as no constraint', () => {
    const order = onFlow('Export');
    const events = order.containers[0].events as Json[];
    events[1].startDate = events[0].startDate;
    expect(issues(order)).toEqual([]);
    events[2].startDate = null;
    events[3].startDate = '2022-03-05T00:00:00+00:00';
    expect(issues(order)).toEqual([]);
  });

  it('leaves the flow rules out where the events are not all typed (the schema named it)', () => {
    const order = onFlow('Import');
    order.containers[0].events[0] = { location: { code: 'MTDF' } };
    expect(issues(order)).toEqual([`${event}.type required WRONG_FORMAT`]);
  });
});

describe('SOGET emulator: what an update may not change', () => {
  itHoldsTheUpdateRules((current, next) =>
    updateAgainstIssues(current as SogetOrderBody, next).map((issue) => `${issue.field} ${issue.rule} ${issue.providerCode} ${issue.message}`),
  );
});

describe('SOGET emulator: search parameters (beyond-the-docs.md: offset default 0, limit default 10 and max 50)', () => {
  const search = (params: Record<string, string>) => searchCheck(new URLSearchParams(params));
  const refusal = (params: Record<string, string>) => {
    const check = search(params);
    if (check.ok) throw new Error(`accepted ${JSON.stringify(params)}`);
    expect(check.message).toMatch(/\w/);
    return check.code;
  };

  it('reads no parameter as offset 0, limit 10, oldest first', () => {
    expect(search({})).toEqual({
      ok: true,
      params: {
        transportOrderNumber: undefined,
        containerNumber: undefined,
        carrierCode: undefined,
        processingIndicator: undefined,
        startDate: undefined,
        endDate: undefined,
        startMs: undefined,
        endMs: undefined,
        status: undefined,
        statuses: undefined,
        offset: 0,
        limit: 10,
        desc: false,
      },
    });
  });

  it('reads an empty parameter as none', () => {
    const check = search({ limit: '', offset: '', transportOrderNumber: '', desc: '' });
    expect(check.ok && [check.params.limit, check.params.offset, check.params.transportOrderNumber, check.params.desc]).toEqual([10, 0, undefined, false]);
  });

  it('passes the filters through as given', () => {
    const check = search({
      transportOrderNumber: 'TOC-1',
      containerNumber: 'CGMU1234562',
      carrierCode: 'SOGETS.',
      processingIndicator: 'Export',
      desc: 'true',
    });
    expect(check.ok && check.params).toMatchObject({
      transportOrderNumber: 'TOC-1',
      containerNumber: 'CGMU1234562',
      carrierCode: 'SOGETS.',
      processingIndicator: 'Export',
      desc: true,
    });
  });

  it('takes a limit from 1 and serves at most 50', () => {
    expect(search({ limit: '1' })).toMatchObject({ ok: true, params: { limit: 1 } });
    expect(search({ limit: '50' })).toMatchObject({ ok: true, params: { limit: 50 } });
    expect(search({ limit: '51' })).toMatchObject({ ok: true, params: { limit: 50 } });
  });

  it('refuses a limit that is not greater than 0 (LIMIT_NONPOSITIVE)', () => {
    for (const limit of ['0', '-1', '2.5', 'ten']) expect(refusal({ limit })).toBe('LIMIT_NONPOSITIVE');
  });

  it('refuses a negative offset, or one that is no integer (OFFSET_NEGATIVE)', () => {
    for (const offset of ['-1', '1.5', 'first']) expect(refusal({ offset })).toBe('OFFSET_NEGATIVE');
    expect(search({ offset: '0' })).toMatchObject({ ok: true, params: { offset: 0 } });
    expect(search({ offset: '20' })).toMatchObject({ ok: true, params: { offset: 20 } });
  });

  it('refuses dates that are not ISO 8601, or a start after the end (SEARCH_DATE_ERROR)', () => {
    expect(refusal({ startDate: 'yesterday' })).toBe('SEARCH_DATE_ERROR');
    expect(refusal({ endDate: '2022-03-02' })).toBe('SEARCH_DATE_ERROR');
    expect(refusal({ startDate: '2022-03-03T00:00:00Z', endDate: '2022-03-02T00:00:00Z' })).toBe('SEARCH_DATE_ERROR');
    const check = search({ startDate: '2022-03-02T00:00:00Z', endDate: '2022-03-02T00:00:00Z' });
    expect(check.ok && [check.params.startMs, check.params.endMs]).toEqual([Date.UTC(2022, 2, 2), Date.UTC(2022, 2, 2)]);
  });

  it('takes one date without the other: an absent start or end bounds nothing', () => {
    const ended = search({ endDate: '2022-03-02T00:00:00Z' });
    expect(ended.ok && [ended.params.startMs, ended.params.endMs]).toEqual([undefined, Date.UTC(2022, 2, 2)]);
    const started = search({ startDate: '2022-03-02T00:00:00Z' });
    expect(started.ok && [started.params.startMs, started.params.endMs]).toEqual([Date.UTC(2022, 2, 2), undefined]);
  });

  it('takes processingIndicator as Import, Export or Transfer', () => {
    for (const processingIndicator of ['Import', 'Export', 'Transfer']) expect(search({ processingIndicator }).ok).toBe(true);
    expect(refusal({ processingIndicator: 'import' })).toBe('WRONG_FORMAT');
  });

  it('names the values a refused processingIndicator or status may take ("processingIndicator (Import|Export|Transfer)", "Status values: Draft, Valid, ...")', () => {
    const message = (params: Record<string, string>) => {
      const check = search(params);
      return check.ok ? null : check.message;
    };
    expect(message({ processingIndicator: 'Import,Export' })).toBe('processingIndicator must be one of Import, Export, Transfer');
    expect(message({ status: 'Done' })).toBe('status must be one of Draft, Valid, Cancelled, Submitted, Rejected, InProcess, Accepted, Refused');
  });

  it('takes status as a comma-separated list of the documented statuses', () => {
    const check = search({ status: 'Draft, Valid,Cancelled' });
    expect(check.ok && check.params.statuses).toEqual(['Draft', 'Valid', 'Cancelled']);
    for (const status of ['Draft', 'Valid', 'Cancelled', 'Submitted', 'Rejected', 'InProcess', 'Accepted', 'Refused']) expect(search({ status }).ok).toBe(true);
    expect(refusal({ status: 'Draft,Done' })).toBe('WRONG_FORMAT');
  });

  it('takes desc as true or false', () => {
    expect(search({ desc: 'false' })).toMatchObject({ ok: true, params: { desc: false } });
    expect(refusal({ desc: 'yes' })).toBe('WRONG_FORMAT');
  });
});
