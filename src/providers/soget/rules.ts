import { z } from 'zod';
import { checkInput } from '../../core/input-schema';
import type { InputIssue } from '../../core/errors';
import { instant, iso3166Alpha2, isCalendarDate, isoDateTimeMillis } from '../../core/formats';
import { iso6346Problem } from '../../core/iso6346';
import { SOGET_CUSTOMS_FLAGS, SOGET_EVENT_TYPES, type SogetCustomsFlag, type SogetErrorCode, type SogetEventType } from './wire';

/**
 * SOGET S'mouv's create and update requests, one zod schema each, field by field as
 * soget-smouv-customer-orders.md documents the posted model: the GraphQL input mirrors that
 * model, so an issue's path is the input path (`input.containers[0].reference`), and the
 * schema's output is the wire body (date-times as ISO 8601 text). Every issue carries the SOGET
 * error code the vendor answers for it. The sandbox emulator reads the same doc on its own
 * (src/sandbox/soget/rules.ts).
 *
 * The documented error list has no generic validation code: the body-schema rules (types,
 * required fields, maximum lengths, `additionalProperties: false`, enumerations, date formats,
 * countries) answer `WRONG_FORMAT`; the rules that have their own code use it.
 */

export interface SogetIssue extends InputIssue {
  providerCode: SogetErrorCode;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Milliseconds of an ISO 8601 extended date-time (no offset reads as UTC), or null when it is not
 * one or its date does not exist (`Date.parse` would read 2022-02-30 as March 2).
 */
export function parseSogetDate(value: unknown): number | null {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value) || !isCalendarDate(value)) return null;
  const ms = isoDateTimeMillis(value);
  return Number.isNaN(ms) ? null : ms;
}

// ---------------------------------------------------------------------------------------------
// The posted model, field by field as documented: "string | null" is nullable and optional,
// "Required" is neither, "Additional properties are NOT allowed" is a strict object.

/** "Maximum length is N." (and "Minimum length is M, maximum length is N."). */
const text = (max: number, min?: number) => {
  const exactly = min === max ? `must be exactly ${min} characters` : undefined;
  let schema = z.string();
  if (min !== undefined) schema = schema.min(min, exactly ? { error: exactly } : undefined);
  return schema.max(max, exactly ? { error: exactly } : undefined);
};
/** "string(date-time) | null ... ISO 8601 Extended Format"; a GraphQL DateTime is sent without a zero fraction. */
const dateTime = instant(
  { rule: 'dateTime', message: 'must be an ISO 8601 extended date-time, e.g. 2022-03-02T18:00:00+00:00' },
  { accepts: (value) => parseSogetDate(value) !== null, send: (date) => date.toISOString().replace('.000Z', 'Z') },
);
const double = z.number();
/** "integer(int32)". */
const int32 = z
  .number()
  .refine((n) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647, { error: 'must be a 32-bit integer', params: { rule: 'int32' } });
const bool = z.boolean();

/** "ISO 3166-1 alpha-2 code of country. Minimum length is 2, maximum length is 2." */
const country = text(2, 2).pipe(iso3166Alpha2({ rule: 'iso3166', message: 'must be an ISO 3166-1 alpha-2 country code, e.g. FR' }));

const location = z.strictObject({ address: text(256).nullish(), zipCode: text(256).nullish(), city: text(64).nullish(), country: country.nullish() });
const contact = z.strictObject({ name: text(255).nullish(), email: text(255).nullish(), phone: text(255).nullish() });
const actor = z.strictObject({
  code: text(32).nullish(),
  name: text(256).nullish(),
  company: z.strictObject({ name: text(64).nullish(), location: location.nullish() }).nullish(),
  contact: contact.nullish(),
});

const event = z.strictObject({
  type: z.enum(SOGET_EVENT_TYPES),
  startDate: dateTime.nullish(),
  endDate: dateTime.nullish(),
  creationDate: dateTime.nullish(),
  location: z.strictObject({
    code: text(20).nullish(),
    name: text(64).nullish(),
    location: location.nullish(),
    contact: contact.nullish(),
    reference: text(64).nullish(),
  }),
});

const hazardousClass = z.strictObject({ imdgCode: text(11).nullish(), undgCode: text(11).nullish(), packagingGroup: text(11).nullish() });
const goods = z.strictObject({
  description: text(264).nullish(),
  type: text(4).nullish(),
  quantity: int32.nullish(),
  weight: double.nullish(),
  volume: double.nullish(),
  hazardousClasses: z.array(hazardousClass).nullish(),
});

const container = z.strictObject({
  reference: z.string().nullish(),
  type: text(4, 4).nullish(),
  grossWeight: double.nullish(),
  tare: double.nullish(),
  sealNumbers: z.array(z.string()).nullish(),
  indicator: z.strictObject({ isReefer: bool.nullish(), isHazardous: bool.nullish(), isOog: bool.nullish() }).nullish(),
  customsInformation: text(64).nullish(),
  comment: text(1024).nullish(),
  reefer: z.strictObject({ setPoint: double.nullish() }).nullish(),
  oog: z.strictObject({ length: double.nullish(), width: double.nullish(), height: double.nullish() }).nullish(),
  goods: z.array(goods).nullish(),
  billOfLading: text(256).nullish(),
  bookingNumber: text(256).nullish(),
  // "events array[object] | null Required": required wins.
  events: z.array(event),
});

