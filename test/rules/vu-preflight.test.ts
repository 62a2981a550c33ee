import { JsonDecimal, parseVuJson } from '../../src/providers/vu/exact-json';
import { checkCreate } from '../../src/providers/vu/rules';
import { VU_CREATE_REQUEST } from '../fixtures/vu';
import { LINE_TABLE, ORDER_TABLE, PARTY_TABLE, type Row } from '../fixtures/vu/request-tables';

/**
 * ordergraph's pre-flight check of a VU create (src/providers/vu/rules.ts), on the wire body of
 * the documented "Example Request" of vu-custom-orders.md read as ordergraph holds it (prices as
 * exact digits, exact-json.ts). Each test breaks one row of the doc's "Request Body Schema"
 * tables (test/fixtures/vu/request-tables.ts) and expects the issue to name that field and the rule.
 */

type Json = Record<string, any>;
const asIs = (path: string) => path;
const documented = (): Json => (parseVuJson(JSON.stringify(VU_CREATE_REQUEST.example)) as { order: Json }).order;
function withField(at: string, field: string, value: unknown): Json {
  const order = documented();
  const target = at === '' ? order : at === 'order_lines[0]' ? order.order_lines[0] : order[at];
  if (value === undefined) delete target[field];
  else target[field] = value;
  return order;
}
/** The issues as `field rule`; every one carries a message to read. */
function issues(order: Json): string[] {
  return checkCreate(order, asIs).map((issue) => {
    expect(issue.message).toMatch(/\w/);
    return `${issue.field} ${issue.rule}`;
  });
}

const WRONG: Record<Row[1], unknown> = { string: 42, object: 'text', array: { not: 'a list' }, Integer: '70' };
/** The rule a value of another type breaks: a price must be a JSON number, a quantity a whole one; order_lines that are no list are none. */
const wrongRule = (field: string) => (field === 'price' ? 'number' : field === 'quantity' ? 'integer' : field === 'order_lines' ? 'required' : 'type');

const tables: Array<[where: string, at: string, prefix: string, rows: Row[]]> = [
  ['Order', '', '', ORDER_TABLE],
  ['Order lines', 'order_lines[0]', 'order_lines[0].', LINE_TABLE],
  ['ship_to', 'ship_to', 'ship_to.', PARTY_TABLE],
  ['sold_to', 'sold_to', 'sold_to.', PARTY_TABLE],
];

describe('VU pre-flight: the documented example', () => {
  it('passes the Example Request as published (price 70, the b2b channel with no b2b object)', () => {
    expect(issues(documented())).toEqual([]);
  });

  it('passes the b2c channel, a b2b object, and an e-mail on a party', () => {
    expect(issues({ ...documented(), sales_channel: 'b2c' })).toEqual([]);
    expect(issues({ ...documented(), b2b: { payment_terms: 'NET30' } })).toEqual([]);
    expect(issues(withField('ship_to', 'email', 'test@test.com'))).toEqual([]);
  });
});

describe.each(tables)('VU pre-flight: Request Body Schema (%s)', (_where, at, prefix, rows) => {
  const required = rows.filter(([, , isRequired]) => isRequired);
  const optional = rows.filter(([, , isRequired]) => !isRequired);

  it.each(required)('refuses the order without %s (%s, required)', (field) => {
    expect(issues(withField(at, field, undefined))).toEqual([`${prefix}${field} required`]);
    expect(issues(withField(at, field, null))).toEqual([`${prefix}${field} required`]);
  });

  it.each(rows)('refuses %s when it is not of its documented type (%s)', (field, type) => {
    expect(issues(withField(at, field, WRONG[type]))).toEqual([`${prefix}${field} ${wrongRule(field)}`]);
  });

  if (optional.length > 0) {
    it.each(optional)('passes the order without %s (%s, not required), or with it null', (field) => {
      expect(issues(withField(at, field, undefined))).toEqual([]);
      expect(issues(withField(at, field, null))).toEqual([]);
    });
  }
});

