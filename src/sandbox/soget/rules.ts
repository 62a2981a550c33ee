import { isIso3166Alpha2 } from '../../core/formats';
import { iso6346Problem } from '../../core/iso6346';
import {
  SOGET_CUSTOMS_FLAGS,
  SOGET_EVENT_TYPES,
  SOGET_STATUSES,
  type SogetCustomsFlag,
  type SogetErrorCode,
  type SogetEventType,
  type SogetOrderBody,
  type SogetSearchParams,
} from './wire';

/**
 * The rules of soget-smouv-customer-orders.md ("Order object" of `POST /customer-orders` and the
 * error "code" list), plus the search parameters of beyond-the-docs.md, each next to the doc
 * words it comes from. The first broken one is answered as `{ timestamp, code, message }`.
 *
 * The error list has no generic validation code: body-schema rules (types, required fields,
 * maximum lengths, "Additional properties are NOT allowed", enumerations, date formats,
 * countries) answer `WRONG_FORMAT`; a rule with a code of its own answers that code.
 * "Available for the export flow" and the like say where a field means something, not that it
 * is refused elsewhere: the documented Import example sends `bookingNumber`, `etd` and the
 * closing dates, so none of them is refused on another flow.
 */

export interface SogetIssue {
  field: string;
  rule: string;
  message: string;
  providerCode: SogetErrorCode;
}

// ---------------------------------------------------------------------------------------------
// The body schema, field by field as the "Order object" lists it.

type Schema =
  | { kind: 'object'; props: Record<string, Schema>; required?: readonly string[] }
  | { kind: 'array'; items: Schema; nonEmpty?: boolean }
  | { kind: 'string'; max?: number; length?: number; nonEmpty?: boolean; format?: 'date-time' | 'country' }
  | { kind: 'number'; integer?: boolean }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] };

const str = (max?: number): Schema => ({ kind: 'string', max });
// "string(date-time) | null ... ISO 8601 Extended Format"
const dateTime: Schema = { kind: 'string', format: 'date-time' };
// "number(double) | null"
const num: Schema = { kind: 'number' };
// "quantity integer(int32) | null"
const int32: Schema = { kind: 'number', integer: true };
// "boolean | null"
const bool: Schema = { kind: 'boolean' };
// "object ... Additional properties are NOT allowed."
const obj = (props: Record<string, Schema>, required?: readonly string[]): Schema => ({ kind: 'object', props, required });

// location: "address ... Maximum length is 256", "zipCode ... 256", "city ... 64",
// "country string | null ISO 3166-1 alpha-2 code of country. Minimum length is 2, maximum length is 2."
const location = obj({ address: str(256), zipCode: str(256), city: str(64), country: { kind: 'string', length: 2, format: 'country' } });
// contact: "name ... 255", "email ... 255", "phone ... 255"
const contact = obj({ name: str(255), email: str(255), phone: str(255) });
// contractor / carrier: "code ... Maximum length is 32", "name ... 256", company "name ... 64"
const actor = obj({ code: str(32), name: str(256), company: obj({ name: str(64), location }), contact });

const event = obj(
  {
    // "type string Required ... Values are Announced, CarrierIdentification, ..., or DeliveryTransfer."
    type: { kind: 'enum', values: SOGET_EVENT_TYPES },
    startDate: dateTime,
    endDate: dateTime,
    creationDate: dateTime,
    // "location object Required": "code ... 20", "name ... 64", "reference ... 64"
    location: obj({ code: str(20), name: str(64), location, contact, reference: str(64) }),
  },
  ['type', 'location'],
);

