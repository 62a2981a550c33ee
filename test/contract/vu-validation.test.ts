import { ErrorCode, OrderGraphError } from '../../src/core/errors';
import { VuClient } from '../../src/providers/vu/client';
import { VuEmulator } from '../../src/sandbox/vu/emulator';
import { stringifyVuJson } from '../../src/providers/vu/exact-json';
import { VuProvider, type VuCreateInput } from '../../src/providers/vu/provider';
import { vuCreateInput, vuInputPath as inputPath, vuWireOrder } from '../support/vu-fixtures';

/**
 * Every required field and rule of VU's create, checked twice: the emulator refuses the wire
 * body with 422 naming the field, and ordergraph refuses the GraphQL input with BAD_USER_INPUT
 * naming the input path and the rule, before any upstream call.
 */

type Wire = Record<string, any>;
interface Case {
  /** Wire path named by the emulator (and, camel-cased, by ordergraph). */
  field: string;
  rule: string;
  /** Breaks a valid wire body (plain JSON, prices as numbers). */
  wire: (order: Wire) => void;
  /** Breaks a valid create input; absent when the rule cannot be reached from typed input. */
  input?: (input: VuCreateInput) => void;
  message: RegExp;
  /** The emulator's message, when it words the rule otherwise (it reads the doc on its own). */
  wireMessage?: RegExp;
  /** The broken value, to tell cases of one rule apart. */
  label?: string;
}

const BLANK = /can't be blank/;
const path = (field: string) => field.split(/[.[\]]+/).filter(Boolean);
const unset = (target: Wire, field: string) => {
  const keys = path(field);
  const last = keys.pop()!;
  delete keys.reduce((o, k) => o[k], target)[last];
};
const set = (target: Wire, field: string, value: unknown) => {
  const keys = path(field);
  const last = keys.pop()!;
  keys.reduce((o, k) => o[k], target)[last] = value;
};
const camel = (field: string) => inputPath(field).slice('input.'.length);

/** A required field: missing on the wire, blank ("") in the input. */
const required = (field: string): Case => ({
  field,
  rule: 'required',
  wire: (o) => unset(o, field),
  input: (i) => set(i as unknown as Wire, camel(field), ''),
  message: BLANK,
});
/** A required field that typed input cannot blank (numbers, objects, lists): missing on both sides. */
const requiredAbsent = (field: string, emptyWire?: unknown): Case => ({
  field,
  rule: 'required',
  wire: (o) => (emptyWire === undefined ? unset(o, field) : set(o, field, emptyWire)),
  input: (i) => (emptyWire === undefined ? unset(i as unknown as Wire, camel(field)) : set(i as unknown as Wire, camel(field), emptyWire)),
  message: emptyWire === undefined ? BLANK : /at least one/,
  wireMessage: BLANK,
});
const invalid = (field: string, rule: string, wireValue: unknown, inputValue: unknown, message: RegExp, wireMessage?: RegExp): Case => ({
  field,
  rule,
  wire: (o) => set(o, field, wireValue),
  input: inputValue === undefined ? undefined : (i) => set(i as unknown as Wire, camel(field), inputValue),
  message,
  wireMessage,
  label: JSON.stringify(wireValue),
});

const PARTY_REQUIRED = ['account_number', 'address_1', 'city', 'country', 'first_name', 'last_name', 'postal_code', 'state_region'];

const cases: Case[] = [
  required('currency'),
  required('order_date'),
  required('order_number'),
  required('ship_method_carrier'),
  required('ship_method_code'),
  required('ship_method_description'),
  required('sales_channel'),
  requiredAbsent('order_lines', []),
  required('order_lines[0].price'),
  required('order_lines[0].product_description'),
  requiredAbsent('order_lines[0].quantity'),
  required('order_lines[0].recipe_token'),
  required('order_lines[0].sku'),
  requiredAbsent('ship_to'),
  requiredAbsent('sold_to'),
  ...['ship_to', 'sold_to'].flatMap((party) => PARTY_REQUIRED.map((f) => required(`${party}.${f}`))),
  invalid('order_date', 'iso8601', '31/10/2022', new Date('not a date'), /ISO 8601/),
  invalid('sales_channel', 'oneOf', 'b2x', 'b2x', /one of b2b, b2c/, /b2b or b2c/),
  invalid('order_lines[0].price', 'number', '70', undefined, /JSON number/, /integer/),
  invalid('order_lines[0].price', 'integer', 70.5, '70.5', /whole number/, /integer/),
  invalid('order_lines[0].quantity', 'integer', 1.5, 1.5, /whole number/, /integer/),
  invalid('ship_to.country', 'iso3166Alpha2', 'USA', 'USA', /ISO 3166-1 alpha-2/),
  invalid('sold_to.country', 'iso3166Alpha2', 'us', 'XX', /ISO 3166-1 alpha-2/),
  invalid('b2b', 'type', 'yes', 'yes', /object/),
  invalid('tags', 'type', 'tag1', 'tag1', /array/),
  invalid('custom_attributes', 'type', [], [], /object/),
  invalid('order_lines[0].custom_attributes', 'type', 'x', 'x', /object/),
  invalid('order_lines[0].sku', 'type', 12, 12, /string/),
];