const voyage = z.strictObject({
  meansName: text(384).nullish(),
  freightAgent: text(256).nullish(),
  shippingCompany: text(256).nullish(),
  eta: dateTime.nullish(),
  etd: dateTime.nullish(),
  closingCustoms: dateTime.nullish(),
  closingDangerous: dateTime.nullish(),
  closingDelivery: dateTime.nullish(),
});

const orderShape = {
  contractor: actor.nullish(),
  carrier: actor,
  transportOrderNumber: text(256, 1),
  containers: z.array(container).min(1),
  date: dateTime.nullish(),
  sender: text(256).nullish(),
  clientReference: text(256).nullish(),
  customsFlag: z.enum(SOGET_CUSTOMS_FLAGS),
  priceInformation: text(1024).nullish(),
  instructionsInformation: text(1024).nullish(),
  contractTermsInformation: text(1024).nullish(),
  comment: text(1024).nullish(),
  voyage: voyage.nullish(),
};

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

type Posted = z.output<z.ZodObject<typeof orderShape>>;
type PostedContainer = z.output<typeof container>;
type PostedEvent = z.output<typeof event>;
type Add = (path: Array<string | number>, rule: string, message: string, providerCode?: SogetErrorCode) => void;

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** The rules that depend on the customs flow, the events and the actors (on an order whose shape is sound). */
function flowRules(order: Posted, ctx: z.RefinementCtx): void {
  const add: Add = (path, rule, message, providerCode) =>
    ctx.addIssue({ code: 'custom', path, message, params: { rule, ...(providerCode ? { providerCode } : {}) } });
  const flow = order.customsFlag;

  // Actors: a contractor must be known to GEDMOUV (by its code); an unknown carrier needs an e-mail.
  if (order.contractor && !filled(order.contractor.code)) {
    add(
      ['contractor', 'code'],
      'required',
      'a contractor unknown by GEDMOUV (no actor code) is not allowed to create transport orders',
      'CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV',
    );
  }
  if (!filled(order.carrier.code) && !filled(order.carrier.contact?.email)) {
    add(['carrier', 'contact', 'email'], 'required', 'is required when the carrier has no actor code (unknown by GEDMOUV)', 'CARRIER_EMAIL_REQUIRED');
  }

  // "eta ... available for import and transfer flow", "etd / closingCustoms / ... available for the
  // export flow", "billOfLading ... available for import and transfer flow", "bookingNumber ...
  // Available for export and transfer flow": where a field means something, not a refusal
  // elsewhere (the documented Import example sends bookingNumber, etd and the closing dates).
  // ordergraph sends them on any flow and lets S'mouv answer.
  order.containers.forEach((each, i) => containerRules(each, ['containers', i], flow, add));
}

function containerRules(container: PostedContainer, at: Array<string | number>, flow: SogetCustomsFlag, add: Add): void {
  // "Container number. It's mandatory for import and transfer flow. A container number must follow the ISO 6346:1995."
  const reference = container.reference;
  if (reference === undefined || reference === null || reference === '') {
    if (flow === 'Import' || flow === 'Transfer') add([...at, 'reference'], 'required', `is mandatory for the ${flow} flow`, 'HANDLING_UNIT_REFERENCE_INVALID');
  } else {
    const problem = iso6346Problem(reference);
    if (problem === 'format')
      add(
        [...at, 'reference'],
        'iso6346',
        'must be an ISO 6346 container number: owner code, category (U, J or Z), 6-digit serial, check digit',
        'HANDLING_UNIT_REFERENCE_INVALID',
      );
    else if (problem === 'checkDigit') add([...at, 'reference'], 'iso6346', 'has a wrong ISO 6346 check digit', 'HANDLING_UNIT_REFERENCE_INVALID');
  }

  // "Size type. It's mandatory for export flow. Detailed information is available in the API
  // Referential. Minimum length is 4, maximum length is 4.": the length is the schema's; the
  // codes are the referential's, which S'mouv checks.
  if (flow === 'Export' && (container.type === undefined || container.type === null)) add([...at, 'type'], 'required', 'is mandatory for the Export flow');
  if (flow === 'Export' && !filled(container.bookingNumber)) add([...at, 'bookingNumber'], 'required', 'is mandatory for the Export flow');

  eventRules(container.events, [...at, 'events'], flow, add);
}

