import type { InputIssue } from '../../core/errors';
import { isIso3166Alpha2, isIso8601DateTime } from '../../core/formats';
import { JsonDecimal } from './exact-json';
import { VU_SALES_CHANNELS } from './wire';

/**
 * ordergraph's pre-flight check of a VU Custom create: the required columns and types of the
 * documented tables, plus the formats the descriptions name (ISO 8601 `order_date`, ISO
 * 3166-1 alpha-2 `country`, Integer `price` and `quantity`), reported on the GraphQL names
 * (`input.orderLines[0].recipeToken`). Where the doc is silent (currency format, lengths, the
 * requested date's format, `b2b`'s content), ordergraph sends and lets VU answer.
 */

type Namer = (wirePath: string) => string;
type Add = (wirePath: string, rule: string, message: string) => void;

/** "price | Integer": whole digits, as the example's 70. */
const PRICE_PATTERN = /^-?(0|[1-9]\d*)$/;

const PARTY_REQUIRED = ['account_number', 'address_1', 'city', 'country', 'first_name', 'last_name', 'postal_code', 'state_region'] as const;
const PARTY_OPTIONAL = ['address_2', 'company_name', 'phone', 'email'] as const;
const LINE_REQUIRED_TEXT = ['product_description', 'recipe_token', 'sku'] as const;
const LINE_OPTIONAL_TEXT = ['factory_code', 'line_reference', 'upc'] as const;
const ORDER_REQUIRED_TEXT = ['ship_method_carrier', 'ship_method_code', 'ship_method_description'] as const;
const ORDER_OPTIONAL_TEXT = ['note', 'purchase_order_number', 'sales_order_number'] as const;

/** The issues of an `order` object of `POST /orders`, each naming the field (through `name`) and the rule. */
export function checkCreate(order: Record<string, unknown>, name: Namer): InputIssue[] {
  const issues: InputIssue[] = [];
  const add: Add = (field, rule, message) => issues.push({ field: name(field), rule, message });

  requiredText(order.currency, 'currency', add);
  if (requiredText(order.order_date, 'order_date', add) && !isIso8601DateTime(order.order_date as string)) {
    add('order_date', 'iso8601', 'must be an ISO 8601 date and time, e.g. 2022-10-31T01:54:56.271Z');
  }
  requiredText(order.order_number, 'order_number', add);
  for (const field of ORDER_REQUIRED_TEXT) requiredText(order[field], field, add);
  for (const field of ORDER_OPTIONAL_TEXT) optionalText(order[field], field, add);
  if (requiredText(order.sales_channel, 'sales_channel', add) && !VU_SALES_CHANNELS.includes(order.sales_channel as never)) {
    add('sales_channel', 'oneOf', `must be one of ${VU_SALES_CHANNELS.join(', ')}`);
  }
  optionalTags(order.tags, 'tags', add);
  optionalObject(order.custom_attributes, 'custom_attributes', add);

  if (!Array.isArray(order.order_lines) || order.order_lines.length === 0) add('order_lines', 'required', 'must list at least one order line');
  else order.order_lines.forEach((line, i) => checkLine(line, `order_lines[${i}]`, add));

  checkParty(order.ship_to, 'ship_to', add);
  checkParty(order.sold_to, 'sold_to', add);

  // The table says "required only for b2b", the doc's own b2b example sends none: VU decides.
  if (!isBlank(order.b2b) && !isObject(order.b2b)) add('b2b', 'type', 'must be an object');
  return issues;
}

function checkLine(line: unknown, path: string, add: Add): void {
  if (!isObject(line)) {
    add(path, 'type', 'must be an object');
    return;
  }
  if (isBlank(line.price)) add(`${path}.price`, 'required', "can't be blank");
  else if (!(line.price instanceof JsonDecimal)) add(`${path}.price`, 'number', 'must be a JSON number');
  else if (!PRICE_PATTERN.test(line.price.text)) add(`${path}.price`, 'integer', 'must be a whole number (VU documents price as Integer), e.g. 70');
  if (isBlank(line.quantity)) add(`${path}.quantity`, 'required', "can't be blank");
  else if (!Number.isSafeInteger(line.quantity)) add(`${path}.quantity`, 'integer', 'must be a whole number');
  for (const field of LINE_REQUIRED_TEXT) requiredText(line[field], `${path}.${field}`, add);
  for (const field of LINE_OPTIONAL_TEXT) optionalText(line[field], `${path}.${field}`, add);
  optionalText(line.customer_requested_date, `${path}.customer_requested_date`, add);
  optionalTags(line.tags, `${path}.tags`, add);
  optionalObject(line.custom_attributes, `${path}.custom_attributes`, add);
}

function checkParty(party: unknown, path: string, add: Add): void {
  if (isBlank(party)) {
    add(path, 'required', "can't be blank");
    return;
  }
  if (!isObject(party)) {
    add(path, 'type', 'must be an object');
    return;
  }
  for (const field of PARTY_REQUIRED) requiredText(party[field], `${path}.${field}`, add);
  for (const field of PARTY_OPTIONAL) optionalText(party[field], `${path}.${field}`, add);
  if (typeof party.country === 'string' && party.country.trim() !== '' && !isIso3166Alpha2(party.country)) {
    add(`${path}.country`, 'iso3166Alpha2', 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. US');
  }
}

function isBlank(value: unknown): boolean {
  if (value instanceof JsonDecimal) return value.text.trim() === '';
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof JsonDecimal);
}

/** True when a usable string is there (to chain format checks). */
function requiredText(value: unknown, path: string, add: Add): boolean {
  if (isBlank(value)) add(path, 'required', "can't be blank");
  else if (typeof value !== 'string') add(path, 'type', 'must be a string');
  else return true;
  return false;
}

/** True when a non-empty string is there (to chain format checks); absent and "" are fine. */
function optionalText(value: unknown, path: string, add: Add): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'string') {
    add(path, 'type', 'must be a string');
    return false;
  }
  return value !== '';
}

function optionalTags(value: unknown, path: string, add: Add): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) add(path, 'type', 'must be an array of strings');
  else
    value.forEach((tag, i) => {
      if (typeof tag !== 'string') add(`${path}[${i}]`, 'type', 'must be a string');
    });
}

function optionalObject(value: unknown, path: string, add: Add): void {
  if (value !== undefined && value !== null && !isObject(value)) add(path, 'type', 'must be an object');
}
