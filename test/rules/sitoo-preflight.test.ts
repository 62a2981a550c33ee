import { checkInput } from '../../src/core/input-schema';
import { sitooCreateRequest, sitooUpdateRequest } from '../../src/providers/sitoo/rules';
import { copyOf } from '../fixtures/documented';
import { SITOO_ADD_REQUEST, SITOO_UPDATE_REQUEST } from '../fixtures/sitoo';
import {
  SERVICE_CUSTOMER,
  SERVICE_ITEM,
  SERVICE_ORDER,
  SERVICE_ORDER_STATES,
  SERVICE_PRODUCT,
  SERVICE_STORE,
  SERVICE_USER,
  type Property,
} from '../fixtures/sitoo/object-model';
import { sitooInputOf } from '../support/sitoo-fixtures';

/**
 * ordergraph's Sitoo request schemas (src/providers/sitoo/rules.ts) on the documented "Add Service
 * Order" and "Update Service Order" requests of sitoo-service-orders.md, given as the GraphQL input
 * that asks for them. Each test breaks one property of the doc's "Objects"
 * (test/fixtures/sitoo/object-model.ts) and expects the issue to name it by its input path, with
 * the rule and the message; what passes is sent as the wire body.
 */

type Json = Record<string, any>;
type Schema = typeof sitooCreateRequest | typeof sitooUpdateRequest;
/** The documented create as input (without its `state: new`, which ordergraph sends itself). */
const documented = (): Json => {
  const { state: _new, ...create } = copyOf(SITOO_ADD_REQUEST);
  return sitooInputOf(create);
};
const documentedUpdate = (): Json => sitooInputOf(copyOf(SITOO_UPDATE_REQUEST));
const camel = (wire: string) => wire.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
/** `product.services[0]` of an input (or a body): the object a path names. */
const at = (root: Json, path: string): Json =>
  path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .reduce((o, k) => o[camel(k)] ?? o[k], root);

function issues(input: unknown, schema: Schema = sitooCreateRequest): string[] {
  const checked = checkInput(schema, input);
  return checked.ok ? [] : checked.issues.map((issue) => `${issue.field} ${issue.rule}: ${issue.message}`);
}
/** The issue expected at a wire path (`product.services[0].unit_price`), under its input path. */
const issue = (wirePath: string, rule: string, message: string) => `input${wirePath ? `.${camel(wirePath)}` : ''} ${rule}: ${message}`;
function sent(input: unknown, schema: Schema = sitooCreateRequest): Json {
  const checked = checkInput(schema, input);
  if (!checked.ok) throw new Error(`refused: ${JSON.stringify(checked.issues)}`);
  return checked.value as Json;
}
/** The documented create with one property (wire name) of the object at `path` set, or removed when `value` is undefined. */
function withProperty(path: string, name: string, value: unknown, input: Json = documented()): Json {
  const target = path === '' ? input : at(input, path);
  if (value === undefined) delete target[camel(name)];
  else target[camel(name)] = value;
  return input;
}

const WRONG: Record<Property[1], unknown> = { string: 42, integer: 1.5, number: '50', object: 'text', array: { not: 'a list' } };
/** What a value of another type breaks, and the message the user reads. */
function wrongType(name: string, type: Property[1], presence: Property[2]): [rule: string, message: string] {
  if (name === 'currency') return ['iso4217', 'must be an ISO 4217 currency code, alpha-3 uppercased (e.g. SEK)'];
  if (name === 'unit_price') return ['type', 'must be a string such as "123.00"'];
  if (name === 'services') return ['type', 'must be an array of service items'];
  if (name === 'note' && presence === 'nullable') return ['type', 'must be a string or null'];
  if (type === 'integer') return ['integer', 'must be an integer'];
  if (type === 'number') return ['type', 'must be a number'];
  if (type === 'object') return ['type', 'must be an object'];
  return ['type', presence === 'required' && name !== 'note' ? 'must be a string' : 'must be a string or null'];
}
const missingMessage = (name: string) =>
  name === 'note' ? 'is required (use "" for no note)' : name === 'services' ? 'is required (an array of service items)' : 'is required';

