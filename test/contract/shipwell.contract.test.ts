import { loadConfig } from '../../src/config';
import { ErrorCode, OrderGraphError } from '../../src/core/errors';
import type { ProviderModule } from '../../src/core/registry';
import { shipwell } from '../../src/providers/shipwell';
import { ShipwellEmulator, shipwellSandbox } from '../../src/sandbox/shipwell';
import type { SandboxHandle } from '../../src/sandbox';
import type { ShipwellCreateInput, ShipwellProvider } from '../../src/providers/shipwell/provider';
import { shipwellCreateRequest } from '../../src/providers/shipwell/rules';
import type { ShipwellOrderList, ShipwellPurchaseOrder } from '../../src/providers/shipwell/wire';
import { shipwellInput } from '../support/shipwell-fixtures';

/** Shipwell's emulator over real HTTP, and ordergraph's input validation on the same rules. */

let sandbox: SandboxHandle;
let provider: ShipwellProvider;
let counter = 0;
const unique = () => `CT-${Date.now().toString(36)}-${(counter += 1)}`;
const TOKEN = 'sandbox-shipwell-token';

beforeAll(async () => {
  sandbox = await shipwellSandbox.start({ seed: 30 });
  const config = loadConfig([shipwell], sandbox.env);
  provider = (shipwell as ProviderModule).create(config.providerSettings.get(shipwell.key), { timeoutMs: 2000, onCall: () => undefined }) as ShipwellProvider;
});
afterAll(() => sandbox.close());

async function call<T = unknown>(method: string, path: string, body?: unknown, auth: string | null = `Token ${TOKEN}`): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = {};
  if (auth !== null) headers.Authorization = auth;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${sandbox.env.SHIPWELL_BASE_URL}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as T };
}

const wireBody = (orderNumber = unique()) => JSON.parse(JSON.stringify(shipwellCreateRequest.parse(shipwellInput(orderNumber)))) as Record<string, any>;

describe('Shipwell emulator: auth', () => {
  it('answers 401 with the vendor body when the Authorization header is missing', async () => {
    const response = await call('GET', '/orders', undefined, null);
    expect(response).toEqual({ status: 401, body: { detail: 'Authentication credentials were not provided.' } });
  });

  it.each([['Token wrong-token'], [`Bearer ${TOKEN}`], [`Token token=${TOKEN}`], [TOKEN]])('answers 401 Invalid token. to %s', async (header) => {
    const response = await call('POST', '/orders', wireBody(), header);
    expect(response).toEqual({ status: 401, body: { detail: 'Invalid token.' } });
  });
});

