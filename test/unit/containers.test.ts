import { containerView } from '../../src/core/containers';
import { ProviderKey } from '../../src/providers';
import { OrderStatus } from '../../src/model/enums';
import type { ContainerEvent, Order, OrderContainer } from '../../src/model/order';

const NUMBER = 'CGMU1234562';

function order(id: string, createdAt: string, stated: Partial<OrderContainer>): Order {
  return {
    id,
    provider: id.startsWith('octopi') ? ProviderKey.OCTOPI : ProviderKey.SOGET,
    providerId: id.split(':')[1],
    orderNumber: id,
    status: OrderStatus.PENDING,
    providerStatus: 'pending',
    createdAt: new Date(createdAt),
    tags: [],
    references: [],
    parties: [],
    serviceItems: [],
    lines: [],
    segments: [],
    raw: {},
    containers: [{ number: NUMBER, orderId: id, iso6346Valid: true, sealNumbers: [], hazardousClasses: [], goods: [], events: [], ...stated }],
  };
}

function event(type: string, orderId: string, startDate: string | null): ContainerEvent {
  return { type, orderId, startDate: startDate ? new Date(startDate) : null };
}

describe('the Container of a number, across orders', () => {
  const depot = order('octopi:7', '2024-03-05T00:00:00Z', { sealNumbers: ['DEPOT-SEAL'] });
  const older = order('soget:CDE1', '2024-03-01T00:00:00Z', {
    sizeType: '22G1',
    tareKg: 2200,
    isReefer: false,
    sealNumbers: ['SL1'],
    events: [event('LadingImport', 'soget:CDE1', '2024-03-02T08:00:00Z'), event('EmptyReturnImport', 'soget:CDE1', null)],
  });
  const newer = order('soget:CDE2', '2024-03-04T00:00:00Z', {
    sizeType: '45R1',
    isReefer: true,
    sealNumbers: ['SL2'],
    events: [event('LadingExport', 'soget:CDE2', '2024-03-04T09:00:00Z')],
  });

  it('is the same value whatever order the providers answered in', () => {
    const a = containerView(NUMBER, [depot, older, newer]);
    const b = containerView(NUMBER, [newer, depot, older]);
    expect(b).toEqual(a);
  });

  it('takes each fact of the box from the newest order that gives it, and lists orders newest first', () => {
    const view = containerView(NUMBER, [older, depot, newer]);
    expect(view).toMatchObject({ number: NUMBER, iso6346Valid: true, sizeType: '45R1', tareKg: 2200, isReefer: true });
    expect(view.orders.map((o) => o.id)).toEqual(['octopi:7', 'soget:CDE2', 'soget:CDE1']);
  });

  it('keeps what one order states (its seals) off the container', () => {
    expect(containerView(NUMBER, [depot, older])).not.toHaveProperty('sealNumbers');
  });

  it("merges every order's events in time order, events without a date last, each naming its order", () => {
    const view = containerView(NUMBER, [newer, older]);
    expect(view.events.map((e) => [e.type, e.orderId])).toEqual([
      ['LadingImport', 'soget:CDE1'],
      ['LadingExport', 'soget:CDE2'],
      ['EmptyReturnImport', 'soget:CDE1'],
    ]);
  });

  it('says null for reefer when no order tells, and false when orders say it is not one', () => {
    expect(containerView(NUMBER, [depot]).isReefer).toBeNull();
    expect(containerView(NUMBER, [depot, older]).isReefer).toBe(false);
    expect(containerView(NUMBER, []).orders).toEqual([]);
  });
});
