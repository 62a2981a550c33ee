import { checkInput } from '../../src/core/input-schema';
import { checkCreate, shipwellCreateRequest } from '../../src/providers/shipwell/rules';
import { copyOf } from '../fixtures/documented';
import { SHIPWELL_CREATE_REQUEST } from '../fixtures/shipwell';
import { asShipwellInput, shipwellInput } from '../support/shipwell-fixtures';

/**
 * ordergraph's Shipwell create schema (src/providers/shipwell/rules.ts) as a pure function, on
 * the GraphQL input: the documented rules of shipwell-purchase-orders.md, each with the GraphQL
 * input path and the message Shipwell (pydantic) would answer, and the wire body it sends. The
 * type tests walk the documented request payload, given as input, field by field.
 */

type Json = Record<string, any>;
type Path = Array<string | number>;

const documented = (): Json => asShipwellInput(copyOf(SHIPWELL_CREATE_REQUEST));
/** The issues as `field rule message`. */
const issues = (input: unknown) => checkCreate(input).map((i) => `${i.field} ${i.rule} ${i.message}`);
const minimal = () => ({ orderNumber: 'PO-2', shipTo: {} });
const name = (path: Path) => `input${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('')}`;
function withValue(path: Path, value: unknown, input: Json = documented()): Json {
  const parent = path.slice(0, -1).reduce((o: Json, key) => o[key], input);
  const key = path[path.length - 1];
  if (value === undefined) delete parent[key];
  else parent[key] = value;
  return input;
}
const wire = (input: unknown) => shipwellCreateRequest.parse(input);

// The fields whose type is more than the example's value shows, from the schema lines.
const last = (path: Path) => path[path.length - 1];
/** "custom_data | object (Custom Data)" (on the order and on each stop). */
const isCustomData = (path: Path) => last(path) === 'customData';
/** "start_date | string <date>", "expiration_date | string <date>". */
const isDate = (path: Path) => path.length === 1 && (path[0] === 'startDate' || path[0] === 'expirationDate');
/** The example's "user@example.com". */
const isEmail = (path: Path) => last(path) === 'email';
/** "order_number required", "ship_to ... required"; the example's geolocation always has both ends. */
const isRequired = (path: Path) => (path.length === 1 && (path[0] === 'orderNumber' || path[0] === 'shipTo')) || path.includes('geolocation');

/** Every field of the documented input with a value of another type, the rule and the message that refuse it. */
function fieldsOf(value: unknown, path: Path = []): Array<[string, Path, unknown, string]> {
  const here = name(path);
  if (path.length > 0 && isCustomData(path)) return [[here, path, 42, 'type Input should be a valid dictionary']];
  if (path.length > 0 && isDate(path)) return [[here, path, 20190824, 'date Input should be a valid date in the format YYYY-MM-DD']];
  if (path.length > 0 && isEmail(path)) return [[here, path, 'user at example.com', 'email value is not a valid email address']];
  if (typeof value === 'string') return [[here, path, 42, 'type Input should be a valid string']];
  if (typeof value === 'boolean') return [[here, path, 'no', 'type Input should be a valid boolean']];
  if (typeof value === 'number') return [[here, path, 'north', 'type Input should be a valid number']];
  if (Array.isArray(value)) return [[here, path, 'none', 'type Input should be a valid list']];
  const own: Array<[string, Path, unknown, string]> = path.length > 0 ? [[here, path, 'a text', 'type Input should be an object']] : [];
  return own.concat(Object.entries(value as Json).flatMap(([key, child]) => fieldsOf(child, [...path, key])));
}
const FIELDS = fieldsOf(documented());
const OPTIONAL = FIELDS.filter(([, path]) => !isRequired(path));

describe('Shipwell rules: the documented request payload, given as input', () => {
  it('accept it, the complete test input and a minimal one (an order number and a ship-to)', () => {
    expect(issues(documented())).toEqual([]);
    expect(issues(shipwellInput('PO-1'))).toEqual([]);
    expect(issues(minimal())).toEqual([]);
  });

  it('walk every field of the example', () => {
    expect(FIELDS.length).toBeGreaterThan(60);
  });

  it.each(FIELDS)('refuse %s given a value of another type', (field, path, wrong, refusal) => {
    expect(issues(withValue(path, wrong))).toEqual([`${field} ${refusal}`]);
  });

  it.each(OPTIONAL)('take the input without %s (or with it null)', (_field, path) => {
    expect(issues(withValue(path, undefined))).toEqual([]);
    expect(issues(withValue(path, null))).toEqual([]);
  });
});

