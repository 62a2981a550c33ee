import type { InputIssue } from '../../core/errors';
import { iso6346Problem } from '../../core/iso6346';
import { isIso3166Alpha2 } from '../../core/iso3166';
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
 * SOGET S'mouv's rules as ordergraph's pre-flight checks: run on the body about to be sent,
 * answered as BAD_USER_INPUT naming the GraphQL path. Every issue carries the SOGET error code
 * the vendor answers for it. The sandbox emulator reads the same doc on its own
 * (src/sandbox/soget/rules.ts).
 *
 * The documented error list has no generic validation code: the body-schema rules (types,
 * required fields, maximum lengths, `additionalProperties: false`, enumerations, date formats,
 * countries) answer `WRONG_FORMAT`; the rules that have their own code use it.
 */

export interface SogetIssue extends InputIssue {
  providerCode: SogetErrorCode;
}

/** Maps a wire path (`containers[0].reference`) to the path the caller should see. */
export type Namer = (wirePath: string) => string;

// ---------------------------------------------------------------------------------------------
// The body schema, field by field as documented (maximum lengths, required fields, nullability).

type Schema =
  | { kind: 'object'; props: Record<string, Schema>; required?: readonly string[]; nullable?: boolean }
  | { kind: 'array'; items: Schema; minItems?: number; nullable?: boolean }
  | { kind: 'string'; min?: number; max?: number; format?: 'date-time' | 'country' }
  | { kind: 'number'; integer?: boolean }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] };

const str = (max?: number, min?: number): Schema => ({ kind: 'string', max, min });
const dateTime: Schema = { kind: 'string', format: 'date-time' };
const num: Schema = { kind: 'number' };
const int32: Schema = { kind: 'number', integer: true };
const bool: Schema = { kind: 'boolean' };
const obj = (props: Record<string, Schema>, required?: readonly string[]): Schema => ({ kind: 'object', props, required, nullable: true });

const location = obj({ address: str(256), zipCode: str(256), city: str(64), country: { kind: 'string', min: 2, max: 2, format: 'country' } });
const contact = obj({ name: str(255), email: str(255), phone: str(255) });
const actor = obj({ code: str(32), name: str(256), company: obj({ name: str(64), location }), contact });

const event = obj(
  {
    type: { kind: 'enum', values: SOGET_EVENT_TYPES },
    startDate: dateTime,
    endDate: dateTime,
    creationDate: dateTime,
    location: obj({ code: str(20), name: str(64), location, contact, reference: str(64) }),
  },
  ['type', 'location'],
);

const container = obj(
  {
    reference: str(),
    type: str(4, 4),
    grossWeight: num,
    tare: num,
    sealNumbers: { kind: 'array', items: str(), nullable: true },
    indicator: obj({ isReefer: bool, isHazardous: bool, isOog: bool }),
    customsInformation: str(64),
    comment: str(1024),
    reefer: obj({ setPoint: num }),
    oog: obj({ length: num, width: num, height: num }),
    goods: {
      kind: 'array',
      nullable: true,
      items: obj({
        description: str(264),
        type: str(4),
        quantity: int32,
        weight: num,
        volume: num,
        hazardousClasses: { kind: 'array', nullable: true, items: obj({ imdgCode: str(11), undgCode: str(11), packagingGroup: str(11) }) },
      }),
    },
    billOfLading: str(256),
    bookingNumber: str(256),
    events: { kind: 'array', items: event, nullable: true },
  },
  ['events'],
);