const objects: Array<[object: string, path: string, properties: Property[]]> = [
  ['ServiceOrder', '', SERVICE_ORDER],
  ['ServiceStore', 'store', SERVICE_STORE],
  ['ServiceUser (owner)', 'owner', SERVICE_USER],
  ['ServiceUser (author)', 'author', SERVICE_USER],
  ['ServiceCustomer', 'customer', SERVICE_CUSTOMER],
  ['ServiceProduct', 'product', SERVICE_PRODUCT],
  ['ServiceItem', 'product.services[0]', SERVICE_ITEM],
];

describe('Sitoo pre-flight: the documented requests', () => {
  it('passes the Add Service Order example and sends it as published, the product as the object the model names', () => {
    const published = copyOf(SITOO_ADD_REQUEST) as Json;
    expect(sent(documented())).toEqual({ ...published, product: published.product[0] });
  });

  it('passes the Update Service Order example and sends it as published', () => {
    expect(sent(documentedUpdate(), sitooUpdateRequest)).toEqual(SITOO_UPDATE_REQUEST.example);
  });
});

describe.each(objects)('Sitoo pre-flight: %s', (_object, path, properties) => {
  const prefix = path === '' ? '' : `${path}.`;
  const required = properties.filter(([, , presence]) => presence === 'required');
  const nullable = properties.filter(([, , presence]) => presence === 'nullable');

  it.each(required)('refuses the order without %s (%s, REQUIRED)', (name) => {
    expect(issues(withProperty(path, name, undefined))).toEqual([issue(`${prefix}${name}`, 'required', missingMessage(name))]);
    // "note | REQUIRED" on a service, yet the documented responses carry null there: null is no note.
    if (!(path.endsWith('services[0]') && name === 'note'))
      expect(issues(withProperty(path, name, null))).toEqual([issue(`${prefix}${name}`, 'required', missingMessage(name))]);
  });

  it.each(properties)('refuses %s when it is not of its documented type (%s)', (name, type, presence) => {
    const [rule, message] = wrongType(name, type, presence);
    expect(issues(withProperty(path, name, WRONG[type]))).toEqual([issue(`${prefix}${name}`, rule, message)]);
  });

  if (nullable.length > 0) {
    it.each(nullable)('passes the order with %s null, and sends it null (%s, nullable); without it, sends it without', (name) => {
      expect(at(sent(withProperty(path, name, null)), path)[name]).toBeNull();
      expect(at(sent(withProperty(path, name, undefined)), path)).not.toHaveProperty(name);
    });
  }
});

