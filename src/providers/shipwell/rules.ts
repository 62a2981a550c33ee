import type { InputIssue } from '../../core/errors';
import { isEmail, isIso8601Date } from '../../core/formats';

/**
 * Shipwell's purchase order rules as ordergraph's pre-flight checks (naming the GraphQL input
 * path through `toInputPath`). The sandbox emulator reads the same doc on its own
 * (src/sandbox/shipwell/rules.ts).
 *
 * What shipwell-purchase-orders.md states, and so what is checked: `order_number` required and
 * at most 64 characters, `ship_to` required, `source_system_id` at most 64 characters, the dates
 * as `date`, the types its example shows (text, booleans, lists, objects, numbers), a geolocation
 * of two coordinates from -90 / -180 (the example's lowest values), e-mails where the example
 * shows one, `custom_data` a key-value object (the example sends it as a JSON string of one).
 * Where the doc is silent (what an address needs, time zone names, a plan window's ends, payment
 * terms, the inside of `items` and `references`) ordergraph sends the request and lets Shipwell
 * answer (README.md). Each issue carries the pydantic error type Shipwell would answer.
 */

export interface ShipwellIssue extends InputIssue {
  /** The pydantic error type Shipwell answers for this issue, e.g. `missing`, `string_too_long`. */
  type: string;
}

export const ORDER_NUMBER_MAX = 64;
export const SOURCE_SYSTEM_ID_MAX = 64;
export const ORDER_TYPE_PURCHASE_ORDER = 'PURCHASE_ORDER';

type Namer = (wirePath: string) => string;
type Add = (path: string, rule: string, type: string, message: string) => void;
type Json = Record<string, unknown>;

/** Checks a `POST /orders` body for a purchase order; `name` maps a wire path (`ship_to.geolocation.latitude`) to the path the caller sees. */
export function checkCreate(body: unknown, name: Namer = (path) => path): ShipwellIssue[] {
  const issues: ShipwellIssue[] = [];
  const add: Add = (path, rule, type, message) => void issues.push({ field: name(path), rule, type, message });
  if (!isObject(body)) {
    add('', 'type', 'model_attributes_type', 'Input should be a valid dictionary or object to extract fields from');
    return issues;
  }
  checkCustomData(body.custom_data, 'custom_data', add);
  // "order_number required | string (Order Number) <= 64 characters"
  if (isBlank(body.order_number)) add('order_number', 'required', 'missing', 'Field required');
  else checkString(body.order_number, 'order_number', add, ORDER_NUMBER_MAX);
  // "ship_to": "required | object (OrderStop)"
  if (body.ship_to === undefined || body.ship_to === null) add('ship_to', 'required', 'missing', 'Field required');
  else checkStop(body.ship_to, 'ship_to', add);
  if (body.ship_from !== undefined && body.ship_from !== null) checkStop(body.ship_from, 'ship_from', add);
  for (const field of ['name', 'description', 'source', 'order_type']) checkString(body[field], field, add);
  // "source_system_id | string (Source System Id) <= 64 characters"
  checkString(body.source_system_id, 'source_system_id', add, SOURCE_SYSTEM_ID_MAX);
  // "start_date | string <date>", "expiration_date | string <date>"
  checkDate(body.start_date, 'start_date', add);
  checkDate(body.expiration_date, 'expiration_date', add);
  // "Array of objects (References)", "Array of objects (Items)": objects the doc gives no schema.
  checkObjects(body.references, 'references', add);
  checkObjects(body.items, 'items', add);
  if (checkObject(body.shipping_requirements, 'shipping_requirements', add)) {
    const billTo = (body.shipping_requirements as Json).bill_to;
    if (checkObject(billTo, 'shipping_requirements.bill_to', add)) checkBillTo(billTo as Json, 'shipping_requirements.bill_to', add);
  }
  // "tags | Array of strings (Tags)"
  if (checkList(body.tags, 'tags', add)) (body.tags as unknown[]).forEach((tag, i) => checkString(tag, `tags[${i}]`, add));
  for (const field of ['archived', 'supplier_created_releases_allowed']) checkBoolean(body[field], field, add);
  if (checkObject(body.supplier, 'supplier', add)) checkSupplier(body.supplier as Json, 'supplier', add);
  return issues;
}