const orderProps: Record<string, Schema> = {
  contractor: actor,
  carrier: actor,
  transportOrderNumber: str(256, 1),
  containers: { kind: 'array', items: container, minItems: 1 },
  date: dateTime,
  sender: str(256),
  clientReference: str(256),
  customsFlag: { kind: 'enum', values: SOGET_CUSTOMS_FLAGS },
  priceInformation: str(1024),
  instructionsInformation: str(1024),
  contractTermsInformation: str(1024),
  comment: str(1024),
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
/** An update sends the same model; a draft may also be moved to Valid (and nothing back to Draft). */
const updateSchema: Schema = { kind: 'object', props: { ...orderProps, status: { kind: 'enum', values: ['Draft', 'Valid'] } }, required: ORDER_REQUIRED };

/** Every documented maximum length, by wire path pattern (`[]` for any index); for tests and docs. */
export function documentedMaxLengths(): Array<{ path: string; max: number }> {
  const out: Array<{ path: string; max: number }> = [];
  const walk = (schema: Schema, path: string) => {
    if (schema.kind === 'object') for (const [key, child] of Object.entries(schema.props)) walk(child, path ? `${path}.${key}` : key);
    else if (schema.kind === 'array') walk(schema.items, `${path}[]`);
    else if (schema.kind === 'string' && schema.max !== undefined) out.push({ path, max: schema.max });
  };
  walk(createSchema, '');
  return out;
}

// ---------------------------------------------------------------------------------------------
// The flows: mandatory events (in chronological order), where a start date is mandatory, and
// the segments a flow makes for each container.

export const MANDATORY_EVENTS: Record<SogetCustomsFlag, readonly SogetEventType[]> = {
  Import: ['LadingImport', 'DeliveryImport', 'EmptyReleaseImport', 'EmptyReturnImport'],
  Export: ['EmptyReleaseExport', 'PositioningExport', 'LadingExport', 'DeliveryExport'],
  Transfer: ['LadingTransfer', 'DeliveryTransfer'],
};

/** "Mandatory for the delivery in import, positioning of the empty container in export, and delivery in transfer." */
export const START_DATE_REQUIRED: ReadonlySet<SogetEventType> = new Set(['DeliveryImport', 'PositioningExport', 'DeliveryTransfer']);

/** Transport segments per container, in order, and the events each one spans. */
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

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Milliseconds of an ISO 8601 extended date-time (no offset reads as UTC), or null when it is not one. */
export function parseSogetDate(value: unknown): number | null {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return null;
  // The pattern matched, so the text ends with its offset if it has one: `Z`, or `+hh:mm` / `-hh:mm`
  // (whose sign is 6 characters from the end; without an offset that character is a digit, `:` or `T`).
  const sign = value.charCodeAt(value.length - 6);
  const hasOffset = value.endsWith('Z') || sign === 43 || sign === 45;
  const ms = Date.parse(hasOffset ? value : `${value}Z`);
  return Number.isNaN(ms) ? null : ms;
}

// ---------------------------------------------------------------------------------------------

export interface CheckOptions {
  /** Checks a `PUT` body (which may carry `status`) instead of a `POST` one. */
  update?: boolean;
}

/** Every rule of a create (or update) body; issues come in document order, schema rules first. */
export function checkOrder(body: unknown, name: Namer, options: CheckOptions = {}): SogetIssue[] {
  const issues: SogetIssue[] = [];
  const add = (path: string, rule: string, message: string, providerCode: SogetErrorCode = 'WRONG_FORMAT') =>
    issues.push({ field: name(path), rule, message, providerCode });

  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    add('', 'type', 'the order must be a JSON object');
    return issues;
  }
  walk(options.update ? updateSchema : createSchema, body, '', add);
  checkFlowRules(body as Partial<SogetOrderBody>, add);
  return issues;
}

