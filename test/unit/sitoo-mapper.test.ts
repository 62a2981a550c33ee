import { OrderStatus } from '../../src/model/enums';
import { mapSitooOrder, sitooStatesOf, sitooStatus } from '../../src/providers/sitoo/mapper';
import { pushedDownStates } from '../../src/providers/sitoo/provider';
import type { SitooServiceOrder } from '../../src/providers/sitoo/wire';

// The documented response of POST /serviceorders.json, verbatim (no `version`).
const createResponse = {
  id: '102DC4AA3',
  revision: 1,
  created: 675645446,
  modified: 675645531,
  state: 'new',
  store: { id: 'STORE111', name: 'Barlay Shoe Inc' },
  owner: { email: 'staff@example.com', name: 'Pete', employee_id: null },
  customer: { first_name: 'Erica', last_name: 'Swansson', email: 'erica@example.com', mobile: '+46701112233' },
  currency: 'SEK',
  note: '',
  product: {
    sku: 'SHOE999',
    name: 'Barlay Shoe',
    serial: null,
    services: [{ sku: 'SERVICE_HEEL', name: 'Replace heel', quantity: 1, unit_price: '50.00', cost_share: 0, note: 'Left foot' }],
  },
  author: { email: 'anna@example.com', name: null, employee_id: null },
} as SitooServiceOrder;

// The documented response of GET /serviceorders/102DC4AA3.json, verbatim.
const readResponse = {
  version: '1.0',
  id: '102DC4AA3',
  revision: 2,
  created: 675645446,
  modified: 675645522,
  state: 'new',
  store: { id: 'STORE111', name: 'Barlay Shoe Inc' },
  owner: { email: 'staff@example.com', name: 'Pete', employee_id: null },
  customer: { first_name: 'Erica', last_name: 'Swansson', email: 'erica@example.com', mobile: '+46701112233' },
  currency: 'SEK',
  note: 'The shoe has a broken heel.',
  product: {
    sku: 'SHOE999',
    name: 'Barlay Shoe',
    serial: '',
    services: [
      { sku: 'SERVICE_HEEL', name: 'Replace heel', quantity: 1, unit_price: null, cost_share: 0, note: 'Left foot.' },
      { sku: 'SERVICE_POLISH', name: 'Polish Shoes', quantity: 1, unit_price: null, cost_share: 0, note: null },
    ],
  },
  author: { email: 'anna@example.com', name: null, employee_id: null },
} as SitooServiceOrder;

// The documented response of PUT /serviceorders/102DC4AA3.json, verbatim.
const updateResponse = {
  ...readResponse,
  modified: 675645511,
  state: 'in_progress',
  product: {
    sku: 'SHOE999',
    name: 'Barlay Shoe',
    serial: null,
    services: [
      { sku: 'SERVICE_HEEL', name: 'Replace heel', quantity: 1, unit_price: null, cost_share: 0, note: 'Left foot.' },
      { sku: 'SERVICE_POLISH', name: 'Polish Shoes', quantity: 1, unit_price: null, cost_share: 0, note: '' },
    ],
  },
} as SitooServiceOrder;

describe('Sitoo mapper on the documented create response', () => {
  const order = mapSitooOrder(createResponse);

  it('uses the Sitoo id as global id, provider id and order number (Sitoo has no order number)', () => {
    expect(order).toMatchObject({ id: 'sitoo:102DC4AA3', provider: 'SITOO', providerId: '102DC4AA3', orderNumber: '102DC4AA3' });
  });

  it('reads created and modified as Unix seconds', () => {
    expect(order.createdAt.toISOString()).toBe('1991-05-30T23:17:26.000Z');
    expect(order.updatedAt?.toISOString()).toBe('1991-05-30T23:18:51.000Z');
  });

  it('keeps the state, the currency, the note and the revision as a string', () => {
    expect(order).toMatchObject({ status: 'PENDING', providerStatus: 'new', currency: 'SEK', note: '', revision: '1', dueAt: null });
  });

  it('maps each product service to a service item priced exactly in the order currency', () => {
    expect(order.serviceItems).toEqual([
      {
        id: null,
        code: 'SERVICE_HEEL',
        name: 'Replace heel',
        serviceType: null,
        status: null,
        providerStatus: null,
        quantity: 1,
        unitPrice: { amount: '50.00', currency: 'SEK' },
        costShare: 0,
        note: 'Left foot',
        containerNumber: null,
        productSku: 'SHOE999',
        productName: 'Barlay Shoe',
      },
    ]);
  });

  it('makes store, owner, customer and author parties', () => {
    expect(order.parties).toEqual([
      { role: 'STORE', code: 'STORE111', name: 'Barlay Shoe Inc' },
      { role: 'OWNER', code: null, name: 'Pete', email: 'staff@example.com' },
      { role: 'CUSTOMER', name: 'Erica Swansson', email: 'erica@example.com', phone: '+46701112233' },
      { role: 'AUTHOR', code: null, name: null, email: 'anna@example.com' },
    ]);
  });

  it('has no containers, lines or segments, no serial reference, and keeps the payload as raw', () => {
    expect(order).toMatchObject({ containers: [], lines: [], segments: [], references: [], tags: [] });
    expect(order.raw).toBe(createResponse);
  });
});

