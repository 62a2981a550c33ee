import { JsonDecimal, parseVuJson } from '../../src/providers/vu/exact-json';
import { mapVuOrder, vuLineStatus, vuOrderStatus, vuProviderStatus } from '../../src/providers/vu/mapper';
import type { VuOrderEnvelope } from '../../src/providers/vu/wire';
import { VU_CREATE_RESPONSE } from '../fixtures/vu';
import { DOCUMENTED_VU_LINE } from '../support/vu-documented-line';

// The documented 200 response of POST /api/v1/orders (test/fixtures/vu/), as VU's bytes.
const documentedText = JSON.stringify(VU_CREATE_RESPONSE.example, null, 2);

describe('VU Custom mapper on the documented response', () => {
  const documented = (parseVuJson(documentedText) as VuOrderEnvelope).order;
  const order = mapVuOrder(documented);

  it('gives the order a global id from the VU id and keeps number, currency, note, channel and tags', () => {
    expect(order).toMatchObject({
      id: 'vu:12345',
      provider: 'VU',
      providerId: '12345',
      orderNumber: 'ord-12345',
      currency: 'USD',
      note: 'Sample note.',
      orderType: 'b2b',
      tags: ['tag1', 'tag2'],
    });
    expect(order.createdAt.toISOString()).toBe('2022-10-31T01:54:56.271Z');
    expect(order.updatedAt?.toISOString()).toBe('2022-10-31T01:54:56.271Z');
  });

  it('gives a tag that is not a string (the doc types tags only as an array) as its JSON text, so the order still reads, and keeps the rest as sent', () => {
    const tagged = mapVuOrder({ ...documented, tags: ['tag1', 42, { kind: 'rush' }, null, true] });
    expect(tagged.tags).toEqual(['tag1', '42', '{"kind":"rush"}', 'null', 'true']);
    expect(mapVuOrder({ ...documented, tags: undefined as unknown as unknown[] }).tags).toEqual([]);
  });

  it('keeps purchase and sales order numbers as references and the ship method', () => {
    expect(order.references).toEqual([
      { type: 'PURCHASE_ORDER', value: 'po-12345' },
      { type: 'SALES_ORDER', value: 'so-12345' },
    ]);
    expect(order.shippingMethod).toEqual({ carrier: 'UPS', code: 'XY12', description: 'UPS Ground Residential' });
  });

  it('maps sold-to and ship-to to parties with normalised addresses (empty address_2 dropped)', () => {
    expect(order.parties).toEqual([
      {
        role: 'SOLD_TO',
        code: 'SLDTO123',
        name: 'John Smith',
        companyName: 'VU Custom',
        email: 'test@test.com',
        phone: '2011231234',
        address: { lines: ['123 Main St'], city: 'Ridgewood', postalCode: '07450', region: 'NJ', country: 'US' },
      },
      expect.objectContaining({ role: 'SHIP_TO', code: 'SHPTO123', address: expect.objectContaining({ lines: ['123 Main St'] }) }),
    ]);
  });

  it('maps the line with its exact price, quantity, status, ex-factory date and fulfillment', () => {
    expect(order.lines).toEqual([DOCUMENTED_VU_LINE]);
  });

  it('derives the order status from its line and keeps the line status as providerStatus', () => {
    expect(order).toMatchObject({ status: 'PENDING', providerStatus: 'new_order' });
  });

  it('keeps the vendor payload as raw', () => {
    expect(order.raw).toBe(documented);
  });

  it('keeps price digits exactly as sent, never through a float', () => {
    const text = documentedText.replace('"price": 70', '"price": 19.90');
    const line = (parseVuJson(text) as VuOrderEnvelope).order.order_lines[0];
    expect(line.price).toEqual(new JsonDecimal('19.90'));
    expect(mapVuOrder({ ...documented, order_lines: [line] }).lines[0].unitPrice).toEqual({ amount: '19.90', currency: 'USD' });
    const big = (parseVuJson(documentedText.replace('"price": 70', '"price": 12345678901.2345')) as VuOrderEnvelope).order.order_lines[0];
    expect(mapVuOrder({ ...documented, order_lines: [big] }).lines[0].unitPrice?.amount).toBe('12345678901.2345');
  });
});

describe('VU Custom mapper on answers the docs do not show', () => {
  const documented = (parseVuJson(documentedText) as VuOrderEnvelope).order;

  it('keeps a line without a price or quantity, and a price sent as a string as given', () => {
    const [line] = documented.order_lines;
    const order = mapVuOrder({
      ...documented,
      order_lines: [
        { ...line, price: null as never, quantity: null as never },
        { ...line, price: '12.50' as never },
      ],
    });
    expect(order.lines.map((l) => [l.quantity, l.unitPrice])).toEqual([
      [null, null],
      ['1', { amount: '12.50', currency: 'USD' }],
    ]);
  });

  it('maps an order without lines or parties as UNKNOWN rather than failing', () => {
    const order = mapVuOrder({ ...documented, order_lines: undefined as never, ship_to: null as never, sold_to: undefined as never });
    expect(order).toMatchObject({ status: 'UNKNOWN', providerStatus: '', lines: [], parties: [] });
  });
});

describe('VU Custom statuses', () => {
  it('maps every line status and keeps an unknown one visible as UNKNOWN', () => {
    expect(['new_order', 'in_production', 'partially_shipped', 'shipped', 'cancelled', 'on_hold'].map(vuLineStatus)).toEqual([
      'PENDING',
      'IN_PROGRESS',
      'IN_PROGRESS',
      'COMPLETED',
      'CANCELLED',
      'UNKNOWN',
    ]);
  });

  it.each([
    [['new_order', 'new_order'], 'PENDING'],
    [['new_order', 'cancelled'], 'PENDING'],
    [['in_production'], 'IN_PROGRESS'],
    [['shipped', 'new_order'], 'IN_PROGRESS'],
    [['partially_shipped', 'shipped'], 'IN_PROGRESS'],
    [['shipped', 'shipped', 'cancelled'], 'COMPLETED'],
    [['cancelled', 'cancelled'], 'CANCELLED'],
    [['shipped', 'on_hold'], 'UNKNOWN'],
    [[], 'UNKNOWN'],
  ])('derives the order status of lines %j as %s', (lines, expected) => {
    expect(vuOrderStatus(lines)).toBe(expected);
  });

  it('names the distinct line statuses, in line order, as the order providerStatus', () => {
    expect(vuProviderStatus(['shipped', 'new_order', 'shipped'])).toBe('shipped,new_order');
  });
});
