import { ErrorCode, OrderGraphError } from '../../src/core/errors';
import { SitooClient } from '../../src/providers/sitoo/client';
import { SitooEmulator } from '../../src/sandbox/sitoo/emulator';
import { SitooProvider, type SitooCreateInput, type SitooUpdateInput } from '../../src/providers/sitoo/provider';
import { ISO_4217_CODES } from '../../src/core/iso4217';
import { copyOf } from '../fixtures/documented';
import { SITOO_ADD_REQUEST } from '../fixtures/sitoo';

/**
 * Every rule of Sitoo's documented object model, once per rule, against both sides that
 * enforce it: the emulator over HTTP (400 naming the wire field and the rule) and ordergraph's
 * input validation (BAD_USER_INPUT naming the GraphQL input path and the rule, before any call).
 */

type Json = Record<string, any>;

/** The documented create request (test/fixtures/sitoo/; product as a one-element array). */
const documentedCreate = (): Json => copyOf(SITOO_ADD_REQUEST);

/** The same order as ordergraph input. */
const validInput = (): Json => ({
  store: { id: 'STORE111', name: 'Barlay Shoe Inc' },
  owner: { email: 'staff@example.com', name: 'Pete' },
  customer: { firstName: 'Erica', lastName: 'Swansson', email: 'erica@example.com', mobile: '+46701112233' },
  currency: 'SEK',
  product: {
    sku: 'SHOE999',
    name: 'Barlay Shoe',
    services: [{ sku: 'SERVICE_HEEL', name: 'Replace heel', quantity: 1, unitPrice: '50.00', costShare: 0, note: 'Left foot' }],
  },
  author: { email: 'anna@example.com' },
});

interface RuleCase {
  rule: string;
  what: string;
  /** Breaks the wire body; `field` is what the emulator must name. */
  wire: { field: string; break(body: Json): void };
  /** Breaks the ordergraph input; `field` is what BAD_USER_INPUT must name. Absent where GraphQL input cannot express it. */
  input?: { field: string; break(input: Json): void };
}

const service = (b: Json) => (Array.isArray(b.product) ? b.product[0] : b.product).services[0];
const product = (b: Json) => (Array.isArray(b.product) ? b.product[0] : b.product);