describe('VU pre-flight: the values the tables describe', () => {
  it('refuses a blank required text (only spaces) as missing', () => {
    expect(issues(withField('', 'order_number', '  '))).toEqual(['order_number required']);
    expect(issues(withField('order_lines[0]', 'sku', ''))).toEqual(['order_lines[0].sku required']);
    expect(issues(withField('sold_to', 'city', ' '))).toEqual(['sold_to.city required']);
  });

  it('passes the optional texts empty ("this can be empty")', () => {
    for (const field of ['note', 'purchase_order_number', 'sales_order_number']) expect(issues(withField('', field, ''))).toEqual([]);
    expect(issues(withField('ship_to', 'company_name', ''))).toEqual([]);
    expect(issues(withField('order_lines[0]', 'upc', ''))).toEqual([]);
  });

  it('refuses an order_date that is not an ISO 8601 datetime, and an empty one as missing', () => {
    expect(issues(withField('', 'order_date', '31/10/2022'))).toEqual(['order_date iso8601']);
    expect(issues(withField('', 'order_date', ''))).toEqual(['order_date required']);
    expect(issues(withField('', 'order_date', '2022-10-31T01:54:56+02:00'))).toEqual([]);
  });

  it('takes sales_channel as b2b or b2c only ("Channel type (b2b/b2c)")', () => {
    expect(issues(withField('', 'sales_channel', 'retail'))).toEqual(['sales_channel oneOf']);
    expect(issues(withField('', 'sales_channel', ''))).toEqual(['sales_channel required']);
    expect(checkCreate(withField('', 'sales_channel', 'retail'), asIs)[0].message).toBe('must be one of b2b, b2c');
  });

  it('refuses an order with no order lines, and names a line that is not an object at its index', () => {
    expect(issues(withField('', 'order_lines', []))).toEqual(['order_lines required']);
    for (const line of ['a line', ['a line'], null, new JsonDecimal('7')]) {
      const order = documented();
      order.order_lines.push(line);
      expect(issues(order)).toEqual(['order_lines[1] type']);
    }
  });

  it('takes the price as an Integer ("price | Integer"): 70.5 and 7e1 are refused, 70, 0 and -5 pass', () => {
    for (const digits of ['70.5', '7e1', '070'])
      expect(issues(withField('order_lines[0]', 'price', new JsonDecimal(digits)))).toEqual(['order_lines[0].price integer']);
    for (const digits of ['70', '0', '-5']) expect(issues(withField('order_lines[0]', 'price', new JsonDecimal(digits)))).toEqual([]);
    expect(issues(withField('order_lines[0]', 'price', new JsonDecimal(' ')))).toEqual(['order_lines[0].price required']);
  });

  it('takes the quantity as an Integer ("quantity | Integer")', () => {
    expect(issues(withField('order_lines[0]', 'quantity', 1.5))).toEqual(['order_lines[0].quantity integer']);
    expect(issues(withField('order_lines[0]', 'quantity', 12))).toEqual([]);
  });

  it('refuses a party that is not an object', () => {
    expect(issues(withField('', 'ship_to', ['123 Main St']))).toEqual(['ship_to type']);
    expect(issues(withField('', 'sold_to', ''))).toEqual(['sold_to required']);
  });

  it.each(['ship_to', 'sold_to'])('takes the %s country as an ISO 3166-1 alpha-2 code ("Two-letter country code")', (party) => {
    expect(issues(withField(party, 'country', 'USA'))).toEqual([`${party}.country iso3166Alpha2`]);
    expect(issues(withField(party, 'country', 'us'))).toEqual([`${party}.country iso3166Alpha2`]);
    expect(issues(withField(party, 'country', ' '))).toEqual([`${party}.country required`]);
    expect(issues(withField(party, 'country', 'FR'))).toEqual([]);
  });

  it('takes the tags as lists of strings, naming the tag that is not one', () => {
    expect(issues(withField('', 'tags', []))).toEqual([]);
    expect(issues(withField('', 'tags', ['rush', 3]))).toEqual(['tags[1] type']);
    expect(issues(withField('order_lines[0]', 'tags', [null]))).toEqual(['order_lines[0].tags[0] type']);
  });

  it('takes custom_attributes and b2b as objects, not lists or numbers', () => {
    expect(issues(withField('', 'custom_attributes', []))).toEqual(['custom_attributes type']);
    expect(issues(withField('order_lines[0]', 'custom_attributes', ['x']))).toEqual(['order_lines[0].custom_attributes type']);
    expect(issues(withField('', 'b2b', new JsonDecimal('1')))).toEqual(['b2b type']);
    expect(issues(withField('', 'b2b', ''))).toEqual([]);
  });

  it('names each field through the given namer', () => {
    expect(checkCreate(withField('', 'order_number', ''), (path) => `input.${path}`).map((i) => i.field)).toEqual(['input.order_number']);
  });
});
