import { createErrors } from '../../src/sandbox/vu/rules';
import { copyOf } from '../fixtures/documented';
import { VU_CREATE_REQUEST } from '../fixtures/vu';
import { LINE_TABLE, ORDER_TABLE, PARTY_TABLE, type Row } from '../fixtures/vu/request-tables';

/**
 * The VU emulator's create rules (src/sandbox/vu/rules.ts), called as a function on the documented
 * "Example Request" of vu-custom-orders.md. The three "Request Body Schema" tables are copied in
 * test/fixtures/vu/request-tables.ts as the doc prints them (field, type, required); each test
 * breaks one row and expects the emulator to name that field, and nothing else, with the rule it broke.
 */

type Json = Record<string, any>;
const documented = (): Json => copyOf(VU_CREATE_REQUEST).order;
/** The documented order with one field set (undefined: removed) at `at` ('' is the order itself). */
function withField(at: string, field: string, value: unknown): Json {
  const order = documented();
  const target = at === '' ? order : at === 'order_lines[0]' ? order.order_lines[0] : order[at];
  if (value === undefined) delete target[field];
  else target[field] = value;
  return order;
}

/** A value of another type than the row's. */
const WRONG: Record<Row[1], unknown> = { string: 42, object: 'text', array: { not: 'a list' }, Integer: '70' };
const WRONG_MESSAGE: Record<Row[1], string> = {
  string: 'must be a string',
  object: 'must be an object',
  array: 'must be an array',
  Integer: 'must be an integer',
};

const tables: Array<[where: string, at: string, prefix: string, rows: Row[]]> = [
  ['Order', '', '', ORDER_TABLE],
  ['Order lines', 'order_lines[0]', 'order_lines[0].', LINE_TABLE],
  ['ship_to', 'ship_to', 'ship_to.', PARTY_TABLE],
  ['sold_to', 'sold_to', 'sold_to.', PARTY_TABLE],
];

describe('VU emulator: the documented example', () => {
  it('accepts the Example Request as published (the b2b channel with no b2b object)', () => {
    expect(createErrors(documented())).toEqual({});
  });

  it('accepts the b2c channel and a b2b object', () => {
    expect(createErrors({ ...documented(), sales_channel: 'b2c' })).toEqual({});
    expect(createErrors({ ...documented(), b2b: { payment_terms: 'NET30' } })).toEqual({});
  });
});

describe.each(tables)('VU emulator: Request Body Schema (%s)', (_where, at, prefix, rows) => {
  const required = rows.filter(([, , isRequired]) => isRequired);
  const optional = rows.filter(([, , isRequired]) => !isRequired);

  it.each(required)('refuses the order without %s (%s, required)', (field) => {
    expect(createErrors(withField(at, field, undefined))).toEqual({ [`${prefix}${field}`]: ["can't be blank"] });
    expect(createErrors(withField(at, field, null))).toEqual({ [`${prefix}${field}`]: ["can't be blank"] });
  });

  it.each(rows)('refuses %s when it is not of its documented type (%s)', (field, type) => {
    // order_lines that are not a list are no order lines: the emulator answers as for none.
    const message = field === 'order_lines' ? "can't be blank" : WRONG_MESSAGE[type];
    expect(createErrors(withField(at, field, WRONG[type]))).toEqual({ [`${prefix}${field}`]: [message] });
  });

  if (optional.length > 0) {
    it.each(optional)('accepts the order without %s (%s, not required), or with it null', (field) => {
      expect(createErrors(withField(at, field, undefined))).toEqual({});
      expect(createErrors(withField(at, field, null))).toEqual({});
    });
  }
});

