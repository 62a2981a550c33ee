import { mapOctopiOrder, octopiStatus } from '../../src/providers/octopi/mapper';
import { OCTOPI_DOCUMENTED_ORDER } from '../fixtures/octopi';

const documented = OCTOPI_DOCUMENTED_ORDER;

describe('Octopi mapper on the documented response', () => {
  const order = mapOctopiOrder(documented);

  it('gives the order a global id from the Octopi id and keeps the order number', () => {
    expect(order).toMatchObject({ id: 'octopi:41', provider: 'OCTOPI', providerId: '41', orderNumber: 'API_TEST_002', note: 'New SO' });
  });

  it('reads the depot-local times as the same instants in UTC', () => {
    expect(order.dueAt?.toISOString()).toBe('2024-05-20T00:00:00.000Z');
    expect(order.createdAt.toISOString()).toBe('2024-01-29T10:33:55.000Z');
  });

  it('maps each service order item to a service item with its container number and service name', () => {
    expect(order.serviceItems).toEqual([
      expect.objectContaining({
        id: '74',
        code: '721',
        name: 'Repainting',
        serviceType: 'custom',
        status: 'PENDING',
        providerStatus: 'pending',
        containerNumber: '0317933',
      }),
      expect.objectContaining({ id: '75', code: 'cleaning', name: 'Cleaning (Default)', serviceType: 'default', containerNumber: '0317933' }),
    ]);
  });

  it('lists each container once, flagging a number that is not ISO 6346', () => {
    expect(order.containers).toEqual([expect.objectContaining({ number: '0317933', iso6346Valid: false })]);
  });

  it('keeps the vendor payload as raw and ordered_by as a party', () => {
    expect(order.raw).toBe(documented);
    expect(order.parties).toEqual([{ role: 'ORDERED_BY', name: 'System' }]);
  });

  it('maps every documented status and keeps an unknown one visible as UNKNOWN', () => {
    expect(['pending', 'partially_completed', 'completed', 'cancelled', 'on_hold'].map(octopiStatus)).toEqual([
      'PENDING',
      'IN_PROGRESS',
      'COMPLETED',
      'CANCELLED',
      'UNKNOWN',
    ]);
  });
});