const container = obj(
  {
    // "reference string | null Container number." (flow rules below)
    reference: str(),
    // "type string | null Size type. ... Minimum length is 4, maximum length is 4."
    type: { kind: 'string', length: 4 },
    grossWeight: num,
    tare: num,
    // "sealNumbers array[string] | null"
    sealNumbers: { kind: 'array', items: str() },
    indicator: obj({ isReefer: bool, isHazardous: bool, isOog: bool }),
    // "customsInformation ... Maximum length is 64", "comment ... Maximum length is 1024"
    customsInformation: str(64),
    comment: str(1024),
    reefer: obj({ setPoint: num }),
    oog: obj({ length: num, width: num, height: num }),
    goods: {
      kind: 'array',
      // goods: "description ... 264", "type ... Maximum length is 4"; hazardousClasses: "imdgCode / undgCode / packagingGroup ... 11"
      items: obj({
        description: str(264),
        type: str(4),
        quantity: int32,
        weight: num,
        volume: num,
        hazardousClasses: { kind: 'array', items: obj({ imdgCode: str(11), undgCode: str(11), packagingGroup: str(11) }) },
      }),
    },
    // "billOfLading ... Maximum length is 256", "bookingNumber ... Maximum length is 256"
    billOfLading: str(256),
    bookingNumber: str(256),
    // "events array[object] | null Required"
    events: { kind: 'array', items: event },
  },
  ['events'],
);

const orderProps: Record<string, Schema> = {
  contractor: actor,
  // "carrier object Required"
  carrier: actor,
  // "transportOrderNumber string Required ... Minimum length is 1, maximum length is 256."
  transportOrderNumber: { kind: 'string', max: 256, nonEmpty: true },
  // "containers array[object] Required ... At least 1 element."
  containers: { kind: 'array', items: container, nonEmpty: true },
  date: dateTime,
  // "sender ... 256", "clientReference ... 256"
  sender: str(256),
  clientReference: str(256),
  // "customsFlag string Required ... Values are Import, Export, or Transfer."
  customsFlag: { kind: 'enum', values: SOGET_CUSTOMS_FLAGS },
  // "priceInformation / instructionsInformation / contractTermsInformation / comment ... Maximum length is 1024."
  priceInformation: str(1024),
  instructionsInformation: str(1024),
  contractTermsInformation: str(1024),
  comment: str(1024),
  // voyage: "meansName ... 384", "freightAgent ... 256", "shippingCompany ... 256", the dates ISO 8601
  voyage: obj({
    meansName: str(384),
    freightAgent: str(256),
    shippingCompany: str(256),
    eta: dateTime,
    etd: dateTime,
    closingCustoms: dateTime,
    closingDangerous: dateTime,
    closingDelivery: dateTime,
  }),
};
const ORDER_REQUIRED = ['carrier', 'transportOrderNumber', 'containers', 'customsFlag'] as const;

const createSchema: Schema = { kind: 'object', props: orderProps, required: ORDER_REQUIRED };
/**
 * An update (beyond-the-docs.md: "PUT /customer-orders/{id}") sends the same model; a draft may
 * be moved to Valid ("CANNOT_UPDATE_VALID_ORDER_TO_DRAFT: Cannot update order status from VALID to DRAFT.").
 */
const updateSchema: Schema = { kind: 'object', props: { ...orderProps, status: { kind: 'enum', values: ['Draft', 'Valid'] } }, required: ORDER_REQUIRED };

// ---------------------------------------------------------------------------------------------
// The flows.

/**
 * "List of mandatory events when creating an import order: LadingImport, DeliveryImport,
 * EmptyReleaseImport, EmptyReturnImport"; export: "EmptyReleaseExport, PositioningExport,
 * LadingExport, DeliveryExport"; transfer: "LadingTransfer, DeliveryTransfer". The Import and
 * Export lists are in the order WRONG_EVENT_DATE_ORDER gives.
 */
export const MANDATORY_EVENTS: Record<SogetCustomsFlag, readonly SogetEventType[]> = {
  Import: ['LadingImport', 'DeliveryImport', 'EmptyReleaseImport', 'EmptyReturnImport'],
  Export: ['EmptyReleaseExport', 'PositioningExport', 'LadingExport', 'DeliveryExport'],
  Transfer: ['LadingTransfer', 'DeliveryTransfer'],
};

/** startDate: "It's mandatory for the delivery in import, positioning of the empty container in export, and delivery in transfer." */
const START_DATE_REQUIRED: ReadonlySet<SogetEventType> = new Set(['DeliveryImport', 'PositioningExport', 'DeliveryTransfer']);

/** "WRONG_EVENT_DATE_ORDER: ... For Import order: LadingImport -> DeliveryImport -> ... For Export order: EmptyReleaseExport -> ..." (no order is given for Transfer). */
const CHRONOLOGICAL: ReadonlySet<SogetCustomsFlag> = new Set(['Import', 'Export']);