type Add = (path: string, rule: string, message: string, providerCode?: SogetErrorCode) => void;

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function walk(schema: Schema, value: unknown, path: string, add: Add): void {
  switch (schema.kind) {
    case 'object': {
      if (value === null || value === undefined) return;
      if (typeof value !== 'object' || Array.isArray(value)) return add(path, 'type', 'must be an object');
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (!(key in schema.props)) add(join(path, key), 'additionalProperties', `is not a property of this object (additional properties are not allowed)`);
      }
      for (const key of schema.required ?? []) {
        if (record[key] === undefined || record[key] === null) add(join(path, key), 'required', 'is required');
      }
      for (const [key, child] of Object.entries(schema.props)) if (key in record) walk(child, record[key], join(path, key), add);
      return;
    }
    case 'array': {
      if (value === null || value === undefined) return;
      if (!Array.isArray(value)) return add(path, 'type', 'must be an array');
      if (schema.minItems && value.length < schema.minItems)
        add(path, 'minItems', `must have at least ${schema.minItems} element${schema.minItems > 1 ? 's' : ''}`);
      value.forEach((item, i) => {
        if (item === null && schema.items.kind === 'object') return add(`${path}[${i}]`, 'type', 'must be an object');
        walk(schema.items, item, `${path}[${i}]`, add);
      });
      return;
    }
    case 'string': {
      if (value === null || value === undefined) return;
      if (typeof value !== 'string') return add(path, 'type', 'must be a string');
      if (schema.min !== undefined && value.length < schema.min) {
        return add(
          path,
          'minLength',
          schema.min === schema.max ? `must be exactly ${schema.min} characters` : `must be at least ${schema.min} character${schema.min > 1 ? 's' : ''}`,
        );
      }
      if (schema.max !== undefined && value.length > schema.max) {
        return add(path, 'maxLength', schema.min === schema.max ? `must be exactly ${schema.max} characters` : `is too long (maximum length is ${schema.max})`);
      }
      if (schema.format === 'date-time' && parseSogetDate(value) === null)
        add(path, 'dateTime', 'must be an ISO 8601 extended date-time, e.g. 2022-03-02T18:00:00+00:00');
      if (schema.format === 'country' && !isIso3166Alpha2(value)) add(path, 'iso3166', 'must be an ISO 3166-1 alpha-2 country code, e.g. FR');
      return;
    }
    case 'number': {
      if (value === null || value === undefined) return;
      if (typeof value !== 'number' || !Number.isFinite(value)) return add(path, 'type', 'must be a number');
      if (schema.integer && (!Number.isInteger(value) || value < -2147483648 || value > 2147483647)) add(path, 'int32', 'must be a 32-bit integer');
      return;
    }
    case 'boolean':
      if (value !== null && value !== undefined && typeof value !== 'boolean') add(path, 'type', 'must be a boolean');
      return;
    case 'enum':
      if (value === null || value === undefined) return;
      if (typeof value !== 'string' || !schema.values.includes(value)) add(path, 'oneOf', `must be one of ${schema.values.join(', ')}`);
      return;
    default: {
      const exhaustive: never = schema;
      return exhaustive;
    }
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** The rules that depend on the customs flow, the events and the actors. */
function checkFlowRules(order: Partial<SogetOrderBody>, add: Add): void {
  const flow = SOGET_CUSTOMS_FLAGS.includes(order.customsFlag as SogetCustomsFlag) ? (order.customsFlag as SogetCustomsFlag) : null;

  // Actors: a contractor must be known to GEDMOUV (by its code); an unknown carrier needs an e-mail.
  if (isObject(order.contractor) && !filled(order.contractor.code)) {
    add(
      'contractor.code',
      'required',
      'a contractor unknown by GEDMOUV (no actor code) is not allowed to create transport orders',
      'CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV',
    );
  }
  if (isObject(order.carrier) && !filled(order.carrier.code) && !(isObject(order.carrier.contact) && filled(order.carrier.contact.email))) {
    add('carrier.contact.email', 'required', 'is required when the carrier has no actor code (unknown by GEDMOUV)', 'CARRIER_EMAIL_REQUIRED');
  }

  // "eta ... available for import and transfer flow", "etd / closingCustoms / ... available for the
  // export flow", "billOfLading ... available for import and transfer flow", "bookingNumber ...
  // Available for export and transfer flow": where a field means something, not a refusal
  // elsewhere (the documented Import example sends bookingNumber, etd and the closing dates).
  // ordergraph sends them on any flow and lets S'mouv answer.

  if (!Array.isArray(order.containers)) return;
  order.containers.forEach((container, i) => {
    if (!isObject(container)) return;
    const at = `containers[${i}]`;
    checkContainer(container, at, flow, add);
  });
}

function checkContainer(container: Record<string, unknown>, at: string, flow: SogetCustomsFlag | null, add: Add): void {
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

  // "Size type. It's mandatory for export flow. Detailed information is available in the API
  // Referential. Minimum length is 4, maximum length is 4.": the length is the schema's; the
  // codes are the referential's, which S'mouv checks.
  if (flow === 'Export' && (container.type === undefined || container.type === null)) add(`${at}.type`, 'required', 'is mandatory for the Export flow');
  if (flow === 'Export' && !filled(container.bookingNumber)) add(`${at}.bookingNumber`, 'required', 'is mandatory for the Export flow');

  if (!flow || !Array.isArray(container.events)) return;
  const events = container.events as unknown[];
  if (!events.every((e) => isObject(e) && typeof e.type === 'string')) return; // the schema walk reported it
  checkEvents(events as Array<Record<string, unknown>>, `${at}.events`, flow, add);
}

/** The mandatory event set of the flow, mandatory start dates, location fields and chronology. */
export function checkEvents(events: Array<Record<string, unknown>>, at: string, flow: SogetCustomsFlag, add: Add): void {
  const mandatory = MANDATORY_EVENTS[flow];
  const types = events.map((e) => e.type as string);
  const complete = events.length === mandatory.length && mandatory.every((type) => types.filter((t) => t === type).length === 1);
  if (!complete) {
    add(at, 'eventSet', `must contain exactly ${mandatory.length} events for the ${flow} flow: ${mandatory.join(', ')}`);
    return;
  }

  events.forEach((event, j) => {
    const type = event.type as SogetEventType;
    if (START_DATE_REQUIRED.has(type) && (event.startDate === undefined || event.startDate === null)) {
      add(`${at}[${j}].startDate`, 'required', `is mandatory for the ${type} event`, 'EVENT_START_DATE_REQUIRED');
    }
    const place = event.location;
    if (isObject(place)) {
      const address = isObject(place.location) ? place.location : {};
      const known = filled(place.code);
      const described = filled(place.name) && filled(address.address) && filled(address.city);
      if (!known && !described) {
        add(`${at}[${j}].location`, 'locationFields', 'needs a location code, or a name with an address and a city', 'EVENT_LOCATION_FIELDS_REQUIRED');
      }
    }
  });

  // "WRONG_EVENT_DATE_ORDER: Dates of events must be in chronological order. For Import order:
  // LadingImport -> ... For Export order: EmptyReleaseExport -> ...": the events in the flow's
  // order; the doc gives no order for Transfer, nor compares the two dates of one event.
  if (flow === 'Transfer') return;
  let previous: { type: string; ms: number } | null = null;
  for (const type of mandatory) {
    const j = types.indexOf(type);
    const event = events[j];
    const start = parseSogetDate(event.startDate);
    const ms = start ?? parseSogetDate(event.endDate);
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

/** What an update may not change compared to the order as it is. */
export function checkUpdateAgainst(current: SogetOrderBody, next: Partial<SogetOrderBody>, name: Namer): SogetIssue[] {
  const issues: SogetIssue[] = [];
  const add = (path: string, rule: string, message: string, providerCode: SogetErrorCode) => issues.push({ field: name(path), rule, message, providerCode });
  if (next.customsFlag !== undefined && next.customsFlag !== current.customsFlag) {
    add('customsFlag', 'immutable', `cannot change from ${current.customsFlag}`, 'CUSTOMS_FLAG_NOT_BE_MODIFIED');
  }
  if (Array.isArray(next.containers)) {
    if (next.containers.length !== current.containers.length) {
      add(
        'containers',
        'containerCount',
        `must keep the order's ${current.containers.length} container${current.containers.length > 1 ? 's' : ''}`,
        'CANNOT_CHANGE_NUMBER_OF_CONTAINERS',
      );
    } else {
      next.containers.forEach((container, i) => {
        const before = current.containers[i].reference ?? null;
        const after = (isObject(container) ? (container.reference as string | null | undefined) : undefined) ?? null;
        if (before !== null && after !== before) add(`containers[${i}].reference`, 'immutable', `cannot change from ${before}`, 'R0007');
      });
    }
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Search parameters.

export const SEARCH_DEFAULT_LIMIT = 10;
export const SEARCH_MAX_LIMIT = 50;

export type SearchCheck =
  | {
      ok: true;
      params: Required<Pick<SogetSearchParams, 'offset' | 'limit' | 'desc'>> & SogetSearchParams & { startMs?: number; endMs?: number; statuses?: string[] };
    }
  | { ok: false; code: SogetErrorCode; message: string };

/** Reads and checks the query of `GET /customer-orders`. */
export function checkSearch(query: { get(name: string): string | null }): SearchCheck {
  const fail = (code: SogetErrorCode, message: string): SearchCheck => ({ ok: false, code, message });
  const text = (key: string) => {
    const value = query.get(key);
    return value === null || value === '' ? undefined : value;
  };

  const limitText = text('limit');
  const limit = limitText === undefined ? SEARCH_DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit <= 0) return fail('LIMIT_NONPOSITIVE', `The LIMIT parameter must be greater than 0 (got ${limitText})`);
  const offsetText = text('offset');
  const offset = offsetText === undefined ? 0 : Number(offsetText);
  if (!Number.isInteger(offset)) return fail('OFFSET_NEGATIVE', `The OFFSET parameter must be an integer that is not negative (got ${offsetText})`);
  if (offset < 0) return fail('OFFSET_NEGATIVE', `The OFFSET parameter cannot be negative (got ${offset})`);

  const startDate = text('startDate');
  const endDate = text('endDate');
  const startMs = startDate === undefined ? undefined : parseSogetDate(startDate);
  const endMs = endDate === undefined ? undefined : parseSogetDate(endDate);
  if (startMs === null || endMs === null) return fail('SEARCH_DATE_ERROR', 'startDate and endDate must be ISO 8601 date-times');
  if (startMs !== undefined && endMs !== undefined && startMs > endMs) return fail('SEARCH_DATE_ERROR', 'startDate must not be after endDate');

  const processingIndicator = text('processingIndicator');
  if (processingIndicator !== undefined && !SOGET_CUSTOMS_FLAGS.includes(processingIndicator as SogetCustomsFlag)) {
    return fail('WRONG_FORMAT', `processingIndicator must be one of ${SOGET_CUSTOMS_FLAGS.join(', ')}`);
  }
  const status = text('status');
  const statuses = status?.split(',').map((s) => s.trim());
  if (statuses && !statuses.every((s) => (SOGET_STATUSES as readonly string[]).includes(s))) {
    return fail('WRONG_FORMAT', `status must be one of ${SOGET_STATUSES.join(', ')}`);
  }
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
      limit: Math.min(limit, SEARCH_MAX_LIMIT),
      desc: descText === 'true',
    },
  };
}
