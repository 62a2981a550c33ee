import { SOGET_DOCUMENTED_MAX_LENGTHS } from '../fixtures/soget/max-lengths';
import { DOC_MANDATORY_EVENTS, FIRST_EVENT as event, fieldsOf, type Json, objectsOf, onFlow, toPath, validOrder as valid, withValue } from './soget-documented';

/**
 * The rules of soget-smouv-customer-orders.md as tests that either side's rules must pass: the
 * emulator's (test/rules/soget-emulator) and ordergraph's request schemas
 * (test/rules/soget-preflight), each giving its issues as `field rule code`.
 */

export interface SogetRuleSide {
  /** The issues of a create body (or, with `update`, a PUT body) as `field rule code`. */
  issues(body: unknown, options?: { update?: boolean }): string[];
  /** Their messages. */
  messages(body: unknown): string[];
}

/** The flows: mandatory fields and events, start dates, event locations, chronology, actors. */
export function itHoldsTheFlowRules({ issues, messages }: SogetRuleSide): void {
  it('requires the container reference on the Import and Transfer flows, not on Export ("mandatory for import and transfer flow"), naming the flow', () => {
    for (const flow of ['Import', 'Transfer'] as const) {
      for (const reference of [undefined, null, '']) {
        const order = onFlow(flow);
        order.containers[0].reference = reference;
        expect(issues(order)).toEqual(['containers[0].reference required HANDLING_UNIT_REFERENCE_INVALID']);
        expect(messages(order)).toEqual([`is mandatory for the ${flow} flow`]);
      }
    }
    const order = onFlow('Export');
    delete order.containers[0].reference;
    expect(issues(order)).toEqual([]);
  });

  it('takes the reference as an ISO 6346 container number ("must follow the ISO 6346:1995"), on every flow, and says what is wrong', () => {
    for (const flow of ['Import', 'Export', 'Transfer'] as const) {
      const wrongDigit = onFlow(flow);
      wrongDigit.containers[0].reference = 'CGMU1234567';
      expect(issues(wrongDigit)).toEqual(['containers[0].reference iso6346 HANDLING_UNIT_REFERENCE_INVALID']);
      expect(messages(wrongDigit)).toEqual(['has a wrong ISO 6346 check digit']);
      const wrongShape = onFlow(flow);
      wrongShape.containers[0].reference = 'CGMX1234562';
      expect(issues(wrongShape)).toEqual(['containers[0].reference iso6346 HANDLING_UNIT_REFERENCE_INVALID']);
      expect(messages(wrongShape)).toEqual(['must be an ISO 6346 container number: owner code, category (U, J or Z), 6-digit serial, check digit']);
    }
  });

  it('requires the container type and bookingNumber on the Export flow alone ("It\'s mandatory for export flow.")', () => {
    for (const [type, booking] of [
      [undefined, ' '],
      [null, undefined],
    ]) {
      const order = onFlow('Export');
      order.containers[0].type = type;
      order.containers[0].bookingNumber = booking;
      expect(issues(order)).toEqual(['containers[0].type required WRONG_FORMAT', 'containers[0].bookingNumber required WRONG_FORMAT']);
      expect(messages(order)).toEqual(['is mandatory for the Export flow', 'is mandatory for the Export flow']);
    }
    for (const flow of ['Import', 'Transfer'] as const) {
      const other = onFlow(flow);
      delete other.containers[0].type;
      delete other.containers[0].bookingNumber;
      expect(issues(other)).toEqual([]);
    }
  });

  it.each(['Import', 'Export', 'Transfer'] as const)('requires exactly the mandatory events of the %s flow, each once', (flow) => {
    const mandatory = DOC_MANDATORY_EVENTS[flow];
    const without = onFlow(flow);
    without.containers[0].events.pop();
    expect(issues(without)).toEqual(['containers[0].events eventSet WRONG_FORMAT']);
    const twice = onFlow(flow);
    twice.containers[0].events[1] = { ...twice.containers[0].events[0] };
    expect(issues(twice)).toEqual(['containers[0].events eventSet WRONG_FORMAT']);
    const more = onFlow(flow);
    more.containers[0].events.push({ ...more.containers[0].events[0], type: 'Announced' });
    expect(issues(more)).toEqual(['containers[0].events eventSet WRONG_FORMAT']);
    const swapped = onFlow(flow);
    swapped.containers[0].events[0] = { ...swapped.containers[0].events[0], type: 'Announced' };
    expect(issues(swapped)).toEqual(['containers[0].events eventSet WRONG_FORMAT']);
    expect(messages(without)).toEqual([`must contain exactly ${mandatory.length} events for the ${flow} flow: ${mandatory.join(', ')}`]);
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
    expect(messages(order)).toEqual([`is mandatory for the ${type} event`]);
    delete events[j].startDate;
    expect(issues(order)).toEqual([`containers[0].events[${j}].startDate required EVENT_START_DATE_REQUIRED`]);
  });

  it('requires an event location to name a code, or a name with an address and a city (EVENT_LOCATION_FIELDS_REQUIRED)', () => {
    const cases: Array<[Json, boolean]> = [
      [{ code: 'MTDF' }, true],
      [{ name: 'Terminal de France', location: { address: 'Terre-Plein de la Barre', city: 'Le Havre' } }, true],
      [{ name: 'Terminal de France', location: { address: 'Terre-Plein de la Barre' } }, false],
      [{ name: 'Terminal de France', location: { city: 'Le Havre' } }, false],
      [{ name: 'Terminal de France' }, false],
      [{ name: 'Terminal de France', location: null }, false],
      [{ location: { address: 'Terre-Plein de la Barre', city: 'Le Havre' } }, false],
      [{ code: ' ', name: 'Terminal de France' }, false],
      [{}, false],
    ];
    for (const [location, ok] of cases) {
      const order = onFlow('Transfer');
      order.containers[0].events[1].location = location;
      expect(issues(order)).toEqual(ok ? [] : ['containers[0].events[1].location locationFields EVENT_LOCATION_FIELDS_REQUIRED']);
      if (!ok) expect(messages(order)).toEqual(['needs a location code, or a name with an address and a city']);
    }
  });

  it.each(['Import', 'Export'] as const)('requires the %s events in the documented chronological order (WRONG_EVENT_DATE_ORDER)', (flow) => {
    const order = onFlow(flow);
    const events = order.containers[0].events as Json[];
    events[2].startDate = '2022-03-01T00:00:00+00:00';
    expect(issues(order)).toEqual(['containers[0].events[2].startDate eventDateOrder WRONG_EVENT_DATE_ORDER']);
    const mandatory = DOC_MANDATORY_EVENTS[flow];
    expect(messages(order)).toEqual([`${mandatory[2]} must not be before ${mandatory[1]} (${mandatory.join(' -> ')})`]);
  });

  it("takes two events at the same instant as in order, falls back on an event's endDate when it has no startDate, and names it", () => {
    const same = onFlow('Import');
    same.containers[0].events[1].startDate = same.containers[0].events[0].startDate;
    expect(issues(same)).toEqual([]);
    const order = onFlow('Import');
    const events = order.containers[0].events as Json[];
    events[0].startDate = null; // LadingImport: optional
    events[0].endDate = '2022-03-09T00:00:00+00:00';
    expect(issues(order)).toEqual(['containers[0].events[1].startDate eventDateOrder WRONG_EVENT_DATE_ORDER']);
    const ended = onFlow('Import');
    const endedEvents = ended.containers[0].events as Json[];
    endedEvents[2].startDate = null; // EmptyReleaseImport: optional
    endedEvents[2].endDate = '2022-03-04T12:00:00+00:00'; // before DeliveryImport's start (03-04 18:00)
    expect(issues(ended)).toEqual(['containers[0].events[2].endDate eventDateOrder WRONG_EVENT_DATE_ORDER']);
  });

  it('gives the Transfer events no order ("no order is given for Transfer")', () => {
    const order = onFlow('Transfer');
    order.containers[0].events[1].startDate = '2022-01-01T00:00:00+00:00';
    expect(issues(order)).toEqual([]);
  });

  it('refuses a contractor with no actor code (CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV), and takes an order without contractor', () => {
    for (const code of [undefined, null, '', ' ']) {
      expect(issues(withValue(['contractor', 'code'], code))).toEqual(['contractor.code required CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV']);
      expect(messages(withValue(['contractor', 'code'], code))).toEqual([
        'a contractor unknown by GEDMOUV (no actor code) is not allowed to create transport orders',
      ]);
    }
    expect(issues(withValue(['contractor'], null))).toEqual([]);
    expect(issues(withValue(['contractor'], undefined))).toEqual([]);
  });

  it('requires the carrier e-mail when the carrier has no actor code (CARRIER_EMAIL_REQUIRED)', () => {
    for (const code of [undefined, null, '', ' ']) {
      const order = withValue(['carrier', 'code'], code);
      expect(issues(order)).toEqual([]);
      for (const email of [undefined, null, '', ' ']) {
        order.carrier.contact.email = email;
        expect(issues(order)).toEqual(['carrier.contact.email required CARRIER_EMAIL_REQUIRED']);
        expect(messages(order)).toEqual(['is required when the carrier has no actor code (unknown by GEDMOUV)']);
      }
      order.carrier.contact = null;
      expect(issues(order)).toEqual(['carrier.contact.email required CARRIER_EMAIL_REQUIRED']);
      delete order.carrier.contact;
      expect(issues(order)).toEqual(['carrier.contact.email required CARRIER_EMAIL_REQUIRED']);
      order.carrier.code = 'SOGETS.';
      expect(issues(order)).toEqual([]);
    }
  });

  it('checks each container on its own flow rules, at its own index', () => {
    const order = onFlow('Import');
    order.containers.push({ ...structuredClone(order.containers[0]), reference: undefined });
    expect(issues(order)).toEqual(['containers[1].reference required HANDLING_UNIT_REFERENCE_INVALID']);
  });
}