describe('Shipwell rules: what the doc states', () => {
  it('require the order number and the ship-to ("order_number required", "ship_to ... required")', () => {
    for (const value of [undefined, null]) {
      expect(issues(withValue(['orderNumber'], value, minimal()))).toEqual(['input.orderNumber required Field required']);
      expect(issues(withValue(['shipTo'], value, minimal()))).toEqual(['input.shipTo required Field required']);
    }
  });

  it.each(['orderNumber', 'sourceSystemId'])('take %s up to 64 characters ("<= 64 characters")', (field) => {
    expect(issues({ ...minimal(), [field]: 'N'.repeat(64) })).toEqual([]);
    expect(issues({ ...minimal(), [field]: 'N'.repeat(65) })).toEqual([`input.${field} maxLength String should have at most 64 characters`]);
  });

  it.each(['startDate', 'expirationDate'])('take %s as a calendar date, YYYY-MM-DD ("string <date>")', (field) => {
    for (const ok of ['2024-02-29', '2019-08-24']) expect(issues({ ...minimal(), [field]: ok })).toEqual([]);
    for (const wrong of ['2024-02-30', '2023-02-29', '31/07/2024', '2024-07-31T00:00:00Z', ''])
      expect(issues({ ...minimal(), [field]: wrong })).toEqual([`input.${field} date Input should be a valid date in the format YYYY-MM-DD`]);
  });

  it.each([
    ['latitude', 90],
    ['longitude', 180],
  ])('take a %s from -%i to %i, the bounds included (the example shows -90, -180)', (coordinate, limit) => {
    const at = (value: number) => ({ ...minimal(), shipTo: { geolocation: { latitude: 0, longitude: 0, [coordinate]: value } } });
    for (const ok of [-limit, 0, limit]) expect(issues(at(ok))).toEqual([]);
    expect(issues(at(-limit - 0.01))).toEqual([`input.shipTo.geolocation.${coordinate} range Input should be greater than or equal to ${-limit}`]);
    expect(issues(at(limit + 0.01))).toEqual([`input.shipTo.geolocation.${coordinate} range Input should be less than or equal to ${limit}`]);
  });

  it('need both coordinates of a geolocation (the example always gives both)', () => {
    expect(issues({ ...minimal(), shipFrom: { geolocation: { latitude: 10 } } })).toEqual(['input.shipFrom.geolocation.longitude required Field required']);
    expect(issues({ ...minimal(), shipFrom: { geolocation: { longitude: 10 } } })).toEqual(['input.shipFrom.geolocation.latitude required Field required']);
  });

  it('take custom data as a key-value object, or the JSON string of one as the example sends it, on the order, the stops and the items', () => {
    for (const path of [['customData'], ['shipTo', 'customData'], ['items', 0, 'customData']]) {
      const at = (value: unknown) => withValue(path, value, { ...minimal(), shipTo: {}, items: [{}] });
      for (const ok of [{ buyer: 'J. Ortega' }, {}, '{"abc": "any value"}']) expect(issues(at(ok))).toEqual([]);
      // (a list of one JSON text reads as that text when converted to text: it is still no object)
      for (const wrong of ['buyer=J. Ortega', '[1]', '"text"', 'null', [{ buyer: 'x' }], ['{"abc": "any value"}'], 42])
        expect(issues(at(wrong))).toEqual([`${name(path)} type Input should be a valid dictionary`]);
    }
  });

  it('take e-mails that look like addresses (the example\'s "user@example.com")', () => {
    expect(issues({ ...minimal(), supplier: { email: 'orders-at-cvg' } })).toEqual(['input.supplier.email email value is not a valid email address']);
    expect(issues({ ...minimal(), billTo: { contact: { email: 'ap@' } } })).toEqual(['input.billTo.contact.email email value is not a valid email address']);
    expect(issues({ ...minimal(), supplier: { email: 'shipping@cvgrowers.example' }, billTo: { contact: { email: 'ap@harvesttable.example' } } })).toEqual([]);
  });

  it('list every broken rule of an input, in input order', () => {
    const input = { orderNumber: 'N'.repeat(65), shipTo: { geolocation: { latitude: 100, longitude: 200 } } };
    expect(checkCreate(input).map((i) => [i.field, i.rule])).toEqual([
      ['input.orderNumber', 'maxLength'],
      ['input.shipTo.geolocation.latitude', 'range'],
      ['input.shipTo.geolocation.longitude', 'range'],
    ]);
  });

  it('name paths under another root when asked', () => {
    expect(checkCreate({ shipTo: {} }, 'order').map((i) => i.field)).toEqual(['order.orderNumber']);
  });
});