const createCases: RuleCase[] = [
  { rule: 'required', what: 'store', wire: { field: 'store', break: (b) => delete b.store }, input: { field: 'input.store', break: (i) => delete i.store } },
  {
    rule: 'required',
    what: 'store id',
    wire: { field: 'store.id', break: (b) => delete b.store.id },
    input: { field: 'input.store.id', break: (i) => (i.store.id = ' ') },
  },
  {
    rule: 'required',
    what: 'store name',
    wire: { field: 'store.name', break: (b) => (b.store.name = '') },
    input: { field: 'input.store.name', break: (i) => (i.store.name = '') },
  },
  { rule: 'required', what: 'owner', wire: { field: 'owner', break: (b) => (b.owner = null) }, input: { field: 'input.owner', break: (i) => delete i.owner } },
  {
    rule: 'required',
    what: 'owner e-mail',
    wire: { field: 'owner.email', break: (b) => delete b.owner.email },
    input: { field: 'input.owner.email', break: (i) => (i.owner.email = '') },
  },
  { rule: 'type', what: 'owner name as a string', wire: { field: 'owner.name', break: (b) => (b.owner.name = 7) } },
  {
    rule: 'required',
    what: 'customer',
    wire: { field: 'customer', break: (b) => delete b.customer },
    input: { field: 'input.customer', break: (i) => delete i.customer },
  },
  {
    rule: 'required',
    what: 'customer first name',
    wire: { field: 'customer.first_name', break: (b) => delete b.customer.first_name },
    input: { field: 'input.customer.firstName', break: (i) => (i.customer.firstName = '') },
  },
  { rule: 'type', what: 'customer mobile as a string', wire: { field: 'customer.mobile', break: (b) => (b.customer.mobile = 46701112233) } },
  {
    rule: 'required',
    what: 'currency',
    wire: { field: 'currency', break: (b) => delete b.currency },
    input: { field: 'input.currency', break: (i) => (i.currency = '') },
  },
  {
    rule: 'iso4217',
    what: 'currency in lower case',
    wire: { field: 'currency', break: (b) => (b.currency = 'sek') },
    input: { field: 'input.currency', break: (i) => (i.currency = 'sek') },
  },
  {
    rule: 'iso4217',
    what: 'currency not in ISO 4217',
    wire: { field: 'currency', break: (b) => (b.currency = 'XYZ') },
    input: { field: 'input.currency', break: (i) => (i.currency = 'KRW2') },
  },
  { rule: 'oneOf', what: 'state', wire: { field: 'state', break: (b) => (b.state = 'done') } },
  { rule: 'absent', what: 'revision on POST', wire: { field: 'revision', break: (b) => (b.revision = 1) } },
  { rule: 'type', what: 'note as a string', wire: { field: 'note', break: (b) => (b.note = ['x']) } },
  {
    rule: 'required',
    what: 'product',
    wire: { field: 'product', break: (b) => delete b.product },
    input: { field: 'input.product', break: (i) => delete i.product },
  },
  { rule: 'oneProduct', what: 'one product', wire: { field: 'product', break: (b) => b.product.push(b.product[0]) } },
  {
    rule: 'required',
    what: 'product sku',
    wire: { field: 'product[0].sku', break: (b) => delete product(b).sku },
    input: { field: 'input.product.sku', break: (i) => (i.product.sku = '') },
  },
  {
    rule: 'required',
    what: 'product name',
    wire: { field: 'product[0].name', break: (b) => delete product(b).name },
    input: { field: 'input.product.name', break: (i) => (i.product.name = '') },
  },
  {
    rule: 'required',
    what: 'product services',
    wire: { field: 'product[0].services', break: (b) => delete product(b).services },
    input: { field: 'input.product.services', break: (i) => delete i.product.services },
  },
  {
    rule: 'required',
    what: 'service sku',
    wire: { field: 'product[0].services[0].sku', break: (b) => delete service(b).sku },
    input: { field: 'input.product.services[0].sku', break: (i) => (service(i).sku = '') },
  },
  {
    rule: 'required',
    what: 'service name',
    wire: { field: 'product[0].services[0].name', break: (b) => delete service(b).name },
    input: { field: 'input.product.services[0].name', break: (i) => (service(i).name = '') },
  },
  {
    rule: 'required',
    what: 'service quantity',
    wire: { field: 'product[0].services[0].quantity', break: (b) => delete service(b).quantity },
    input: { field: 'input.product.services[0].quantity', break: (i) => delete service(i).quantity },
  },
  {
    rule: 'integer',
    what: 'service quantity as an integer',
    wire: { field: 'product[0].services[0].quantity', break: (b) => (service(b).quantity = 1.5) },
    input: { field: 'input.product.services[0].quantity', break: (i) => (service(i).quantity = 1.5) },
  },
  {
    rule: 'pattern',
    what: 'unit price without decimals',
    wire: { field: 'product[0].services[0].unit_price', break: (b) => (service(b).unit_price = '50') },
    input: { field: 'input.product.services[0].unitPrice', break: (i) => (service(i).unitPrice = '50') },
  },
  {
    rule: 'pattern',
    what: 'unit price with one decimal',
    wire: { field: 'product[0].services[0].unit_price', break: (b) => (service(b).unit_price = '50.0') },
    input: { field: 'input.product.services[0].unitPrice', break: (i) => (service(i).unitPrice = '50.0') },
  },
  {
    rule: 'pattern',
    what: 'unit price with a decimal comma',
    wire: { field: 'product[0].services[0].unit_price', break: (b) => (service(b).unit_price = '50,00') },
    input: { field: 'input.product.services[0].unitPrice', break: (i) => (service(i).unitPrice = '50,00') },
  },
  {
    rule: 'pattern',
    what: 'unit price with three decimals',
    wire: { field: 'product[0].services[0].unit_price', break: (b) => (service(b).unit_price = '50.000') },
    input: { field: 'input.product.services[0].unitPrice', break: (i) => (service(i).unitPrice = '1.234') },
  },
  { rule: 'type', what: 'unit price as a string', wire: { field: 'product[0].services[0].unit_price', break: (b) => (service(b).unit_price = 50) } },
  {
    rule: 'range',
    what: 'cost share below 0',
    wire: { field: 'product[0].services[0].cost_share', break: (b) => (service(b).cost_share = -1) },
    input: { field: 'input.product.services[0].costShare', break: (i) => (service(i).costShare = -0.5) },
  },
  {
    rule: 'range',
    what: 'cost share above 100',
    wire: { field: 'product[0].services[0].cost_share', break: (b) => (service(b).cost_share = 100.5) },
    input: { field: 'input.product.services[0].costShare', break: (i) => (service(i).costShare = 101) },
  },
  { rule: 'type', what: 'cost share as a number', wire: { field: 'product[0].services[0].cost_share', break: (b) => (service(b).cost_share = '50') } },
  {
    rule: 'required',
    what: 'service note',
    wire: { field: 'product[0].services[0].note', break: (b) => delete service(b).note },
    input: { field: 'input.product.services[0].note', break: (i) => delete service(i).note },
  },
  {
    rule: 'required',
    what: 'author',
    wire: { field: 'author', break: (b) => delete b.author },
    input: { field: 'input.author', break: (i) => delete i.author },
  },
  {
    rule: 'required',
    what: 'author e-mail',
    wire: { field: 'author.email', break: (b) => (b.author.email = null) },
    input: { field: 'input.author.email', break: (i) => (i.author.email = '') },
  },
];

