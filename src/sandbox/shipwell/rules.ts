import { isEmail, isIso8601Date } from '../../core/formats';
import type { ValidationIssue } from './wire';

/**
 * The create rules of shipwell-purchase-orders.md (the request schema lines and the types its
 * example shows), each next to the doc words it comes from, answered as FastAPI / pydantic
 * 422 issues. Where the doc is silent (what an address needs, the time zone names, a plan
 * window's ends, the payment terms, the shape of `items` and `references`), the emulator
 * accepts what it is sent and echoes it.
 */

type Json = Record<string, unknown>;
type Add = (loc: Array<string | number>, msg: string, type: string) => void;

// "order_number required | string (Order Number) <= 64 characters"
const ORDER_NUMBER_MAX = 64;
// "source_system_id | string (Source System Id) <= 64 characters"
const SOURCE_SYSTEM_ID_MAX = 64;

/** Every broken rule of a `POST /orders` body, in body order. */
export function createIssues(body: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add: Add = (loc, msg, type) => void issues.push({ loc: ['body', ...loc], msg, type });
  if (!isObject(body)) {
    add([], 'Input should be a valid dictionary or object to extract fields from', 'model_attributes_type');
    return issues;
  }
  // "custom_data | object (Custom Data) Key-value pair of custom data."; the example sends it as
  // a JSON string of that object ("{\"abc\": \"any value\", ...}"), so both are taken.
  customData(body.custom_data, ['custom_data'], add);
  // "order_number required | string (Order Number) <= 64 characters"
  if (body.order_number === undefined || body.order_number === null) add(['order_number'], 'Field required', 'missing');
  else text(body.order_number, ['order_number'], add, ORDER_NUMBER_MAX);
  // "ship_to": "required | object (OrderStop)"
  if (body.ship_to === undefined || body.ship_to === null) add(['ship_to'], 'Field required', 'missing');
  else stop(body.ship_to, ['ship_to'], add);
  // "name | string (Name)"
  text(body.name, ['name'], add);
  // "ship_from": "object (OrderStop)"
  stop(body.ship_from, ['ship_from'], add);
  // "description | string (Description)", "source | string (CreatedBySource)"
  text(body.description, ['description'], add);
  text(body.source, ['source'], add);
  // "source_system_id | string (Source System Id) <= 64 characters"
  text(body.source_system_id, ['source_system_id'], add, SOURCE_SYSTEM_ID_MAX);
  // "start_date | string <date> (Start Date)", "expiration_date | string <date> (Expiration Date)"
  date(body.start_date, ['start_date'], add);
  date(body.expiration_date, ['expiration_date'], add);
  // "Array of objects (References) Default: []"
  objects(body.references, ['references'], add);
  // "object (Shipping Requirements) Shipping requirements"
  if (object(body.shipping_requirements, ['shipping_requirements'], add)) {
    const billTo = (body.shipping_requirements as Json).bill_to;
    if (object(billTo, ['shipping_requirements', 'bill_to'], add)) billToIssues(billTo as Json, ['shipping_requirements', 'bill_to'], add);
  }
  // "Array of objects (Items) Default: [] Items on the Order"
  objects(body.items, ['items'], add);
  // "tags | Array of strings (Tags) Default: [] List of tags ids or slugs" (which exist: see the emulator)
  if (list(body.tags, ['tags'], add)) (body.tags as unknown[]).forEach((tag, i) => text(tag, ['tags', i], add));
  // "order_type | string (Order Type) Default: "PURCHASE_ORDER""
  text(body.order_type, ['order_type'], add);
  // "archived | boolean (Archived) Default: false", "supplier_created_releases_allowed | boolean ... Default: false"
  boolean(body.archived, ['archived'], add);
  boolean(body.supplier_created_releases_allowed, ['supplier_created_releases_allowed'], add);
  // "object (Supplier) Supplier for the Purchase Order"
  if (object(body.supplier, ['supplier'], add)) supplierIssues(body.supplier as Json, ['supplier'], add);
  return issues;
}

/** The address fields as the example types them: text, `"residential": false`, a geolocation of two numbers. */
function address(value: Json, loc: Array<string | number>, add: Add): void {
  for (const field of ['country', 'line_1', 'line_2', 'line_3', 'locality', 'postal_code', 'region', 'urbanization']) text(value[field], [...loc, field], add);
  boolean(value.residential, [...loc, 'residential'], add);
  if (!object(value.geolocation, [...loc, 'geolocation'], add)) return;
  const geolocation = value.geolocation as Json;
  // "geolocation": { "latitude": -90, "longitude": -180 }: the example shows each one's lowest value.
  bound(geolocation.latitude, [...loc, 'geolocation', 'latitude'], 90, add);
  bound(geolocation.longitude, [...loc, 'geolocation', 'longitude'], 180, add);
}