describe('Sitoo pre-flight: the values the objects describe', () => {
  it('refuses a blank required string (empty or only spaces) as missing', () => {
    expect(issues(withProperty('store', 'id', ' '))).toEqual([issue('store.id', 'required', 'is required')]);
    expect(issues(withProperty('customer', 'first_name', ''))).toEqual([issue('customer.first_name', 'required', 'is required')]);
    expect(issues(withProperty('product.services[0]', 'sku', '  '))).toEqual([issue('product.services[0].sku', 'required', 'is required')]);
  });

  it('takes the currency as ISO 4217, alpha-3 uppercased ("Currency for the service order (ISO 4217, alpha-3 uppercased)")', () => {
    const iso = 'must be an ISO 4217 currency code, alpha-3 uppercased (e.g. SEK)';
    for (const code of ['sek', 'Sek', 'XYZ', 'SE', 'SEKK', ' SEK'])
      expect(issues(withProperty('', 'currency', code))).toEqual([issue('currency', 'iso4217', iso)]);
    expect(issues(withProperty('', 'currency', ''))).toEqual([issue('currency', 'required', 'is required')]);
    for (const code of ['EUR', 'USD', 'NOK']) expect(sent(withProperty('', 'currency', code)).currency).toBe(code);
  });

  it('takes unit_price by its pattern ^[-+]?[0-9]+\\.[0-9]{2}$ and sends it as written', () => {
    const pattern = 'must match ^[-+]?[0-9]+\\.[0-9]{2}$ (e.g. "123.00")';
    for (const price of ['50', '50.0', '50,00', '50.000', '.50', 'x1.00', '1.00x', '--1.00', '1.0a', ' 1.00', ''])
      expect(issues(withProperty('product.services[0]', 'unit_price', price))).toEqual([issue('product.services[0].unit_price', 'pattern', pattern)]);
    for (const price of ['123.00', '0.50', '-1.50', '+10.00', '12345678901234567890.99'])
      expect(sent(withProperty('product.services[0]', 'unit_price', price)).product.services[0].unit_price).toBe(price);
  });

  it('takes cost_share as a number within 0 and 100 ("Minimum: 0", "Maximum: 100")', () => {
    const range = 'must be between 0 and 100 (percent the customer pays)';
    for (const share of [-1, -0.01, 100.01, 101])
      expect(issues(withProperty('product.services[0]', 'cost_share', share))).toEqual([issue('product.services[0].cost_share', 'range', range)]);
    for (const share of [Number.NaN, Number.POSITIVE_INFINITY, '50', true])
      expect(issues(withProperty('product.services[0]', 'cost_share', share))).toEqual([issue('product.services[0].cost_share', 'type', 'must be a number')]);
    for (const share of [0, 12.5, 100]) expect(sent(withProperty('product.services[0]', 'cost_share', share)).product.services[0].cost_share).toBe(share);
  });

  it('takes the quantity as an integer, whatever its sign or size ("quantity | integer")', () => {
    for (const quantity of [1.5, '1', Number.NaN])
      expect(issues(withProperty('product.services[0]', 'quantity', quantity))).toEqual([
        issue('product.services[0].quantity', 'integer', 'must be an integer'),
      ]);
    for (const quantity of [0, 3, -2]) expect(sent(withProperty('product.services[0]', 'quantity', quantity)).product.services[0].quantity).toBe(quantity);
  });

  it('takes a service note of "" or null (no note) and sends it as given', () => {
    expect(sent(withProperty('product.services[0]', 'note', '')).product.services[0].note).toBe('');
    expect(sent(withProperty('product.services[0]', 'note', null)).product.services[0].note).toBeNull();
  });

  it('takes a product with no services, and names a service that is not an object at its index', () => {
    expect(sent(withProperty('product', 'services', [])).product.services).toEqual([]);
    for (const service of ['a service', ['x'], 7]) {
      const input = documented();
      input.product.services.push(service);
      expect(issues(input)).toEqual([issue('product.services[1]', 'type', 'must be an object')]);
    }
  });

  it('sends every service, in order, and each user to its own property', () => {
    const input = documented();
    input.product.services.push({ ...input.product.services[0], sku: 'SERVICE_POLISH' });
    const body = sent(input);
    expect(body.product.services.map((s: Json) => s.sku)).toEqual(['SERVICE_HEEL', 'SERVICE_POLISH']);
    expect([body.owner.email, body.author.email]).toEqual(['staff@example.com', 'anna@example.com']);
  });

  it('sends a new order (state new), and no revision ("On POST, it must not be present")', () => {
    const body = sent({ ...documented(), revision: 4, state: 'closed' });
    expect(body.state).toBe('new');
    expect(body).not.toHaveProperty('revision');
  });

  it('refuses what is not a service order object', () => {
    expect(issues('an order')).toEqual([issue('', 'type', 'must be a service order object')]);
    expect(issues(null)).toEqual([issue('', 'required', 'is required')]);
  });

  it('names every broken property of one request at once', () => {
    const input = withProperty('', 'currency', 'eur');
    input.product.services[0].unitPrice = '9.9';
    expect(issues(input).map((i) => i.split(':')[0])).toEqual(['input.currency iso4217', 'input.product.services[0].unitPrice pattern']);
  });
});

