import { mapShipwellOrder, shipwellStatus, SHIPWELL_STATUSES_OF } from '../../src/providers/shipwell/mapper';
import type { ShipwellPurchaseOrder } from '../../src/providers/shipwell/wire';
import { OrderStatus } from '../../src/model/enums';

const address = {
  country: 'US',
  line_1: 'string',
  line_2: 'string',
  line_3: 'string',
  locality: 'string',
  postal_code: 'string',
  region: 'TX',
  urbanization: 'string',
  residential: false,
  geolocation: { latitude: -90, longitude: -180 },
};

const stop = {
  ...address,
  custom_data: '{"abc": "any value", "def": "any value"}',
  timezone: 'America/Chicago',
  location_number: 'PA-1',
  company_name: 'string',
  references: [],
  shipping_requirements: { plan_window: { start: '2019-08-24T14:15:22Z', end: '2019-08-24T14:15:22Z' } },
};

// The documented response example of POST /orders, verbatim (custom_data is a string there).
const documented = {
  custom_data: '{"abc": "any value", "def": "any value"}',
  order_number: 'string',
  ship_to: stop,
  name: 'string',
  ship_from: stop,
  description: 'string',
  source: 'SHIPWELL_WEB',
  source_system_id: 'string',
  start_date: '2019-08-24',
  expiration_date: '2019-08-24',
  references: [],
  shipping_requirements: {
    bill_to: {
      account_number: 'string',
      billing_id: 'string',
      payment_term: 'PREPAID',
      billing_company_name: 'string',
      billing_address: address,
      contact: { email: 'user@example.com', phone_number: 'string' },
    },
  },
  id: 'string',
  order_type: 'PURCHASE_ORDER',
  status: 'NOT_READY',
  items: [],
  supplier_created_releases_allowed: false,
  supplier: {
    name: 'string',
    address,
    identification_codes: [],
    phone_number: 'string',
    email: 'user@example.com',
    supplier_id: 'string',
  },
  releases: [],
  released_from_release_id: 'string',
  created_from_order_id: 'string',
  cancelled_at: '2019-08-24T14:15:22Z',
  created_at: '2019-08-24T14:15:22Z',
  updated_at: '2019-08-24T14:15:22Z',
  tags: [],
  archived: false,
} as unknown as ShipwellPurchaseOrder;

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
      { role: 'SHIP_FROM', code: 'PA-1', name: 'string', companyName: 'string', email: null, phone: null, address: { ...normalised, timezone: 'America/Chicago' } },
      { role: 'SHIP_TO', code: 'PA-1', name: 'string', companyName: 'string', email: null, phone: null, address: { ...normalised, timezone: 'America/Chicago' } },
      { role: 'SUPPLIER', code: 'string', name: 'string', companyName: 'string', email: 'user@example.com', phone: 'string', address: { ...normalised, timezone: null } },
      { role: 'BILL_TO', code: 'string', name: 'string', companyName: 'string', email: 'user@example.com', phone: 'string', address: { ...normalised, timezone: null } },
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
    expect(['NOT_READY', 'READY', 'FILLED', 'ASSIGNED', 'DISPATCHED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'CANCELED', 'ON_HOLD'].map(shipwellStatus)).toEqual([
      'DRAFT',
      'PENDING',
      'ACCEPTED',
      'ACCEPTED',
      'IN_PROGRESS',
      'IN_TRANSIT',
      'IN_TRANSIT',
      'COMPLETED',
      'CANCELLED',
      'UNKNOWN',
    ]);
  });

  it('pushes a unified status filter down as exactly the Shipwell statuses that map to it', () => {
    for (const [unified, vendor] of Object.entries(SHIPWELL_STATUSES_OF)) {
      for (const value of vendor) expect(shipwellStatus(value)).toBe(unified);
    }
    expect(SHIPWELL_STATUSES_OF[OrderStatus.UNKNOWN]).toEqual([]);
  });
});