describe('Shipwell emulator: POST /orders', () => {
  it('creates a purchase order with only order_number and ship_to, answering the documented fields and defaults', async () => {
    const orderNumber = unique();
    const response = await call<ShipwellPurchaseOrder>('POST', '/orders', { order_number: orderNumber, ship_to: { country: 'US' } });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      order_number: orderNumber,
      order_type: 'PURCHASE_ORDER',
      status: 'NOT_READY',
      items: [],
      tags: [],
      references: [],
      releases: [],
      released_from_release_id: null,
      created_from_order_id: null,
      cancelled_at: null,
      archived: false,
      supplier_created_releases_allowed: false,
      supplier: null,
      ship_from: null,
      ship_to: {
        country: 'US',
        line_1: null,
        locality: null,
        residential: false,
        geolocation: null,
        timezone: null,
        references: [],
        shipping_requirements: null,
      },
    });
    expect(response.body.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(response.body.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(response.body.updated_at).toBe(response.body.created_at);
  });

  it('echoes the whole model: stops, supplier, bill-to, items and references as sent (the doc gives them no schema), tags as objects', async () => {
    const body = wireBody();
    body.tags = ['urgent', '01HB7Q4K2V0TAGCROSSDOCK003', 'urgent'];
    body.items[0].quantity.value = 0.1;
    body.items.push({ anything: ['the doc says only', 'Array of objects'] });
    const response = await call<ShipwellPurchaseOrder>('POST', '/orders', body);
    expect(response.status).toBe(201);
    const order = response.body;
    expect(order.tags).toEqual([
      { id: '01HB7Q4K2V0TAGURGENT000001', slug: 'urgent', name: 'Urgent' },
      { id: '01HB7Q4K2V0TAGCROSSDOCK003', slug: 'cross-dock', name: 'Cross-dock' },
    ]);
    expect(order.items).toEqual(body.items);
    expect(order.references).toEqual(body.references);
    expect(order.ship_to).toMatchObject({
      timezone: 'America/Chicago',
      geolocation: { latitude: 32.6634, longitude: -96.9406 },
      shipping_requirements: { plan_window: { start: '2024-05-23T13:00:00.000Z', end: '2024-05-23T17:00:00.000Z' } },
    });
    expect(order.shipping_requirements?.bill_to).toMatchObject({ payment_term: 'PREPAID', contact: { email: 'ap@harvesttable.example' } });
    expect(order.supplier).toMatchObject({ name: 'Central Valley Growers', supplier_id: 'SUP-1002' });
    expect(order.custom_data).toEqual({ buyer: 'J. Ortega' });
  });

  it('refuses a second order with the same order_number (unique)', async () => {
    const body = wireBody();
    expect((await call('POST', '/orders', body)).status).toBe(201);
    const again = await call('POST', '/orders', body);
    expect(again).toEqual({
      status: 422,
      body: { detail: [{ loc: ['body', 'order_number'], msg: expect.stringContaining('already exists'), type: 'unique_violation' }] },
    });
  });

  it('refuses tags that are neither an id nor a slug of the account', async () => {
    const body = { ...wireBody(), tags: ['urgent', 'no-such-tag'] };
    const response = await call('POST', '/orders', body);
    expect(response).toEqual({ status: 422, body: { detail: [{ loc: ['body', 'tags', 1], msg: expect.any(String), type: 'value_error' }] } });
  });

  it('takes any order_type text, as the doc says only "string (Order Type) Default: PURCHASE_ORDER"', async () => {
    const response = await call<ShipwellPurchaseOrder>('POST', '/orders', { ...wireBody(), order_type: 'SALES_ORDER' });
    expect(response.status).toBe(201);
    expect(response.body.order_type).toBe('SALES_ORDER');
  });

  it('takes custom_data as an object or as the JSON string of one, as the documented example sends it', async () => {
    const documented = '{"abc": "any value", "def": "any value"}';
    const response = await call<ShipwellPurchaseOrder>('POST', '/orders', {
      order_number: unique(),
      ship_to: { custom_data: documented },
      custom_data: documented,
    });
    expect(response.status).toBe(201);
    expect(response.body.custom_data).toBe(documented);
    expect(response.body.ship_to.custom_data).toBe(documented);
  });

  it('answers a body that is not JSON, or no body, with 422 in the same shape', async () => {
    const response = await fetch(`${sandbox.env.SHIPWELL_BASE_URL}/orders`, {
      method: 'POST',
      headers: { Authorization: `Token ${TOKEN}`, 'Content-Type': 'application/json' },
      body: '{"order_number":',
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ detail: [{ loc: ['body', 0], msg: 'JSON decode error', type: 'json_invalid' }] });
    expect(await call('POST', '/orders')).toEqual({ status: 422, body: { detail: [{ loc: ['body'], msg: 'Field required', type: 'missing' }] } });
  });
});

/**
 * Every rule, twice: the emulator answers 422 with the field's `loc` and the pydantic type,
 * and ordergraph refuses the same mistake in GraphQL names before any upstream call.
 */
interface RuleCase {
  name: string;
  wire: (body: Record<string, any>) => void;
  loc: Array<string | number>;
  type: string;
  input: (input: ShipwellCreateInput & Record<string, any>) => void;
  field: string;
  rule: string;
}

