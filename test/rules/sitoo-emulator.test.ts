import { createErrors, theProduct, updateErrors } from '../../src/sandbox/sitoo/rules';
import { copyOf } from '../fixtures/documented';
import { SITOO_ADD_REQUEST, SITOO_UPDATE_REQUEST } from '../fixtures/sitoo';

/**
 * The Sitoo emulator's rules (src/sandbox/sitoo/rules.ts), called as functions on the documented
 * Add and Update Service Order requests of sitoo-service-orders.md. The "Objects" section is
 * copied below as the doc prints it (property, type, REQUIRED or nullable); each test breaks
 * one property and expects the emulator to name it, and nothing else, with the rule it broke.
 */

type Json = Record<string, any>;
type Row = [property: string, type: 'string' | 'integer' | 'object', presence: 'REQUIRED' | 'nullable'];

// Each object of the "Objects" section, at the path where the documented POST carries it.
const OBJECTS: Array<[object: string, path: string, rows: Row[]]> = [
  [
    'ServiceStore',
    'store',
    [
      ['id', 'string', 'REQUIRED'],
      ['name', 'string', 'REQUIRED'],
    ],
  ],
  [
    'ServiceUser (owner)',
    'owner',
    [
      ['email', 'string', 'REQUIRED'],
      ['name', 'string', 'nullable'],
      ['employee_id', 'string', 'nullable'],
    ],
  ],
  [
    'ServiceUser (author)',
    'author',
    [
      ['email', 'string', 'REQUIRED'],
      ['name', 'string', 'nullable'],
      ['employee_id', 'string', 'nullable'],
    ],
  ],
  [
    'ServiceCustomer',
    'customer',
    [
      ['first_name', 'string', 'REQUIRED'],
      ['last_name', 'string', 'nullable'],
      ['email', 'string', 'nullable'],
      ['mobile', 'string', 'nullable'],
    ],
  ],
  [
    'ServiceProduct',
    'product[0]',
    [
      ['sku', 'string', 'REQUIRED'],
      ['name', 'string', 'REQUIRED'],
      ['serial', 'string', 'nullable'],
    ],
  ],
  [
    'ServiceItem',
    'product[0].services[0]',
    [
      ['sku', 'string', 'REQUIRED'],
      ['name', 'string', 'REQUIRED'],
      ['quantity', 'integer', 'REQUIRED'],
      ['unit_price', 'string', 'nullable'],
    ],
  ],
  // ServiceOrder: "store REQUIRED", "owner REQUIRED", "customer REQUIRED", "currency string REQUIRED", "note string nullable", "product REQUIRED", "author REQUIRED"
  [
    'ServiceOrder',
    '',
    [
      ['store', 'object', 'REQUIRED'],
      ['owner', 'object', 'REQUIRED'],
      ['customer', 'object', 'REQUIRED'],
      ['currency', 'string', 'REQUIRED'],
      ['note', 'string', 'nullable'],
      ['product', 'object', 'REQUIRED'],
      ['author', 'object', 'REQUIRED'],
    ],
  ],
];

const documented = (): Json => copyOf(SITOO_ADD_REQUEST);
const documentedUpdate = (): Json => copyOf(SITOO_UPDATE_REQUEST);
/** The object at a path such as `product[0].services[0]` ('' is the order). */
const at = (body: Json, path: string): Json =>
  path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .reduce((o, key) => o[key], body);
function withProperty(body: Json, path: string, property: string, value: unknown): Json {
  const target = at(body, path);
  if (value === undefined) delete target[property];
  else target[property] = value;
  return body;
}
const join = (path: string, property: string) => (path ? `${path}.${property}` : property);

/** The broken rules as `field rule`; every one carries a message to read. */
function broken(issues: Array<{ field: string; rule: string; message: string }>): string[] {
  for (const issue of issues) expect(issue.message).toMatch(/\w/);
  return issues.map((issue) => `${issue.field} ${issue.rule}`);
}

