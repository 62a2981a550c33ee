import { OrderStatus } from '../../src/model/enums';
import { mapSitooOrder, sitooStatesOf, sitooStatus } from '../../src/providers/sitoo/mapper';
import { pushedDownStates } from '../../src/providers/sitoo/provider';
import type { SitooServiceOrder } from '../../src/providers/sitoo/wire';
import { SITOO_ADD_RESPONSE, SITOO_GET_RESPONSE, SITOO_LIST_RESPONSE, SITOO_UPDATE_RESPONSE } from '../fixtures/sitoo';

// The documented responses (test/fixtures/sitoo/): create (no `version`), read, list, update.
const createResponse = SITOO_ADD_RESPONSE.example as unknown as SitooServiceOrder;
const readResponse = SITOO_GET_RESPONSE.example as unknown as SitooServiceOrder;
const listResponse = SITOO_LIST_RESPONSE.example as unknown as SitooServiceOrder[];
const updateResponse = SITOO_UPDATE_RESPONSE.example as unknown as SitooServiceOrder;

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
    expect(listResponse.map((raw) => mapSitooOrder(raw)).map((o) => [o.id, o.revision, o.serviceItems.length])).toEqual([['sitoo:102DC4AA3', '2', 2]]);
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