describe('VU emulator: the values the tables describe', () => {
  it('refuses a blank required text (only spaces) as missing', () => {
    expect(createErrors(withField('', 'order_number', '  '))).toEqual({ order_number: ["can't be blank"] });
    expect(createErrors(withField('order_lines[0]', 'sku', ''))).toEqual({ 'order_lines[0].sku': ["can't be blank"] });
  });

  it('accepts the optional texts empty ("this can be empty"), as the example sends address_2', () => {
    for (const field of ['note', 'purchase_order_number', 'sales_order_number']) expect(createErrors(withField('', field, ''))).toEqual({});
    expect(createErrors(withField('ship_to', 'company_name', ''))).toEqual({});
    expect(createErrors(withField('order_lines[0]', 'upc', ''))).toEqual({});
  });

  it('reads sales_order_number, sent by the example but not in the table, as optional text', () => {
    expect(createErrors(withField('', 'sales_order_number', 7))).toEqual({ sales_order_number: ['must be a string'] });
    expect(createErrors(withField('', 'sales_order_number', undefined))).toEqual({});
  });

  it('refuses an order_date that is not an ISO 8601 datetime', () => {
    expect(createErrors(withField('', 'order_date', '31/10/2022'))).toEqual({ order_date: ['must be an ISO 8601 datetime'] });
    expect(createErrors(withField('', 'order_date', '2022-10-31T01:54:56+02:00'))).toEqual({});
  });

  it('takes sales_channel as b2b or b2c only ("Channel type (b2b/b2c)")', () => {
    expect(createErrors(withField('', 'sales_channel', 'retail'))).toEqual({ sales_channel: ['must be b2b or b2c'] });
    expect(createErrors(withField('', 'sales_channel', 'B2B'))).toEqual({ sales_channel: ['must be b2b or b2c'] });
  });

  it('refuses an order with no order lines ("Order line items")', () => {
    expect(createErrors(withField('', 'order_lines', []))).toEqual({ order_lines: ["can't be blank"] });
  });

  it('names a line that is not an object (text, a list, null) at its index', () => {
    for (const line of ['a line', ['a line'], null]) {
      const order = documented();
      order.order_lines.push(line);
      expect(createErrors(order)).toEqual({ 'order_lines[1]': ['must be an object'] });
    }
  });

  it('answers an empty order_date, sales_channel or country as missing, and only as missing', () => {
    expect(createErrors(withField('', 'order_date', ''))).toEqual({ order_date: ["can't be blank"] });
    expect(createErrors(withField('', 'sales_channel', ''))).toEqual({ sales_channel: ["can't be blank"] });
    expect(createErrors(withField('ship_to', 'country', ''))).toEqual({ 'ship_to.country': ["can't be blank"] });
  });

  it('names every broken rule of every line, each at its own index', () => {
    const order = documented();
    order.order_lines.push({ ...order.order_lines[0], sku: undefined, quantity: 1.5 });
    expect(createErrors(order)).toEqual({ 'order_lines[1].sku': ["can't be blank"], 'order_lines[1].quantity': ['must be an integer'] });
  });

  it.each(['price', 'quantity'])('takes the line %s as an Integer only: 70.5 is refused, 70 and 0 pass', (field) => {
    expect(createErrors(withField('order_lines[0]', field, 70.5))).toEqual({ [`order_lines[0].${field}`]: ['must be an integer'] });
    expect(createErrors(withField('order_lines[0]', field, 70))).toEqual({});
    expect(createErrors(withField('order_lines[0]', field, 0))).toEqual({});
  });

  it('refuses a party that is not an object, naming it', () => {
    expect(createErrors(withField('', 'ship_to', ['123 Main St']))).toEqual({ ship_to: ['must be an object'] });
    expect(createErrors(withField('', 'sold_to', 'John Smith'))).toEqual({ sold_to: ['must be an object'] });
  });

  it.each(['ship_to', 'sold_to'])('takes the %s country as an ISO 3166-1 alpha-2 code ("Two-letter country code")', (party) => {
    expect(createErrors(withField(party, 'country', 'USA'))).toEqual({ [`${party}.country`]: ['must be an ISO 3166-1 alpha-2 code'] });
    expect(createErrors(withField(party, 'country', 'XX'))).toEqual({ [`${party}.country`]: ['must be an ISO 3166-1 alpha-2 code'] });
    expect(createErrors(withField(party, 'country', 'FR'))).toEqual({});
  });

  it('takes the order and line tags as lists, empty ones included ("this array an be empty")', () => {
    expect(createErrors(withField('', 'tags', []))).toEqual({});
    expect(createErrors(withField('order_lines[0]', 'tags', []))).toEqual({});
  });

  it('refuses an object given as a list for custom_attributes', () => {
    expect(createErrors(withField('', 'custom_attributes', []))).toEqual({ custom_attributes: ['must be an object'] });
    expect(createErrors(withField('order_lines[0]', 'custom_attributes', ['x']))).toEqual({ 'order_lines[0].custom_attributes': ['must be an object'] });
  });

  it('names every broken rule of an order, each under its own path', () => {
    const order = documented();
    delete order.ship_to.country;
    delete order.ship_to.city;
    order.sold_to = null;
    expect(createErrors(order)).toEqual({ 'ship_to.city': ["can't be blank"], 'ship_to.country': ["can't be blank"], sold_to: ["can't be blank"] });
  });
});
