import { FLOW_SEGMENTS, MANDATORY_EVENTS, orderIssues, searchCheck, sogetDateMs, updateAgainstIssues } from '../../src/sandbox/soget/rules';
import type { SogetOrderBody } from '../../src/sandbox/soget/wire';
import { copyOf } from '../fixtures/documented';
import { documentedOrderMadeValid, SOGET_CREATE_REQUEST } from '../fixtures/soget';
import { SOGET_DOCUMENTED_MAX_LENGTHS } from '../fixtures/soget/max-lengths';

/**
 * The SOGET emulator's rules (src/sandbox/soget/rules.ts), called as functions on the documented
 * Order of soget-smouv-customer-orders.md ("POST /customer-orders", the curl example's Order
 * part). The schema tests walk the example itself, field by field; the lengths are the doc's
 * "Maximum length is N" lines, from the table copied from the doc (test/fixtures/soget/max-lengths.ts);
 * the flow rules each cite the doc line they test.
 */

type Json = Record<string, any>;
type Path = Array<string | number>;

/** The issues as `field rule code`; every one carries a message to read. */
function issues(body: unknown, options?: { update?: boolean }): string[] {
  return orderIssues(body, options).map((issue) => {
    expect(issue.message).toMatch(/\w/);
    return `${issue.field} ${issue.rule} ${issue.providerCode}`;
  });
}
const name = (path: Path) => path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
function set(body: Json, path: Path, value: unknown): Json {
  const parent = path.slice(0, -1).reduce((o: Json, key) => o[key], body);
  const key = path[path.length - 1];
  if (value === undefined) delete parent[key];
  else parent[key] = value;
  return body;
}
// (a copy of each event's own: the fixture's four events share the documented event's location object)
const valid = (): Json => JSON.parse(JSON.stringify(documentedOrderMadeValid()));
const withValue = (path: Path, value: unknown) => set(valid(), path, value);

/** The documented order on another flow, with that flow's mandatory events (in their order) and what the flow makes mandatory. */
function onFlow(flow: 'Import' | 'Export' | 'Transfer'): Json {
  const order = valid();
  const container = order.containers[0];
  const [first] = container.events;
  order.customsFlag = flow;
  container.events = MANDATORY_EVENTS[flow].map((type, i) => ({ ...first, type, startDate: `2022-03-0${3 + i}T18:00:00+00:00`, endDate: null }));
  return order;
}

// "Values are Announced, CarrierIdentification, ..., or DeliveryTransfer."
const EVENT_TYPES = [
  'Announced',
  'CarrierIdentification',
  'LadingImport',
  'DeliveryImport',
  'EmptyReleaseImport',
  'EmptyReturnImport',
  'EmptyReleaseExport',
  'PositioningExport',
  'LadingExport',
  'DeliveryExport',
  'Association',
  'TokenCodeTrucker',
  'CancelCarrierIdentification',
  'UpdateAssociation',
  'AnnouncementCancelled',
  'LadingTransfer',
  'DeliveryTransfer',
];

const event = 'containers[0].events[0]';
const toPath = (field: string): Path =>
  field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));

/** Every field of the example with a value of another type and the rule that refuses it. */
function fieldsOf(value: unknown, path: Path = []): Array<[string, Path, unknown, string]> {
  const here = name(path);
  const last = path[path.length - 1];
  // "customsFlag ... Values are Import, Export, or Transfer."; event "type ... Values are ...".
  if (last === 'customsFlag' || (last === 'type' && path.includes('events'))) return [[here, path, 'Elsewhere', 'oneOf']];
  if (typeof value === 'string') return [[here, path, 42, 'type']];
  if (typeof value === 'boolean') return [[here, path, 'false', 'type']];
  if (typeof value === 'number') return [[here, path, '2000', 'type']];
  if (Array.isArray(value))
    return [[here, path, 'none', 'type'] as [string, Path, unknown, string]].concat(value.flatMap((item, i) => fieldsOf(item, [...path, i])));
  if (value === null || value === undefined) return [];
  const own: Array<[string, Path, unknown, string]> = path.length > 0 ? [[here, path, 'text', 'type']] : [];
  return own.concat(Object.entries(value as Json).flatMap(([key, child]) => fieldsOf(child, [...path, key])));
}
const FIELDS = fieldsOf(valid());
const OBJECTS = FIELDS.filter(([, path]) => {
  const value = path.reduce((o: any, key) => o[key], valid());
  return typeof value === 'object' && value !== null && !Array.isArray(value);
});

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

