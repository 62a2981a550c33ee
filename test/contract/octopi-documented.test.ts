import { OctopiClient } from '../../src/providers/octopi/client';
import { mapOctopiOrder } from '../../src/providers/octopi/mapper';
import { OctopiEmulator } from '../../src/sandbox/octopi';
import { copyOf } from '../fixtures/documented';
import { OCTOPI_CREATE_REQUEST, OCTOPI_CREATE_RESPONSE } from '../fixtures/octopi';
import { replay, shapeDifferences } from '../support/documented';

/** octopi-service-orders.md's examples (test/fixtures/octopi/), against the emulator and against ordergraph's client and mapper. */

describe('Octopi documented examples', () => {
  it('the emulator accepts the documented request as published and answers the documented response', async () => {
    const emulator = new OctopiEmulator('doc-token');
    await emulator.listen();
    try {
      const response = await fetch(`${emulator.server.url}/api/v1/service_orders`, {
        method: 'POST',
        headers: { Authorization: 'Token token=doc-token', 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(copyOf(OCTOPI_CREATE_REQUEST)),
      });
      expect(response.status).toBe(201);
      const answer = (await response.json()) as typeof OCTOPI_CREATE_RESPONSE.example;
      expect(shapeDifferences(answer, OCTOPI_CREATE_RESPONSE.example)).toEqual([]);
      // Everything the request decides reads back as the doc's response shows it; the ids and
      // the creation time are the emulator's own.
      const { id: _id, created_at: _created, service_order_items: items, ...rest } = answer;
      const { id: _docId, created_at: _docCreated, service_order_items: documentedItems, ...documentedRest } = OCTOPI_CREATE_RESPONSE.example;
      expect(rest).toEqual(documentedRest);
      expect(items.map(({ id: _item, ...item }) => item)).toEqual(documentedItems.map(({ id: _item, ...item }) => item));
    } finally {
      await emulator.server.close();
    }
  });

  it("ordergraph's client and mapper read the documented response into the unified model, field by field", async () => {
    const server = await replay('POST', '/api/v1/service_orders', 201, OCTOPI_CREATE_RESPONSE.example);
    try {
      const client = new OctopiClient({ baseUrl: server.url, token: 'doc-token', timeoutMs: 2000 });
      const order = mapOctopiOrder(await client.create(copyOf(OCTOPI_CREATE_REQUEST) as never));
      expect(order).toEqual({
        id: 'octopi:41',
        provider: 'OCTOPI',
        providerId: '41',
        orderNumber: 'API_TEST_002',
        status: 'PENDING',
        providerStatus: 'pending',
        createdAt: new Date('2024-01-29T05:33:55-05:00'),
        updatedAt: null,
        dueAt: new Date('2024-05-19T20:00:00-04:00'),
        currency: null,
        note: 'New SO',
        revision: null,
        orderType: 'container',
        tags: [],
        references: [],
        voyage: null,
        parties: [{ role: 'ORDERED_BY', name: 'System' }],
        serviceItems: [
          {
            id: '74',
            code: '721',
            name: 'Repainting',
            serviceType: 'custom',
            status: 'PENDING',
            providerStatus: 'pending',
            quantity: 1,
            containerNumber: '0317933',
          },
          {
            id: '75',
            code: 'cleaning',
            name: 'Cleaning (Default)',
            serviceType: 'default',
            status: 'PENDING',
            providerStatus: 'pending',
            quantity: 1,
            containerNumber: '0317933',
          },
        ],
        lines: [],
        containers: [{ number: '0317933', orderId: 'octopi:41', iso6346Valid: false, sealNumbers: [], hazardousClasses: [], goods: [], events: [] }],
        segments: [],
        raw: OCTOPI_CREATE_RESPONSE.example,
      });
    } finally {
      await server.close();
    }
  });
});