describe('Sitoo pre-flight: an update (PUT)', () => {
  const update = (changes: Json) => ({ revision: '3', ...changes });

  it('takes the revision as GraphQL gives it (text) or as a number, and sends the number', () => {
    expect(sent(update({ state: 'closed' }), sitooUpdateRequest).revision).toBe(3);
    expect(sent({ revision: 12, state: 'closed' }, sitooUpdateRequest).revision).toBe(12);
  });

  it('refuses a revision that is not the positive integer last read, and an absent one as missing', () => {
    const message = 'must be the positive integer revision you last read (Order.revision)';
    for (const revision of ['abc', '0', 0, '1.5', 1.5, -1, '-1', ' 1', '1 ', '1e3', '0x10', ['1'], '9007199254740993', true])
      expect(issues({ revision, state: 'closed' }, sitooUpdateRequest)).toEqual([`input.revision integer: ${message}`]);
    for (const revision of [undefined, null])
      expect(issues({ revision, state: 'closed' }, sitooUpdateRequest)).toEqual(['input.revision required: is required: send the last revision you read']);
  });

  it.each(SERVICE_ORDER_STATES)('takes the state %s (ServiceOrderState) and sends it', (state) => {
    expect(sent(update({ state }), sitooUpdateRequest).state).toBe(state);
  });

  it('refuses a state outside ServiceOrderState', () => {
    for (const state of ['paused', 'NEW', 'Closed'])
      expect(issues(update({ state }), sitooUpdateRequest)).toEqual([
        issue('state', 'oneOf', 'must be one of new, in_progress, service_done, closed, cancelled'),
      ]);
  });

  it('sends only what is given: a null store, owner, customer, currency, product or state is no change, a null note clears it', () => {
    const body = sent(update({ state: null, store: null, owner: null, customer: null, currency: null, product: null, note: null }), sitooUpdateRequest);
    expect(body).toEqual({ revision: 3, note: null });
  });

  it('sends each given property, a replaced object whole, and the author when given', () => {
    const order = documented();
    const changes = {
      store: order.store,
      owner: order.owner,
      customer: order.customer,
      currency: 'EUR',
      product: order.product,
      note: 'Rush',
      author: order.author,
    };
    const published = copyOf(SITOO_ADD_REQUEST) as Json;
    const { state: _state, ...expected }: Json = { ...published, product: published.product[0], currency: 'EUR', note: 'Rush' };
    expect(sent(update(changes), sitooUpdateRequest)).toEqual({ revision: 3, ...expected });
  });

  it('leaves the author out when none is given (the provider sends its configured one)', () => {
    expect(sent(update({ state: 'closed' }), sitooUpdateRequest)).toEqual({ revision: 3, state: 'closed' });
  });

  it('refuses an update that changes nothing (the revision and an author alone)', () => {
    const nothing = [issue('', 'nonEmpty', 'give at least one of state, store, owner, customer, currency, note, product')];
    expect(issues(update({}), sitooUpdateRequest)).toEqual(nothing);
    expect(issues(update({ author: { email: 'anna@example.com' } }), sitooUpdateRequest)).toEqual(nothing);
  });

  it('checks a replaced object as on create', () => {
    expect(issues(update({ product: { sku: 'SHOE999', name: 'Barlay Shoe' } }), sitooUpdateRequest)).toEqual([
      issue('product.services', 'required', 'is required (an array of service items)'),
    ]);
    expect(issues(update({ currency: 'EURO' }), sitooUpdateRequest)).toEqual([
      issue('currency', 'iso4217', 'must be an ISO 4217 currency code, alpha-3 uppercased (e.g. SEK)'),
    ]);
    expect(issues(update({ currency: '' }), sitooUpdateRequest)).toEqual([issue('currency', 'required', 'is required')]);
    expect(issues(update({ author: { email: ' ' }, state: 'closed' }), sitooUpdateRequest)).toEqual([issue('author.email', 'required', 'is required')]);
    expect(issues(update({ note: 7 }), sitooUpdateRequest)).toEqual([issue('note', 'type', 'must be a string or null')]);
  });
});
