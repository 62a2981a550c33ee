import { ISO_4217_CODES } from '../../core/iso4217';
import { SERVICE_ORDER_STATES, type RuleBroken } from './wire';

/**
 * The rules of sitoo-service-orders.md ("Objects": ServiceOrder, ServiceStore, ServiceUser,
 * ServiceCustomer, ServiceProduct, ServiceItem), each next to the doc words it comes from.
 * Where the doc is silent (lengths, e-mail or phone formats, a quantity range, how many
 * services a product has), the emulator accepts what it is sent.
 */

type Json = Record<string, unknown>;
type Add = (path: string, rule: string, message: string) => void;

// ServiceItem.unit_price: "Pattern: ^[-+]?[0-9]+\.[0-9]{2}$"
const UNIT_PRICE = /^[-+]?[0-9]+\.[0-9]{2}$/;
// ServiceItem.cost_share: "Minimum: 0", "Maximum: 100"
const COST_SHARE_MIN = 0;
const COST_SHARE_MAX = 100;

/** A POST body ("Add Service Order"). */
export function createErrors(body: unknown): RuleBroken[] {
  const { broken, add } = collector();
  if (!isObject(body)) return [{ field: '', rule: 'type', message: 'must be a service order object' }];
  // ServiceOrder.revision: "On POST, it must not be present."
  if (body.revision !== undefined) add('revision', 'absent', 'must not be present when creating a service order');
  if (body.state !== undefined) stateErrors(body.state, add);
  // ServiceOrder: "store REQUIRED", "owner REQUIRED", "customer REQUIRED", "currency REQUIRED",
  // "product REQUIRED", "author REQUIRED"; "note string nullable".
  storeErrors(body.store, add);
  userErrors(body.owner, 'owner', add);
  customerErrors(body.customer, add);
  currencyErrors(body.currency, add);
  nullableText(body.note, 'note', add);
  productErrors(body.product, add);
  userErrors(body.author, 'author', add);
  return broken;
}

/**
 * A PUT body ("Update Service Order"): "revision ... Must be the last revision for the service
 * order on PUT" and "author REQUIRED The user that created the revision" (the documented PUT
 * sends both and nothing else it must); a field that is sent replaces the stored one, so it is
 * checked as on POST.
 */
export function updateErrors(body: unknown): RuleBroken[] {
  const { broken, add } = collector();
  if (!isObject(body)) return [{ field: '', rule: 'type', message: 'must be a service order object' }];
  // ServiceOrder: "revision integer"
  if (body.revision === undefined || body.revision === null) add('revision', 'required', 'is required: send the last revision you read');
  else if (!Number.isInteger(body.revision) || (body.revision as number) < 1) add('revision', 'integer', 'must be a positive integer revision');
  if (body.state !== undefined) stateErrors(body.state, add);
  if (body.store !== undefined) storeErrors(body.store, add);
  if (body.owner !== undefined) userErrors(body.owner, 'owner', add);
  if (body.customer !== undefined) customerErrors(body.customer, add);
  if (body.currency !== undefined) currencyErrors(body.currency, add);
  nullableText(body.note, 'note', add);
  if (body.product !== undefined) productErrors(body.product, add);
  userErrors(body.author, 'author', add);
  return broken;
}

/**
 * ServiceOrder: "product REQUIRED The product being serviced" (one ServiceProduct), while the
 * documented POST sends `"product": [ { ... } ]`: an object, or an array of exactly one.
 */
export function theProduct(product: unknown): unknown {
  return Array.isArray(product) && product.length === 1 ? product[0] : product;
}

/** "ServiceOrderState ... new, in_progress, service_done, closed, cancelled" */
function stateErrors(value: unknown, add: Add): void {
  if (!(SERVICE_ORDER_STATES as readonly unknown[]).includes(value)) add('state', 'oneOf', `must be one of ${SERVICE_ORDER_STATES.join(', ')}`);
}

function storeErrors(value: unknown, add: Add): void {
  if (!requiredObject(value, 'store', add)) return;
  // ServiceStore: "id string REQUIRED", "name string REQUIRED"
  requiredText(value.id, 'store.id', add);
  requiredText(value.name, 'store.name', add);
}

function userErrors(value: unknown, path: string, add: Add): void {
  if (!requiredObject(value, path, add)) return;
  // ServiceUser: "email string REQUIRED", "name string nullable", "employee_id string nullable"
  requiredText(value.email, `${path}.email`, add);
  nullableText(value.name, `${path}.name`, add);
  nullableText(value.employee_id, `${path}.employee_id`, add);
}

