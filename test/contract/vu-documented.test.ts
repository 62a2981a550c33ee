import { ErrorCode, OrderGraphError } from '../../src/core/errors';
import { VuClient } from '../../src/providers/vu/client';
import { mapVuOrder } from '../../src/providers/vu/mapper';
import { VuEmulator } from '../../src/sandbox/vu/emulator';
import { copyOf } from '../fixtures/documented';
import { VU_CREATE_401_RESPONSE, VU_CREATE_REQUEST, VU_CREATE_RESPONSE } from '../fixtures/vu';
import { replay, shapeDifferences } from '../support/documented';
import { DOCUMENTED_VU_LINE } from '../support/vu-documented-line';

/** vu-custom-orders.md's examples (test/fixtures/vu/), against the emulator and against ordergraph's client and mapper. */

type Json = Record<string, any>;

describe('VU documented examples against the emulator', () => {
  const emulator = new VuEmulator('api-key', 'api-secret');
  const post = async (body: unknown, authorization = emulator.authorization) => {
    const response = await fetch(`${emulator.server.url}/api/v1/orders`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };
  beforeAll(() => emulator.listen());
  afterAll(() => emulator.server.close());

  it('accepts the documented Example Request as published (a b2b order with no b2b object) and answers the documented 200 shape', async () => {
    const answer = await post(copyOf(VU_CREATE_REQUEST));
    expect(answer.status).toBe(200);
    expect(shapeDifferences(answer.body, VU_CREATE_RESPONSE.example)).toEqual([]);
    const order = answer.body.order;
    const documented = VU_CREATE_RESPONSE.example.order;
    for (const field of [
      'currency',
      'note',
      'order_date',
      'order_number',
      'purchase_order_number',
      'sales_order_number',
      'ship_method_carrier',
      'ship_method_code',
      'ship_method_description',
      'sales_channel',
      'tags',
    ]) {
      expect([field, order[field]]).toEqual([field, documented[field]]);
    }
    expect(order.order_lines[0]).toMatchObject({
      price: 70,
      quantity: 1,
      sku: 'SKU123',
      recipe_token: '1609c0e8',
      status: 'new_order',
      line_reference: '59861396',
    });
  });

  it('answers bad credentials with the documented 401 body', async () => {
    const answer = await post(copyOf(VU_CREATE_REQUEST), `Basic ${Buffer.from('api-key:wrong').toString('base64')}`);
    expect(answer).toEqual({ status: 401, body: VU_CREATE_401_RESPONSE.example });
  });
});

describe("VU documented response through ordergraph's client and mapper", () => {
  it('reads the 200 Successful response example into the unified model, field by field', async () => {
    const server = await replay('POST', '/api/v1/orders', 200, VU_CREATE_RESPONSE.example);
    try {
      const client = new VuClient({ baseUrl: server.url, apiKey: 'api-key', apiSecret: 'api-secret', timeoutMs: 2000 });
      const raw = await client.createOrder(copyOf(VU_CREATE_REQUEST) as never);
      const party = (role: string, code: string) => ({
        role,
        code,
        name: 'John Smith',
        companyName: 'VU Custom',
        email: 'test@test.com',
        phone: '2011231234',
        address: { lines: ['123 Main St'], city: 'Ridgewood', postalCode: '07450', region: 'NJ', country: 'US' },
      });
      expect(mapVuOrder(raw)).toEqual({
        id: 'vu:12345',
        provider: 'VU',
        providerId: '12345',
        orderNumber: 'ord-12345',
        status: 'PENDING',
        providerStatus: 'new_order',
        createdAt: new Date('2022-10-31T01:54:56.271Z'),
        updatedAt: new Date('2022-10-31T01:54:56.271Z'),
        dueAt: null,
        currency: 'USD',
        note: 'Sample note.',
        revision: null,
        orderType: 'b2b',
        tags: ['tag1', 'tag2'],
        references: [
          { type: 'PURCHASE_ORDER', value: 'po-12345' },
          { type: 'SALES_ORDER', value: 'so-12345' },
        ],
        voyage: null,
        shippingMethod: { carrier: 'UPS', code: 'XY12', description: 'UPS Ground Residential' },
        parties: [party('SOLD_TO', 'SLDTO123'), party('SHIP_TO', 'SHPTO123')],
        serviceItems: [],
        lines: [DOCUMENTED_VU_LINE],
        containers: [],
        segments: [],
        raw,
      });
    } finally {
      await server.close();
    }
  });

  it('reads the 401 example as refused credentials', async () => {
    const server = await replay('POST', '/api/v1/orders', 401, VU_CREATE_401_RESPONSE.example);
    try {
      const client = new VuClient({ baseUrl: server.url, apiKey: 'api-key', apiSecret: 'wrong', timeoutMs: 2000 });
      const error = (await client.createOrder(copyOf(VU_CREATE_REQUEST) as never).catch((e: unknown) => e)) as OrderGraphError;
      expect(error).toBeInstanceOf(OrderGraphError);
      expect(error.extensions).toMatchObject({ code: ErrorCode.PROVIDER_AUTH_FAILED, provider: 'VU', httpStatus: 401, providerCode: 'UNAUTHORIZED' });
    } finally {
      await server.close();
    }
  });
});
