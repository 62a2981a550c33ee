import { ShipwellClient } from '../../src/providers/shipwell/client';
import { mapShipwellOrder } from '../../src/providers/shipwell/mapper';
import { ShipwellEmulator } from '../../src/sandbox/shipwell';
import { copyOf } from '../fixtures/documented';
import { SHIPWELL_CREATE_REQUEST, SHIPWELL_CREATE_RESPONSE } from '../fixtures/shipwell';
import { replay, shapeDifferences } from '../support/documented';

/** shipwell-purchase-orders.md's examples (test/fixtures/shipwell/), against the emulator and against ordergraph's client and mapper. */

type Json = Record<string, any>;

describe('Shipwell documented example against the emulator', () => {
  it('accepts the documented request payload as published (custom_data as a JSON string, a plan window that starts as it ends) and answers the documented response shape', async () => {
    const emulator = new ShipwellEmulator('doc-token');
    await emulator.listen();
    try {
      const response = await fetch(`${emulator.server.url}/orders`, {
        method: 'POST',
        headers: { Authorization: 'Token doc-token', 'Content-Type': 'application/json' },
        body: JSON.stringify(copyOf(SHIPWELL_CREATE_REQUEST)),
      });
      expect(response.status).toBe(201);
      const answer = (await response.json()) as Json;
      expect(shapeDifferences(answer, SHIPWELL_CREATE_RESPONSE.example)).toEqual([]);
      // What the request sent reads back as the documented response shows it.
      const own = ['id', 'created_at', 'updated_at', 'cancelled_at', 'released_from_release_id', 'created_from_order_id'];
      const strip = (order: Json) => Object.fromEntries(Object.entries(order).filter(([key]) => !own.includes(key)));
      expect(strip(answer)).toEqual(strip(SHIPWELL_CREATE_RESPONSE.example));
    } finally {
      await emulator.server.close();
    }
  });
});

describe("Shipwell documented response through ordergraph's client and mapper", () => {
  it('reads the Successful Response example into the unified model, field by field', async () => {
    const server = await replay('POST', '/orders', 201, SHIPWELL_CREATE_RESPONSE.example);
    try {
      const client = new ShipwellClient({ baseUrl: server.url, token: 'doc-token', timeoutMs: 2000 });
      const raw = await client.create(copyOf(SHIPWELL_CREATE_REQUEST) as never);
      const address = (timezone: string | null) => ({
        lines: ['string', 'string', 'string'],
        city: 'string',
        postalCode: 'string',
        region: 'TX',
        country: 'US',
        latitude: -90,
        longitude: -180,
        timezone,
      });
      const stop = (role: string) => ({
        role,
        code: 'PA-1',
        name: 'string',
        companyName: 'string',
        email: null,
        phone: null,
        address: address('America/Chicago'),
      });
      expect(mapShipwellOrder(raw)).toEqual({
        id: 'shipwell:string',
        provider: 'SHIPWELL',
        providerId: 'string',
        orderNumber: 'string',
        status: 'DRAFT',
        providerStatus: 'NOT_READY',
        createdAt: new Date('2019-08-24T14:15:22Z'),
        updatedAt: new Date('2019-08-24T14:15:22Z'),
        // The ship-to plan window's end.
        dueAt: new Date('2019-08-24T14:15:22Z'),
        currency: null,
        note: 'string',
        revision: null,
        orderType: 'PURCHASE_ORDER',
        tags: [],
        references: [{ type: 'SOURCE_SYSTEM_ID', value: 'string' }],
        voyage: null,
        parties: [
          stop('SHIP_FROM'),
          stop('SHIP_TO'),
          { role: 'SUPPLIER', code: 'string', name: 'string', companyName: 'string', email: 'user@example.com', phone: 'string', address: address(null) },
          { role: 'BILL_TO', code: 'string', name: 'string', companyName: 'string', email: 'user@example.com', phone: 'string', address: address(null) },
        ],
        serviceItems: [],
        lines: [],
        containers: [],
        segments: [],
        raw,
      });
    } finally {
      await server.close();
    }
  });
});