/** Rules the doc states (see src/sandbox/shipwell/rules.ts for the doc line of each). */
const cases: RuleCase[] = [
  {
    name: 'order_number is required',
    wire: (b) => delete b.order_number,
    loc: ['order_number'],
    type: 'missing',
    input: (i) => delete (i as Record<string, unknown>).orderNumber,
    field: 'input.orderNumber',
    rule: 'required',
  },
  {
    name: 'order_number has at most 64 characters',
    wire: (b) => (b.order_number = 'N'.repeat(65)),
    loc: ['order_number'],
    type: 'string_too_long',
    input: (i) => (i.orderNumber = 'N'.repeat(65)),
    field: 'input.orderNumber',
    rule: 'maxLength',
  },
  {
    name: 'ship_to is required',
    wire: (b) => delete b.ship_to,
    loc: ['ship_to'],
    type: 'missing',
    input: (i) => delete (i as Record<string, unknown>).shipTo,
    field: 'input.shipTo',
    rule: 'required',
  },
  {
    name: 'latitude is at most 90',
    wire: (b) => (b.ship_to.geolocation.latitude = 90.5),
    loc: ['ship_to', 'geolocation', 'latitude'],
    type: 'less_than_equal',
    input: (i) => (i.shipTo.geolocation!.latitude = 90.5),
    field: 'input.shipTo.geolocation.latitude',
    rule: 'range',
  },
  {
    name: 'latitude is at least -90',
    wire: (b) => (b.ship_to.geolocation.latitude = -90.01),
    loc: ['ship_to', 'geolocation', 'latitude'],
    type: 'greater_than_equal',
    input: (i) => (i.shipTo.geolocation!.latitude = -90.01),
    field: 'input.shipTo.geolocation.latitude',
    rule: 'range',
  },
  {
    name: 'longitude is at most 180',
    wire: (b) => (b.ship_from.geolocation.longitude = 180.5),
    loc: ['ship_from', 'geolocation', 'longitude'],
    type: 'less_than_equal',
    input: (i) => (i.shipFrom!.geolocation!.longitude = 180.5),
    field: 'input.shipFrom.geolocation.longitude',
    rule: 'range',
  },
  {
    name: 'longitude is at least -180',
    wire: (b) => (b.ship_from.geolocation.longitude = -181),
    loc: ['ship_from', 'geolocation', 'longitude'],
    type: 'greater_than_equal',
    input: (i) => (i.shipFrom!.geolocation!.longitude = -181),
    field: 'input.shipFrom.geolocation.longitude',
    rule: 'range',
  },
  {
    name: 'a geolocation has both coordinates',
    wire: (b) => delete b.ship_to.geolocation.longitude,
    loc: ['ship_to', 'geolocation', 'longitude'],
    type: 'missing',
    input: (i) => delete (i.shipTo.geolocation as any).longitude,
    field: 'input.shipTo.geolocation.longitude',
    rule: 'required',
  },
  {
    name: 'a supplier e-mail is an e-mail address',
    wire: (b) => (b.supplier.email = 'orders-at-cvg'),
    loc: ['supplier', 'email'],
    type: 'value_error',
    input: (i) => (i.supplier!.email = 'orders-at-cvg'),
    field: 'input.supplier.email',
    rule: 'email',
  },
  {
    name: 'a bill-to contact e-mail is an e-mail address',
    wire: (b) => (b.shipping_requirements.bill_to.contact.email = 'ap@'),
    loc: ['shipping_requirements', 'bill_to', 'contact', 'email'],
    type: 'value_error',
    input: (i) => (i.billTo!.contact!.email = 'ap@'),
    field: 'input.billTo.contact.email',
    rule: 'email',
  },
  {
    name: 'source_system_id has at most 64 characters',
    wire: (b) => (b.source_system_id = 'S'.repeat(65)),
    loc: ['source_system_id'],
    type: 'string_too_long',
    input: (i) => (i.sourceSystemId = 'S'.repeat(65)),
    field: 'input.sourceSystemId',
    rule: 'maxLength',
  },
  {
    name: 'start_date is a calendar date',
    wire: (b) => (b.start_date = '2024-02-30'),
    loc: ['start_date'],
    type: 'date_parsing',
    input: (i) => (i.startDate = '2024-02-30'),
    field: 'input.startDate',
    rule: 'date',
  },
  {
    name: 'expiration_date is a calendar date',
    wire: (b) => (b.expiration_date = '31/07/2024'),
    loc: ['expiration_date'],
    type: 'date_parsing',
    input: (i) => (i.expirationDate = '31/07/2024'),
    field: 'input.expirationDate',
    rule: 'date',
  },
  {
    name: 'custom_data is an object',
    wire: (b) => (b.custom_data = 'buyer=J. Ortega'),
    loc: ['custom_data'],
    type: 'dict_type',
    input: (i) => (i.customData = 'buyer=J. Ortega' as any),
    field: 'input.customData',
    rule: 'type',
  },
];