describe('Sitoo mapper on the documented read, list and update responses', () => {
  it('maps a service without a price to a service item without a unit price, and a null note to null', () => {
    const order = mapSitooOrder(readResponse);
    expect(order.revision).toBe('2');
    expect(order.note).toBe('The shoe has a broken heel.');
    expect(order.serviceItems.map((i) => [i.code, i.name, i.unitPrice, i.costShare, i.note])).toEqual([
      ['SERVICE_HEEL', 'Replace heel', null, 0, 'Left foot.'],
      ['SERVICE_POLISH', 'Polish Shoes', null, 0, null],
    ]);
    expect(order.updatedAt?.toISOString()).toBe(new Date(675645522 * 1000).toISOString());
  });

  it('maps the documented list answer (a bare array) order by order', () => {
    const list: SitooServiceOrder[] = [readResponse];
    expect(list.map(mapSitooOrder).map((o) => o.id)).toEqual(['sitoo:102DC4AA3']);
  });

  it('maps the update answer to IN_PROGRESS with the new revision', () => {
    expect(mapSitooOrder(updateResponse)).toMatchObject({ status: 'IN_PROGRESS', providerStatus: 'in_progress', revision: '2' });
  });

  it('keeps a product serial as a PRODUCT_SERIAL reference', () => {
    const withSerial = { ...readResponse, product: { ...readResponse.product, serial: 'CR00123' } };
    expect(mapSitooOrder(withSerial).references).toEqual([{ type: 'PRODUCT_SERIAL', value: 'CR00123' }]);
  });

  it('reads a product sent as a one-element array, as in the documented create request', () => {
    const asArray = { ...createResponse, product: [createResponse.product] } as unknown as SitooServiceOrder;
    expect(mapSitooOrder(asArray).serviceItems[0]).toMatchObject({ code: 'SERVICE_HEEL', productSku: 'SHOE999' });
  });

  it('leaves updatedAt null when modified is null', () => {
    expect(mapSitooOrder({ ...readResponse, modified: null }).updatedAt).toBeNull();
  });
});

describe('Sitoo states', () => {
  it('maps every documented state and keeps an unknown one visible as UNKNOWN', () => {
    expect(['new', 'in_progress', 'service_done', 'closed', 'cancelled', 'waiting_for_parts'].map(sitooStatus)).toEqual([
      'PENDING',
      'IN_PROGRESS',
      'COMPLETED',
      'COMPLETED',
      'CANCELLED',
      'UNKNOWN',
    ]);
  });

  it('names the Sitoo states of each unified status, and none for statuses Sitoo does not have', () => {
    expect(sitooStatesOf(OrderStatus.COMPLETED)).toEqual(['service_done', 'closed']);
    expect(sitooStatesOf(OrderStatus.IN_TRANSIT)).toEqual([]);
  });

  it('pushes a status filter down only when it names Sitoo states and not UNKNOWN', () => {
    expect(pushedDownStates(undefined)).toBeUndefined();
    expect(pushedDownStates([OrderStatus.PENDING, OrderStatus.COMPLETED])).toEqual(['new', 'service_done', 'closed']);
    expect(pushedDownStates([OrderStatus.DRAFT])).toEqual([]);
    expect(pushedDownStates([OrderStatus.UNKNOWN, OrderStatus.PENDING])).toBeUndefined();
  });
});
