import type { InputIssue } from '../../core/errors';
import { SHIPWELL_PAYMENT_TERMS, SHIPWELL_QUANTITY_UNITS, SHIPWELL_WEIGHT_UNITS } from './wire';

/**
 * Shipwell's purchase order rules as ordergraph's pre-flight checks (naming the GraphQL input
 * path through `toInputPath`). The sandbox emulator reads the same doc on its own
 * (src/sandbox/shipwell/rules.ts).
 *
 * Each issue carries the ordergraph `rule` and the FastAPI / pydantic error `type` the vendor
 * reports for it. Documented rules: `order_number` required, at most 64 characters (unique:
 * checked by the emulator, which holds the orders), `ship_to` required, `source_system_id` at
 * most 64 characters, geolocation within latitude -90..90 and longitude -180..180, dates as
 * `date` / `date-time`. The others are choices written down in README.md.
 */

export interface ShipwellIssue extends InputIssue {
  /** The pydantic error type Shipwell answers for this issue, e.g. `missing`, `string_too_long`. */
  type: string;
}

export const ORDER_NUMBER_MAX = 64;
export const SOURCE_SYSTEM_ID_MAX = 64;
export const ORDER_TYPE_PURCHASE_ORDER = 'PURCHASE_ORDER';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const COUNTRY = /^[A-Z]{2}$/;
const CURRENCY = /^[A-Z]{3}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DECIMAL = /^-?\d{1,18}(\.\d{1,18})?$/;
const IANA_ZONE = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/;

type Namer = (wirePath: string) => string;
type Add = (path: string, rule: string, type: string, message: string) => void;

/** Checks a `POST /orders` body for a purchase order; `name` maps a wire path (`ship_to.geolocation.latitude`) to the path the caller sees. */
export function checkCreate(body: unknown, name: Namer = (path) => path): ShipwellIssue[] {
  const issues: ShipwellIssue[] = [];
  const add: Add = (path, rule, type, message) => issues.push({ field: name(path), rule, type, message });
  if (!isObject(body)) {
    add('', 'type', 'model_attributes_type', 'Input should be a valid dictionary or object to extract fields from');
    return issues;
  }
  const b = body;

  if (isBlank(b.order_number)) add('order_number', 'required', 'missing', 'Field required');
  else if (typeof b.order_number !== 'string') add('order_number', 'type', 'string_type', 'Input should be a valid string');
  else if (b.order_number.length > ORDER_NUMBER_MAX) add('order_number', 'maxLength', 'string_too_long', `String should have at most ${ORDER_NUMBER_MAX} characters`);

  if (b.ship_to === undefined || b.ship_to === null) add('ship_to', 'required', 'missing', 'Field required');
  else checkStop(b.ship_to, 'ship_to', add);
  if (b.ship_from !== undefined && b.ship_from !== null) checkStop(b.ship_from, 'ship_from', add);

  for (const field of ['name', 'description', 'source'] as const) checkString(b[field], field, add);
  checkString(b.source_system_id, 'source_system_id', add, SOURCE_SYSTEM_ID_MAX);

  const start = checkDate(b.start_date, 'start_date', add);
  const expiration = checkDate(b.expiration_date, 'expiration_date', add);
  if (start && expiration && start > expiration) add('expiration_date', 'dateOrder', 'value_error', 'Value error, expiration_date must not be before start_date');

  checkReferences(b.references, 'references', add);

  if (b.shipping_requirements !== undefined && b.shipping_requirements !== null) {
    if (!isObject(b.shipping_requirements)) add('shipping_requirements', 'type', 'model_type', 'Input should be an object');
    else if (b.shipping_requirements.bill_to !== undefined && b.shipping_requirements.bill_to !== null) {
      checkBillTo(b.shipping_requirements.bill_to, 'shipping_requirements.bill_to', add);
    }
  }

  if (b.items !== undefined && b.items !== null) {
    if (!Array.isArray(b.items)) add('items', 'type', 'list_type', 'Input should be a valid list');
    else b.items.forEach((item, i) => checkItem(item, `items[${i}]`, add));
  }

  if (b.tags !== undefined && b.tags !== null) {
    if (!Array.isArray(b.tags)) add('tags', 'type', 'list_type', 'Input should be a valid list');
    else b.tags.forEach((tag, i) => {
      if (typeof tag !== 'string') add(`tags[${i}]`, 'type', 'string_type', 'Input should be a valid string');
      else if (tag.trim() === '') add(`tags[${i}]`, 'minLength', 'string_too_short', 'String should have at least 1 character');
    });
  }

  if (b.order_type !== undefined && b.order_type !== ORDER_TYPE_PURCHASE_ORDER) {
    add('order_type', 'oneOf', 'literal_error', `Input should be '${ORDER_TYPE_PURCHASE_ORDER}'`);
  }
  for (const field of ['archived', 'supplier_created_releases_allowed'] as const) {
    if (b[field] !== undefined && typeof b[field] !== 'boolean') add(field, 'type', 'bool_type', 'Input should be a valid boolean');
  }
  checkCustomData(b.custom_data, 'custom_data', add);

  if (b.supplier !== undefined && b.supplier !== null) checkSupplier(b.supplier, 'supplier', add);
  return issues;
}