describe('Shipwell rules: what the doc leaves open is sent for Shipwell to answer', () => {
  it('take a blank order number, an address without country, any time zone or country text, a window with one end or its ends in any order and format, a supplier without name, any payment term, items and references of any content, an empty tag, dates in any order', () => {
    const input = {
      orderNumber: ' ',
      shipTo: { timezone: 'Central Time', planWindow: { end: new Date('2024-05-23T17:00:00Z') } },
      shipFrom: { country: 'USA', planWindow: { start: '2024-05-23 17:00', end: '2024-05-23T13:00:00Z' } },
      supplier: { supplierId: 'SUP-1' },
      billTo: { paymentTerm: 'NET_30', billingAddress: { locality: 'Dallas' } },
      items: [{}, { quantity: { value: '0', unit: 'SPOON' } }, { description: '', unitAmount: { value: '1,5' } }],
      references: [{ value: 'no qualifier' }, {}],
      tags: [''],
      startDate: '2024-07-31',
      expirationDate: '2024-05-01',
    };
    expect(issues(input)).toEqual([]);
  });

  it('refuse a plan window end that is neither text nor a date', () => {
    expect(issues({ ...minimal(), shipTo: { planWindow: { start: 1716483600 } } })).toEqual([
      'input.shipTo.planWindow.start type Input should be a valid string',
    ]);
    expect(issues({ ...minimal(), shipTo: { planWindow: { end: new Date('nope') } } })).toEqual([
      'input.shipTo.planWindow.end type Input should be a valid string',
    ]);
  });
});

