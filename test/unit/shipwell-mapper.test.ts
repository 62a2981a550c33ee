import { mapShipwellOrder, shipwellStatus, SHIPWELL_STATUSES_OF } from '../../src/providers/shipwell/mapper';
import type { ShipwellPurchaseOrder } from '../../src/providers/shipwell/wire';
import { OrderStatus } from '../../src/model/enums';
import { SHIPWELL_CREATE_RESPONSE } from '../fixtures/shipwell';

// The documented response example of POST /orders, verbatim (custom_data is a string there).
const documented = SHIPWELL_CREATE_RESPONSE.example as unknown as ShipwellPurchaseOrder;

const normalised = {
  lines: ['string', 'string', 'string'],
  city: 'string',
  postalCode: 'string',
  region: 'TX',
  country: 'US',
  latitude: -90,
  longitude: -180,
};

describe('Shipwell mapper on the documented response', () => {
  const order = mapShipwellOrder(documented);

  it('gives the order a global id from the Shipwell id and keeps the order number, status and type', () => {
    expect(order).toMatchObject({
      id: 'shipwell:string',
      provider: 'SHIPWELL',
      providerId: 'string',
      orderNumber: 'string',
      status: 'DRAFT',
      providerStatus: 'NOT_READY',
      orderType: 'PURCHASE_ORDER',
      note: 'string',
    });
  });

  it('reads created_at, updated_at and the delivery plan window end as instants', () => {
    expect(order.createdAt.toISOString()).toBe('2019-08-24T14:15:22.000Z');
    expect(order.updatedAt?.toISOString()).toBe('2019-08-24T14:15:22.000Z');
    expect(order.dueAt?.toISOString()).toBe('2019-08-24T14:15:22.000Z');
  });

  it('makes ship-from, ship-to, supplier and bill-to parties with normalised addresses', () => {
    expect(order.parties).toEqual([
      {
        role: 'SHIP_FROM',
        code: 'PA-1',
        name: 'string',
        companyName: 'string',
        email: null,
        phone: null,
        address: { ...normalised, timezone: 'America/Chicago' },
      },
      {
        role: 'SHIP_TO',
        code: 'PA-1',
        name: 'string',
        companyName: 'string',
        email: null,
        phone: null,
        address: { ...normalised, timezone: 'America/Chicago' },
      },
      {
        role: 'SUPPLIER',
        code: 'string',
        name: 'string',
        companyName: 'string',
        email: 'user@example.com',
        phone: 'string',
        address: { ...normalised, timezone: null },
      },
      {
        role: 'BILL_TO',
        code: 'string',
        name: 'string',
        companyName: 'string',
        email: 'user@example.com',
        phone: 'string',
        address: { ...normalised, timezone: null },
      },
    ]);
  });

  it('keeps the source system id as a reference, the tags, no lines, and the payload as raw', () => {
    expect(order.references).toEqual([{ type: 'SOURCE_SYSTEM_ID', value: 'string' }]);
    expect(order.tags).toEqual([]);
    expect(order.lines).toEqual([]);
    expect(order.currency).toBeNull();
    expect(order.raw).toBe(documented);
  });
});

describe('Shipwell mapper on items, tags and references', () => {
  const order = mapShipwellOrder({
    ...documented,
    references: [{ qualifier: 'ERP_PO', value: '4500012345' }],
    tags: [{ id: '01HB7Q4K2V0TAGURGENT000001', slug: 'urgent', name: 'Urgent' }],
    items: [
      {
        id: '01HZX0000000000000000000IT',
        description: 'Raw almonds, 25 lb carton',
        sku: 'ALM-25LB',
        product_id: 'PRD-ALM-25LB',
        quantity: { value: '0.10000000000000001', unit: 'CARTON' },
        unit_amount: { value: '118.50', currency: 'USD' },
        total_weight: { value: '3000', unit: 'LB' },
      },
    ],
  });

  it('maps items to lines keeping quantity and price as the exact decimal strings', () => {
    expect(order.lines).toEqual([
      {
        id: '01HZX0000000000000000000IT',
        sku: 'ALM-25LB',
        description: 'Raw almonds, 25 lb carton',
        quantity: '0.10000000000000001',
        unit: 'CARTON',
        unitPrice: { amount: '118.50', currency: 'USD' },
        status: null,
        providerStatus: null,
        reference: 'PRD-ALM-25LB',
        exFactoryDate: null,
        fulfillments: [],
      },
    ]);
    expect(order.currency).toBe('USD');
  });

  it('maps a quantity or a price that comes without its value to no value, keeping the unit, never to the text "undefined"', () => {
    const [line] = mapShipwellOrder({
      ...documented,
      items: [{ ...documented.items![0], quantity: { unit: 'CARTON' }, unit_amount: { currency: 'USD' } }],
    } as unknown as ShipwellPurchaseOrder).lines;
    expect(line).toMatchObject({ quantity: null, unit: 'CARTON', unitPrice: null });
  });

  it('keeps tag slugs and order references', () => {
    expect(order.tags).toEqual(['urgent']);
    expect(order.references).toEqual([
      { type: 'ERP_PO', value: '4500012345' },
      { type: 'SOURCE_SYSTEM_ID', value: 'string' },
    ]);
  });
});

describe('Shipwell statuses', () => {
  it('maps every documented status and keeps an unknown one visible as UNKNOWN', () => {
    expect(
      ['NOT_READY', 'READY', 'FILLED', 'ASSIGNED', 'DISPATCHED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'CANCELED', 'ON_HOLD'].map(shipwellStatus),
    ).toEqual(['DRAFT', 'PENDING', 'ACCEPTED', 'ACCEPTED', 'IN_PROGRESS', 'IN_TRANSIT', 'IN_TRANSIT', 'COMPLETED', 'CANCELLED', 'UNKNOWN']);
  });

  it('pushes a unified status filter down as exactly the Shipwell statuses that map to it', () => {
    for (const [unified, vendor] of Object.entries(SHIPWELL_STATUSES_OF)) {
      for (const value of vendor) expect(shipwellStatus(value)).toBe(unified);
    }
    expect(SHIPWELL_STATUSES_OF[OrderStatus.UNKNOWN]).toEqual([]);
  });
});
