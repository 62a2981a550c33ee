import { isIso3166Alpha2, isIso8601DateTime } from '../../core/formats';

/**
 * The create rules of vu-custom-orders.md ("Request Body Schema" tables), each next to the
 * words it comes from. Where the doc is silent (lengths, the format of a currency or a
 * requested date, e-mail), the emulator accepts what it is sent.
 */

type Errors = Record<string, string[]>;
type Add = (path: string, message: string) => void;
type Json = Record<string, unknown>;

// Order: "Field Name | Type | Required".
const ORDER_TEXT_REQUIRED = ['currency', 'order_date', 'order_number', 'ship_method_carrier', 'ship_method_code', 'ship_method_description', 'sales_channel'];
// "note | string | No", "purchase_order_number | string | No"; the example also sends sales_order_number as text.
const ORDER_TEXT_OPTIONAL = ['note', 'purchase_order_number', 'sales_order_number'];
// Order lines: "product_description | string | Yes", "recipe_token | string | Yes", "sku | string | Yes".
const LINE_TEXT_REQUIRED = ['product_description', 'recipe_token', 'sku'];
const LINE_TEXT_OPTIONAL = ['customer_requested_date', 'factory_code', 'line_reference', 'upc'];
// ship_to and sold_to.
const PARTY_TEXT_REQUIRED = ['account_number', 'address_1', 'city', 'country', 'first_name', 'last_name', 'postal_code', 'state_region'];
const PARTY_TEXT_OPTIONAL = ['address_2', 'company_name', 'phone'];

export function createErrors(order: Json): Errors {
  const errors: Errors = {};
  const add: Add = (path, message) => void (errors[path] ??= []).push(message);

  for (const field of ORDER_TEXT_REQUIRED) requiredText(order, field, field, add);
  for (const field of ORDER_TEXT_OPTIONAL) optionalText(order, field, field, add);
  // "order_date | string | Yes | ISO 8601 datetime"
  if (typeof order.order_date === 'string' && order.order_date !== '' && !isIso8601DateTime(order.order_date))
    add('order_date', 'must be an ISO 8601 datetime');
  // "sales_channel | string | Yes | Channel type (b2b/b2c)"
  if (typeof order.sales_channel === 'string' && order.sales_channel !== '' && !['b2b', 'b2c'].includes(order.sales_channel))
    add('sales_channel', 'must be b2b or b2c');
  // "custom_attributes | object | No"; "tags | array | No"
  optionalObject(order, 'custom_attributes', 'custom_attributes', add);
  optionalArray(order, 'tags', 'tags', add);
  // "b2b | object | Yes | B2B specific information. required only for b2b": the doc's own b2b
  // example sends none, so the emulator takes the example's word and checks only its type.
  optionalObject(order, 'b2b', 'b2b', add);
  // "order_lines | array | Yes | Order line items"
  if (!Array.isArray(order.order_lines) || order.order_lines.length === 0) add('order_lines', "can't be blank");
  else order.order_lines.forEach((line, i) => lineErrors(line, `order_lines[${i}]`, add));
  // "ship_to | object | Yes", "sold_to | object | Yes"
  partyErrors(order.ship_to, 'ship_to', add);
  partyErrors(order.sold_to, 'sold_to', add);
  return errors;
}

function lineErrors(line: unknown, path: string, add: Add): void {
  if (!isObject(line)) return add(path, 'must be an object');
  for (const field of LINE_TEXT_REQUIRED) requiredText(line, field, `${path}.${field}`, add);
  for (const field of LINE_TEXT_OPTIONAL) optionalText(line, field, `${path}.${field}`, add);
  // "price | Integer | yes | Unit price"; "quantity | Integer | Yes | Order quantity"
  for (const field of ['price', 'quantity']) {
    if (line[field] === undefined || line[field] === null) add(`${path}.${field}`, "can't be blank");
    else if (!Number.isSafeInteger(line[field])) add(`${path}.${field}`, 'must be an integer');
  }
  optionalObject(line, 'custom_attributes', `${path}.custom_attributes`, add);
  // "tags | array | No | Line item tags. this array an be empty"
  optionalArray(line, 'tags', `${path}.tags`, add);
}

function partyErrors(party: unknown, path: string, add: Add): void {
  if (party === undefined || party === null) return add(path, "can't be blank");
  if (!isObject(party)) return add(path, 'must be an object');
  for (const field of PARTY_TEXT_REQUIRED) requiredText(party, field, `${path}.${field}`, add);
  for (const field of PARTY_TEXT_OPTIONAL) optionalText(party, field, `${path}.${field}`, add);
  // "country | string | Yes | Two-letter country code (ISO 3166-1 alpha-2)"
  if (typeof party.country === 'string' && party.country !== '' && !isIso3166Alpha2(party.country))
    add(`${path}.country`, 'must be an ISO 3166-1 alpha-2 code');
}

function requiredText(object: Json, field: string, path: string, add: Add): void {
  const value = object[field];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) add(path, "can't be blank");
  else if (typeof value !== 'string') add(path, 'must be a string');
}

/** "this can be empty": absent, null and "" are all fine. */
function optionalText(object: Json, field: string, path: string, add: Add): void {
  const value = object[field];
  if (value !== undefined && value !== null && typeof value !== 'string') add(path, 'must be a string');
}

function optionalObject(object: Json, field: string, path: string, add: Add): void {
  const value = object[field];
  if (value !== undefined && value !== null && !isObject(value)) add(path, 'must be an object');
}

function optionalArray(object: Json, field: string, path: string, add: Add): void {
  const value = object[field];
  if (value !== undefined && value !== null && !Array.isArray(value)) add(path, 'must be an array');
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
