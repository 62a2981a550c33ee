import { deferrable } from '../../src/core/deferred';

interface Host {
  id: string;
  raw: { items: number[]; owner: string };
}
interface Parts {
  items: string[];
  owner: { name: string };
}

/** A mapper with two deferrable parts, counting how often each is computed. */
function mapper() {
  const computed = { items: 0, owner: 0 };
  const attach = deferrable<Host, Parts>({
    items: ({ raw }) => {
      computed.items += 1;
      return raw.items.map((n) => `item ${n}`);
    },
    owner: ({ raw }) => {
      computed.owner += 1;
      return { name: raw.owner };
    },
  });
  const map = (id: string, select?: ReadonlySet<string>) => attach({ id, raw: { items: [1, 2], owner: `owner of ${id}` } }, select);
  return { map, computed };
}

const isAccessor = (object: object, name: string) => typeof Object.getOwnPropertyDescriptor(object, name)?.get === 'function';

describe('deferred parts', () => {
  it('computes every part at once when there is no selection', () => {
    const { map, computed } = mapper();
    const order = map('a');
    expect(computed).toEqual({ items: 1, owner: 1 });
    expect(isAccessor(order, 'items')).toBe(false);
    expect(order).toEqual({ id: 'a', raw: { items: [1, 2], owner: 'owner of a' }, items: ['item 1', 'item 2'], owner: { name: 'owner of a' } });
  });

  it('computes a part the selection names at once, as plain data', () => {
    const { map, computed } = mapper();
    const order = map('a', new Set(['id', 'owner']));
    expect(computed).toEqual({ items: 0, owner: 1 });
    expect(Object.getOwnPropertyDescriptor(order, 'owner')).toEqual({ value: { name: 'owner of a' }, writable: true, enumerable: true, configurable: true });
    expect(isAccessor(order, 'items')).toBe(true);
  });

  it('computes a part the selection leaves out on its first read only, and gives what the eager mapping gives', () => {
    const { map, computed } = mapper();
    const order = map('a', new Set(['id']));
    expect(computed).toEqual({ items: 0, owner: 0 });
    const first = order.items;
    expect(first).toEqual(['item 1', 'item 2']);
    expect(order.items).toBe(first);
    expect(computed).toEqual({ items: 1, owner: 0 });
    // Replaced by plain data once read.
    expect(Object.getOwnPropertyDescriptor(order, 'items')?.value).toBe(first);
    expect(order).toEqual(mapper().map('a'));
    expect(computed).toEqual({ items: 1, owner: 1 });
  });

  it('shows a deferred part to whatever reads the object: keys, spread, JSON', () => {
    const { map } = mapper();
    const eager = map('a');
    expect(Object.keys(map('a', new Set()))).toEqual(expect.arrayContaining(Object.keys(eager)));
    expect({ ...map('a', new Set()) }).toEqual({ ...eager });
    expect(JSON.parse(JSON.stringify(map('a', new Set())))).toEqual(JSON.parse(JSON.stringify(eager)));
  });

  it('lets a deferred part be assigned before it is read, and never computes it then', () => {
    const { map, computed } = mapper();
    const order = map('a', new Set());
    order.items = ['mine'];
    expect(order.items).toEqual(['mine']);
    expect(computed.items).toBe(0);
    expect(Object.getOwnPropertyDescriptor(order, 'items')).toEqual({ value: ['mine'], writable: true, enumerable: true, configurable: true });
  });

  it('computes each object its own part: objects mapped for one selection share accessors, not values', () => {
    const { map } = mapper();
    const a = map('a', new Set());
    const b = map('b', new Set());
    expect(Object.getOwnPropertyDescriptor(a, 'owner')?.get).toBe(Object.getOwnPropertyDescriptor(b, 'owner')?.get);
    expect(b.owner).toEqual({ name: 'owner of b' });
    expect(a.owner).toEqual({ name: 'owner of a' });
  });
});