/**
 * The segments of each flow, as the order types describe them: "SegmentTerminalEntrepot: The
 * segment of Import order from the handling place to the warehouse", "SegmentEntrepotDepot:
 * ... from the warehouse to the empty return location", "SegmentDepotEntrepot: The segment of
 * Export order from the empty release location to the warehouse", "SegmentEntrepotTerminal:
 * ... from the warehouse to the handling place", "SegmentTransfer: The segment of Transfer order".
 */
export const FLOW_SEGMENTS: Record<SogetCustomsFlag, ReadonlyArray<{ type: string; from: SogetEventType; to: SogetEventType }>> = {
  Import: [
    { type: 'SegmentTerminalEntrepot', from: 'LadingImport', to: 'DeliveryImport' },
    { type: 'SegmentEntrepotDepot', from: 'EmptyReleaseImport', to: 'EmptyReturnImport' },
  ],
  Export: [
    { type: 'SegmentDepotEntrepot', from: 'EmptyReleaseExport', to: 'PositioningExport' },
    { type: 'SegmentEntrepotTerminal', from: 'LadingExport', to: 'DeliveryExport' },
  ],
  Transfer: [{ type: 'SegmentTransfer', from: 'LadingTransfer', to: 'DeliveryTransfer' }],
};

// "ISO 8601 Extended Format" (the examples: 2022-03-02T18:00:00+00:00, 2025-05-04T09:42:00Z); no offset reads as UTC.
// The last group is the offset.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Milliseconds of an ISO 8601 extended date-time, or null when it is not one. The calendar date
 * must exist: `Date.parse` takes any day up to 31 and rolls 2022-02-30 over to March 2.
 */
export function sogetDateMs(value: unknown): number | null {
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  if (match === null) return null;
  const [year, month, day] = match[0].slice(0, 10).split('-').map(Number);
  // (setUTCFullYear, not Date.UTC, which reads the years 0 to 99 as 1900 to 1999)
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) return null;
  const ms = Date.parse(match[1] ? match[0] : `${match[0]}Z`);
  return Number.isNaN(ms) ? null : ms;
}

// ---------------------------------------------------------------------------------------------

/** Every rule of a create (or, with `update`, a PUT) body, schema rules first. */
export function orderIssues(body: unknown, options: { update?: boolean } = {}): SogetIssue[] {
  const issues: SogetIssue[] = [];
  const add: Add = (field, rule, message, providerCode = 'WRONG_FORMAT') => void issues.push({ field, rule, message, providerCode });
  if (!isObject(body)) {
    add('', 'type', 'the order must be a JSON object');
    return issues;
  }
  walk(options.update ? updateSchema : createSchema, body, '', add);
  flowIssues(body as Partial<SogetOrderBody>, add);
  return issues;
}