const WRONG: Record<Row[1], unknown> = { string: 7, integer: 1.5, object: 'text' };
const WRONG_RULE: Record<Row[1], string> = { string: 'type', integer: 'integer', object: 'type' };
// The currency is checked against the ISO 4217 list: a number or spaces are no code on it.
const ruleOfWrongValue = (property: string, type: Row[1]) => (property === 'currency' ? 'iso4217' : WRONG_RULE[type]);

describe('Sitoo emulator: the documented requests', () => {
  it('accepts the Add Service Order request as published (product as an array of one)', () => {
    expect(broken(createErrors(documented()))).toEqual([]);
  });

  it('accepts the Update Service Order request as published (a state, the revision, the author)', () => {
    expect(broken(updateErrors(documentedUpdate()))).toEqual([]);
  });

  it('accepts the product as one object, as the ServiceOrder object describes it', () => {
    const body = documented();
    body.product = body.product[0];
    expect(broken(createErrors(body))).toEqual([]);
  });

  it('refuses a body that is not an object, on both calls', () => {
    for (const body of [null, 'order', [documented()]]) {
      expect(broken(createErrors(body))).toEqual([' type']);
      expect(broken(updateErrors(body))).toEqual([' type']);
    }
  });
});

describe.each(OBJECTS)('Sitoo emulator: %s, on POST', (_object, path, rows) => {
  const required = rows.filter(([, , presence]) => presence === 'REQUIRED');
  const nullable = rows.filter(([, , presence]) => presence === 'nullable');

  it.each(required)('refuses it without %s (%s, REQUIRED), or with it null', (property) => {
    expect(broken(createErrors(withProperty(documented(), path, property, undefined)))).toEqual([`${join(path, property)} required`]);
    expect(broken(createErrors(withProperty(documented(), path, property, null)))).toEqual([`${join(path, property)} required`]);
  });

  it.each(rows)('refuses %s when it is not a %s', (property, type) => {
    expect(broken(createErrors(withProperty(documented(), path, property, WRONG[type])))).toEqual([
      `${join(path, property)} ${ruleOfWrongValue(property, type)}`,
    ]);
  });

  if (nullable.length > 0) {
    it.each(nullable)('accepts it without %s (%s, nullable), or with it null', (property) => {
      expect(broken(createErrors(withProperty(documented(), path, property, undefined)))).toEqual([]);
      expect(broken(createErrors(withProperty(documented(), path, property, null)))).toEqual([]);
    });
  }

  it.each(required.filter(([, type]) => type === 'string'))('refuses a blank %s (only spaces)', (property) => {
    const rule = property === 'currency' ? 'iso4217' : 'required';
    expect(broken(createErrors(withProperty(documented(), path, property, '  ')))).toEqual([`${join(path, property)} ${rule}`]);
  });
});