describe('Shipwell rules: the wire body', () => {
  it('send the documented request, given as input, as published, source, archived and the supplier identification codes included', () => {
    expect(checkInput(shipwellCreateRequest, documented())).toStrictEqual({ ok: true, value: SHIPWELL_CREATE_REQUEST.example });
  });

  it('send source and archived as given ("source | string (CreatedBySource)", "archived | boolean (Archived)"), and the supplier identification codes whatever they hold (the example shows only "[ ]")', () => {
    const body = wire({
      ...minimal(),
      source: 'API',
      archived: true,
      supplier: { identificationCodes: ['DUNS 123456789', { type: 'SCAC', value: 'CVGR' }, null] },
    });
    expect(body).toMatchObject({
      source: 'API',
      archived: true,
      supplier: { identification_codes: ['DUNS 123456789', { type: 'SCAC', value: 'CVGR' }, null] },
    });
    expect(wire({ ...minimal(), archived: false }).archived).toBe(false);
  });

  it('send a minimal input as order_number, ship_to and order_type PURCHASE_ORDER alone, leaving out every absent or null field', () => {
    expect(wire(minimal())).toStrictEqual({ order_number: 'PO-2', ship_to: {}, order_type: 'PURCHASE_ORDER' });
    const nulls = Object.fromEntries(FIELDS.filter(([, path]) => path.length === 1 && !isRequired(path)).map(([, [key]]) => [key, null]));
    expect(wire({ ...minimal(), ...nulls })).toStrictEqual({ order_number: 'PO-2', ship_to: {}, order_type: 'PURCHASE_ORDER' });
    const emptyParts = {
      ...minimal(),
      shipTo: { geolocation: null, planWindow: {}, references: [{}] },
      supplier: { address: {} },
      billTo: { contact: {}, billingAddress: {} },
      items: [{ quantity: {}, unitAmount: {}, totalWeight: {} }],
    };
    expect(wire({ ...minimal(), supplier: {}, billTo: {} })).toStrictEqual({
      order_number: 'PO-2',
      ship_to: {},
      supplier: {},
      shipping_requirements: { bill_to: {} },
      order_type: 'PURCHASE_ORDER',
    });
    expect(wire(emptyParts)).toStrictEqual({
      order_number: 'PO-2',
      ship_to: { references: [{}], shipping_requirements: { plan_window: {} } },
      supplier: { address: {} },
      shipping_requirements: { bill_to: { contact: {}, billing_address: {} } },
      items: [{ quantity: {}, unit_amount: {}, total_weight: {} }],
      order_type: 'PURCHASE_ORDER',
    });
  });

  it('send the test input with its names on the wire, the bill-to and the plan windows under shipping_requirements, dates as ISO 8601, decimals as given', () => {
    expect(wire(shipwellInput('PO-1'))).toStrictEqual({
      order_number: 'PO-1',
      name: 'Almonds for Dallas',
      description: 'Replenishment',
      ship_from: {
        country: 'US',
        line_1: '3880 S Cherry Ave',
        locality: 'Fresno',
        region: 'CA',
        postal_code: '93706',
        geolocation: { latitude: 36.699, longitude: -119.77 },
        timezone: 'America/Los_Angeles',
        location_number: 'CVG-FRESNO',
        company_name: 'Central Valley Growers',
        shipping_requirements: { plan_window: { start: '2024-05-20T15:00:00.000Z', end: '2024-05-20T21:00:00.000Z' } },
      },
      ship_to: {
        country: 'US',
        line_1: '4100 Mountain Creek Pkwy',
        line_2: 'Dock 7',
        locality: 'Dallas',
        region: 'TX',
        postal_code: '75236',
        geolocation: { latitude: 32.6634, longitude: -96.9406 },
        timezone: 'America/Chicago',
        location_number: 'DC-DAL',
        company_name: 'Harvest Table Foods',
        references: [{ qualifier: 'DOCK', value: '7' }],
        shipping_requirements: { plan_window: { start: '2024-05-23T13:00:00.000Z', end: '2024-05-23T17:00:00.000Z' } },
      },
      supplier: {
        name: 'Central Valley Growers',
        supplier_id: 'SUP-1002',
        email: 'shipping@cvgrowers.example',
        phone_number: '+1 559-555-0187',
        address: { country: 'US', line_1: '3880 S Cherry Ave', locality: 'Fresno', region: 'CA', postal_code: '93706' },
      },
      shipping_requirements: {
        bill_to: {
          account_number: 'HTF-AP-0001',
          billing_id: 'BILL-DAL',
          payment_term: 'PREPAID',
          billing_company_name: 'Harvest Table Foods, Accounts Payable',
          billing_address: { country: 'US', line_1: '300 Crescent Ct', line_2: 'Suite 1200', locality: 'Dallas', region: 'TX', postal_code: '75201' },
          contact: { email: 'ap@harvesttable.example', phone_number: '+1 214-555-0100' },
        },
      },
      items: [
        {
          description: 'Raw almonds, 25 lb carton',
          sku: 'ALM-25LB',
          product_id: 'PRD-ALM-25LB',
          quantity: { value: '120', unit: 'CARTON' },
          unit_amount: { value: '118.50', currency: 'USD' },
          total_weight: { value: '3000', unit: 'LB' },
        },
        {
          description: 'Thompson raisins, 30 lb case',
          sku: 'RAI-30LB',
          quantity: { value: '0.5', unit: 'PALLET' },
          unit_amount: { value: '0.10000000000000001', currency: 'USD' },
        },
      ],
      tags: ['urgent', 'temperature-controlled'],
      references: [{ qualifier: 'ERP_PO', value: '4500012345' }],
      source_system_id: 'SAP-4500012345',
      start_date: '2024-05-01',
      expiration_date: '2024-07-31',
      custom_data: { buyer: 'J. Ortega' },
      order_type: 'PURCHASE_ORDER',
    });
  });

  it("send an item's custom data and the flags as given, false included", () => {
    const input = { ...minimal(), supplierCreatedReleasesAllowed: false, shipTo: { residential: false }, items: [{ customData: { lot: 7 } }] };
    expect(wire(input)).toStrictEqual({
      order_number: 'PO-2',
      ship_to: { residential: false },
      items: [{ custom_data: { lot: 7 } }],
      supplier_created_releases_allowed: false,
      order_type: 'PURCHASE_ORDER',
    });
  });
});
