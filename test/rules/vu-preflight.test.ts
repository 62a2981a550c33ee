import { checkInput } from '../../src/core/input-schema';
import { JsonDecimal, stringifyVuJson } from '../../src/providers/vu/exact-json';
import { vuCreateRequest } from '../../src/providers/vu/rules';
import { copyOf } from '../fixtures/documented';
import { VU_CREATE_REQUEST } from '../fixtures/vu';
import { LINE_TABLE, ORDER_TABLE, PARTY_TABLE, type Row } from '../fixtures/vu/request-tables';
import { vuInputOf, vuInputPath } from '../support/vu-fixtures';

/**
 * ordergraph's VU create schema (src/providers/vu/rules.ts) on the documented "Example Request"
 * of vu-custom-orders.md, given as the GraphQL input that asks for it. Each test breaks one row of
 * the doc's "Request Body Schema" tables (test/fixtures/vu/request-tables.ts) and expects the
 * issue to name that field by its input path, the rule and its message; what passes is sent as
 * the wire body.
 */

type Json = Record<string, any>;
const documented = (): Json => vuInputOf(copyOf(VU_CREATE_REQUEST).order);
/** The input object that holds a table's rows: the order, its first line, or a party. */
const holder = (input: Json, at: string): Json => (at === '' ? input : at === 'order_lines[0]' ? input.orderLines[0] : input[vuInputPath(at).slice(6)]);
/** The documented input with one field (named as the table names it) set, or removed when `value` is undefined. */
function withField(at: string, field: string, value: unknown): Json {
  const input = documented();
  const name = vuInputPath(field).slice('input.'.length);
  if (value === undefined) delete holder(input, at)[name];
  else holder(input, at)[name] = value;
  return input;
}
/** The issues as `input.path rule: message`. */
function issues(input: unknown): string[] {
  const checked = checkInput(vuCreateRequest, input);
  return checked.ok ? [] : checked.issues.map((issue) => `${issue.field} ${issue.rule}: ${issue.message}`);
}
/** The issue expected at a wire path (`order_lines[0].price`), under its input path. */
const issue = (wirePath: string, rule: string, message: string) => `${vuInputPath(wirePath)} ${rule}: ${message}`;
const BLANK = "can't be blank";
/** The wire body a valid input is sent as, as VU reads it (prices as JSON numbers). */
function sent(input: unknown): Json {
  const checked = checkInput(vuCreateRequest, input);
  if (!checked.ok) throw new Error(`refused: ${JSON.stringify(checked.issues)}`);
  return JSON.parse(stringifyVuJson(checked.value)) as Json;
}

/** A value of another type than the table's (the price is a GraphQL String of digits, so a number is the wrong type). */
const WRONG: Record<Row[1], unknown> = { string: 42, object: 'text', array: { not: 'a list' }, Integer: true };
const WRONG_PRICE = 70;
/** The rule and message a value of another type breaks. */
function wrongType(field: string, type: Row[1]): [rule: string, message: string] {
  if (field === 'price') return ['type', 'must be a string'];
  if (field === 'quantity') return ['integer', 'must be a whole number'];
  if (field === 'order_date') return ['iso8601', 'must be an ISO 8601 date and time, e.g. 2022-10-31T01:54:56.271Z'];
  if (field === 'sales_channel') return ['oneOf', 'must be one of b2b, b2c'];
  if (field === 'order_lines') return ['type', 'must be a list of order lines'];
  return ['type', type === 'object' ? 'must be an object' : type === 'array' ? 'must be an array' : 'must be a string'];
}

const tables: Array<[where: string, at: string, prefix: string, rows: Row[]]> = [
  ['Order', '', '', ORDER_TABLE],
  ['Order lines', 'order_lines[0]', 'order_lines[0].', LINE_TABLE],
  ['ship_to', 'ship_to', 'ship_to.', PARTY_TABLE],
  ['sold_to', 'sold_to', 'sold_to.', PARTY_TABLE],
];

describe('VU pre-flight: the documented example', () => {
  it('passes the Example Request as published (price 70, the b2b channel with no b2b object) and sends it as published', () => {
    expect(issues(documented())).toEqual([]);
    expect(sent(documented())).toEqual(copyOf(VU_CREATE_REQUEST));
  });

  it('passes the b2c channel, a b2b object, and an e-mail on a party, and sends them', () => {
    expect(sent({ ...documented(), salesChannel: 'b2c' }).order.sales_channel).toBe('b2c');
    expect(sent({ ...documented(), b2b: { payment_terms: 'NET30' } }).order.b2b).toEqual({ payment_terms: 'NET30' });
    expect(sent(withField('ship_to', 'email', 'test@test.com')).order.ship_to.email).toBe('test@test.com');
  });
});

