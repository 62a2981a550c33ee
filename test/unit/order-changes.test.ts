import { diffFingerprints, fingerprintOf } from '../../src/changes/fingerprint';
import { OrderChangeKind } from '../../src/changes/kinds';
import { mapOctopiOrder } from '../../src/providers/octopi/mapper';
import type { OctopiServiceOrder } from '../../src/providers/octopi/wire';
import { OCTOPI_DOCUMENTED_ORDER } from '../fixtures/octopi';
import { OrderStatus } from '../../src/model/enums';
import type { Order } from '../../src/model/order';

const documented = OCTOPI_DOCUMENTED_ORDER;

const order = (changes: Partial<OctopiServiceOrder> = {}): Order => mapOctopiOrder({ ...documented, ...changes });

describe('order fingerprints and their diff', () => {
  it('reports an order seen for the first time as created', () => {
    expect(diffFingerprints(null, fingerprintOf(order()))).toEqual({ kind: OrderChangeKind.CREATED, previousStatus: null, changedFields: [] });
  });

  it('reports nothing when the same order is read again', () => {
    expect(diffFingerprints(fingerprintOf(order()), fingerprintOf(order()))).toBeNull();
  });

  it('reports a status move with the status it came from and every field that moved with it', () => {
    const completed = order({
      status: 'partially_completed',
      service_order_items: [{ ...documented.service_order_items[0], status: 'completed' }, documented.service_order_items[1]],
    });
    expect(diffFingerprints(fingerprintOf(order()), fingerprintOf(completed))).toEqual({
      kind: OrderChangeKind.STATUS_CHANGED,
      previousStatus: OrderStatus.PENDING,
      changedFields: ['status', 'providerStatus', 'serviceItems'],
    });
  });

  it('names the fields that changed when the status did not', () => {
    const edited = order({ comment: 'Gate 4', due_at: '2024-05-21T20:00:00-04:00' });
    expect(diffFingerprints(fingerprintOf(order()), fingerprintOf(edited))).toEqual({
      kind: OrderChangeKind.FIELDS_CHANGED,
      previousStatus: OrderStatus.PENDING,
      changedFields: ['dueAt', 'note'],
    });
  });

  it('reports a move to CANCELLED as a cancellation', () => {
    const cancelled = order({ status: 'cancelled' });
    expect(diffFingerprints(fingerprintOf(order()), fingerprintOf(cancelled))).toMatchObject({
      kind: OrderChangeKind.CANCELLED,
      previousStatus: OrderStatus.PENDING,
    });
  });

  it('reports an order the vendor no longer lists as disappeared, with its last status', () => {
    expect(diffFingerprints(fingerprintOf(order({ status: 'partially_completed' })), null)).toEqual({
      kind: OrderChangeKind.DISAPPEARED,
      previousStatus: OrderStatus.IN_PROGRESS,
      changedFields: [],
    });
  });

  it('ignores the vendor raw payload and the difference between an absent and a null field', () => {
    const base = order();
    const sameButRaw: Order = { ...base, raw: { ...(base.raw as object), internal_counter: 7 }, currency: undefined };
    expect(diffFingerprints(fingerprintOf({ ...base, currency: null }), fingerprintOf(sameButRaw))).toBeNull();
  });

  it('ignores the order of keys inside nested data', () => {
    const base = order();
    const reordered: Order = { ...base, serviceItems: base.serviceItems.map((item) => Object.fromEntries(Object.entries(item).reverse()) as typeof item) };
    expect(diffFingerprints(fingerprintOf(base), fingerprintOf(reordered))).toBeNull();
  });
});