/**
 * Rules ordergraph used to invent: the doc does not state them, so neither the emulator nor
 * ordergraph's pre-flight refuses what they refused (the doc wins over the earlier tests that
 * enforced them on both sides).
 */
const undocumented: RuleCase[] = [
  {
    name: 'an order number is not blank ("Freeform text that can be anything the user wants")',
    wire: (b) => (b.order_number = ' '),
    loc: ['order_number'],
    type: 'missing',
    input: (i) => (i.orderNumber = '  '),
    field: 'input.orderNumber',
    rule: 'required',
  },
  {
    name: 'an address needs a country',
    wire: (b) => delete b.ship_to.country,
    loc: ['ship_to', 'country'],
    type: 'missing',
    input: (i) => (i.shipTo.country = ''),
    field: 'input.shipTo.country',
    rule: 'required',
  },
  {
    name: 'a country is ISO 3166-1 alpha-2',
    wire: (b) => (b.ship_from.country = 'USA'),
    loc: ['ship_from', 'country'],
    type: 'string_pattern_mismatch',
    input: (i) => (i.shipFrom!.country = 'USA'),
    field: 'input.shipFrom.country',
    rule: 'country',
  },
  {
    name: 'a timezone is an IANA time zone',
    wire: (b) => (b.ship_to.timezone = 'Mars/Olympus_Mons'),
    loc: ['ship_to', 'timezone'],
    type: 'value_error',
    input: (i) => (i.shipTo.timezone = 'Mars/Olympus_Mons'),
    field: 'input.shipTo.timezone',
    rule: 'timezone',
  },
  {
    name: 'a plan window does not start after it ends (the documented example starts and ends at the same instant)',
    wire: (b) => (b.ship_to.shipping_requirements.plan_window = { start: '2024-05-23T17:00:00Z', end: '2024-05-23T13:00:00Z' }),
    loc: ['ship_to', 'shipping_requirements', 'plan_window', 'end'],
    type: 'value_error',
    input: (i) => (i.shipTo.planWindow = { start: new Date('2024-05-23T17:00:00Z'), end: new Date('2024-05-23T13:00:00Z') }),
    field: 'input.shipTo.planWindow.end',
    rule: 'windowOrder',
  },
  {
    name: 'plan window times are date-times with a zone',
    wire: (b) => (b.ship_to.shipping_requirements.plan_window.start = '2024-05-23 13:00'),
    loc: ['ship_to', 'shipping_requirements', 'plan_window', 'start'],
    type: 'datetime_parsing',
    input: (i) => (i.shipTo.planWindow!.start = '2024-05-23 13:00'),
    field: 'input.shipTo.planWindow.start',
    rule: 'datetime',
  },
  {
    name: 'a supplier has a name',
    wire: (b) => delete b.supplier.name,
    loc: ['supplier', 'name'],
    type: 'missing',
    input: (i) => (i.supplier!.name = ''),
    field: 'input.supplier.name',
    rule: 'required',
  },
  {
    name: 'a supplier address is checked like any address',
    wire: (b) => (b.supplier.address.country = 'us'),
    loc: ['supplier', 'address', 'country'],
    type: 'string_pattern_mismatch',
    input: (i) => (i.supplier!.address!.country = 'us'),
    field: 'input.supplier.address.country',
    rule: 'country',
  },
  {
    name: 'a bill-to payment term is PREPAID, COLLECT or THIRD_PARTY',
    wire: (b) => (b.shipping_requirements.bill_to.payment_term = 'CASH'),
    loc: ['shipping_requirements', 'bill_to', 'payment_term'],
    type: 'enum',
    input: (i) => (i.billTo!.paymentTerm = 'CASH'),
    field: 'input.billTo.paymentTerm',
    rule: 'oneOf',
  },
  {
    name: 'a billing address needs a country',
    wire: (b) => delete b.shipping_requirements.bill_to.billing_address.country,
    loc: ['shipping_requirements', 'bill_to', 'billing_address', 'country'],
    type: 'missing',
    input: (i) => (i.billTo!.billingAddress!.country = ''),
    field: 'input.billTo.billingAddress.country',
    rule: 'required',
  },
  {
    name: 'an item has a description',
    wire: (b) => delete b.items[0].description,
    loc: ['items', 0, 'description'],
    type: 'missing',
    input: (i) => (i.items![0].description = ''),
    field: 'input.items[0].description',
    rule: 'required',
  },
  {
    name: 'an item has a quantity',
    wire: (b) => delete b.items[1].quantity,
    loc: ['items', 1, 'quantity'],
    type: 'missing',
    input: (i) => delete (i.items![1] as any).quantity,
    field: 'input.items[1].quantity',
    rule: 'required',
  },
  {
    name: 'a quantity is greater than 0',
    wire: (b) => (b.items[0].quantity.value = '0.000'),
    loc: ['items', 0, 'quantity', 'value'],
    type: 'greater_than',
    input: (i) => (i.items![0].quantity!.value = '0.000'),
    field: 'input.items[0].quantity.value',
    rule: 'positive',
  },
  {
    name: 'a quantity is a decimal',
    wire: (b) => (b.items[0].quantity.value = '1,5'),
    loc: ['items', 0, 'quantity', 'value'],
    type: 'decimal_parsing',
    input: (i) => (i.items![0].quantity!.value = '1,5'),
    field: 'input.items[0].quantity.value',
    rule: 'decimal',
  },
  {
    name: 'a quantity unit is a known unit',
    wire: (b) => (b.items[0].quantity.unit = 'SPOON'),
    loc: ['items', 0, 'quantity', 'unit'],
    type: 'enum',
    input: (i) => (i.items![0].quantity!.unit = 'SPOON'),
    field: 'input.items[0].quantity.unit',
    rule: 'oneOf',
  },
  {
    name: 'a unit price is not negative',
    wire: (b) => (b.items[0].unit_amount.value = '-1.00'),
    loc: ['items', 0, 'unit_amount', 'value'],
    type: 'greater_than_equal',
    input: (i) => (i.items![0].unitAmount!.value = '-1.00'),
    field: 'input.items[0].unitAmount.value',
    rule: 'nonNegative',
  },
  {
    name: 'a price currency is ISO 4217',
    wire: (b) => (b.items[0].unit_amount.currency = 'usd'),
    loc: ['items', 0, 'unit_amount', 'currency'],
    type: 'string_pattern_mismatch',
    input: (i) => (i.items![0].unitAmount!.currency = 'usd'),
    field: 'input.items[0].unitAmount.currency',
    rule: 'currency',
  },
  {
    name: 'a weight unit is LB or KG',
    wire: (b) => (b.items[0].total_weight.unit = 'TON'),
    loc: ['items', 0, 'total_weight', 'unit'],
    type: 'enum',
    input: (i) => (i.items![0].totalWeight!.unit = 'TON'),
    field: 'input.items[0].totalWeight.unit',
    rule: 'oneOf',
  },
  {
    name: 'expiration_date is not before start_date',
    wire: (b) => (b.expiration_date = '2024-04-30'),
    loc: ['expiration_date'],
    type: 'value_error',
    input: (i) => (i.expirationDate = '2024-04-30'),
    field: 'input.expirationDate',
    rule: 'dateOrder',
  },
  {
    name: 'an order reference has a value',
    wire: (b) => delete b.references[0].value,
    loc: ['references', 0, 'value'],
    type: 'missing',
    input: (i) => (i.references![0].value = ''),
    field: 'input.references[0].value',
    rule: 'required',
  },
  {
    name: 'a stop reference has a qualifier',
    wire: (b) => delete b.ship_to.references[0].qualifier,
    loc: ['ship_to', 'references', 0, 'qualifier'],
    type: 'missing',
    input: (i) => (i.shipTo.references![0].qualifier = ''),
    field: 'input.shipTo.references[0].qualifier',
    rule: 'required',
  },
];