describe('Sitoo emulator: ServiceOrder on POST', () => {
  it('refuses a revision ("On POST, it must not be present")', () => {
    expect(broken(createErrors({ ...documented(), revision: 1 }))).toEqual(['revision absent']);
    expect(broken(createErrors({ ...documented(), revision: null }))).toEqual(['revision absent']);
  });

  it.each(['new', 'in_progress', 'service_done', 'closed', 'cancelled'])('accepts the ServiceOrderState %s', (state) => {
    expect(broken(createErrors({ ...documented(), state }))).toEqual([]);
    expect(broken(updateErrors({ ...documentedUpdate(), state }))).toEqual([]);
  });

  it('refuses a state that ServiceOrderState does not list, on both calls', () => {
    for (const state of ['done', 'NEW', 3, null]) {
      expect(broken(createErrors({ ...documented(), state }))).toEqual(['state oneOf']);
      expect(broken(updateErrors({ ...documentedUpdate(), state }))).toEqual(['state oneOf']);
    }
  });

  it('names the states ServiceOrderState lists when it refuses one', () => {
    expect(createErrors({ ...documented(), state: 'done' })[0].message).toBe('must be one of new, in_progress, service_done, closed, cancelled');
  });

  it('accepts an order with no state (the state is not REQUIRED)', () => {
    const body = documented();
    delete body.state;
    expect(broken(createErrors(body))).toEqual([]);
  });

  it('takes the currency as ISO 4217, alpha-3 uppercased ("SEK", not "sek" or "SEKR")', () => {
    for (const currency of ['sek', 'SEKR', 'XYZ']) expect(broken(createErrors({ ...documented(), currency }))).toEqual(['currency iso4217']);
    expect(broken(createErrors({ ...documented(), currency: 'EUR' }))).toEqual([]);
    expect(broken(createErrors({ ...documented(), currency: '' }))).toEqual(['currency required']);
  });

  it('refuses a product array that is not exactly one product', () => {
    const body = documented();
    expect(broken(createErrors({ ...body, product: [] }))).toEqual(['product oneProduct']);
    expect(broken(createErrors({ ...body, product: [body.product[0], body.product[0]] }))).toEqual(['product oneProduct']);
  });

  it('names the product given as an object at `product`, not `product[0]`', () => {
    const body = documented();
    body.product = { ...body.product[0], sku: undefined };
    expect(broken(createErrors(body))).toEqual(['product.sku required']);
    expect(broken(createErrors({ ...documented(), product: [null] }))).toEqual(['product[0] required']);
    expect(broken(createErrors({ ...documented(), product: ['shoe'] }))).toEqual(['product[0] type']);
  });
});

describe('Sitoo emulator: ServiceProduct services and ServiceItem', () => {
  const product = (body: Json) => body.product[0];
  const item = (body: Json) => body.product[0].services[0];

  it('refuses a product without services ("services REQUIRED An array with service items")', () => {
    for (const services of [undefined, null]) {
      const body = documented();
      product(body).services = services;
      expect(broken(createErrors(body))).toEqual(['product[0].services required']);
    }
    const body = documented();
    product(body).services = { sku: 'SERVICE_HEEL' };
    expect(broken(createErrors(body))).toEqual(['product[0].services type']);
  });

  it('accepts a product whose services list is empty (the doc sets no minimum)', () => {
    const body = documented();
    product(body).services = [];
    expect(broken(createErrors(body))).toEqual([]);
  });

  it('names every service item that breaks a rule at its own index', () => {
    const body = documented();
    product(body).services.push(null, 'heel', { ...item(body), quantity: undefined });
    expect(broken(createErrors(body))).toEqual(['product[0].services[1] required', 'product[0].services[2] type', 'product[0].services[3].quantity required']);
  });

  it('takes unit_price as text matching ^[-+]?[0-9]+\\.[0-9]{2}$ (e.g. "123.00")', () => {
    for (const unit_price of ['123.00', '-5.50', '+0.99', '1000000.00']) {
      const body = documented();
      item(body).unit_price = unit_price;
      expect(broken(createErrors(body))).toEqual([]);
    }
    for (const unit_price of ['123', '123.0', '123.000', '12,00', 'a50.00', '50.00 ', '.50']) {
      const body = documented();
      item(body).unit_price = unit_price;
      expect(broken(createErrors(body))).toEqual(['product[0].services[0].unit_price pattern']);
    }
  });

  it('takes cost_share as a number from 0 to 100 ("Minimum: 0 Maximum: 100"), the bounds included', () => {
    for (const cost_share of [0, 100, 37.5]) {
      const body = documented();
      item(body).cost_share = cost_share;
      expect(broken(createErrors(body))).toEqual([]);
    }
    for (const cost_share of [-0.01, 100.01, -1, 101]) {
      const body = documented();
      item(body).cost_share = cost_share;
      expect(broken(createErrors(body))).toEqual(['product[0].services[0].cost_share range']);
    }
    for (const cost_share of ['50', Number.NaN, Number.POSITIVE_INFINITY]) {
      const body = documented();
      item(body).cost_share = cost_share;
      expect(broken(createErrors(body))).toEqual(['product[0].services[0].cost_share type']);
    }
  });

  it('leaves cost_share nullable: absent or null pass', () => {
    for (const cost_share of [undefined, null]) {
      const body = documented();
      item(body).cost_share = cost_share;
      expect(broken(createErrors(body))).toEqual([]);
    }
  });

  it('requires the note key ("note string REQUIRED") and reads null as no note, as the documented answers carry it', () => {
    const body = documented();
    delete item(body).note;
    expect(broken(createErrors(body))).toEqual(['product[0].services[0].note required']);
    item(body).note = null;
    expect(broken(createErrors(body))).toEqual([]);
    item(body).note = '';
    expect(broken(createErrors(body))).toEqual([]);
    item(body).note = 4;
    expect(broken(createErrors(body))).toEqual(['product[0].services[0].note type']);
  });

  it('takes the quantity as an integer ("quantity integer REQUIRED")', () => {
    for (const [quantity, rule] of [
      ['1', 'integer'],
      [0.5, 'integer'],
      [2, null],
      [0, null],
    ] as const) {
      const body = documented();
      item(body).quantity = quantity;
      expect(broken(createErrors(body))).toEqual(rule ? [`product[0].services[0].quantity ${rule}`] : []);
    }
  });
});