function stop(value: unknown, loc: Array<string | number>, add: Add): void {
  if (!object(value, loc, add)) return;
  const s = value as Json;
  address(s, loc, add);
  customData(s.custom_data, [...loc, 'custom_data'], add);
  for (const field of ['timezone', 'location_number', 'company_name']) text(s[field], [...loc, field], add);
  objects(s.references, [...loc, 'references'], add);
  if (!object(s.shipping_requirements, [...loc, 'shipping_requirements'], add)) return;
  const window = (s.shipping_requirements as Json).plan_window;
  if (!object(window, [...loc, 'shipping_requirements', 'plan_window'], add)) return;
  for (const end of ['start', 'end']) text((window as Json)[end], [...loc, 'shipping_requirements', 'plan_window', end], add);
}

function billToIssues(value: Json, loc: Array<string | number>, add: Add): void {
  for (const field of ['account_number', 'billing_id', 'payment_term', 'billing_company_name']) text(value[field], [...loc, field], add);
  if (object(value.billing_address, [...loc, 'billing_address'], add)) address(value.billing_address as Json, [...loc, 'billing_address'], add);
  if (!object(value.contact, [...loc, 'contact'], add)) return;
  // "contact": { "email": "user@example.com", ... }: an e-mail address.
  email((value.contact as Json).email, [...loc, 'contact', 'email'], add);
  text((value.contact as Json).phone_number, [...loc, 'contact', 'phone_number'], add);
}

function supplierIssues(value: Json, loc: Array<string | number>, add: Add): void {
  text(value.name, [...loc, 'name'], add);
  if (object(value.address, [...loc, 'address'], add)) address(value.address as Json, [...loc, 'address'], add);
  list(value.identification_codes, [...loc, 'identification_codes'], add);
  text(value.phone_number, [...loc, 'phone_number'], add);
  email(value.email, [...loc, 'email'], add);
  text(value.supplier_id, [...loc, 'supplier_id'], add);
}

function customData(value: unknown, loc: Array<string | number>, add: Add): void {
  if (value === undefined || value === null || isObject(value)) return;
  if (typeof value === 'string' && isObject(parsed(value))) return;
  add(loc, 'Input should be a valid dictionary', 'dict_type');
}

function text(value: unknown, loc: Array<string | number>, add: Add, max = Number.POSITIVE_INFINITY): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') add(loc, 'Input should be a valid string', 'string_type');
  else if (value.length > max) add(loc, `String should have at most ${max} characters`, 'string_too_long');
}

function date(value: unknown, loc: Array<string | number>, add: Add): void {
  if (value === undefined || value === null) return;
  // Stryker disable next-line ConditionalExpression: isIso8601Date compares its result with the value itself, so nothing but a string passes it; the type test is for TypeScript
  if (typeof value !== 'string' || !isIso8601Date(value)) add(loc, 'Input should be a valid date in the format YYYY-MM-DD', 'date_parsing');
}

function email(value: unknown, loc: Array<string | number>, add: Add): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string' || !isEmail(value)) add(loc, 'value is not a valid email address', 'value_error');
}

function boolean(value: unknown, loc: Array<string | number>, add: Add): void {
  if (value !== undefined && value !== null && typeof value !== 'boolean') add(loc, 'Input should be a valid boolean', 'bool_type');
}

function bound(value: unknown, loc: Array<string | number>, limit: number, add: Add): void {
  if (value === undefined || value === null) add(loc, 'Field required', 'missing');
  else if (!isFiniteNumber(value)) add(loc, 'Input should be a valid number', 'float_type');
  else if (value < -limit) add(loc, `Input should be greater than or equal to ${-limit}`, 'greater_than_equal');
  else if (value > limit) add(loc, `Input should be less than or equal to ${limit}`, 'less_than_equal');
}

function object(value: unknown, loc: Array<string | number>, add: Add): boolean {
  if (value === undefined || value === null) return false;
  if (isObject(value)) return true;
  add(loc, 'Input should be an object', 'model_type');
  return false;
}

function list(value: unknown, loc: Array<string | number>, add: Add): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return true;
  add(loc, 'Input should be a valid list', 'list_type');
  return false;
}

function objects(value: unknown, loc: Array<string | number>, add: Add): void {
  if (!list(value, loc, add)) return;
  (value as unknown[]).forEach((entry, i) => {
    if (entry === null) add([...loc, i], 'Input should be an object', 'model_type');
    else object(entry, [...loc, i], add);
  });
}

/** The JSON value of a text, undefined when it is not JSON. */
function parsed(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // not JSON: no value
  }
  return value;
}

/** Number.isFinite, which converts nothing (no "90"), as a type guard. */
function isFiniteNumber(value: unknown): value is number {
  return Number.isFinite(value);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