describe('SOGET emulator: "Additional properties are NOT allowed."', () => {
  it.each(OBJECTS.concat([['', [], undefined, '']]))('refuses a property that %s does not list', (field, path) => {
    const order = valid();
    const target = path.reduce((o: Json, key) => o[key], order);
    target.surplus = 'x';
    expect(issues(order)).toEqual([`${field ? `${field}.` : ''}surplus additionalProperties WRONG_FORMAT`]);
  });
});

describe('SOGET emulator: lengths', () => {
  // The doc's "Maximum length is N" lines, from the table copied from the doc (not from the emulator's schema).
  it.each(SOGET_DOCUMENTED_MAX_LENGTHS)('takes %s up to %i characters (doc line %i: "%s")', (documented, max) => {
    // The first item of each list: the example carries one container, one goods line, one hazardous class, and events.
    const field = documented.replace(/\[\]/g, '[0]');
    const path = toPath(field);
    // A country of two characters must also be an ISO 3166-1 code; any other text of the right length will do (a party's code is its actor code).
    const atMax = field.endsWith('.country') ? 'BE' : 'X'.repeat(max);
    expect(issues(withValue(path, atMax))).toEqual([]);
    expect(issues(withValue(path, 'X'.repeat(max + 1)))).toEqual([`${field} maxLength WRONG_FORMAT`]);
  });

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

  it('words a minimum and a maximum as such', () => {
    expect(orderIssues(withValue(['transportOrderNumber'], ''))[0].message).toBe('must be at least 1 character');
    expect(orderIssues(withValue(['sender'], 'X'.repeat(257)))[0].message).toBe('is too long (maximum length is 256)');
  });

  it.each(['contractor.company.location.country', 'carrier.company.location.country', `${event}.location.location.country`])(
    'takes %s as an ISO 3166-1 alpha-2 code ("Minimum length is 2, maximum length is 2")',
    (field) => {
      const path = toPath(field);
      expect(issues(withValue(path, 'BE'))).toEqual([]);
      expect(issues(withValue(path, 'F'))).toEqual([`${field} minLength WRONG_FORMAT`]);
      expect(issues(withValue(path, 'FRA'))).toEqual([`${field} maxLength WRONG_FORMAT`]);
      expect(issues(withValue(path, 'XX'))).toEqual([`${field} iso3166 WRONG_FORMAT`]);
    },
  );
});