describe('Sitoo emulator: Update Service Order (PUT)', () => {
  it('requires the revision ("Must be the last revision for the service order on PUT")', () => {
    for (const revision of [undefined, null]) expect(broken(updateErrors({ ...documentedUpdate(), revision }))).toEqual(['revision required']);
  });

  it('takes the revision as a positive integer ("revision integer")', () => {
    for (const revision of [0, -1, 1.5, '1']) expect(broken(updateErrors({ ...documentedUpdate(), revision }))).toEqual(['revision integer']);
    expect(broken(updateErrors({ ...documentedUpdate(), revision: 7 }))).toEqual([]);
  });

  it('accepts a PUT of the revision and the author alone (the state is not REQUIRED)', () => {
    const { state: _state, ...body } = documentedUpdate();
    expect(broken(updateErrors(body))).toEqual([]);
  });

  it('requires the author ("author REQUIRED The user that created the revision")', () => {
    const body = documentedUpdate();
    delete body.author;
    expect(broken(updateErrors(body))).toEqual(['author required']);
    expect(broken(updateErrors({ ...documentedUpdate(), author: { name: 'Anna' } }))).toEqual(['author.email required']);
  });

  it('checks a field that is sent as on POST, and leaves the others alone', () => {
    const post = documented();
    const cases: Array<[Json, string]> = [
      [{ store: { id: 'STORE111' } }, 'store.name required'],
      [{ owner: { email: 5 } }, 'owner.email type'],
      [{ customer: { last_name: 'Swansson' } }, 'customer.first_name required'],
      [{ currency: 'kr' }, 'currency iso4217'],
      [{ note: 12 }, 'note type'],
      [{ product: { ...post.product[0], name: '' } }, 'product.name required'],
      [{ product: [] }, 'product oneProduct'],
    ];
    for (const [change, issue] of cases) expect(broken(updateErrors({ ...documentedUpdate(), ...change }))).toEqual([issue]);
  });

  it('accepts every field of the POST on a PUT as well, a revision with it', () => {
    expect(broken(updateErrors({ ...documented(), revision: 1 }))).toEqual([]);
  });
});

describe('Sitoo emulator: the one product of an order', () => {
  it('reads the documented product array of one as that product, and anything else as it is', () => {
    const shoe = { sku: 'SHOE999' };
    expect(theProduct([shoe])).toBe(shoe);
    expect(theProduct(shoe)).toBe(shoe);
    const two = [shoe, shoe];
    expect(theProduct(two)).toBe(two);
    const none: unknown[] = [];
    expect(theProduct(none)).toBe(none);
  });
});