type Add = (path: string, rule: string, message: string, providerCode?: SogetErrorCode) => void;

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function walk(schema: Schema, value: unknown, path: string, add: Add): void {
  // Every field but the required ones is "| null".
  if (value === null || value === undefined) return;
  switch (schema.kind) {
    case 'object': {
      if (!isObject(value)) return add(path, 'type', 'must be an object');
      // "Additional properties are NOT allowed."
      for (const key of Object.keys(value))
        if (!(key in schema.props)) add(join(path, key), 'additionalProperties', 'is not a property of this object (additional properties are not allowed)');
      for (const key of schema.required ?? []) if (value[key] === undefined || value[key] === null) add(join(path, key), 'required', 'is required');
      for (const [key, child] of Object.entries(schema.props)) walk(child, value[key], join(path, key), add);
      return;
    }
    case 'array': {
      if (!Array.isArray(value)) return add(path, 'type', 'must be an array');
      // "At least 1 element."
      if (schema.nonEmpty && value.length === 0) add(path, 'minItems', 'must have at least 1 element');
      value.forEach((item, i) => {
        // "array[object]", "array[string]": each item is one (null is the array's, not its items').
        if (item === null) return add(`${path}[${i}]`, 'type', schema.items.kind === 'object' ? 'must be an object' : 'must be a string');
        walk(schema.items, item, `${path}[${i}]`, add);
      });
      return;
    }
    case 'string': {
      if (typeof value !== 'string') return add(path, 'type', 'must be a string');
      // "Minimum length is N, maximum length is N."
      const length = schema.length ?? value.length;
      if (value.length < length) return add(path, 'minLength', `must be exactly ${length} characters`);
      if (value.length > length) return add(path, 'maxLength', `must be exactly ${length} characters`);
      // "Minimum length is 1"
      if (schema.nonEmpty && value.length === 0) return add(path, 'minLength', 'must be at least 1 character');
      // "Maximum length is N."
      if (value.length > (schema.max ?? Infinity)) return add(path, 'maxLength', `is too long (maximum length is ${schema.max})`);
      if (schema.format === 'date-time' && sogetDateMs(value) === null)
        add(path, 'dateTime', 'must be an ISO 8601 extended date-time, e.g. 2022-03-02T18:00:00+00:00');
      if (schema.format === 'country' && !isIso3166Alpha2(value)) add(path, 'iso3166', 'must be an ISO 3166-1 alpha-2 country code, e.g. FR');
      return;
    }
    case 'number': {
      // (Number.isFinite is false for anything but a finite number)
      if (!Number.isFinite(value)) return add(path, 'type', 'must be a number');
      const n = value as number;
      if (schema.integer && (!Number.isInteger(n) || n < -2147483648 || n > 2147483647)) add(path, 'int32', 'must be a 32-bit integer');
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') add(path, 'type', 'must be a boolean');
      return;
    case 'enum':
      // (a list of texts includes no value of another type)
      if (!schema.values.includes(value as string)) add(path, 'oneOf', `must be one of ${schema.values.join(', ')}`);
  }
}

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

function flowIssues(order: Partial<SogetOrderBody>, add: Add): void {
  const flow = SOGET_CUSTOMS_FLAGS.includes(order.customsFlag as SogetCustomsFlag) ? (order.customsFlag as SogetCustomsFlag) : null;

  // "CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV: A contractor unknown by GEDMOUV is not allowed to create
  // new transport order." A contractor without an actor code cannot be known.
  if (isObject(order.contractor) && !filled(order.contractor.code)) {
    add(
      'contractor.code',
      'required',
      'a contractor unknown by GEDMOUV (no actor code) is not allowed to create transport orders',
      'CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV',
    );
  }
  // "CARRIER_EMAIL_REQUIRED: If carrier in the given order is unknown by GEDMOUV, then the carrier email is required."
  if (isObject(order.carrier) && !filled(order.carrier.code) && !(isObject(order.carrier.contact) && filled(order.carrier.contact.email))) {
    add('carrier.contact.email', 'required', 'is required when the carrier has no actor code (unknown by GEDMOUV)', 'CARRIER_EMAIL_REQUIRED');
  }
  if (!Array.isArray(order.containers)) return;
  order.containers.forEach((container, i) => {
    if (isObject(container)) containerIssues(container, `containers[${i}]`, flow, add);
  });
}

function containerIssues(container: Record<string, unknown>, at: string, flow: SogetCustomsFlag | null, add: Add): void {
  // reference: "It's mandatory for import and transfer flow. A container number must follow the ISO 6346:1995."
  // ("HANDLING_UNIT_REFERENCE_INVALID: Reference of handling unit is invalid.")
  const reference = container.reference;
  if (reference === undefined || reference === null || reference === '') {
    if (flow === 'Import' || flow === 'Transfer') add(`${at}.reference`, 'required', `is mandatory for the ${flow} flow`, 'HANDLING_UNIT_REFERENCE_INVALID');
  } else if (typeof reference === 'string') {
    const problem = iso6346Problem(reference);
    if (problem === 'format')
      add(
        `${at}.reference`,
        'iso6346',
        'must be an ISO 6346 container number: owner code, category (U, J or Z), 6-digit serial, check digit',
        'HANDLING_UNIT_REFERENCE_INVALID',
      );
    else if (problem === 'checkDigit') add(`${at}.reference`, 'iso6346', 'has a wrong ISO 6346 check digit', 'HANDLING_UNIT_REFERENCE_INVALID');
  }
  // type: "Size type. It's mandatory for export flow."
  if (flow === 'Export' && (container.type === undefined || container.type === null)) add(`${at}.type`, 'required', 'is mandatory for the Export flow');
  // bookingNumber: "Booking reference. It's mandatory for export flow."
  if (flow === 'Export' && !filled(container.bookingNumber)) add(`${at}.bookingNumber`, 'required', 'is mandatory for the Export flow');

  if (!flow || !Array.isArray(container.events)) return;
  const events = container.events as unknown[];
  if (!events.every((e) => isObject(e) && typeof e.type === 'string')) return; // the schema walk reported it
  eventIssues(events as Array<Record<string, unknown>>, `${at}.events`, flow, add);
}

function eventIssues(events: Array<Record<string, unknown>>, at: string, flow: SogetCustomsFlag, add: Add): void {
  // events: "List of events (must contains exactly 4 events with import/ export order and 2 events
  // with transfer order)", the flow's "List of mandatory events".
  const mandatory = MANDATORY_EVENTS[flow];
  const types = events.map((e) => e.type as string);
  const complete = events.length === mandatory.length && mandatory.every((type) => types.filter((t) => t === type).length === 1);
  if (!complete) return add(at, 'eventSet', `must contain exactly ${mandatory.length} events for the ${flow} flow: ${mandatory.join(', ')}`);

  events.forEach((event, j) => {
    const type = event.type as SogetEventType;
    // "EVENT_START_DATE_REQUIRED: Start date of event is required." (startDate: see START_DATE_REQUIRED)
    if (START_DATE_REQUIRED.has(type) && (event.startDate === undefined || event.startDate === null)) {
      add(`${at}[${j}].startDate`, 'required', `is mandatory for the ${type} event`, 'EVENT_START_DATE_REQUIRED');
    }
    // "EVENT_LOCATION_FIELDS_REQUIRED: The fields of event location is required.": a location
    // names a code of the referential, or says where it is (a name, an address and a city).
    const place = event.location;
    if (isObject(place)) {
      const address = isObject(place.location) ? place.location : {};
      if (!filled(place.code) && !(filled(place.name) && filled(address.address) && filled(address.city))) {
        add(`${at}[${j}].location`, 'locationFields', 'needs a location code, or a name with an address and a city', 'EVENT_LOCATION_FIELDS_REQUIRED');
      }
    }
  });

  // "WRONG_EVENT_DATE_ORDER: Dates of events must be in chronological order. For Import order:
  // LadingImport -> DeliveryImport -> EmptyReleaseImport -> EmptyReturnImport. For Export order:
  // EmptyReleaseExport -> PositioningExport -> LadingExport -> DeliveryExport."
  if (!CHRONOLOGICAL.has(flow)) return;
  let previous: { type: string; ms: number } | null = null;
  for (const type of mandatory) {
    const j = types.indexOf(type);
    const start = sogetDateMs(events[j].startDate);
    const ms = start ?? sogetDateMs(events[j].endDate);
    if (ms === null) continue;
    if (previous && ms < previous.ms) {
      add(
        `${at}[${j}].${start !== null ? 'startDate' : 'endDate'}`,
        'eventDateOrder',
        `${type} must not be before ${previous.type} (${mandatory.join(' -> ')})`,
        'WRONG_EVENT_DATE_ORDER',
      );
    }
    previous = { type, ms };
  }
}

/** What an update may not change compared to the stored order. */
export function updateAgainstIssues(current: SogetOrderBody, next: Partial<SogetOrderBody>): SogetIssue[] {
  const issues: SogetIssue[] = [];
  const add = (field: string, rule: string, message: string, providerCode: SogetErrorCode) => void issues.push({ field, rule, message, providerCode });
  // "CUSTOMS_FLAG_NOT_BE_MODIFIED: You can't modify customs flag of an order."
  if (next.customsFlag !== undefined && next.customsFlag !== current.customsFlag)
    add('customsFlag', 'immutable', `cannot change from ${current.customsFlag}`, 'CUSTOMS_FLAG_NOT_BE_MODIFIED');
  if (!Array.isArray(next.containers)) return issues;
  // "CANNOT_CHANGE_NUMBER_OF_CONTAINERS: You can't change the number of containers when updating an order."
  if (next.containers.length !== current.containers.length) {
    add(
      'containers',
      'containerCount',
      `must keep the order's ${current.containers.length} container${current.containers.length > 1 ? 's' : ''}`,
      'CANNOT_CHANGE_NUMBER_OF_CONTAINERS',
    );
    return issues;
  }
  // "R0007: Cannot update container references."
  next.containers.forEach((container, i) => {
    const before = current.containers[i].reference ?? null;
    const after = (isObject(container) ? (container.reference as string | null | undefined) : undefined) ?? null;
    if (before !== null && after !== before) add(`containers[${i}].reference`, 'immutable', `cannot change from ${before}`, 'R0007');
  });
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Search: beyond-the-docs.md, "GET /customer-orders filters: ... offset (default 0), limit (default 10, max 50), desc".

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;

export type SearchCheck =
  | {
      ok: true;
      params: Required<Pick<SogetSearchParams, 'offset' | 'limit' | 'desc'>> & SogetSearchParams & { startMs?: number; endMs?: number; statuses?: string[] };
    }
  | { ok: false; code: SogetErrorCode; message: string };

export function searchCheck(query: { get(name: string): string | null }): SearchCheck {
  const fail = (code: SogetErrorCode, message: string): SearchCheck => ({ ok: false, code, message });
  const text = (key: string) => {
    const value = query.get(key);
    return value === null || value === '' ? undefined : value;
  };
  // "LIMIT_NONPOSITIVE: The LIMIT parameter must be greater than 0 when searching order."
  const limitText = text('limit');
  const limit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit <= 0) return fail('LIMIT_NONPOSITIVE', `The LIMIT parameter must be greater than 0 (got ${limitText})`);
  // "OFFSET_NEGATIVE: The OFFSET parameter cannot be negative when searching order."
  const offsetText = text('offset');
  const offset = offsetText === undefined ? 0 : Number(offsetText);
  if (!Number.isInteger(offset)) return fail('OFFSET_NEGATIVE', `The OFFSET parameter must be an integer that is not negative (got ${offsetText})`);
  if (offset < 0) return fail('OFFSET_NEGATIVE', `The OFFSET parameter cannot be negative (got ${offset})`);
  // "SEARCH_DATE_ERROR: Date parameters is invalid when searching order."
  const startDate = text('startDate');
  const endDate = text('endDate');
  const startMs = startDate === undefined ? undefined : sogetDateMs(startDate);
  const endMs = endDate === undefined ? undefined : sogetDateMs(endDate);
  if (startMs === null || endMs === null) return fail('SEARCH_DATE_ERROR', 'startDate and endDate must be ISO 8601 date-times');
  // (an absent end bounds nothing)
  if ((startMs ?? -Infinity) > (endMs ?? Infinity)) return fail('SEARCH_DATE_ERROR', 'startDate must not be after endDate');
  // "processingIndicator (Import|Export|Transfer)"
  const processingIndicator = text('processingIndicator');
  if (processingIndicator !== undefined && !SOGET_CUSTOMS_FLAGS.includes(processingIndicator as SogetCustomsFlag)) {
    return fail('WRONG_FORMAT', `processingIndicator must be one of ${SOGET_CUSTOMS_FLAGS.join(', ')}`);
  }
  // "Status values: Draft, Valid, Cancelled, Submitted, Rejected, InProcess, Accepted, Refused."
  const status = text('status');
  const statuses = status?.split(',').map((s) => s.trim());
  if (statuses && !statuses.every((s) => (SOGET_STATUSES as readonly string[]).includes(s)))
    return fail('WRONG_FORMAT', `status must be one of ${SOGET_STATUSES.join(', ')}`);
  const descText = text('desc');
  if (descText !== undefined && descText !== 'true' && descText !== 'false') return fail('WRONG_FORMAT', 'desc must be true or false');
  return {
    ok: true,
    params: {
      transportOrderNumber: text('transportOrderNumber'),
      containerNumber: text('containerNumber'),
      carrierCode: text('carrierCode'),
      processingIndicator: processingIndicator as SogetCustomsFlag | undefined,
      startDate,
      endDate,
      startMs,
      endMs,
      status,
      statuses,
      offset,
      limit: Math.min(limit, MAX_LIMIT),
      desc: descText === 'true',
    },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