function checkAddress(value: Record<string, unknown>, path: string, add: Add): void {
  if (isBlank(value.country)) add(`${path}.country`, 'required', 'missing', 'Field required');
  else if (typeof value.country !== 'string' || !COUNTRY.test(value.country)) {
    add(`${path}.country`, 'country', 'string_pattern_mismatch', "String should match pattern '^[A-Z]{2}$' (ISO 3166-1 alpha-2)");
  }
  for (const field of ['line_1', 'line_2', 'line_3', 'locality', 'postal_code', 'region', 'urbanization']) checkString(value[field], `${path}.${field}`, add);
  if (value.residential !== undefined && value.residential !== null && typeof value.residential !== 'boolean') {
    add(`${path}.residential`, 'type', 'bool_type', 'Input should be a valid boolean');
  }
  const geo = value.geolocation;
  if (geo === undefined || geo === null) return;
  if (!isObject(geo)) {
    add(`${path}.geolocation`, 'type', 'model_type', 'Input should be an object');
    return;
  }
  checkBound(geo.latitude, `${path}.geolocation.latitude`, 90, add);
  checkBound(geo.longitude, `${path}.geolocation.longitude`, 180, add);
}

function checkBound(value: unknown, path: string, limit: number, add: Add): void {
  if (value === undefined || value === null) add(path, 'required', 'missing', 'Field required');
  else if (typeof value !== 'number' || !Number.isFinite(value)) add(path, 'type', 'float_type', 'Input should be a valid number');
  else if (value < -limit) add(path, 'range', 'greater_than_equal', `Input should be greater than or equal to ${-limit}`);
  else if (value > limit) add(path, 'range', 'less_than_equal', `Input should be less than or equal to ${limit}`);
}

function checkStop(value: unknown, path: string, add: Add): void {
  if (!isObject(value)) {
    add(path, 'type', 'model_type', 'Input should be an object');
    return;
  }
  checkAddress(value, path, add);
  if (value.timezone !== undefined && value.timezone !== null) {
    if (typeof value.timezone !== 'string' || !isTimeZone(value.timezone)) add(`${path}.timezone`, 'timezone', 'value_error', 'Value error, must be an IANA time zone such as America/Chicago');
  }
  checkString(value.location_number, `${path}.location_number`, add);
  checkString(value.company_name, `${path}.company_name`, add);
  checkReferences(value.references, `${path}.references`, add);
  checkCustomData(value.custom_data, `${path}.custom_data`, add);
  const requirements = value.shipping_requirements;
  if (requirements === undefined || requirements === null) return;
  if (!isObject(requirements)) {
    add(`${path}.shipping_requirements`, 'type', 'model_type', 'Input should be an object');
    return;
  }
  const window = requirements.plan_window;
  if (window === undefined || window === null) return;
  const windowPath = `${path}.shipping_requirements.plan_window`;
  if (!isObject(window)) {
    add(windowPath, 'type', 'model_type', 'Input should be an object');
    return;
  }
  const start = checkDateTime(window.start, `${windowPath}.start`, add);
  const end = checkDateTime(window.end, `${windowPath}.end`, add);
  if (start !== undefined && end !== undefined && start > end) add(`${windowPath}.end`, 'windowOrder', 'value_error', 'Value error, plan_window start must not be after end');
}

