import { OctopiEmulator } from '../../src/sandbox/octopi';
import { OCTOPI_DOCUMENTED_ORDER as DOCUMENTED } from '../fixtures/octopi';

describe('the Octopi emulator speaks the documented wire format', () => {
  let emulator: OctopiEmulator;
  const call = (method: string, path: string, body?: unknown, token = 'doc-token') =>
    fetch(`${emulator.server.url}${path}`, {
      method,
      headers: { Authorization: `Token token=${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    emulator = new OctopiEmulator('doc-token');
    emulator.seed(3);
    await emulator.listen();
  });
  afterAll(() => emulator.server.close());

  it('seeds the documented example first and serves it exactly as documented, by id and by order number', async () => {
    expect(await (await call('GET', '/api/v1/service_orders/41.json')).json()).toEqual(DOCUMENTED);
    expect(await (await call('GET', '/api/v1/service_orders/API_TEST_002.json')).json()).toEqual(DOCUMENTED);
  });

  it('answers the documented request with the documented shape, depot times and catalogue names', async () => {
    const response = await call('POST', '/api/v1/service_orders', {
      service_order: {
        order_number: 'API_TEST_003',
        cargo_type: 'container',
        due_at: '2024-05-20T00:00:00Z',
        comment: 'New SO',
        container_ids: [4337700],
        service_ids: ['cleaning', 721],
      },
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as typeof DOCUMENTED;
    expect(Object.keys(body).sort()).toEqual(Object.keys(DOCUMENTED).sort());
    expect(body).toMatchObject({ order_number: 'API_TEST_003', due_at: '2024-05-19T20:00:00-04:00', status: 'pending', ordered_by: 'System' });
    // In the documented order: the custom service first, as the doc's example answers.
    expect(body.service_order_items.map((i) => [i.container_number, i.service_type, i.service_id, i.service_name])).toEqual([
      ['0317933', 'custom', 721, 'Repainting'],
      ['0317933', 'default', 'cleaning', 'Cleaning (Default)'],
    ]);
  });

  it('demands Authorization: Token token=...', async () => {
    expect((await call('GET', '/api/v1/service_orders', undefined, 'wrong')).status).toBe(401);
    const bare = await fetch(`${emulator.server.url}/api/v1/service_orders`);
    expect(bare.status).toBe(401);
  });

  it.each([
    ['order_number', { cargo_type: 'container', container_ids: [4337700], service_ids: ['cleaning'] }],
    ['cargo_type', { order_number: 'V-1', container_ids: [4337700], service_ids: ['cleaning'] }],
    ['cargo_type', { order_number: 'V-2', cargo_type: 'ship', container_ids: [4337700], service_ids: ['cleaning'] }],
    ['container_ids', { order_number: 'V-3', cargo_type: 'container', service_ids: ['cleaning'] }],
    ['cargo_type', { order_number: 'V-2b', cargo_type: 'vehicle', container_ids: [4337700], service_ids: ['cleaning'] }],
    ['service_ids', { order_number: 'V-5', cargo_type: 'container', container_ids: [4337700] }],
    ['due_at', { order_number: 'V-7', cargo_type: 'container', container_ids: [4337700], service_ids: ['cleaning'], due_at: 'next tuesday' }],
    ['due_at', { order_number: 'V-8', cargo_type: 'container', container_ids: [4337700], service_ids: ['cleaning'], due_at: '2024-05-20T00:00:00-04:00' }],
    ['order_number', { order_number: 'API_TEST_002', cargo_type: 'container', container_ids: [4337700], service_ids: ['cleaning'] }],
  ])('answers 422 naming %s when it breaks a rule', async (field, serviceOrder) => {
    const response = await call('POST', '/api/v1/service_orders', { service_order: serviceOrder });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty(field);
  });

  it.each([
    ['container_ids', { order_number: 'V-4', cargo_type: 'container', container_ids: [999], service_ids: ['cleaning'] }],
    ['service_ids', { order_number: 'V-6', cargo_type: 'container', container_ids: [4337700], service_ids: ['polishing'] }],
  ])(
    "answers the create call's documented 404 Resource Not Found naming %s when it refers to something the depot does not have",
    async (field, serviceOrder) => {
      const response = await call('POST', '/api/v1/service_orders', { service_order: serviceOrder });
      expect(response.status).toBe(404);
      const body = (await response.json()) as { error: string; errors: Record<string, string[]> };
      expect(body.error).toBe('Resource Not Found');
      expect(body.errors).toHaveProperty(field);
    },
  );

  it('accepts what the doc leaves open: a long order number and comment, any default service id the depot has', async () => {
    const response = await call('POST', '/api/v1/service_orders', {
      service_order: {
        order_number: `LONG-${'x'.repeat(300)}`,
        cargo_type: 'breakbulk',
        container_ids: [4337700],
        service_ids: ['pti'],
        comment: 'c'.repeat(5000),
      },
    });
    expect(response.status).toBe(201);
  });

  it('lists every order with total_count, updates by order number and cancels with a required reason', async () => {
    const list = (await (await call('GET', '/api/v1/service_orders')).json()) as { total_count: number; service_orders: unknown[] };
    expect(list.total_count).toBe(list.service_orders.length);
    expect((await call('PUT', '/api/v1/service_orders/API_TEST_002.json', { service_order: { comment: 'Gate 4' } })).status).toBe(200);
    expect((await call('PUT', '/api/v1/service_orders/API_TEST_002/cancel.json', { service_order: {} })).status).toBe(422);
    const cancelled = await call('PUT', '/api/v1/service_orders/API_TEST_002/cancel.json', { service_order: { cancellation_reason: 'Vessel left' } });
    expect(((await cancelled.json()) as { status: string }).status).toBe('cancelled');
    expect((await call('GET', '/api/v1/service_orders/NOPE.json')).status).toBe(404);
  });
});