describe.each(tables)('VU pre-flight: Request Body Schema (%s)', (_where, at, prefix, rows) => {
  const required = rows.filter(([, , isRequired]) => isRequired);
  const optional = rows.filter(([, , isRequired]) => !isRequired);
  const blankMessage = (field: string) => (field === 'order_lines' ? 'must list at least one order line' : BLANK);

  it.each(required)('refuses the order without %s (%s, required)', (field) => {
    const expected = [issue(`${prefix}${field}`, 'required', blankMessage(field))];
    expect(issues(withField(at, field, undefined))).toEqual(expected);
    expect(issues(withField(at, field, null))).toEqual(expected);
  });

  it.each(rows)('refuses %s when it is not of its documented type (%s)', (field, type) => {
    const [rule, message] = wrongType(field, type);
    expect(issues(withField(at, field, field === 'price' ? WRONG_PRICE : WRONG[type]))).toEqual([issue(`${prefix}${field}`, rule, message)]);
  });

  if (optional.length > 0) {
    it.each(optional)('passes the order without %s (%s, not required), or with it null, and sends it without', (field) => {
      for (const value of [undefined, null]) {
        const input = withField(at, field, value);
        expect(issues(input)).toEqual([]);
        const order = sent(input).order;
        expect(at === '' ? order : at === 'order_lines[0]' ? order.order_lines[0] : order[at]).not.toHaveProperty(field);
      }
    });
  }
});