describe('VU Custom create rules', () => {
  let emulator: VuEmulator;
  let provider: VuProvider;
  let counter = 0;
  const validWire = (): Wire => JSON.parse(stringifyVuJson(vuWireOrder(vuCreateInput(`RULE-${(counter += 1)}`))));
  const post = async (body: unknown) => {
    const response = await fetch(`${emulator.server.url}/api/v1/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: emulator.authorization },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { errors?: Record<string, string[]>; order?: Wire } };
  };

  beforeAll(async () => {
    emulator = new VuEmulator('key', 'secret');
    await emulator.listen();
    provider = new VuProvider(new VuClient({ baseUrl: emulator.server.url, apiKey: 'key', apiSecret: 'secret', timeoutMs: 2000 }));
  });
  afterAll(() => emulator.server.close());

  it('accepts the valid body that every case breaks, at the emulator and through ordergraph', async () => {
    expect((await post({ order: validWire() })).status).toBe(200);
    await expect(provider.createOrder(vuCreateInput(`RULE-OK-${(counter += 1)}`))).resolves.toMatchObject({ provider: 'VU' });
  });

  it('accepts a b2c order without b2b, and optional fields left out', async () => {
    const order = validWire();
    order.sales_channel = 'b2c';
    for (const field of ['b2b', 'note', 'tags', 'custom_attributes', 'purchase_order_number', 'sales_order_number']) delete order[field];
    for (const field of ['address_2', 'company_name', 'phone']) delete order.ship_to[field];
    order.order_lines = [{ price: 0, product_description: 'Free sample', quantity: 1, recipe_token: 'r1', sku: 'S1' }];
    expect((await post({ order })).status).toBe(200);
  });

  it('accepts what the doc leaves open, at the emulator and through ordergraph: the documented b2b example without b2b, any currency text, commas, a zero quantity, any requested date, any e-mail', async () => {
    const order = validWire();
    delete order.b2b;
    order.currency = 'usd';
    order.order_number = `OPEN,${(counter += 1)}`;
    order.order_lines[0].quantity = 0;
    order.order_lines[0].customer_requested_date = 'end of May';
    order.ship_to.email = 'not-an-email';
    expect((await post({ order })).status).toBe(200);
    const line = { ...vuCreateInput('x').orderLines[0], quantity: 0, customerRequestedDate: 'end of May' };
    const input = vuCreateInput(`OPEN,IN-${(counter += 1)}`, { b2b: null, currency: 'usd', orderLines: [line] });
    input.shipTo.email = 'not-an-email';
    await expect(provider.createOrder(input)).resolves.toMatchObject({ provider: 'VU' });
  });

  it('refuses a body without the order object', async () => {
    const response = await post({ currency: 'USD' });
    expect(response).toEqual({ status: 422, body: { errors: { order: ['is missing or not an object'] } } });
  });

  describe.each(cases.map((c) => [`${c.field}: ${c.rule}${c.label ? ` (${c.label})` : ''}`, c] as const))('%s', (_name, c) => {
    it('is refused by the emulator with 422 naming the field', async () => {
      const order = validWire();
      c.wire(order);
      const response = await post({ order });
      expect(response.status).toBe(422);
      expect(response.body.errors?.[c.field]).toEqual(expect.arrayContaining([expect.stringMatching(c.wireMessage ?? c.message)]));
    });

    if (c.input)
      it('is refused by ordergraph before any upstream call, naming the input path and the rule', async () => {
        const input = vuCreateInput(`RULE-IN-${(counter += 1)}`);
        c.input!(input);
        emulator.server.clearLog();
        const error = (await provider.createOrder(input).catch((e: unknown) => e)) as OrderGraphError;
        expect(error).toBeInstanceOf(OrderGraphError);
        expect(error.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, provider: 'VU' });
        expect(error.extensions.issues).toEqual(expect.arrayContaining([expect.objectContaining({ field: inputPath(c.field), rule: c.rule })]));
        expect(emulator.server.log).toHaveLength(0);
      });
  });
});
