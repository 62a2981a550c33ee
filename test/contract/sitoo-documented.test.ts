import type { Order } from '../../src/model/order';
import { SitooClient } from '../../src/providers/sitoo/client';
import { mapSitooOrder } from '../../src/providers/sitoo/mapper';
import { SitooEmulator } from '../../src/sandbox/sitoo/emulator';
import { copyOf } from '../fixtures/documented';
import { SITOO_ADD_REQUEST, SITOO_ADD_RESPONSE, SITOO_GET_RESPONSE, SITOO_LIST_RESPONSE, SITOO_UPDATE_REQUEST, SITOO_UPDATE_RESPONSE } from '../fixtures/sitoo';
import { replay, shapeDifferences } from '../support/documented';

/** sitoo-service-orders.md's examples (test/fixtures/sitoo/), against the emulator and against ordergraph's client and mapper. */

type Json = Record<string, any>;

const credentials = { account: '1500', apiId: '1500-1', password: 'documented' };
const authorization = `Basic ${Buffer.from(`${credentials.apiId}:${credentials.password}`).toString('base64')}`;
/** The path of a documented URL (https://api.mysitoo.com/v2/accounts/1500/...). */
const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;

describe('Sitoo documented examples against the emulator', () => {
  // A fresh emulator gives its first order the documented id 102DC4AA3, so the documented
  // read and update address the order the documented create made.
  const emulator = new SitooEmulator(credentials);
  const send = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`${emulator.server.url}${pathOf(url)}`, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };
  beforeAll(() => emulator.listen(0));
  afterAll(() => emulator.server.close());

  it('accepts the documented Add Service Order request as published and answers the documented shape', async () => {
    const answer = await send('POST', SITOO_ADD_REQUEST.url!, copyOf(SITOO_ADD_REQUEST));
    expect(answer.status).toBe(201);
    expect(answer.body.id).toBe('102DC4AA3');
    expect(shapeDifferences(answer.body, SITOO_ADD_RESPONSE.example)).toEqual([]);
    const { id: _id, created: _c, modified: _m, version: _v, ...sent } = answer.body;
    const { id: _docId, created: _docC, modified: _docM, ...documented } = SITOO_ADD_RESPONSE.example;
    expect(sent).toEqual(documented);
  });

  it('answers the documented Get Service Order request in the documented shape', async () => {
    const answer = await send('GET', SITOO_GET_RESPONSE.url!);
    expect(answer.status).toBe(200);
    expect(shapeDifferences(answer.body, SITOO_GET_RESPONSE.example)).toEqual([]);
  });

  it('answers the documented Get Service Orders request (store, states, start_after_id 1W7N3V258) with a bare array in the documented shape', async () => {
    emulator.seed(30);
    const answer = await send('GET', SITOO_LIST_RESPONSE.url!);
    expect(answer.status).toBe(200);
    expect(Array.isArray(answer.body)).toBe(true);
    expect(shapeDifferences(answer.body, SITOO_LIST_RESPONSE.example)).toEqual([]);
    for (const order of answer.body as Json[]) {
      expect(order.store.id).toBe('STORE111');
      expect(['new', 'in_progress', 'service_done']).toContain(order.state);
    }
  });

  it('accepts the documented Update Service Order request (revision 1) and answers the documented shape', async () => {
    const answer = await send('PUT', SITOO_UPDATE_REQUEST.url!, copyOf(SITOO_UPDATE_REQUEST));
    expect(answer.status).toBe(200);
    expect(shapeDifferences(answer.body, SITOO_UPDATE_RESPONSE.example)).toEqual([]);
    expect(answer.body).toMatchObject({ id: '102DC4AA3', state: 'in_progress', revision: 2 });
  });
});