function checkSupplier(value: unknown, path: string, add: Add): void {
  if (!isObject(value)) {
    add(path, 'type', 'model_type', 'Input should be an object');
    return;
  }
  if (isBlank(value.name)) add(`${path}.name`, 'required', 'missing', 'Field required');
  else checkString(value.name, `${path}.name`, add);
  if (value.address !== undefined && value.address !== null) {
    if (!isObject(value.address)) add(`${path}.address`, 'type', 'model_type', 'Input should be an object');
    else checkAddress(value.address, `${path}.address`, add);
  }
  checkString(value.supplier_id, `${path}.supplier_id`, add);
  checkString(value.phone_number, `${path}.phone_number`, add);
  checkEmail(value.email, `${path}.email`, add);
  if (value.identification_codes !== undefined && value.identification_codes !== null && !Array.isArray(value.identification_codes)) {
    add(`${path}.identification_codes`, 'type', 'list_type', 'Input should be a valid list');
  }
}

function checkBillTo(value: unknown, path: string, add: Add): void {
  if (!isObject(value)) {
    add(path, 'type', 'model_type', 'Input should be an object');
    return;
  }
  for (const field of ['account_number', 'billing_id', 'billing_company_name']) checkString(value[field], `${path}.${field}`, add);
  if (value.payment_term !== undefined && value.payment_term !== null && !SHIPWELL_PAYMENT_TERMS.includes(value.payment_term as never)) {
    add(`${path}.payment_term`, 'oneOf', 'enum', `Input should be ${SHIPWELL_PAYMENT_TERMS.map((t) => `'${t}'`).join(', ')}`);
  }
  if (value.billing_address !== undefined && value.billing_address !== null) {
    if (!isObject(value.billing_address)) add(`${path}.billing_address`, 'type', 'model_type', 'Input should be an object');
    else checkAddress(value.billing_address, `${path}.billing_address`, add);
  }
  if (value.contact !== undefined && value.contact !== null) {
    if (!isObject(value.contact)) add(`${path}.contact`, 'type', 'model_type', 'Input should be an object');
    else {
      checkEmail(value.contact.email, `${path}.contact.email`, add);
      checkString(value.contact.phone_number, `${path}.contact.phone_number`, add);
    }
  }
}

function checkItem(value: unknown, path: string, add: Add): void {
  if (!isObject(value)) {
    add(path, 'type', 'model_type', 'Input should be an object');
    return;
  }
  if (isBlank(value.description)) add(`${path}.description`, 'required', 'missing', 'Field required');
  else checkString(value.description, `${path}.description`, add);
  checkString(value.sku, `${path}.sku`, add);
  checkString(value.product_id, `${path}.product_id`, add);
  checkCustomData(value.custom_data, `${path}.custom_data`, add);

  if (value.quantity === undefined || value.quantity === null) add(`${path}.quantity`, 'required', 'missing', 'Field required');
  else checkMeasure(value.quantity, `${path}.quantity`, 'positive', SHIPWELL_QUANTITY_UNITS, add);
  if (value.total_weight !== undefined && value.total_weight !== null) checkMeasure(value.total_weight, `${path}.total_weight`, 'nonNegative', SHIPWELL_WEIGHT_UNITS, add);

  const amount = value.unit_amount;
  if (amount === undefined || amount === null) return;
  if (!isObject(amount)) {
    add(`${path}.unit_amount`, 'type', 'model_type', 'Input should be an object');
    return;
  }
  checkDecimal(amount.value, `${path}.unit_amount.value`, 'nonNegative', add);
  if (isBlank(amount.currency)) add(`${path}.unit_amount.currency`, 'required', 'missing', 'Field required');
  else if (typeof amount.currency !== 'string' || !CURRENCY.test(amount.currency)) {
    add(`${path}.unit_amount.currency`, 'currency', 'string_pattern_mismatch', "String should match pattern '^[A-Z]{3}$' (ISO 4217)");
  }
}

function checkMeasure(value: unknown, path: string, sign: 'positive' | 'nonNegative', units: readonly string[], add: Add): void {
  if (!isObject(value)) {
    add(path, 'type', 'model_type', 'Input should be an object');
    return;
  }
  checkDecimal(value.value, `${path}.value`, sign, add);
  if (isBlank(value.unit)) add(`${path}.unit`, 'required', 'missing', 'Field required');
  else if (!units.includes(value.unit as string)) add(`${path}.unit`, 'oneOf', 'enum', `Input should be ${units.map((u) => `'${u}'`).join(', ')}`);
}

