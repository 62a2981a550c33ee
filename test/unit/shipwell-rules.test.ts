import { checkCreate, decimalText, isTimeZone, toInputPath, toLoc } from '../../src/providers/shipwell/rules';
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

  it('map wire paths to GraphQL input paths and to FastAPI locations', () => {
    expect(toInputPath('order_number')).toBe('input.orderNumber');
    expect(toInputPath('ship_to.geolocation.latitude')).toBe('input.shipTo.geolocation.latitude');
    expect(toInputPath('ship_from.shipping_requirements.plan_window.end')).toBe('input.shipFrom.planWindow.end');
    expect(toInputPath('shipping_requirements.bill_to.billing_address.line_1')).toBe('input.billTo.billingAddress.line1');
    expect(toInputPath('items[2].unit_amount.currency')).toBe('input.items[2].unitAmount.currency');
    expect(toLoc('items[2].unit_amount.currency')).toEqual(['body', 'items', 2, 'unit_amount', 'currency']);
    expect(toLoc('tags[0]')).toEqual(['body', 'tags', 0]);
  });

  it('keep decimals as exact text and know IANA time zones', () => {
    expect(decimalText('0.10000000000000001')).toBe('0.10000000000000001');
    expect(decimalText(12.5)).toBe('12.5');
    expect(decimalText('1e3')).toBeUndefined();
    expect(decimalText(Number.NaN)).toBeUndefined();
    expect(['America/Chicago', 'Europe/Paris', 'UTC'].map(isTimeZone)).toEqual([true, true, true]);
    expect(['Mars/Olympus_Mons', '+01:00', ''].map(isTimeZone)).toEqual([false, false, false]);
  });
});