describe('Sitoo object model rules', () => {
  const credentials = { account: '1500', apiId: '1500-7', password: 'rules-test' };
  const emulator = new SitooEmulator(credentials);
  let url = '';
  let provider: SitooProvider;
  const authorization = `Basic ${Buffer.from(`${credentials.apiId}:${credentials.password}`).toString('base64')}`;
  const send = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${emulator.accountPath}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };

  beforeAll(async () => {
    url = await emulator.listen(0);
    // ordergraph's side is checked with a provider whose vendor is never reached: a call would be a failure.
    provider = new SitooProvider(new SitooClient({ baseUrl: 'http://127.0.0.1:9', account: '1500', apiId: 'x', password: 'y', timeoutMs: 200 }), {
      defaultAuthor: { email: 'ordergraph@example.com' },
    });
  });
  afterAll(() => emulator.server.close());

  it('the documented create request is valid as it is', async () => {
    const created = await send('POST', '/serviceorders.json', documentedCreate());
    expect(created.status).toBe(201);
  });

  describe('the emulator answers 400 naming the wire field and the rule, and stores nothing', () => {
    it.each(createCases.map((c) => [`${c.what} (${c.rule})`, c] as const))('%s', async (_name, c) => {
      const before = emulator.size;
      const body = documentedCreate();
      c.wire.break(body);
      const answer = await send('POST', '/serviceorders.json', body);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ statuscode: 400, errortext: expect.stringContaining(c.wire.field) });
      expect(answer.body.errors).toContainEqual(expect.objectContaining({ field: c.wire.field, rule: c.rule }));
      expect(emulator.size).toBe(before);
    });
  });

  describe('ordergraph refuses the same input before any upstream call, naming the GraphQL path and the rule', () => {
    const withInput = createCases.filter((c) => c.input);
    it.each(withInput.map((c) => [`${c.what} (${c.rule})`, c] as const))('%s', async (_name, c) => {
      const input = validInput();
      c.input!.break(input);
      const error = (await provider.createOrder(input as SitooCreateInput).catch((e: unknown) => e)) as OrderGraphError;
      expect(error).toBeInstanceOf(OrderGraphError);
      expect(error.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, provider: 'SITOO' });
      expect(error.extensions.issues).toContainEqual(expect.objectContaining({ field: c.input!.field, rule: c.rule }));
    });

    it('names every broken field at once, the first in the message', async () => {
      const input = validInput();
      input.currency = 'eur';
      input.product.services[0].unitPrice = '9.9';
      const error = (await provider.createOrder(input as SitooCreateInput).catch((e: unknown) => e)) as OrderGraphError;
      expect(error.message).toMatch(/^input\.currency: /);
      expect((error.extensions.issues as unknown[]).length).toBe(2);
    });
  });

  describe('updates', () => {
    let id = '';
    beforeAll(async () => {
      id = (await send('POST', '/serviceorders.json', documentedCreate())).body.id;
    });

    it.each([
      ['revision missing', (b: Json) => delete b.revision, 'revision', 'required'],
      ['revision not an integer', (b: Json) => (b.revision = '1'), 'revision', 'integer'],
      ['author missing', (b: Json) => delete b.author, 'author', 'required'],
      ['state not a documented value', (b: Json) => (b.state = 'paused'), 'state', 'oneOf'],
      ['currency not ISO 4217', (b: Json) => (b.currency = 'EURO'), 'currency', 'iso4217'],
      ['a replaced product without services', (b: Json) => (b.product = { sku: 'SHOE999', name: 'Barlay Shoe' }), 'product.services', 'required'],
    ])('the emulator refuses a PUT with %s (400) and changes nothing', async (_name, breakIt, field, rule) => {
      const before = emulator.snapshot(id);
      const body: Json = { state: 'in_progress', revision: before!.revision, author: { email: 'anna@example.com', name: null, employee_id: null } };
      breakIt(body);
      const answer = await send('PUT', `/serviceorders/${id}.json`, body);
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toContainEqual(expect.objectContaining({ field, rule }));
      expect(emulator.snapshot(id)).toEqual(before);
    });

    it.each([
      ['a revision that is not a number', { revision: 'abc', state: 'in_progress' }, 'revision', 'integer'],
      ['a revision of 0', { revision: '0', state: 'in_progress' }, 'revision', 'integer'],
      ['a currency not in ISO 4217', { revision: '1', currency: 'EURO' }, 'input.currency', 'iso4217'],
      [
        'a unit price without decimals',
        { revision: '1', product: { ...validInput().product, services: [{ ...validInput().product.services[0], unitPrice: '12' }] } },
        'input.product.services[0].unitPrice',
        'pattern',
      ],
      ['a blank author e-mail', { revision: '1', state: 'closed', author: { email: ' ' } }, 'input.author.email', 'required'],
      ['no change at all', { revision: '1' }, 'input', 'nonEmpty'],
    ])('ordergraph refuses an update with %s before any upstream call', async (_name, input, field, rule) => {
      const error = (await provider.updateOrder('102DC4AA3', input as unknown as SitooUpdateInput).catch((e: unknown) => e)) as OrderGraphError;
      expect(error.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field, rule });
    });
  });

  it('accepts every ISO 4217 code of the list and nothing else', () => {
    expect(ISO_4217_CODES.has('SEK')).toBe(true);
    expect(ISO_4217_CODES.has('EUR')).toBe(true);
    expect(ISO_4217_CODES.size).toBeGreaterThan(170);
    for (const code of ISO_4217_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
    for (const code of ['DEM', 'FRF', 'HRK', 'XYZ', 'sek']) expect(ISO_4217_CODES.has(code)).toBe(false);
  });
});