function checkDecimal(value: unknown, path: string, sign: 'positive' | 'nonNegative', add: Add): void {
  if (value === undefined || value === null || value === '') {
    add(path, 'required', 'missing', 'Field required');
    return;
  }
  const text = decimalText(value);
  if (text === undefined) add(path, 'decimal', 'decimal_parsing', 'Input should be a valid decimal');
  else if (text.startsWith('-') && /[1-9]/.test(text)) add(path, sign, sign === 'positive' ? 'greater_than' : 'greater_than_equal', `Input should be greater than ${sign === 'positive' ? '' : 'or equal to '}0`);
  else if (sign === 'positive' && !/[1-9]/.test(text)) add(path, 'positive', 'greater_than', 'Input should be greater than 0');
}

/** A decimal as its exact text: strings as sent, JSON numbers through their shortest text form. */
export function decimalText(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && DECIMAL.test(String(value)) ? String(value) : undefined;
  return typeof value === 'string' && DECIMAL.test(value) ? value : undefined;
}

function checkReferences(value: unknown, path: string, add: Add): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) {
    add(path, 'type', 'list_type', 'Input should be a valid list');
    return;
  }
  value.forEach((reference, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(reference)) {
      add(at, 'type', 'model_type', 'Input should be an object');
      return;
    }
    for (const field of ['qualifier', 'value']) {
      if (isBlank(reference[field])) add(`${at}.${field}`, 'required', 'missing', 'Field required');
      else checkString(reference[field], `${at}.${field}`, add);
    }
  });
}

function checkString(value: unknown, path: string, add: Add, max?: number): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') add(path, 'type', 'string_type', 'Input should be a valid string');
  else if (max !== undefined && value.length > max) add(path, 'maxLength', 'string_too_long', `String should have at most ${max} characters`);
}

function checkEmail(value: unknown, path: string, add: Add): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string' || !EMAIL.test(value)) add(path, 'email', 'value_error', 'value is not a valid email address');
}

function checkCustomData(value: unknown, path: string, add: Add): void {
  if (value !== undefined && value !== null && !isObject(value)) add(path, 'type', 'dict_type', 'Input should be a valid dictionary');
}

/** A valid `date-time` with an offset, as epoch milliseconds. */
function checkDateTime(value: unknown, path: string, add: Add): number | undefined {
  if (value === undefined || value === null || value === '') {
    add(path, 'required', 'missing', 'Field required');
    return undefined;
  }
  const time = typeof value === 'string' && ISO_DATE_TIME.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) {
    add(path, 'datetime', 'datetime_parsing', 'Input should be a valid datetime with a time zone, e.g. 2019-08-24T14:15:22Z');
    return undefined;
  }
  return time;
}

/** A valid calendar `date` (YYYY-MM-DD), returned as is for comparison. */
function checkDate(value: unknown, path: string, add: Add): string | undefined {
  if (value === undefined || value === null) return undefined;
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  const valid = match && new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])).toISOString().startsWith(value as string);
  if (!valid) {
    add(path, 'date', 'date_parsing', 'Input should be a valid date in the format YYYY-MM-DD');
    return undefined;
  }
  return value as string;
}

export function isTimeZone(zone: string): boolean {
  if (!IANA_ZONE.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const RENAMED: Array<[RegExp, string]> = [
  [/^shipping_requirements\.bill_to/, 'billTo'],
  [/^(ship_to|ship_from)\.shipping_requirements\.plan_window/, '$1.planWindow'],
];

/**
 * A wire path to the GraphQL input path: `ship_to.geolocation.latitude` -> `input.shipTo.geolocation.latitude`,
 * `shipping_requirements.bill_to.contact.email` -> `input.billTo.contact.email`,
 * `ship_to.shipping_requirements.plan_window.end` -> `input.shipTo.planWindow.end`.
 */
export function toInputPath(wirePath: string): string {
  let path = wirePath;
  for (const [pattern, replacement] of RENAMED) path = path.replace(pattern, replacement);
  const camel = path.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  return camel ? `input.${camel}` : 'input';
}

/** A wire path to FastAPI's `loc`: `items[0].quantity.value` -> ["body", "items", 0, "quantity", "value"]. */
export function toLoc(wirePath: string): Array<string | number> {
  const loc: Array<string | number> = ['body'];
  for (const part of wirePath.split('.')) {
    if (part === '') continue;
    const [name, ...indexes] = part.split('[');
    if (name) loc.push(name);
    for (const index of indexes) loc.push(Number(index.replace(']', '')));
  }
  return loc;
}