describe('SOGET emulator: required fields and values', () => {
  it.each(['carrier', 'transportOrderNumber', 'containers', 'customsFlag'])('refuses the order without %s (Required)', (field) => {
    for (const value of [undefined, null]) expect(issues(withValue([field], value))).toContain(`${field} required WRONG_FORMAT`);
  });

  it('refuses a container without events ("events array[object] | null Required")', () => {
    for (const value of [undefined, null])
      expect(issues(withValue(['containers', 0, 'events'], value))).toEqual(['containers[0].events required WRONG_FORMAT']);
  });

  it.each(['type', 'location'])('refuses an event without its %s (Required)', (field) => {
    const found = issues(withValue(['containers', 0, 'events', 0, field], undefined));
    expect(found[0]).toBe(`${event}.${field} required WRONG_FORMAT`);
  });

  it('refuses an order with no container ("At least 1 element.")', () => {
    expect(issues(withValue(['containers'], []))).toEqual(['containers minItems WRONG_FORMAT']);
    expect(orderIssues(withValue(['containers'], []))[0].message).toBe('must have at least 1 element');
  });

  it('refuses a null container or event, naming its index', () => {
    expect(issues(withValue(['containers', 1], null))).toEqual(['containers[1] type WRONG_FORMAT']);
    const order = valid();
    order.containers[0].events.push(null);
    expect(issues(order)).toEqual([`containers[0].events[4] type WRONG_FORMAT`]);
  });

  it('leaves every other field "| null": null passes', () => {
    for (const field of ['contractor', 'date', 'sender', 'voyage', 'containers[0].reefer', 'containers[0].goods', `${event}.startDate`])
      expect(issues(withValue(toPath(field), null))).toEqual([]);
  });

  it.each(['Import', 'Export', 'Transfer'])('takes the customsFlag %s ("Values are Import, Export, or Transfer.")', (flow) => {
    expect(issues(onFlow(flow as 'Import'))).toEqual([]);
    expect(issues(withValue(['customsFlag'], flow.toLowerCase()))).toEqual(['customsFlag oneOf WRONG_FORMAT']);
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

  it('takes the dates as ISO 8601 Extended Format date-times', () => {
    for (const ok of ['2022-03-02T18:00:00+00:00', '2025-05-04T09:42:00Z', '2022-03-02T18:00', '2022-03-02T18:00:00.1234567-05:00'])
      expect(issues(withValue(['date'], ok))).toEqual([]);
    for (const wrong of ['2022-03-02', '02/03/2022 18:00', '2022-03-02T18:00:00.12345678Z', '2022-13-02T18:00:00Z'])
      expect(issues(withValue(['date'], wrong))).toEqual(['date dateTime WRONG_FORMAT']);
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

  it('takes a PUT status as Draft or Valid, and no status on a POST', () => {
    expect(issues({ ...valid(), status: 'Valid' }, { update: true })).toEqual([]);
    expect(issues({ ...valid(), status: 'Draft' }, { update: true })).toEqual([]);
    expect(issues({ ...valid(), status: 'Cancelled' }, { update: true })).toEqual(['status oneOf WRONG_FORMAT']);
    expect(issues({ ...valid(), status: 'Valid' })).toEqual(['status additionalProperties WRONG_FORMAT']);
  });
});

describe('SOGET emulator: the flows', () => {
  it('requires the container reference on the Import and Transfer flows, not on Export ("mandatory for import and transfer flow")', () => {
    for (const flow of ['Import', 'Transfer'] as const) {
      for (const reference of [undefined, null, '']) {
        const order = onFlow(flow);
        order.containers[0].reference = reference;
        expect(issues(order)).toEqual([`containers[0].reference required HANDLING_UNIT_REFERENCE_INVALID`]);
      }
    }
    const order = onFlow('Export');
    delete order.containers[0].reference;
    expect(issues(order)).toEqual([]);
  });

  it('names the flow that makes the reference mandatory', () => {
    const order = onFlow('Transfer');
    delete order.containers[0].reference;
    expect(orderIssues(order)[0].message).toBe('is mandatory for the Transfer flow');
  });

  it('takes the reference as an ISO 6346 container number ("must follow the ISO 6346:1995"), on every flow', () => {
    for (const flow of ['Import', 'Export', 'Transfer'] as const) {
      const wrongDigit = onFlow(flow);
      wrongDigit.containers[0].reference = 'CGMU1234567';
      expect(issues(wrongDigit)).toEqual(['containers[0].reference iso6346 HANDLING_UNIT_REFERENCE_INVALID']);
      const wrongShape = onFlow(flow);
      wrongShape.containers[0].reference = 'CGMX1234562';
      expect(issues(wrongShape)).toEqual(['containers[0].reference iso6346 HANDLING_UNIT_REFERENCE_INVALID']);
    }
    const [digit] = orderIssues(copyOf(SOGET_CREATE_REQUEST));
    expect(digit.message).toBe('has a wrong ISO 6346 check digit');
  });

  it('requires the container type and bookingNumber on the Export flow alone ("It\'s mandatory for export flow.")', () => {
    const order = onFlow('Export');
    delete order.containers[0].type;
    order.containers[0].bookingNumber = ' ';
    expect(issues(order)).toEqual(['containers[0].type required WRONG_FORMAT', 'containers[0].bookingNumber required WRONG_FORMAT']);
    for (const flow of ['Import', 'Transfer'] as const) {
      const other = onFlow(flow);
      delete other.containers[0].type;
      delete other.containers[0].bookingNumber;
      expect(issues(other)).toEqual([]);
    }
  });

  it.each(['Import', 'Export', 'Transfer'] as const)('requires exactly the mandatory events of the %s flow, each once', (flow) => {
    const mandatory = MANDATORY_EVENTS[flow];
    const without = onFlow(flow);
    without.containers[0].events.pop();
    expect(issues(without)).toEqual(['containers[0].events eventSet WRONG_FORMAT']);
    const twice = onFlow(flow);
    twice.containers[0].events[1] = { ...twice.containers[0].events[0] };
    expect(issues(twice)).toEqual(['containers[0].events eventSet WRONG_FORMAT']);
    const more = onFlow(flow);
    more.containers[0].events.push({ ...more.containers[0].events[0], type: 'Announced' });
    expect(issues(more)).toEqual(['containers[0].events eventSet WRONG_FORMAT']);
    expect(orderIssues(without)[0].message).toBe(`must contain exactly ${mandatory.length} events for the ${flow} flow: ${mandatory.join(', ')}`);
  });

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

  it.each([
    ['Import', 'DeliveryImport'],
    ['Export', 'PositioningExport'],
    ['Transfer', 'DeliveryTransfer'],
  ] as const)("requires the startDate of the %s flow's %s event (EVENT_START_DATE_REQUIRED), and of no other", (flow, type) => {
    const order = onFlow(flow);
    const events = order.containers[0].events as Json[];
    for (const e of events) e.startDate = null;
    for (const [j, e] of events.entries()) e.endDate = `2022-03-0${3 + j}T18:00:00+00:00`;
    const j = events.findIndex((e) => e.type === type);
    expect(issues(order)).toEqual([`containers[0].events[${j}].startDate required EVENT_START_DATE_REQUIRED`]);
    expect(orderIssues(order)[0].message).toBe(`is mandatory for the ${type} event`);
  });

  it('requires an event location to name a code, or a name with an address and a city (EVENT_LOCATION_FIELDS_REQUIRED)', () => {
    const cases: Array<[Json, boolean]> = [
      [{ code: 'MTDF' }, true],
      [{ name: 'Terminal de France', location: { address: 'Terre-Plein de la Barre', city: 'Le Havre' } }, true],
      [{ name: 'Terminal de France', location: { address: 'Terre-Plein de la Barre' } }, false],
      [{ name: 'Terminal de France', location: { city: 'Le Havre' } }, false],
      [{ location: { address: 'Terre-Plein de la Barre', city: 'Le Havre' } }, false],
      [{ code: ' ', name: 'Terminal de France' }, false],
      [{}, false],
    ];
    for (const [location, ok] of cases) {
      const order = onFlow('Transfer');
      order.containers[0].events[1].location = location;
      expect(issues(order)).toEqual(ok ? [] : ['containers[0].events[1].location locationFields EVENT_LOCATION_FIELDS_REQUIRED']);
    }
  });

  it.each(['Import', 'Export'] as const)('requires the %s events in the documented chronological order (WRONG_EVENT_DATE_ORDER)', (flow) => {
    const order = onFlow(flow);
    const events = order.containers[0].events as Json[];
    events[2].startDate = '2022-03-01T00:00:00+00:00';
    expect(issues(order)).toEqual(['containers[0].events[2].startDate eventDateOrder WRONG_EVENT_DATE_ORDER']);
    const [issue] = orderIssues(order);
    expect(issue.message).toBe(`${MANDATORY_EVENTS[flow][2]} must not be before ${MANDATORY_EVENTS[flow][1]} (${MANDATORY_EVENTS[flow].join(' -> ')})`);
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

  it("falls back on an event's endDate when it has no startDate, and names it", () => {
    const order = onFlow('Import');
    const events = order.containers[0].events as Json[];
    events[2].startDate = null;
    events[2].endDate = '2022-03-01T00:00:00+00:00';
    expect(issues(order)).toEqual(['containers[0].events[2].endDate eventDateOrder WRONG_EVENT_DATE_ORDER']);
  });

  it('gives the Transfer events no order ("no order is given for Transfer")', () => {
    const order = onFlow('Transfer');
    order.containers[0].events[1].startDate = '2022-01-01T00:00:00+00:00';
    expect(issues(order)).toEqual([]);
  });

  it('refuses a contractor with no actor code (CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV)', () => {
    for (const code of [undefined, null, '', ' ']) {
      expect(issues(withValue(['contractor', 'code'], code))).toEqual(['contractor.code required CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV']);
    }
    expect(issues(withValue(['contractor'], null))).toEqual([]);
  });

  it('requires the carrier e-mail when the carrier has no actor code (CARRIER_EMAIL_REQUIRED)', () => {
    const order = withValue(['carrier', 'code'], undefined);
    expect(issues(order)).toEqual([]);
    delete order.carrier.contact.email;
    expect(issues(order)).toEqual(['carrier.contact.email required CARRIER_EMAIL_REQUIRED']);
    order.carrier.contact = null;
    expect(issues(order)).toEqual(['carrier.contact.email required CARRIER_EMAIL_REQUIRED']);
    order.carrier.code = 'SOGETS.';
    expect(issues(order)).toEqual([]);
  });

  it('checks each container on its own flow rules, at its own index', () => {
    const order = onFlow('Import');
    order.containers.push({ ...structuredClone(order.containers[0]), reference: undefined });
    expect(issues(order)).toEqual(['containers[1].reference required HANDLING_UNIT_REFERENCE_INVALID']);
  });

  it('leaves the flow rules out where the events are not all typed (the schema named it)', () => {
    const order = onFlow('Import');
    order.containers[0].events[0] = { location: { code: 'MTDF' } };
    expect(issues(order)).toEqual([`${event}.type required WRONG_FORMAT`]);
  });
});

describe('SOGET emulator: what an update may not change', () => {
  const stored = (): SogetOrderBody => valid() as SogetOrderBody;

  it('accepts the stored order sent back as it is, or without containers', () => {
    expect(updateAgainstIssues(stored(), valid())).toEqual([]);
    expect(updateAgainstIssues(stored(), { customsFlag: 'Import' })).toEqual([]);
  });

  it('refuses another customsFlag (CUSTOMS_FLAG_NOT_BE_MODIFIED)', () => {
    expect(updateAgainstIssues(stored(), { customsFlag: 'Export' })).toEqual([
      { field: 'customsFlag', rule: 'immutable', message: 'cannot change from Import', providerCode: 'CUSTOMS_FLAG_NOT_BE_MODIFIED' },
    ]);
  });

  it('refuses another number of containers (CANNOT_CHANGE_NUMBER_OF_CONTAINERS)', () => {
    const next = valid();
    next.containers.push(structuredClone(next.containers[0]));
    expect(updateAgainstIssues(stored(), next)).toEqual([
      { field: 'containers', rule: 'containerCount', message: "must keep the order's 1 container", providerCode: 'CANNOT_CHANGE_NUMBER_OF_CONTAINERS' },
    ]);
    const two = valid();
    two.containers.push(structuredClone(two.containers[0]));
    expect(updateAgainstIssues(two as SogetOrderBody, valid())[0].message).toBe("must keep the order's 2 containers");
  });

  it('refuses another container reference once one is stored (R0007: "Cannot update container references.")', () => {
    for (const reference of ['MSCU1234565', null, undefined]) {
      const next = valid();
      next.containers[0].reference = reference;
      expect(updateAgainstIssues(stored(), next)).toEqual([
        { field: 'containers[0].reference', rule: 'immutable', message: 'cannot change from CGMU1234562', providerCode: 'R0007' },
      ]);
    }
  });

  it('lets a reference be given where none was stored', () => {
    const before = stored();
    delete before.containers[0].reference;
    expect(updateAgainstIssues(before, valid())).toEqual([]);
    const next = valid();
    next.containers[0] = null;
    expect(updateAgainstIssues(before, next)).toEqual([]);
  });
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

  it('takes processingIndicator as Import, Export or Transfer', () => {
    for (const processingIndicator of ['Import', 'Export', 'Transfer']) expect(search({ processingIndicator }).ok).toBe(true);
    expect(refusal({ processingIndicator: 'import' })).toBe('WRONG_FORMAT');
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