function customerErrors(value: unknown, add: Add): void {
  if (!requiredObject(value, 'customer', add)) return;
  // ServiceCustomer: "first_name string REQUIRED"; last_name, email, mobile "string nullable"
  requiredText(value.first_name, 'customer.first_name', add);
  for (const field of ['last_name', 'email', 'mobile']) nullableText(value[field], `customer.${field}`, add);
}

function currencyErrors(value: unknown, add: Add): void {
  // ServiceOrder: "currency string REQUIRED Currency for the service order (ISO 4217, alpha-3 uppercased)"
  if (value === undefined || value === null || value === '') return add('currency', 'required', 'is required');
  if (!(ISO_4217_CODES as ReadonlySet<unknown>).has(value)) add('currency', 'iso4217', 'must be an ISO 4217 currency code, alpha-3 uppercased (e.g. SEK)');
}

function productErrors(value: unknown, add: Add): void {
  if (Array.isArray(value)) {
    if (value.length !== 1) add('product', 'oneProduct', 'must be one product (an object, or an array of exactly one)');
    else serviceProductErrors(value[0], 'product[0]', add);
    return;
  }
  serviceProductErrors(value, 'product', add);
}

function serviceProductErrors(value: unknown, path: string, add: Add): void {
  if (!requiredObject(value, path, add)) return;
  // ServiceProduct: "sku string REQUIRED", "name string REQUIRED", "serial string nullable",
  // "services REQUIRED An array with service items for this product"
  requiredText(value.sku, `${path}.sku`, add);
  requiredText(value.name, `${path}.name`, add);
  nullableText(value.serial, `${path}.serial`, add);
  if (value.services === undefined || value.services === null) return add(`${path}.services`, 'required', 'is required (an array of service items)');
  if (!Array.isArray(value.services)) return add(`${path}.services`, 'type', 'must be an array of service items');
  value.services.forEach((service, i) => serviceItemErrors(service, `${path}.services[${i}]`, add));
}

function serviceItemErrors(value: unknown, path: string, add: Add): void {
  if (!requiredObject(value, path, add)) return;
  // ServiceItem: "sku string REQUIRED", "name string REQUIRED"
  requiredText(value.sku, `${path}.sku`, add);
  requiredText(value.name, `${path}.name`, add);
  // "quantity integer REQUIRED"
  if (value.quantity === undefined || value.quantity === null) add(`${path}.quantity`, 'required', 'is required');
  else if (!Number.isInteger(value.quantity)) add(`${path}.quantity`, 'integer', 'must be an integer');
  // "unit_price string nullable Unit price including VAT Pattern: ^[-+]?[0-9]+\.[0-9]{2}$"
  if (value.unit_price !== undefined && value.unit_price !== null) {
    if (typeof value.unit_price !== 'string') add(`${path}.unit_price`, 'type', 'must be a string such as "123.00"');
    else if (!UNIT_PRICE.test(value.unit_price)) add(`${path}.unit_price`, 'pattern', 'must match ^[-+]?[0-9]+\\.[0-9]{2}$ (e.g. "123.00")');
  }
  // "cost_share number nullable ... (0-100) ... Minimum: 0 Maximum: 100"
  if (value.cost_share !== undefined && value.cost_share !== null) {
    if (!isFiniteNumber(value.cost_share)) add(`${path}.cost_share`, 'type', 'must be a number');
    else if (value.cost_share < COST_SHARE_MIN || value.cost_share > COST_SHARE_MAX)
      add(`${path}.cost_share`, 'range', `must be between ${COST_SHARE_MIN} and ${COST_SHARE_MAX} (percent the customer pays)`);
  }
  // "note string REQUIRED A note to describe this service item"; the documented answers carry
  // `"note": null`, so the key must be sent and null reads as no note.
  if (value.note === undefined) add(`${path}.note`, 'required', 'is required (use "" for no note)');
  else nullableText(value.note, `${path}.note`, add);
}

function requiredObject(value: unknown, path: string, add: Add): value is Json {
  if (value === undefined || value === null) {
    add(path, 'required', 'is required');
    return false;
  }
  if (!isObject(value)) {
    add(path, 'type', 'must be an object');
    return false;
  }
  return true;
}

function requiredText(value: unknown, path: string, add: Add): void {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) add(path, 'required', 'is required');
  else if (typeof value !== 'string') add(path, 'type', 'must be a string');
}

function nullableText(value: unknown, path: string, add: Add): void {
  if (value !== undefined && value !== null && typeof value !== 'string') add(path, 'type', 'must be a string or null');
}

function collector(): { broken: RuleBroken[]; add: Add } {
  const broken: RuleBroken[] = [];
  return { broken, add: (field, rule, message) => void broken.push({ field, rule, message }) };
}

/** Number.isFinite, which converts nothing (no "50"), as a type guard. */
function isFiniteNumber(value: unknown): value is number {
  return Number.isFinite(value);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
