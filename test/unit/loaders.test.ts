import { isOrderGraphError } from '../../src/core/errors';
import { OrderLoaders } from '../../src/core/loaders';
import { ProviderKey } from '../../src/providers';
import { ProviderRegistry } from '../../src/core/registry';
import { FakeProvider, fakeOrder } from '../support/fake-provider';

function setup() {
  const octopi = new FakeProvider(ProviderKey.OCTOPI, [fakeOrder('OCTOPI', '1', '2026-01-01T08:00:00Z'), fakeOrder('OCTOPI', '2', '2026-01-01T08:01:00Z')]);
  const vu = new FakeProvider(ProviderKey.VU, [fakeOrder('VU', '7', '2026-01-01T08:02:00Z')]);
  return { octopi, vu, loaders: new OrderLoaders(new ProviderRegistry([octopi, vu])) };
}

describe('per-request order loaders', () => {
  it('make one batch per provider of the ids asked in one tick, answering in the order asked', async () => {
    const { octopi, vu, loaders } = setup();
    const orders = await Promise.all(['vu:7', 'octopi:2', 'octopi:1'].map((id) => loaders.byId.load(id)));
    expect(orders.map((o) => o.id)).toEqual(['vu:7', 'octopi:2', 'octopi:1']);
    expect(octopi.batches).toEqual([['2', '1']]);
    expect(vu.batches).toEqual([['7']]);
  });

  it('put a missing order and a malformed id in their own slots, not failing the others', async () => {
    const { loaders } = setup();
    const [missing, bad, found] = await Promise.allSettled(['octopi:99', 'nonsense', 'octopi:1'].map((id) => loaders.byId.load(id)));
    expect(missing.status === 'rejected' && isOrderGraphError(missing.reason) && missing.reason.code).toBe('NOT_FOUND');
    expect(bad.status === 'rejected' && isOrderGraphError(bad.reason) && bad.reason.code).toBe('BAD_USER_INPUT');
    expect(found.status === 'fulfilled' && found.value.id).toBe('octopi:1');
  });

  it('answer a provider failing a whole batch with its error in every slot of that provider only', async () => {
    const { octopi, loaders } = setup();
    octopi.getOrders = async () => {
      throw new Error('Octopi is down');
    };
    const [a, b] = await Promise.allSettled(['octopi:1', 'vu:7'].map((id) => loaders.byId.load(id)));
    expect(a.status === 'rejected' && (a.reason as Error).message).toBe('Octopi is down');
    expect(b.status).toBe('fulfilled');
  });

  it('answer an order number no order has with null, and prime what they find for reads by id', async () => {
    const { octopi, loaders } = setup();
    const [none, found] = await Promise.all([
      loaders.byNumber.load(OrderLoaders.numberKey(ProviderKey.OCTOPI, 'NOPE')),
      loaders.byNumber.load(OrderLoaders.numberKey(ProviderKey.OCTOPI, 'OCTOPI-2')),
    ]);
    expect(none).toBeNull();
    expect(found!.id).toBe('octopi:2');
    await loaders.byId.load('octopi:2');
    expect(octopi.batches).toEqual([['NOPE', 'OCTOPI-2']]);
  });

  it("serve the orders of a list page without another call, with the first list's order when two lists returned it, and load the others", async () => {
    const { octopi, vu, loaders } = setup();
    const earlier = fakeOrder('VU', '7', '2026-01-01T08:02:00Z');
    loaders.primeListed([{ node: earlier }]);
    loaders.primeListed([{ node: vu.orders[0] }, { node: octopi.orders[1] }]);
    const [fromList, other, again] = await Promise.all(['vu:7', 'octopi:1', 'octopi:2'].map((id) => loaders.byId.load(id)));
    expect(fromList).toBe(earlier);
    expect(again).toBe(octopi.orders[1]);
    expect(other.id).toBe('octopi:1');
    expect(vu.batches).toEqual([]);
    expect(octopi.batches).toEqual([['1']]);
  });

  it('serve an order primed from a list without another call', async () => {
    const { vu, loaders } = setup();
    loaders.prime(vu.orders[0]);
    expect((await loaders.byId.load('vu:7')).id).toBe('vu:7');
    expect(vu.batches).toEqual([]);
  });
});
