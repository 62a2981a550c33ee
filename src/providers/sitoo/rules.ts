import type { InputIssue } from '../../core/errors';
import { isIso4217 } from '../../core/iso4217';
import { SITOO_STATES } from './wire';

/**
 * Sitoo's service-order object model as ordergraph's pre-flight rules, checked on the body
 * about to be sent (wire paths such as `product.services[0].unit_price`) and reported on
 * GraphQL paths such as `input.product.services[0].unitPrice` (`name` maps one to the other).
 * The sandbox emulator reads the same doc on its own (src/sandbox/sitoo/rules.ts).
 *
 * What the docs state, and so what is checked: the REQUIRED fields of every object, the types,
 * `unit_price` against `^[-+]?[0-9]+\.[0-9]{2}$`, `cost_share` within 0..100, `currency` as an
 * ISO 4217 alpha-3 uppercase code, `state` among the ServiceOrderState values, `revision`
 * absent on POST and present on PUT. Nothing else is invented (no lengths, no e-mail format).
 */

export const UNIT_PRICE_PATTERN = /^[-+]?[0-9]+\.[0-9]{2}$/;
export const COST_SHARE_MIN = 0;
export const COST_SHARE_MAX = 100;

type Namer = (wirePath: string) => string;
type Add = (path: string, rule: string, message: string) => void;

/** Checks a POST body. `product` may be an object or a one-element array (the documented example sends one). */
export function checkCreate(body: unknown, name: Namer): InputIssue[] {
  const issues: InputIssue[] = [];
  const add: Add = (path, rule, message) => issues.push({ field: name(path), rule, message });
  if (!isObject(body)) {
    add('', 'type', 'must be a service order object');
    return issues;
  }
  if (body.revision !== undefined) add('revision', 'absent', 'must not be present when creating a service order');
  if (body.state !== undefined) checkState(body.state, add);
  checkStore(body.store, 'store', true, add);
  checkUser(body.owner, 'owner', true, add);
  checkCustomer(body.customer, 'customer', true, add);
  checkCurrency(body.currency, true, add);
  checkNullableString(body.note, 'note', add);
  checkProductField(body.product, true, add);
  checkUser(body.author, 'author', true, add);
  return issues;
}

/**
 * Checks a PUT body: `revision` (the last one read) and `author` (who writes this revision) are
 * required; every other field is optional and, when present, replaces the stored one whole, so
 * it is checked as on create.
 */
export function checkUpdate(body: unknown, name: Namer): InputIssue[] {
  const issues: InputIssue[] = [];
  const add: Add = (path, rule, message) => issues.push({ field: name(path), rule, message });
  if (!isObject(body)) {
    add('', 'type', 'must be a service order object');
    return issues;
  }
  if (body.revision === undefined || body.revision === null) add('revision', 'required', 'is required: send the last revision you read');
  else if (!Number.isInteger(body.revision) || (body.revision as number) < 1) add('revision', 'integer', 'must be a positive integer revision');
  if (body.state !== undefined) checkState(body.state, add);
  if (body.store !== undefined) checkStore(body.store, 'store', true, add);
  if (body.owner !== undefined) checkUser(body.owner, 'owner', true, add);
  if (body.customer !== undefined) checkCustomer(body.customer, 'customer', true, add);
  if (body.currency !== undefined) checkCurrency(body.currency, true, add);
  checkNullableString(body.note, 'note', add);
  if (body.product !== undefined) checkProductField(body.product, true, add);
  checkUser(body.author, 'author', true, add);
  return issues;
}

/** The product of a body as one object: an object as is, a one-element array's element. */
export function singleProduct(product: unknown): unknown {
  return Array.isArray(product) && product.length === 1 ? product[0] : product;
}

function checkState(value: unknown, add: Add): void {
  if (typeof value !== 'string' || !(SITOO_STATES as readonly string[]).includes(value)) {
    add('state', 'oneOf', `must be one of ${SITOO_STATES.join(', ')}`);
  }
}

function checkStore(value: unknown, path: string, required: boolean, add: Add): void {
  if (!checkObject(value, path, required, add)) return;
  checkRequiredString(value.id, `${path}.id`, add);
  checkRequiredString(value.name, `${path}.name`, add);
}