/** What an update may not change; `against(stored, next)` lists `field rule code message`. */
export function itHoldsTheUpdateRules(against: (current: Json, next: Json) => string[]): void {
  const stored = valid;

  it('accepts the stored order sent back as it is, without containers, or with its own customs flag', () => {
    expect(against(stored(), valid())).toEqual([]);
    expect(against(stored(), { customsFlag: 'Import' })).toEqual([]);
    expect(against(stored(), {})).toEqual([]);
  });

  it('refuses another customsFlag (CUSTOMS_FLAG_NOT_BE_MODIFIED)', () => {
    expect(against(stored(), { customsFlag: 'Export' })).toEqual(['customsFlag immutable CUSTOMS_FLAG_NOT_BE_MODIFIED cannot change from Import']);
  });

  it('refuses another number of containers (CANNOT_CHANGE_NUMBER_OF_CONTAINERS), counting them', () => {
    const next = valid();
    next.containers.push(structuredClone(next.containers[0]));
    expect(against(stored(), next)).toEqual(["containers containerCount CANNOT_CHANGE_NUMBER_OF_CONTAINERS must keep the order's 1 container"]);
    expect(against(next, valid())).toEqual(["containers containerCount CANNOT_CHANGE_NUMBER_OF_CONTAINERS must keep the order's 2 containers"]);
    expect(against(stored(), { containers: [] })).toEqual(["containers containerCount CANNOT_CHANGE_NUMBER_OF_CONTAINERS must keep the order's 1 container"]);
  });

  it('refuses another container reference once one is stored (R0007: "Cannot update container references.")', () => {
    for (const reference of ['MSCU1234565', null, undefined]) {
      const next = valid();
      next.containers[0].reference = reference;
      expect(against(stored(), next)).toEqual(['containers[0].reference immutable R0007 cannot change from CGMU1234562']);
    }
    for (const container of [null, 'CGMU1234562'])
      expect(against(stored(), { containers: [container] })).toEqual(['containers[0].reference immutable R0007 cannot change from CGMU1234562']);
  });

  it('lets a reference be given where none was stored', () => {
    const before = stored();
    delete before.containers[0].reference;
    expect(against(before, valid())).toEqual([]);
  });
}

