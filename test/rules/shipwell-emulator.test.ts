import { createIssues } from '../../src/sandbox/shipwell/rules';
import { copyOf } from '../fixtures/documented';
import { SHIPWELL_CREATE_REQUEST } from '../fixtures/shipwell';

/**
 * The Shipwell emulator's create rules (src/sandbox/shipwell/rules.ts), called as a function on
 * the documented request payload of shipwell-purchase-orders.md. The doc types the body twice:
 * the request schema lines ("order_number required | string (Order Number) <= 64 characters")
 * and the example, whose every value shows a field's type. The tests below walk the example
 * itself: each of its fields, given a value of another type, is refused as FastAPI / pydantic
 * refuses it (a 422 issue at `body.<path>` of the matching `type`), and each but the required
 * ones may be left out.
 */

type Json = Record<string, any>;
type Path = Array<string | number>;

const documented = (): Json => copyOf(SHIPWELL_CREATE_REQUEST);
/** The issues as `loc type`; every one carries a message to read. */
function issues(body: unknown): string[] {
  return createIssues(body).map((issue) => {
    expect(issue.msg).toMatch(/\w/);
    return `${issue.loc.join('.')} ${issue.type}`;
  });
}
function withValue(path: Path, value: unknown): Json {
  const body = documented();
  const parent = path.slice(0, -1).reduce((o: Json, key) => o[key], body);
  const key = path[path.length - 1];
  if (value === undefined) delete parent[key];
  else parent[key] = value;
  return body;
}

// The fields whose type is more than the example's value shows, from the schema lines.
/** "custom_data | object (Custom Data)", sent by the example as a JSON string of that object. */
const isCustomData = (path: Path) => path[path.length - 1] === 'custom_data';
/** "start_date | string <date>", "expiration_date | string <date>". */
const isDate = (path: Path) => path.length === 1 && (path[0] === 'start_date' || path[0] === 'expiration_date');
/** The example's "user@example.com". */
const isEmail = (path: Path) => path[path.length - 1] === 'email';
/** "order_number required", "ship_to ... required | object (OrderStop)"; the example's geolocation always has both ends. */
const isRequired = (path: Path) =>
  (path.length === 1 && (path[0] === 'order_number' || path[0] === 'ship_to')) ||
  (path.includes('geolocation') && path.length > 1 + path.indexOf('geolocation'));

/** Every field of the example, with the issue a value of another type must get. */
function fieldsOf(value: unknown, path: Path = []): Array<[string, Path, unknown, string]> {
  const name = path.join('.');
  if (path.length > 0 && isCustomData(path)) return [[name, path, 42, 'dict_type']];
  if (path.length > 0 && isDate(path)) return [[name, path, 20190824, 'date_parsing']];
  if (path.length > 0 && isEmail(path)) return [[name, path, 'user at example.com', 'value_error']];
  if (typeof value === 'string') return [[name, path, 42, 'string_type']];
  if (typeof value === 'boolean') return [[name, path, 'no', 'bool_type']];
  if (typeof value === 'number') return [[name, path, 'north', 'float_type']];
  if (Array.isArray(value)) return [[name, path, 'none', 'list_type']];
  const own: Array<[string, Path, unknown, string]> = path.length > 0 ? [[name, path, 'a text', 'model_type']] : [];
  return own.concat(Object.entries(value as Json).flatMap(([key, child]) => fieldsOf(child, [...path, key])));
}
const FIELDS = fieldsOf(documented());

describe('Shipwell emulator: the documented request payload', () => {
  it('accepts the example as published (custom_data as a JSON string, a plan window that starts as it ends)', () => {
    expect(issues(documented())).toEqual([]);
  });

  it('accepts a body of the required fields alone', () => {
    expect(issues({ order_number: 'PO-1', ship_to: {} })).toEqual([]);
  });

  it('walks every field of the example (the address of four places, two stops, the bill-to and the supplier)', () => {
    expect(FIELDS.length).toBeGreaterThan(90);
  });

  it('refuses a body that is not an object', () => {
    for (const body of [null, 'order', [documented()]]) expect(issues(body)).toEqual(['body model_attributes_type']);
  });
});

describe('Shipwell emulator: each field of the example, given a value of another type', () => {
  it.each(FIELDS)('refuses %s', (name, path, wrong, type) => {
    expect(issues(withValue(path, wrong))).toEqual([`body.${name} ${type}`]);
  });
});

describe('Shipwell emulator: each field of the example, left out or null', () => {
  const optional = FIELDS.filter(([, path]) => !isRequired(path));
  const required = FIELDS.filter(([, path]) => isRequired(path));

  it.each(optional)('accepts the body without %s', (_name, path) => {
    expect(issues(withValue(path, undefined))).toEqual([]);
    expect(issues(withValue(path, null))).toEqual([]);
  });

  it.each(required)('refuses the body without %s ("Field required")', (name, path) => {
    expect(issues(withValue(path, undefined))).toEqual([`body.${name} missing`]);
    expect(issues(withValue(path, null))).toEqual([`body.${name} missing`]);
  });
});

