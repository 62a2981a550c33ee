import type { InputIssue } from '../../core/errors';
import { JsonDecimal } from './exact-json';
import { VU_SALES_CHANNELS } from './wire';

/**
 * VU Custom's create rules (the required columns of the documented tables, plus the formats
 * the descriptions name), written once and used by both the emulator (on the wire names, e.g.
 * `order_lines[0].recipe_token`) and ordergraph's input validation (on the GraphQL names, e.g.
 * `input.orderLines[0].recipeToken`), so the two never disagree. Where the docs are silent the
 * choice is written down in README.md.
 */

type Namer = (wirePath: string) => string;
type Add = (wirePath: string, rule: string, message: string) => void;

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_4217 = /^[A-Z]{3}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Unit price: a non-negative decimal in plain notation, at most 12 integer and 4 fraction digits. */
export const PRICE_PATTERN = /^(0|[1-9]\d{0,11})(\.\d{1,4})?$/;

/** ISO 3166-1 alpha-2: the 249 officially assigned codes. */
export const ISO_3166_ALPHA2: ReadonlySet<string> = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
    'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
    'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
    'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
    'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

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

  if (requiredText(order.currency, 'currency', add) && !ISO_4217.test(order.currency as string)) {
    add('currency', 'iso4217', 'must be an ISO 4217 currency code in capitals, e.g. USD');
  }
  if (requiredText(order.order_date, 'order_date', add) && !isDateTime(order.order_date as string)) {
    add('order_date', 'iso8601', 'must be an ISO 8601 date and time, e.g. 2022-10-31T01:54:56.271Z');
  }
  if (requiredText(order.order_number, 'order_number', add) && (order.order_number as string).includes(',')) {
    // The list filter `order_numbers` is comma-separated: such a number could never be found again.
    add('order_number', 'noComma', 'must not contain a comma (order_numbers filters are comma-separated)');
  }
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

  if (isBlank(order.b2b)) {
    if (order.sales_channel === 'b2b') add('b2b', 'requiredForB2b', 'is required when sales_channel is b2b');
  } else if (!isObject(order.b2b)) add('b2b', 'type', 'must be an object');
  return issues;
}

function checkLine(line: unknown, path: string, add: Add): void {
  if (!isObject(line)) {
    add(path, 'type', 'must be an object');
    return;
  }
  if (isBlank(line.price)) add(`${path}.price`, 'required', "can't be blank");
  else if (!(line.price instanceof JsonDecimal)) add(`${path}.price`, 'number', 'must be a JSON number');
  else if (!PRICE_PATTERN.test(line.price.text)) {
    add(`${path}.price`, 'decimal', 'must be a non-negative decimal with at most 4 decimal places, e.g. 70 or 19.90');
  }
  if (isBlank(line.quantity)) add(`${path}.quantity`, 'required', "can't be blank");
  else if (!Number.isSafeInteger(line.quantity) || (line.quantity as number) < 1) add(`${path}.quantity`, 'positiveInteger', 'must be a whole number of at least 1');
  for (const field of LINE_REQUIRED_TEXT) requiredText(line[field], `${path}.${field}`, add);
  for (const field of LINE_OPTIONAL_TEXT) optionalText(line[field], `${path}.${field}`, add);
  if (optionalText(line.customer_requested_date, `${path}.customer_requested_date`, add) && !isDate(line.customer_requested_date as string)) {
    add(`${path}.customer_requested_date`, 'isoDate', 'must be a date as YYYY-MM-DD');
  }
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
  if (typeof party.country === 'string' && party.country.trim() !== '' && !ISO_3166_ALPHA2.has(party.country)) {
    add(`${path}.country`, 'iso3166Alpha2', 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. US');
  }
  if (typeof party.email === 'string' && party.email !== '' && !EMAIL.test(party.email)) add(`${path}.email`, 'email', 'must be an e-mail address');
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
  else value.forEach((tag, i) => {
    if (typeof tag !== 'string' || tag.trim() === '') add(`${path}[${i}]`, 'type', 'must be a non-empty string');
  });
}

function optionalObject(value: unknown, path: string, add: Add): void {
  if (value !== undefined && value !== null && !isObject(value)) add(path, 'type', 'must be an object');
}

function isDateTime(value: string): boolean {
  return ISO_8601.test(value) && !Number.isNaN(Date.parse(value));
}

function isDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