function checkUser(value: unknown, path: string, required: boolean, add: Add): void {
  if (!checkObject(value, path, required, add)) return;
  checkRequiredString(value.email, `${path}.email`, add);
  checkNullableString(value.name, `${path}.name`, add);
  checkNullableString(value.employee_id, `${path}.employee_id`, add);
}

function checkCustomer(value: unknown, path: string, required: boolean, add: Add): void {
  if (!checkObject(value, path, required, add)) return;
  checkRequiredString(value.first_name, `${path}.first_name`, add);
  checkNullableString(value.last_name, `${path}.last_name`, add);
  checkNullableString(value.email, `${path}.email`, add);
  checkNullableString(value.mobile, `${path}.mobile`, add);
}

function checkCurrency(value: unknown, required: boolean, add: Add): void {
  if (value === undefined || value === null || value === '') {
    if (required) add('currency', 'required', 'is required');
  } else if (typeof value !== 'string' || !isIso4217(value)) {
    add('currency', 'iso4217', 'must be an ISO 4217 currency code, alpha-3 uppercased (e.g. SEK)');
  }
}

function checkProductField(value: unknown, required: boolean, add: Add): void {
  if (Array.isArray(value)) {
    if (value.length !== 1) add('product', 'oneProduct', 'must be one product (an object, or an array of exactly one)');
    else checkProduct(value[0], 'product[0]', add);
    return;
  }
  if (!checkObject(value, 'product', required, add)) return;
  checkProduct(value, 'product', add);
}

function checkProduct(value: unknown, path: string, add: Add): void {
  if (!checkObject(value, path, true, add)) return;
  checkRequiredString(value.sku, `${path}.sku`, add);
  checkRequiredString(value.name, `${path}.name`, add);
  checkNullableString(value.serial, `${path}.serial`, add);
  if (value.services === undefined || value.services === null) {
    add(`${path}.services`, 'required', 'is required (an array of service items)');
    return;
  }
  if (!Array.isArray(value.services)) {
    add(`${path}.services`, 'type', 'must be an array of service items');
    return;
  }
  value.services.forEach((service, i) => checkService(service, `${path}.services[${i}]`, add));
}

function checkService(value: unknown, path: string, add: Add): void {
  if (!checkObject(value, path, true, add)) return;
  checkRequiredString(value.sku, `${path}.sku`, add);
  checkRequiredString(value.name, `${path}.name`, add);
  if (value.quantity === undefined || value.quantity === null) add(`${path}.quantity`, 'required', 'is required');
  else if (!Number.isInteger(value.quantity)) add(`${path}.quantity`, 'integer', 'must be an integer');
  if (value.unit_price !== undefined && value.unit_price !== null) {
    if (typeof value.unit_price !== 'string') add(`${path}.unit_price`, 'type', 'must be a string such as "123.00"');
    else if (!UNIT_PRICE_PATTERN.test(value.unit_price)) add(`${path}.unit_price`, 'pattern', 'must match ^[-+]?[0-9]+\\.[0-9]{2}$ (e.g. "123.00")');
  }
  if (value.cost_share !== undefined && value.cost_share !== null) {
    if (typeof value.cost_share !== 'number' || !Number.isFinite(value.cost_share)) add(`${path}.cost_share`, 'type', 'must be a number');
    else if (value.cost_share < COST_SHARE_MIN || value.cost_share > COST_SHARE_MAX) {
      add(`${path}.cost_share`, 'range', `must be between ${COST_SHARE_MIN} and ${COST_SHARE_MAX} (percent the customer pays)`);
    }
  }
  // `note` is REQUIRED in the object model, yet the documented responses carry `"note": null`:
  // the key must be there, null is taken as "no note".
  if (value.note === undefined) add(`${path}.note`, 'required', 'is required (use "" for no note)');
  else checkNullableString(value.note, `${path}.note`, add);
}

function checkObject(value: unknown, path: string, required: boolean, add: Add): value is Record<string, unknown> {
  if (value === undefined || value === null) {
    if (required) add(path, 'required', 'is required');
    return false;
  }
  if (!isObject(value)) {
    add(path, 'type', 'must be an object');
    return false;
  }
  return true;
}

function checkRequiredString(value: unknown, path: string, add: Add): void {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) add(path, 'required', 'is required');
  else if (typeof value !== 'string') add(path, 'type', 'must be a string');
}

function checkNullableString(value: unknown, path: string, add: Add): void {
  if (value !== undefined && value !== null && typeof value !== 'string') add(path, 'type', 'must be a string or null');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
