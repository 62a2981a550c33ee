import { checkCreate, toInputPath } from '../../src/providers/shipwell/rules';
import { copyOf } from '../fixtures/documented';
import { SHIPWELL_CREATE_REQUEST } from '../fixtures/shipwell';
import { toWire } from '../../src/providers/shipwell/provider';
import { shipwellInput } from '../support/shipwell-fixtures';

describe('Shipwell rules', () => {
  it('accept the complete example body and a minimal one', () => {
    expect(checkCreate(toWire(shipwellInput('PO-1')))).toEqual([]);
    expect(checkCreate({ order_number: 'PO-2', ship_to: { country: 'US' } })).toEqual([]);
  });

  it('list every broken rule of a body, in body order', () => {
    const issues = checkCreate({ order_number: 'N'.repeat(65), ship_to: { country: 'US', geolocation: { latitude: 100, longitude: 200 } } });
    expect(issues.map((i) => [i.field, i.rule, i.type])).toEqual([
      ['order_number', 'maxLength', 'string_too_long'],
      ['ship_to.geolocation.latitude', 'range', 'less_than_equal'],
      ['ship_to.geolocation.longitude', 'range', 'less_than_equal'],
    ]);
  });

  it('accept the bounds themselves, as the documented example does (-90, -180)', () => {
    expect(checkCreate({ order_number: 'PO-3', ship_to: { country: 'US', geolocation: { latitude: -90, longitude: -180 } } })).toEqual([]);
    expect(checkCreate({ order_number: 'PO-3', ship_to: { country: 'US', geolocation: { latitude: 90, longitude: 180 } } })).toEqual([]);
  });

  it('accept a plan window that starts and ends at the same instant, as the documented example does', () => {
    const window = { start: '2019-08-24T14:15:22Z', end: '2019-08-24T14:15:22Z' };
    expect(checkCreate({ order_number: 'PO-4', ship_to: { country: 'US', shipping_requirements: { plan_window: window } } })).toEqual([]);
  });

  it('accept the documented request payload as published: custom_data as a JSON string, items and references as the doc leaves them', () => {
    expect(checkCreate(copyOf(SHIPWELL_CREATE_REQUEST))).toEqual([]);
  });

  it('leave to Shipwell what the doc does not state: an address without country, any time zone text, one end of a plan window, a supplier without name, any payment term, items and references of any shape', () => {
    const body = {
      order_number: 'PO-5',
      ship_to: { timezone: 'Central Time', shipping_requirements: { plan_window: { end: '2024-05-23T17:00:00Z' } } },
      ship_from: { country: 'USA', shipping_requirements: { plan_window: { start: '2024-05-23T17:00:00Z', end: '2024-05-23T13:00:00Z' } } },
      supplier: { supplier_id: 'SUP-1' },
      shipping_requirements: { bill_to: { payment_term: 'NET_30', billing_address: { locality: 'Dallas' } } },
      items: [{ anything: true }, { quantity: { value: '0', unit: 'SPOON' } }],
      references: [{ value: 'no qualifier' }],
      tags: [''],
      start_date: '2024-07-31',
      expiration_date: '2024-05-01',
    };
    expect(checkCreate(body)).toEqual([]);
  });

  it('map wire paths to GraphQL input paths', () => {
    expect(toInputPath('order_number')).toBe('input.orderNumber');
    expect(toInputPath('ship_to.geolocation.latitude')).toBe('input.shipTo.geolocation.latitude');
    expect(toInputPath('ship_from.shipping_requirements.plan_window.end')).toBe('input.shipFrom.planWindow.end');
    expect(toInputPath('shipping_requirements.bill_to.billing_address.line_1')).toBe('input.billTo.billingAddress.line1');
    expect(toInputPath('items[2].unit_amount.currency')).toBe('input.items[2].unitAmount.currency');
  });
});