/** The body schema: "Additional properties are NOT allowed.", "| null", the documented lengths, required fields, int32, the PUT status. */
export function itHoldsTheSchemaRules({ issues, messages }: SogetRuleSide): void {
  it.each(objectsOf(fieldsOf(valid())).concat([['', [], undefined, '']]))(
    'refuses a property that %s does not list ("Additional properties are NOT allowed.")',
    (field, path) => {
      const order = valid();
      const target = path.reduce((o: Json, key) => o[key], order);
      target.surplus = 'x';
      expect(issues(order)).toEqual([`${field ? `${field}.` : ''}surplus additionalProperties WRONG_FORMAT`]);
    },
  );

  it('leaves every other field "| null": null passes', () => {
    for (const field of ['contractor', 'date', 'sender', 'voyage', 'containers[0].reefer', 'containers[0].goods', `${event}.startDate`])
      expect(issues(withValue(toPath(field), null))).toEqual([]);
  });
  it.each(SOGET_DOCUMENTED_MAX_LENGTHS)('takes %s up to %i characters (doc line %i: "%s")', (documented, max) => {
    const field = documented.replace(/\[\]/g, '[0]');
    const atMax = field.endsWith('.country') ? 'BE' : 'X'.repeat(max);
    expect(issues(withValue(toPath(field), atMax))).toEqual([]);
    expect(issues(withValue(toPath(field), 'X'.repeat(max + 1)))).toEqual([`${field} maxLength WRONG_FORMAT`]);
  });

  it('takes the dates as ISO 8601 Extended Format date-times, and says so', () => {
    for (const ok of ['2022-03-02T18:00:00+00:00', '2025-05-04T09:42:00Z', '2022-03-02T18:00', '2022-03-02T18:00:00.1234567-05:00'])
      expect(issues(withValue(['date'], ok))).toEqual([]);
    for (const wrong of [
      '2022-03-02',
      '02/03/2022 18:00',
      '2022-03-02T18:00:00.12345678Z',
      '2022-13-02T18:00:00Z',
      ' 2022-03-02T18:00:00Z',
      '2022-03-02T18:00:00Z ',
      'on 2022-03-02T18:00:00Z',
      // Text before a whole date-time, its first characters a date-time too: no date-time.
      '2022-03-02T2022-03-02T18:00:00Z',
      '2022-03-02T18:00:00Z2022-03-02T18:00:00Z',
    ]) {
      expect(issues(withValue(['date'], wrong))).toEqual(['date dateTime WRONG_FORMAT']);
      expect(messages(withValue(['date'], wrong))).toEqual(['must be an ISO 8601 extended date-time, e.g. 2022-03-02T18:00:00+00:00']);
    }
  });

  it('words a minimum, a maximum and an exact length as such', () => {
    expect(issues(withValue(['transportOrderNumber'], ''))).toEqual(['transportOrderNumber minLength WRONG_FORMAT']);
    expect(messages(withValue(['transportOrderNumber'], ''))).toEqual(['must be at least 1 character']);
    expect(messages(withValue(['sender'], 'X'.repeat(257)))).toEqual(['is too long (maximum length is 256)']);
    expect(issues(withValue(['containers', 0, 'type'], '22G'))).toEqual(['containers[0].type minLength WRONG_FORMAT']);
    expect(messages(withValue(['containers', 0, 'type'], '22G'))).toEqual(['must be exactly 4 characters']);
    expect(issues(withValue(['containers', 0, 'type'], '22G10'))).toEqual(['containers[0].type maxLength WRONG_FORMAT']);
    expect(messages(withValue(['containers', 0, 'type'], '22G10'))).toEqual(['must be exactly 4 characters']);
  });

  it.each(['contractor.company.location.country', 'carrier.company.location.country', `${event}.location.location.country`])(
    'takes %s as an ISO 3166-1 alpha-2 code ("Minimum length is 2, maximum length is 2")',
    (field) => {
      const path = toPath(field);
      expect(issues(withValue(path, 'BE'))).toEqual([]);
      expect(issues(withValue(path, 'F'))).toEqual([`${field} minLength WRONG_FORMAT`]);
      expect(messages(withValue(path, 'F'))).toEqual(['must be exactly 2 characters']);
      expect(issues(withValue(path, 'FRA'))).toEqual([`${field} maxLength WRONG_FORMAT`]);
      expect(issues(withValue(path, 'XX'))).toEqual([`${field} iso3166 WRONG_FORMAT`]);
      expect(messages(withValue(path, 'XX'))).toEqual(['must be an ISO 3166-1 alpha-2 country code, e.g. FR']);
    },
  );

  it('refuses an order with no container ("At least 1 element.")', () => {
    expect(issues(withValue(['containers'], []))).toEqual(['containers minItems WRONG_FORMAT']);
    expect(messages(withValue(['containers'], []))).toEqual(['must have at least 1 element']);
  });

  it.each(['carrier', 'transportOrderNumber', 'containers', 'customsFlag'])('refuses the order without %s (Required)', (field) => {
    for (const value of [undefined, null]) expect(issues(withValue([field], value))).toEqual([`${field} required WRONG_FORMAT`]);
  });

  it('refuses a container without events ("events array[object] | null Required") and an event without its type or location', () => {
    for (const value of [undefined, null])
      expect(issues(withValue(['containers', 0, 'events'], value))).toEqual(['containers[0].events required WRONG_FORMAT']);
    expect(issues(withValue(['containers', 0, 'events', 0, 'type'], undefined))).toEqual([`${event}.type required WRONG_FORMAT`]);
    expect(issues(withValue(['containers', 0, 'events', 0, 'location'], undefined))).toEqual([`${event}.location required WRONG_FORMAT`]);
  });

  it('takes quantity as a 32-bit integer ("quantity integer(int32)")', () => {
    const quantity = ['containers', 0, 'goods', 0, 'quantity'];
    for (const ok of [0, -2147483648, 2147483647]) expect(issues(withValue(quantity, ok))).toEqual([]);
    for (const wrong of [1.5, 2147483648, -2147483649]) {
      expect(issues(withValue(quantity, wrong))).toEqual(['containers[0].goods[0].quantity int32 WRONG_FORMAT']);
      expect(messages(withValue(quantity, wrong))).toEqual(['must be a 32-bit integer']);
    }
  });

  it('takes a PUT status as Draft or Valid, and no status on a POST', () => {
    expect(issues({ ...valid(), status: 'Valid' }, { update: true })).toEqual([]);
    expect(issues({ ...valid(), status: 'Draft' }, { update: true })).toEqual([]);
    expect(issues({ ...valid(), status: 'Cancelled' }, { update: true })).toEqual(['status oneOf WRONG_FORMAT']);
    expect(issues({ ...valid(), status: 'Valid' })).toEqual(['status additionalProperties WRONG_FORMAT']);
  });
}