describe('Shipwell emulator: the schema lines', () => {
  it.each(['order_number', 'source_system_id'])('takes %s up to 64 characters ("<= 64 characters")', (field) => {
    expect(issues(withValue([field], 'N'.repeat(64)))).toEqual([]);
    expect(issues(withValue([field], 'N'.repeat(65)))).toEqual([`body.${field} string_too_long`]);
  });

  it('takes the other texts at any length (the doc sets no maximum)', () => {
    expect(issues(withValue(['name'], 'N'.repeat(5000)))).toEqual([]);
  });

  it.each(['start_date', 'expiration_date'])('takes %s as a calendar date that exists (string <date>)', (field) => {
    expect(issues(withValue([field], '2024-02-29'))).toEqual([]);
    for (const wrong of ['2023-02-29', '2019-08-24T14:15:22Z', '24/08/2019']) expect(issues(withValue([field], wrong))).toEqual([`body.${field} date_parsing`]);
  });

  it('takes custom_data as an object, or a JSON string of one as the example sends it', () => {
    expect(issues(withValue(['custom_data'], { abc: 'any value' }))).toEqual([]);
    expect(issues(withValue(['custom_data'], '{}'))).toEqual([]);
    for (const wrong of ['[1, 2]', 'not json', '"text"', '7', [{ abc: 1 }], ['{"abc": 1}']])
      expect(issues(withValue(['custom_data'], wrong))).toEqual(['body.custom_data dict_type']);
  });

  it('takes tags as a list of strings ("Array of strings (Tags)"), naming the one that is not', () => {
    expect(issues(withValue(['tags'], ['rush', 'fragile']))).toEqual([]);
    expect(issues(withValue(['tags'], ['rush', 7]))).toEqual(['body.tags.1 string_type']);
  });

  it.each([['references'], ['items'], ['ship_to', 'references']])(
    'takes %s as a list of objects ("Array of objects"), naming the entry that is not',
    (...path) => {
      expect(issues(withValue(path, [{ any: 'shape' }]))).toEqual([]);
      expect(issues(withValue(path, [{}, 'text', null]))).toEqual([`body.${path.join('.')}.1 model_type`, `body.${path.join('.')}.2 model_type`]);
    },
  );

  it("takes a geolocation from -90 to 90 and -180 to 180, the example's own lowest values included", () => {
    for (const [latitude, longitude] of [
      [-90, -180],
      [90, 180],
      [0, 0],
    ])
      expect(issues(withValue(['ship_to', 'geolocation'], { latitude, longitude }))).toEqual([]);
    expect(issues(withValue(['ship_to', 'geolocation'], { latitude: -90.5, longitude: -180.5 }))).toEqual([
      'body.ship_to.geolocation.latitude greater_than_equal',
      'body.ship_to.geolocation.longitude greater_than_equal',
    ]);
    expect(issues(withValue(['ship_to', 'geolocation'], { latitude: 90.5, longitude: 180.5 }))).toEqual([
      'body.ship_to.geolocation.latitude less_than_equal',
      'body.ship_to.geolocation.longitude less_than_equal',
    ]);
    expect(issues(withValue(['ship_to', 'geolocation'], { latitude: Number.NaN, longitude: Number.POSITIVE_INFINITY }))).toEqual([
      'body.ship_to.geolocation.latitude float_type',
      'body.ship_to.geolocation.longitude float_type',
    ]);
  });

  it('takes an e-mail as text only, not a list holding one', () => {
    expect(issues(withValue(['supplier', 'email'], ['user@example.com']))).toEqual(['body.supplier.email value_error']);
    expect(issues(withValue(['shipping_requirements', 'bill_to', 'contact', 'email'], 'someone@shipwell.example'))).toEqual([]);
  });

  it('takes a date as text only, not a list holding one', () => {
    expect(issues(withValue(['start_date'], ['2019-08-24']))).toEqual(['body.start_date date_parsing']);
  });

  it('names the bound it broke in the message (pydantic words it so)', () => {
    const [low, high] = createIssues(withValue(['ship_to', 'geolocation'], { latitude: -91, longitude: 181 }));
    expect(low.msg).toBe('Input should be greater than or equal to -90');
    expect(high.msg).toBe('Input should be less than or equal to 180');
    expect(createIssues(withValue(['order_number'], 'N'.repeat(65)))[0].msg).toBe('String should have at most 64 characters');
  });

  it('answers every broken rule of a body, in body order, under body', () => {
    const body = { order_number: 5, ship_to: { residential: 'no' }, archived: 'yes', supplier: { email: 'nobody' } };
    expect(createIssues(body)).toEqual([
      { loc: ['body', 'order_number'], msg: 'Input should be a valid string', type: 'string_type' },
      { loc: ['body', 'ship_to', 'residential'], msg: 'Input should be a valid boolean', type: 'bool_type' },
      { loc: ['body', 'archived'], msg: 'Input should be a valid boolean', type: 'bool_type' },
      { loc: ['body', 'supplier', 'email'], msg: 'value is not a valid email address', type: 'value_error' },
    ]);
  });
});