/** The unified order of the documented order 102DC4AA3, as each documented answer gives it. */
function documentedOrder(raw: Json, changes: Partial<Order>): Order {
  return {
    id: 'sitoo:102DC4AA3',
    provider: 'SITOO',
    providerId: '102DC4AA3',
    orderNumber: '102DC4AA3',
    status: 'PENDING',
    providerStatus: 'new',
    createdAt: new Date(675645446 * 1000),
    updatedAt: new Date(675645531 * 1000),
    dueAt: null,
    currency: 'SEK',
    note: 'The shoe has a broken heel.',
    revision: '2',
    orderType: null,
    tags: [],
    references: [],
    voyage: null,
    parties: [
      { role: 'STORE', code: 'STORE111', name: 'Barlay Shoe Inc' },
      { role: 'OWNER', code: null, name: 'Pete', email: 'staff@example.com' },
      { role: 'CUSTOMER', name: 'Erica Swansson', email: 'erica@example.com', phone: '+46701112233' },
      { role: 'AUTHOR', code: null, name: null, email: 'anna@example.com' },
    ],
    serviceItems: [service('SERVICE_HEEL', 'Replace heel', null, 'Left foot.'), service('SERVICE_POLISH', 'Polish Shoes', null, null)],
    lines: [],
    containers: [],
    segments: [],
    raw,
    ...changes,
  } as Order;
}

function service(sku: string, name: string, unitPrice: { amount: string; currency: string } | null, note: string | null) {
  return {
    id: null,
    code: sku,
    name,
    serviceType: null,
    status: null,
    providerStatus: null,
    quantity: 1,
    unitPrice,
    costShare: 0,
    note,
    containerNumber: null,
    productSku: 'SHOE999',
    productName: 'Barlay Shoe',
  };
}

describe("Sitoo documented responses through ordergraph's client and mapper, field by field", () => {
  const client = (url: string) => new SitooClient({ baseUrl: url, ...credentials, timeoutMs: 2000 });

  it('reads the Add Service Order response', async () => {
    const server = await replay('POST', '/v2/accounts/1500/serviceorders.json', 201, SITOO_ADD_RESPONSE.example);
    try {
      const raw = await client(server.url).create(copyOf(SITOO_ADD_REQUEST) as never);
      expect(mapSitooOrder(raw)).toEqual(
        documentedOrder(SITOO_ADD_RESPONSE.example, {
          revision: '1',
          note: '',
          serviceItems: [service('SERVICE_HEEL', 'Replace heel', { amount: '50.00', currency: 'SEK' }, 'Left foot')],
        }),
      );
    } finally {
      await server.close();
    }
  });

  it('reads the Get Service Orders response', async () => {
    const server = await replay('GET', '/v2/accounts/1500/serviceorders.json', 200, SITOO_LIST_RESPONSE.example);
    try {
      const list = await client(server.url).list({ store: 'STORE111', state: ['new', 'in_progress', 'service_done'], start_after_id: '1W7N3V258' });
      expect(list.map((raw) => mapSitooOrder(raw))).toEqual([documentedOrder(SITOO_LIST_RESPONSE.example[0], {})]);
      expect(server.log[0].query).toContain('start_after_id=1W7N3V258');
    } finally {
      await server.close();
    }
  });

  it('reads the Get Service Order response', async () => {
    const server = await replay('GET', '/v2/accounts/1500/serviceorders/102DC4AA3.json', 200, SITOO_GET_RESPONSE.example);
    try {
      expect(mapSitooOrder(await client(server.url).get('102DC4AA3'))).toEqual(
        documentedOrder(SITOO_GET_RESPONSE.example, { updatedAt: new Date(675645522 * 1000) }),
      );
    } finally {
      await server.close();
    }
  });

  it('reads the Update Service Order response', async () => {
    const server = await replay('PUT', '/v2/accounts/1500/serviceorders/102DC4AA3.json', 200, SITOO_UPDATE_RESPONSE.example);
    try {
      const raw = await client(server.url).update('102DC4AA3', copyOf(SITOO_UPDATE_REQUEST) as never);
      expect(mapSitooOrder(raw)).toEqual(
        documentedOrder(SITOO_UPDATE_RESPONSE.example, {
          status: 'IN_PROGRESS' as Order['status'],
          providerStatus: 'in_progress',
          updatedAt: new Date(675645511 * 1000),
          serviceItems: [service('SERVICE_HEEL', 'Replace heel', null, 'Left foot.'), service('SERVICE_POLISH', 'Polish Shoes', null, '')],
        }),
      );
    } finally {
      await server.close();
    }
  });
});