describe('VU pre-flight: the values the tables describe', () => {
  it('refuses a blank required text (empty or only spaces) as missing', () => {
    expect(issues(withField('', 'order_number', '  '))).toEqual([issue('order_number', 'required', BLANK)]);
    expect(issues(withField('order_lines[0]', 'sku', ''))).toEqual([issue('order_lines[0].sku', 'required', BLANK)]);
    expect(issues(withField('sold_to', 'city', ' '))).toEqual([issue('sold_to.city', 'required', BLANK)]);
  });

  it('passes the optional texts empty ("this can be empty") and sends them empty', () => {
    for (const field of ['note', 'purchase_order_number', 'sales_order_number']) expect(sent(withField('', field, '')).order[field]).toBe('');
    expect(sent(withField('ship_to', 'company_name', '')).order.ship_to.company_name).toBe('');
    expect(sent(withField('order_lines[0]', 'upc', '')).order.order_lines[0].upc).toBe('');
  });

  it('refuses an order_date that is not an ISO 8601 datetime, or not a real one, and a blank one as missing', () => {
    const iso = 'must be an ISO 8601 date and time, e.g. 2022-10-31T01:54:56.271Z';
    expect(issues(withField('', 'order_date', '31/10/2022'))).toEqual([issue('order_date', 'iso8601', iso)]);
    expect(issues(withField('', 'order_date', new Date('not a date')))).toEqual([issue('order_date', 'iso8601', iso)]);
    expect(issues(withField('', 'order_date', ''))).toEqual([issue('order_date', 'required', BLANK)]);
    expect(issues(withField('', 'order_date', ' '))).toEqual([issue('order_date', 'required', BLANK)]);
  });

  it('sends a DateTime as ISO 8601 in UTC, and ISO 8601 text with an offset as it is', () => {
    expect(sent(withField('', 'order_date', new Date('2022-10-31T03:54:56.271+02:00'))).order.order_date).toBe('2022-10-31T01:54:56.271Z');
    expect(sent(withField('', 'order_date', '2022-10-31T01:54:56+02:00')).order.order_date).toBe('2022-10-31T01:54:56+02:00');
  });

  it('takes sales_channel as b2b or b2c only ("Channel type (b2b/b2c)")', () => {
    expect(issues(withField('', 'sales_channel', 'retail'))).toEqual([issue('sales_channel', 'oneOf', 'must be one of b2b, b2c')]);
    expect(issues(withField('', 'sales_channel', 'B2B'))).toEqual([issue('sales_channel', 'oneOf', 'must be one of b2b, b2c')]);
    expect(issues(withField('', 'sales_channel', ''))).toEqual([issue('sales_channel', 'required', BLANK)]);
  });

  it('refuses an order with no order lines, and names a line that is not an object at its index', () => {
    expect(issues(withField('', 'order_lines', []))).toEqual([issue('order_lines', 'required', 'must list at least one order line')]);
    for (const line of ['a line', ['a line'], 7]) {
      const input = documented();
      input.orderLines.push(line);
      expect(issues(input)).toEqual([issue('order_lines[1]', 'type', 'must be an object')]);
    }
    const input = documented();
    input.orderLines.push(null);
    expect(issues(input)).toEqual([issue('order_lines[1]', 'required', BLANK)]);
  });

  it('sends every line, in order', () => {
    const input = documented();
    input.orderLines.push({ ...input.orderLines[0], sku: 'SKU456', price: '12' });
    expect(sent(input).order.order_lines.map((line: Json) => [line.sku, line.price])).toEqual([
      ['SKU123', 70],
      ['SKU456', 12],
    ]);
  });

  it('takes the price as an Integer ("price | Integer"): whole digits pass and are sent as exactly those digits', () => {
    const integer = 'must be a whole number (VU documents price as Integer), e.g. 70';
    for (const digits of ['70.5', '7e1', '070', '00', '-', '--5', '+5', 'x70', '70x', ' 70', '7 0', '1.0'])
      expect(issues(withField('order_lines[0]', 'price', digits))).toEqual([issue('order_lines[0].price', 'integer', integer)]);
    for (const digits of ['70', '700', '0', '-5', '-10', '123456789012345678901234567890']) {
      const checked = checkInput(vuCreateRequest, withField('order_lines[0]', 'price', digits));
      expect(checked.ok && checked.value.order.order_lines[0].price).toEqual(new JsonDecimal(digits));
    }
    const big = checkInput(vuCreateRequest, withField('order_lines[0]', 'price', '123456789012345678901234567890'));
    expect(big.ok && stringifyVuJson(big.value)).toContain('"price":123456789012345678901234567890,');
    expect(issues(withField('order_lines[0]', 'price', ' '))).toEqual([issue('order_lines[0].price', 'required', BLANK)]);
  });

  it('takes the quantity as an Integer ("quantity | Integer")', () => {
    for (const quantity of [1.5, '1', Number.NaN, 2 ** 53])
      expect(issues(withField('order_lines[0]', 'quantity', quantity))).toEqual([issue('order_lines[0].quantity', 'integer', 'must be a whole number')]);
    expect(sent(withField('order_lines[0]', 'quantity', 12)).order.order_lines[0].quantity).toBe(12);
  });

  it('refuses a party that is not an object', () => {
    expect(issues(withField('', 'ship_to', ['123 Main St']))).toEqual([issue('ship_to', 'type', 'must be an object')]);
    expect(issues(withField('', 'sold_to', ''))).toEqual([issue('sold_to', 'type', 'must be an object')]);
  });

  it.each(['ship_to', 'sold_to'])('takes the %s country as an ISO 3166-1 alpha-2 code ("Two-letter country code")', (party) => {
    const iso = 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. US';
    for (const country of ['USA', 'us', 'XX', 'U'])
      expect(issues(withField(party, 'country', country))).toEqual([issue(`${party}.country`, 'iso3166Alpha2', iso)]);
    expect(issues(withField(party, 'country', ' '))).toEqual([issue(`${party}.country`, 'required', BLANK)]);
    expect(sent(withField(party, 'country', 'FR')).order[party].country).toBe('FR');
  });

  it('sends each party to its own field', () => {
    const order = sent(documented()).order;
    expect([order.ship_to.account_number, order.sold_to.account_number]).toEqual(['SHPTO123', 'SLDTO123']);
  });

  it('takes the tags as any array, of any items, as the tables say only "tags | array" (the example\'s are strings), and sends them as they are', () => {
    for (const at of ['', 'order_lines[0]']) {
      const tagsOf = (input: Json) => (at === '' ? sent(input).order.tags : sent(input).order.order_lines[0].tags);
      for (const tags of [[], ['rush', 3], [null, { code: 'VIP' }, ['nested'], true]]) expect(tagsOf(withField(at, 'tags', tags))).toEqual(tags);
      expect(issues(withField(at, 'tags', 'rush'))).toEqual([issue(`${at === '' ? '' : `${at}.`}tags`, 'type', 'must be an array')]);
    }
  });

  it('takes custom_attributes and b2b as objects, not lists, numbers or text, and sends them as they are', () => {
    expect(issues(withField('', 'custom_attributes', []))).toEqual([issue('custom_attributes', 'type', 'must be an object')]);
    expect(issues(withField('order_lines[0]', 'custom_attributes', ['x']))).toEqual([issue('order_lines[0].custom_attributes', 'type', 'must be an object')]);
    expect(issues(withField('', 'b2b', 1))).toEqual([issue('b2b', 'type', 'must be an object')]);
    expect(issues(withField('', 'b2b', ''))).toEqual([issue('b2b', 'type', 'must be an object')]);
    const attributes = { colour: 'red', nested: { size: [1, 2] } };
    expect(sent(withField('order_lines[0]', 'custom_attributes', attributes)).order.order_lines[0].custom_attributes).toEqual(attributes);
  });

  it('names every broken field of one request at once', () => {
    const input = withField('', 'currency', '');
    input.shipTo.country = 'USA';
    input.orderLines[0].quantity = 1.5;
    expect(issues(input).map((i) => i.split(':')[0])).toEqual([
      'input.currency required',
      'input.orderLines[0].quantity integer',
      'input.shipTo.country iso3166Alpha2',
    ]);
  });
});