function checkAddress(value: Json, path: string, add: Add): void {
  for (const field of ['country', 'line_1', 'line_2', 'line_3', 'locality', 'postal_code', 'region', 'urbanization'])
    checkString(value[field], `${path}.${field}`, add);
  checkBoolean(value.residential, `${path}.residential`, add);
  if (!checkObject(value.geolocation, `${path}.geolocation`, add)) return;
  const geo = value.geolocation as Json;
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
  if (!checkObject(value, path, add)) return;
  const stop = value as Json;
  checkAddress(stop, path, add);
  checkCustomData(stop.custom_data, `${path}.custom_data`, add);
  for (const field of ['timezone', 'location_number', 'company_name']) checkString(stop[field], `${path}.${field}`, add);
  checkObjects(stop.references, `${path}.references`, add);
  if (!checkObject(stop.shipping_requirements, `${path}.shipping_requirements`, add)) return;
  const window = (stop.shipping_requirements as Json).plan_window;
  const windowPath = `${path}.shipping_requirements.plan_window`;
  if (!checkObject(window, windowPath, add)) return;
  for (const end of ['start', 'end']) checkString((window as Json)[end], `${windowPath}.${end}`, add);
}

function checkSupplier(value: Json, path: string, add: Add): void {
  for (const field of ['name', 'supplier_id', 'phone_number']) checkString(value[field], `${path}.${field}`, add);
  if (checkObject(value.address, `${path}.address`, add)) checkAddress(value.address as Json, `${path}.address`, add);
  checkEmail(value.email, `${path}.email`, add);
  checkList(value.identification_codes, `${path}.identification_codes`, add);
}

function checkBillTo(value: Json, path: string, add: Add): void {
  for (const field of ['account_number', 'billing_id', 'payment_term', 'billing_company_name']) checkString(value[field], `${path}.${field}`, add);
  if (checkObject(value.billing_address, `${path}.billing_address`, add)) checkAddress(value.billing_address as Json, `${path}.billing_address`, add);
  if (!checkObject(value.contact, `${path}.contact`, add)) return;
  checkEmail((value.contact as Json).email, `${path}.contact.email`, add);
  checkString((value.contact as Json).phone_number, `${path}.contact.phone_number`, add);
}

function checkString(value: unknown, path: string, add: Add, max?: number): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') add(path, 'type', 'string_type', 'Input should be a valid string');
  else if (max !== undefined && value.length > max) add(path, 'maxLength', 'string_too_long', `String should have at most ${max} characters`);
}

function checkBoolean(value: unknown, path: string, add: Add): void {
  if (value !== undefined && value !== null && typeof value !== 'boolean') add(path, 'type', 'bool_type', 'Input should be a valid boolean');
}

function checkEmail(value: unknown, path: string, add: Add): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string' || !isEmail(value)) add(path, 'email', 'value_error', 'value is not a valid email address');
}

function checkDate(value: unknown, path: string, add: Add): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string' || !isIso8601Date(value)) add(path, 'date', 'date_parsing', 'Input should be a valid date in the format YYYY-MM-DD');
}

/** "custom_data | object (Custom Data) Key-value pair of custom data", or the JSON string of one as the example sends it. */
function checkCustomData(value: unknown, path: string, add: Add): void {
  if (value === undefined || value === null || isObject(value)) return;
  if (typeof value === 'string' && isObject(parsed(value))) return;
  add(path, 'type', 'dict_type', 'Input should be a valid dictionary');
}

function checkObject(value: unknown, path: string, add: Add): boolean {
  if (value === undefined || value === null) return false;
  if (isObject(value)) return true;
  add(path, 'type', 'model_type', 'Input should be an object');
  return false;
}

function checkList(value: unknown, path: string, add: Add): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return true;
  add(path, 'type', 'list_type', 'Input should be a valid list');
  return false;
}

function checkObjects(value: unknown, path: string, add: Add): void {
  if (!checkList(value, path, add)) return;
  (value as unknown[]).forEach((entry, i) => {
    if (!isObject(entry)) add(`${path}[${i}]`, 'type', 'model_type', 'Input should be an object');
  });
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Json {
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