describe.each(cases)('Shipwell rule: $name', ({ wire, loc, type, input, field, rule }) => {
  it('is enforced by the emulator with a 422 naming the field', async () => {
    const body = wireBody();
    wire(body);
    const response = await call<{ detail: Array<{ loc: unknown[]; type: string }> }>('POST', '/orders', body);
    expect(response.status).toBe(422);
    expect(response.body.detail).toEqual([{ loc: ['body', ...loc], msg: expect.any(String), type }]);
  });

  it('is enforced by ordergraph before any upstream call, naming the GraphQL field and the rule', async () => {
    const candidate = shipwellInput(unique()) as ShipwellCreateInput & Record<string, any>;
    input(candidate);
    sandbox.server.clearLog();
    const error = (await provider.createOrder(candidate).catch((e: unknown) => e)) as OrderGraphError;
    expect(error).toBeInstanceOf(OrderGraphError);
    expect(error.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, provider: 'SHIPWELL', field, rule });
    expect(error.extensions.issues).toHaveLength(1);
    expect(sandbox.server.log).toHaveLength(0);
  });
});

describe.each(undocumented)('Not a Shipwell rule: $name', ({ wire, input }) => {
  it('is not enforced by the emulator, which creates the order', async () => {
    const body = wireBody();
    wire(body);
    const response = await call('POST', '/orders', body);
    expect(response.status).toBe(201);
  });

  it('is not enforced by ordergraph either: the order is sent and Shipwell answers', async () => {
    const candidate = shipwellInput(unique()) as ShipwellCreateInput & Record<string, any>;
    input(candidate);
    sandbox.server.clearLog();
    await expect(provider.createOrder(candidate)).resolves.toMatchObject({ provider: 'SHIPWELL', orderNumber: candidate.orderNumber });
    expect(sandbox.server.log.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});

describe('Shipwell provider against its emulator', () => {
  it('sends order_type PURCHASE_ORDER and maps the created order to parties, lines, tags and references', async () => {
    const order = await provider.createOrder(shipwellInput(unique()));
    expect(order).toMatchObject({
      status: 'DRAFT',
      providerStatus: 'NOT_READY',
      orderType: 'PURCHASE_ORDER',
      currency: 'USD',
      note: 'Replenishment',
      tags: ['urgent', 'temperature-controlled'],
    });
    expect(order.dueAt?.toISOString()).toBe('2024-05-23T17:00:00.000Z');
    expect(order.parties.map((p) => p.role)).toEqual(['SHIP_FROM', 'SHIP_TO', 'SUPPLIER', 'BILL_TO']);
    expect(order.parties[1].address).toEqual({
      lines: ['4100 Mountain Creek Pkwy', 'Dock 7'],
      city: 'Dallas',
      postalCode: '75236',
      region: 'TX',
      country: 'US',
      latitude: 32.6634,
      longitude: -96.9406,
      timezone: 'America/Chicago',
    });
    expect(order.lines.map((l) => [l.quantity, l.unit, l.unitPrice])).toEqual([
      ['120', 'CARTON', { amount: '118.50', currency: 'USD' }],
      ['0.5', 'PALLET', { amount: '0.10000000000000001', currency: 'USD' }],
    ]);
    expect(order.references).toEqual([
      { type: 'ERP_PO', value: '4500012345' },
      { type: 'SOURCE_SYSTEM_ID', value: 'SAP-4500012345' },
    ]);
  });

  it('passes a vendor-only rejection (an unknown tag) through as PROVIDER_REJECTED with the field and the pydantic type', async () => {
    const error = (await provider.createOrder({ ...shipwellInput(unique()), tags: ['no-such-tag'] }).catch((e: unknown) => e)) as OrderGraphError;
    expect(error.extensions).toMatchObject({ code: ErrorCode.PROVIDER_REJECTED, provider: 'SHIPWELL', httpStatus: 422, providerCode: 'value_error' });
    expect(error.message).toContain('tags[0]: Value error, no tag with this id or slug');
  });

  it('refuses updates and cancellations as UNSUPPORTED_OPERATION without calling Shipwell', async () => {
    sandbox.server.clearLog();
    expect(provider.capabilities).toMatchObject({ update: false, cancel: false });
    await expect(provider.cancelOrder()).rejects.toMatchObject({ extensions: { code: 'UNSUPPORTED_OPERATION', provider: 'SHIPWELL' } });
    await expect(provider.updateOrder()).rejects.toMatchObject({ extensions: { code: 'UNSUPPORTED_OPERATION', provider: 'SHIPWELL' } });
    expect(sandbox.server.log).toHaveLength(0);
  });

  it('reads many ids in one list call, many order numbers in one list call', async () => {
    const page = await provider.listOrders({ direction: 'DESC', limit: 6, position: null, filter: {} });
    sandbox.server.clearLog();
    const byId = await provider.getOrders(page.orders.map((o) => o.providerId).reverse());
    expect(byId.map((o) => (o as { id: string }).id)).toEqual(page.orders.map((o) => o.id).reverse());
    const byNumber = await provider.getOrdersByNumber([page.orders[0].orderNumber, 'missing', page.orders[3].orderNumber]);
    expect(byNumber.map((o) => (o as { id: string } | null)?.id ?? null)).toEqual([page.orders[0].id, null, page.orders[3].id]);
    expect(sandbox.server.log.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /orders', 'GET /orders']);
  });

  it('pushes status, order number and creation range filters down to GET /orders', async () => {
    sandbox.server.clearLog();
    const page = await provider.listOrders({
      direction: 'ASC',
      limit: 50,
      position: null,
      filter: { statuses: ['COMPLETED' as never, 'IN_TRANSIT' as never] },
    });
    expect(page.orders.length).toBeGreaterThan(0);
    expect(page.orders.every((o) => ['DELIVERED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY'].includes(o.providerStatus))).toBe(true);
    expect(sandbox.server.log[0].query).toContain('status=IN_TRANSIT');
    expect(sandbox.server.log[0].query).toContain('order_by=created_at');
    const none = await provider.listOrders({ direction: 'DESC', limit: 5, position: null, filter: { containerNumber: 'MSCU1000007' } });
    expect(none).toMatchObject({ orders: [], hasMore: false, upstreamCalls: 0 });
  });
});

describe('Shipwell emulator: GET /orders and GET /orders/{id}', () => {
  const list = async (query: string) => (await call<ShipwellOrderList>('GET', `/orders?${query}`)).body;

  it('honours limit and order_by in both directions, answering data, count and links', async () => {
    const newest = await list('limit=5&order_by=-created_at');
    const oldest = await list('limit=5&order_by=created_at');
    expect(newest.data).toHaveLength(5);
    expect(newest.count).toBeGreaterThanOrEqual(30);
    const times = (page: ShipwellOrderList) => page.data.map((o) => o.created_at);
    expect(times(newest)).toEqual([...times(newest)].sort().reverse());
    expect(times(oldest)).toEqual([...times(oldest)].sort());
    expect(newest.links.prev).toBeNull();
    expect(newest.links.next).toBe(`/orders?limit=5&order_by=-created_at&starting_after=${newest.data[4].id}`);
  });

  it('keeps a starting_after position valid while new orders arrive', async () => {
    for (const order_by of ['-created_at', 'created_at']) {
      const before = (await list(`limit=8&order_by=${order_by}`)).data.map((o) => o.id);
      const first = await list(`limit=4&order_by=${order_by}`);
      await call('POST', '/orders', wireBody());
      const second = await list(`limit=4&order_by=${order_by}&starting_after=${first.data[3].id}`);
      expect([...first.data, ...second.data].map((o) => o.id)).toEqual(before);
      const back = await list(`limit=4&order_by=${order_by}&ending_before=${second.data[0].id}`);
      expect(back.data.map((o) => o.id)).toEqual(first.data.map((o) => o.id));
    }
  });

  it('filters by id, order_number and status', async () => {
    const some = (await list('limit=3&order_by=-created_at')).data;
    const byId = await list(`limit=10&order_by=id&id=${some[0].id}&id=${some[2].id}`);
    expect(byId.data.map((o) => o.id)).toEqual([some[2].id, some[0].id]);
    const byNumber = await list(`limit=10&order_number=${encodeURIComponent(some[1].order_number)}`);
    expect(byNumber.data.map((o) => o.id)).toEqual([some[1].id]);
    const delivered = await list('limit=100&status=DELIVERED');
    expect(delivered.data.every((o) => o.status === 'DELIVERED')).toBe(true);
    expect(delivered.count).toBe(delivered.data.length);
  });

  it('answers 422 for a limit above 100, an unknown sort field or status', async () => {
    expect(await call('GET', '/orders?limit=101')).toEqual({
      status: 422,
      body: { detail: [{ loc: ['query', 'limit'], msg: 'Input should be less than or equal to 100', type: 'less_than_equal' }] },
    });
    expect((await call<{ detail: Array<{ loc: unknown[] }> }>('GET', '/orders?order_by=-colour')).body.detail[0].loc).toEqual(['query', 'order_by']);
    expect((await call<{ detail: Array<{ loc: unknown[] }> }>('GET', '/orders?status=LOST')).body.detail[0].loc).toEqual(['query', 'status']);
  });

  it('reads one order by id, the same as the list shows it, and 404s an unknown id', async () => {
    const [first] = (await list('limit=1')).data;
    expect(await call('GET', `/orders/${first.id}`)).toEqual({ status: 200, body: first });
    expect(await call('GET', '/orders/01ARZ3NDEKTSV4RRFFQ69G5FAV')).toEqual({ status: 404, body: { detail: 'Order not found.' } });
  });

  it('seeds realistic purchase orders: suppliers, stops with time zones and windows, priced items', async () => {
    const orders = (await list('limit=30&order_by=created_at')).data.slice(0, 20);
    for (const order of orders) {
      expect(order.order_number).toMatch(/^PO-\d{4}-\d{6}$/);
      expect(order.supplier?.name).toBeTruthy();
      expect(order.ship_to.timezone).toMatch(/^America\//);
      expect(order.items.length).toBeGreaterThan(0);
      expect(order.items[0].unit_amount?.value).toMatch(/^\d+\.\d{2}$/);
      expect(Date.parse(order.ship_to.shipping_requirements!.plan_window!.start!)).toBeLessThan(
        Date.parse(order.ship_to.shipping_requirements!.plan_window!.end!),
      );
    }
    expect(new Set(orders.map((o) => o.status)).size).toBeGreaterThan(1);
  });
});

describe('Shipwell emulator at scale', () => {
  it('seeds 100,000 orders by direct inserts and still pages through them', async () => {
    const emulator = new ShipwellEmulator('scale-token');
    emulator.seed(100_000, 7);
    expect(emulator.size).toBe(100_000);
    await emulator.listen(0);
    try {
      const get = async (query: string) =>
        (await (await fetch(`${emulator.server.url}/orders?${query}`, { headers: { Authorization: 'Token scale-token' } })).json()) as ShipwellOrderList;
      const first = await get('limit=100&order_by=-created_at');
      const next = await get(`limit=100&order_by=-created_at&starting_after=${first.data[99].id}`);
      expect(next.data).toHaveLength(100);
      expect(next.data[0].created_at <= first.data[99].created_at).toBe(true);
      expect(first.count).toBe(100_000);
    } finally {
      await emulator.server.close();
    }
  }, 120_000); // seeding 100,000 orders takes long on a loaded machine
});