/** The mandatory event set of the flow, mandatory start dates, location fields and chronology. */
function eventRules(events: PostedEvent[], at: Array<string | number>, flow: SogetCustomsFlag, add: Add): void {
  const mandatory = MANDATORY_EVENTS[flow];
  const types = events.map((e) => e.type);
  const complete = events.length === mandatory.length && mandatory.every((type) => types.filter((t) => t === type).length === 1);
  if (!complete) {
    // "must contains exactly 4 events with import/ export order and 2 events with transfer order"
    add(at, 'eventSet', `must contain exactly ${mandatory.length} events for the ${flow} flow: ${mandatory.join(', ')}`);
    return;
  }

  events.forEach((event, j) => {
    if (START_DATE_REQUIRED.has(event.type) && (event.startDate === undefined || event.startDate === null)) {
      add([...at, j, 'startDate'], 'required', `is mandatory for the ${event.type} event`, 'EVENT_START_DATE_REQUIRED');
    }
    const place = event.location;
    const where = place.location;
    const known = filled(place.code);
    const described = filled(place.name) && where != null && filled(where.address) && filled(where.city);
    if (!known && !described) {
      add([...at, j, 'location'], 'locationFields', 'needs a location code, or a name with an address and a city', 'EVENT_LOCATION_FIELDS_REQUIRED');
    }
  });

  // "WRONG_EVENT_DATE_ORDER: Dates of events must be in chronological order. For Import order:
  // LadingImport -> ... For Export order: EmptyReleaseExport -> ...": the events in the flow's
  // order; the doc gives no order for Transfer, nor compares the two dates of one event.
  if (flow === 'Transfer') return;
  let previous: { type: string; ms: number } | null = null;
  for (const type of mandatory) {
    const j = types.indexOf(type);
    const start = parseSogetDate(events[j].startDate);
    const ms = start ?? parseSogetDate(events[j].endDate);
    if (ms === null) continue;
    if (previous && ms < previous.ms) {
      add(
        [...at, j, start !== null ? 'startDate' : 'endDate'],
        'eventDateOrder',
        `${type} must not be before ${previous.type} (${mandatory.join(' -> ')})`,
        'WRONG_EVENT_DATE_ORDER',
      );
    }
    previous = { type, ms };
  }
}

/** `createSogetTransportOrder`'s input, sent as the `order` part of `POST /customer-orders`. */
export const sogetCreateRequest = z.strictObject(orderShape).superRefine(flowRules);

/** The body of `PUT /customer-orders/{id}`: the same model (sent whole), and a draft may be moved to Valid. */
export const sogetUpdateRequest = z.strictObject({ ...orderShape, status: z.enum(['Draft', 'Valid']).nullish() }).superRefine(flowRules);

export type SogetOrderInput = z.input<typeof sogetCreateRequest>;
export type SogetOrderBody = z.output<typeof sogetCreateRequest>;
export type SogetUpdateBody = z.output<typeof sogetUpdateRequest>;
export type SogetActor = z.output<typeof actor>;
export type SogetLocation = z.output<typeof location>;
export type SogetContact = z.output<typeof contact>;
export type SogetEventLocation = PostedEvent['location'];
export type SogetEvent = PostedEvent;
export type SogetGoods = z.output<typeof goods>;
export type SogetHazardousClass = z.output<typeof hazardousClass>;
export type SogetContainer = PostedContainer;
export type SogetVoyage = z.output<typeof voyage>;
/** An update's changes: any field of the order (null clears an optional one), and the status. */
export type SogetOrderChanges = { [K in keyof z.input<typeof sogetUpdateRequest>]?: z.input<typeof sogetUpdateRequest>[K] | null };

export interface CheckOptions {
  /** Checks a `PUT` body (which may carry `status`) instead of a `POST` one. */
  update?: boolean;
  /** Where the issue paths start: `input` for the GraphQL argument, '' for the wire body. */
  root?: string;
}

/** The issues of a create (or update) body, each with its SOGET code; none when it is sound. */
export function checkOrder(body: unknown, options: CheckOptions = {}): SogetIssue[] {
  const checked = checkInput(options.update ? sogetUpdateRequest : sogetCreateRequest, body, options.root ?? '');
  return checked.ok ? [] : withSogetCodes(checked.issues);
}

/** The schema rules have no code of their own at SOGET: WRONG_FORMAT. */
export function withSogetCodes(issues: InputIssue[]): SogetIssue[] {
  return issues.map((issue) => ({ ...issue, providerCode: (issue.providerCode ?? 'WRONG_FORMAT') as SogetErrorCode }));
}

/** What an update may not change compared to the order as it is. */
export function checkUpdateAgainst(
  current: SogetOrderBody,
  next: { customsFlag?: unknown; containers?: unknown; [field: string]: unknown },
  root = '',
): SogetIssue[] {
  const issues: SogetIssue[] = [];
  const add = (path: string, rule: string, message: string, providerCode: SogetErrorCode) =>
    issues.push({ field: root ? `${root}.${path}` : path, rule, message, providerCode });
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
      next.containers.forEach((each: unknown, i) => {
        const before = current.containers[i].reference ?? null;
        // (text or a number has no reference either)
        const after = (each as { reference?: unknown } | null | undefined)?.reference ?? null;
        if (before !== null && after !== before) add(`containers[${i}].reference`, 'immutable', `cannot change from ${before}`, 'R0007');
      });
    }
  }
  return issues;
}

/** SOGET answers at most this many orders a search call. */
export const SEARCH_MAX_LIMIT = 50;
