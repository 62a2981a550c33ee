import { CursorCodec, type CursorState } from '../../src/core/cursor';
import { mergePage, positionSpecs, type MergeResult } from '../../src/core/pagination';
import type { ListDirection, ListFilter } from '../../src/core/provider';
import { ProviderKey } from '../../src/providers';
import { OrderStatus } from '../../src/model/enums';
import { FakeProvider, fakeOrder } from '../support/fake-provider';

const codec = new CursorCodec('a test key of some length');
const Q = 'query-fingerprint';

function page(
  providers: FakeProvider[],
  first: number,
  direction: ListDirection,
  after: string | null,
  filter: ListFilter = {},
  onContractBreach?: (p: string, problem: string) => void,
) {
  const state: CursorState = after ? codec.decode(after, Q, positionSpecs(providers)) : { q: Q, p: {} };
  return mergePage({ providers, first, direction, filter, state, cursors: codec, onContractBreach });
}

/** Pages to the end; `between` runs after each page (to create orders upstream). */
async function walk(
  providers: FakeProvider[],
  first: number,
  direction: ListDirection,
  options: { filter?: ListFilter; between?: (pageNo: number) => void } = {},
) {
  const ids: string[] = [];
  const pages: MergeResult[] = [];
  let after: string | null = null;
  for (let n = 1; n < 1000; n += 1) {
    const result = await page(providers, first, direction, after, options.filter);
    pages.push(result);
    ids.push(...result.edges.map((e) => e.node.id));
    if (!result.hasNextPage) break;
    after = result.endCursor;
    options.between?.(n);
  }
  return { ids, pages };
}

/** Every id from `after` to the end of the list, pages of `first`. */
async function rest(providers: FakeProvider[], first: number, direction: ListDirection, after: string | null): Promise<string[]> {
  const ids: string[] = [];
  while (after) {
    const next = await page(providers, first, direction, after);
    ids.push(...next.edges.map((e) => e.node.id));
    after = next.hasNextPage ? next.endCursor : null;
  }
  return ids;
}

/** `count` orders of one provider, one every `stepMs` from `startMs`. */
function series(provider: string, count: number, startMs: number, stepMs: number) {
  return Array.from({ length: count }, (_, i) => fakeOrder(provider, String(i + 1), new Date(startMs + i * stepMs).toISOString()));
}

const T0 = Date.parse('2026-01-01T08:00:00Z');

describe("the merge of providers' lists", () => {
  it('orders ties on creation time across providers by provider, and NEWEST_FIRST exactly reverses OLDEST_FIRST', async () => {
    const same = new Date(T0).toISOString();
    const octopi = new FakeProvider(ProviderKey.OCTOPI, [fakeOrder('OCTOPI', '1', same), fakeOrder('OCTOPI', '2', same)]);
    const sitoo = new FakeProvider(ProviderKey.SITOO, [fakeOrder('SITOO', '1', same)]);
    const vu = new FakeProvider(ProviderKey.VU, [fakeOrder('VU', '9', same)]);
    const asc = await walk([vu, sitoo, octopi], 1, 'ASC');
    expect(asc.ids).toEqual(['octopi:1', 'octopi:2', 'sitoo:1', 'vu:9']);
    const desc = await walk([octopi, vu, sitoo], 1, 'DESC');
    expect(desc.ids).toEqual([...asc.ids].reverse());
  });

  it.each(['ASC', 'DESC'] as const)('returns every order exactly once in order, whatever the page size (%s)', async (direction) => {
    const providers = [
      new FakeProvider(ProviderKey.OCTOPI, series(ProviderKey.OCTOPI, 37, T0, 1000), 500),
      new FakeProvider(ProviderKey.SITOO, series(ProviderKey.SITOO, 23, T0 + 500, 1500), 7),
      new FakeProvider(ProviderKey.SHIPWELL, series(ProviderKey.SHIPWELL, 11, T0 + 250, 1000), 3),
    ];
    const all = providers.flatMap((p) => p.orders);
    const expected = [...all].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.provider < b.provider ? -1 : 1)).map((o) => o.id);
    for (const first of [1, 4, 10, 100]) {
      const { ids } = await walk(providers, first, direction);
      expect(ids).toEqual(direction === 'ASC' ? expected : [...expected].reverse());
    }
  });

  it('leaves a provider failing mid-page out of that page with its error, and brings all its orders once it recovers', async () => {
    const octopi = new FakeProvider(ProviderKey.OCTOPI, series(ProviderKey.OCTOPI, 20, T0, 1000));
    const sitoo = new FakeProvider(ProviderKey.SITOO, series(ProviderKey.SITOO, 20, T0 + 500, 1000), 4);
    // Sitoo's first page answers, its second (needed mid-page) fails.
    sitoo.failNext(0);
    sitoo.failing.add(2);
    const first = await page([octopi, sitoo], 10, 'ASC', null);
    expect(first.errors).toHaveLength(1);
    expect(first.errors[0].extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'SITOO' });
    const firstIds = first.edges.map((e) => e.node.id);
    expect(firstIds.filter((id) => id.startsWith('sitoo'))).toEqual(['sitoo:1', 'sitoo:2', 'sitoo:3', 'sitoo:4']);
    expect(first.hasNextPage).toBe(true);

    const rest: string[] = [];
    let after = first.endCursor;
    while (after) {
      const next = await page([octopi, sitoo], 10, 'ASC', after);
      expect(next.errors).toEqual([]);
      rest.push(...next.edges.map((e) => e.node.id));
      after = next.hasNextPage ? next.endCursor : null;
    }
    const ids = [...firstIds, ...rest];
    expect(new Set(ids).size).toBe(40);
    expect(ids.filter((id) => id.startsWith('sitoo'))).toEqual(sitoo.orders.map((o) => o.id));
    expect(ids.filter((id) => id.startsWith('octopi'))).toEqual(octopi.orders.map((o) => o.id));
  });

  it('brings the orders of a provider that failed on the first page, once it is back, although others went on', async () => {
    const octopi = new FakeProvider(ProviderKey.OCTOPI, series(ProviderKey.OCTOPI, 10, T0, 1000));
    const vu = new FakeProvider(ProviderKey.VU, series(ProviderKey.VU, 10, T0 + 500, 1000));
    vu.failNext(1);
    const { ids, pages } = await walk([octopi, vu], 3, 'DESC');
    expect(pages[0].errors.map((e) => e.extensions.provider)).toEqual(['VU']);
    expect(new Set(ids).size).toBe(20);
    // After the catch-up, the list is in order again.
    const tail = ids.slice(-6).map((id) => [...octopi.orders, ...vu.orders].find((o) => o.id === id)!.createdAt.getTime());
    expect(tail).toEqual([...tail].sort((a, b) => b - a));
  });

  it('fills a post-filtered page from further provider pages and resumes after what it skipped', async () => {
    const orders = series(ProviderKey.OCTOPI, 30, T0, 1000).map((o, i) => ({ ...o, status: i % 3 === 0 ? OrderStatus.COMPLETED : OrderStatus.PENDING }));
    const octopi = new FakeProvider(ProviderKey.OCTOPI, orders, 4);
    const { ids, pages } = await walk([octopi], 3, 'ASC', { filter: { statuses: [OrderStatus.COMPLETED] } });
    expect(ids).toEqual(orders.filter((o) => o.status === OrderStatus.COMPLETED).map((o) => o.id));
    expect(pages[0].edges).toHaveLength(3);
  });

  it("passes the query's selection to every provider call, with the containers added when the merge filters by container itself", async () => {
    const octopi = new FakeProvider(ProviderKey.OCTOPI, series('O', 3, 0, 1000));
    const filter = { containerNumber: 'MSCU1234565' };
    await mergePage({ providers: [octopi], first: 2, direction: 'ASC', filter: {}, state: { q: Q, p: {} }, cursors: codec, select: new Set(['id']) });
    await mergePage({ providers: [octopi], first: 2, direction: 'ASC', filter, state: { q: Q, p: {} }, cursors: codec, select: new Set(['id']) });
    const [unfiltered, ...filtered] = octopi.listCalls.map((call) => [...call.select!].sort());
    expect(unfiltered).toEqual(['id']);
    expect(filtered.length).toBeGreaterThan(0);
    for (const select of filtered) expect(select).toEqual(['containers', 'id']);
  });

  it('finishes on providers with empty lists: no next page and no cursor', async () => {
    const providers = [new FakeProvider(ProviderKey.OCTOPI, []), new FakeProvider(ProviderKey.SITOO, [])];
    const result = await page(providers, 10, 'DESC', null);
    expect(result).toMatchObject({ edges: [], hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null, errors: [] });
  });

  it('does not show, in a NEWEST_FIRST walk, orders created during it (they belong before its first page)', async () => {
    const shipwell = new FakeProvider(ProviderKey.SHIPWELL, [
      fakeOrder('SHIPWELL', 's1', '2026-01-01T08:05:55Z'),
      fakeOrder('SHIPWELL', 's0', '2026-01-01T08:00:00Z'),
    ]);
    const vu = new FakeProvider(ProviderKey.VU, [fakeOrder('VU', '1', '2026-01-01T08:01:00Z')]);
    const { ids } = await walk([shipwell, vu], 1, 'DESC', {
      between: (n) => {
        if (n === 1) vu.add(fakeOrder('VU', '2', '2026-01-01T08:05:56Z'));
        if (n === 2) shipwell.add(fakeOrder('SHIPWELL', 's2', '2026-01-01T08:05:57Z'));
      },
    });
    expect(ids).toEqual(['shipwell:s1', 'vu:1', 'shipwell:s0']);
  });

  it('shows, in an OLDEST_FIRST walk, orders created during it at the end, in order, while their provider is not read to its end', async () => {
    const shipwell = new FakeProvider(ProviderKey.SHIPWELL, [
      fakeOrder('SHIPWELL', 's0', '2026-01-01T08:00:00Z'),
      fakeOrder('SHIPWELL', 's9', '2026-01-01T08:30:00Z'),
    ]);
    const vu = new FakeProvider(ProviderKey.VU, [fakeOrder('VU', '1', '2026-01-01T08:01:00Z')]);
    const { ids } = await walk([shipwell, vu], 1, 'ASC', {
      between: (n) => {
        if (n === 1) vu.add(fakeOrder('VU', '2', '2026-01-01T09:00:00Z'));
        if (n === 2) shipwell.add(fakeOrder('SHIPWELL', 's1', '2026-01-01T09:30:00Z'));
      },
    });
    expect(ids).toEqual(['shipwell:s0', 'vu:1', 'shipwell:s9', 'vu:2', 'shipwell:s1']);
  });

  describe('enforces the page contract', () => {
    const cases: Array<[string, (p: FakeProvider) => void, RegExp]> = [
      ['an empty page that says more follow', (p) => (p.nextPage = () => ({ orders: [], hasMore: true, positionAfter: () => null })), /empty page/],
      [
        'more orders than asked',
        (p) => (p.nextPage = (q) => ({ orders: series(p.key, q.limit + 1, T0, 1), hasMore: false, positionAfter: () => null })),
        /orders when \d+ were asked/,
      ],
      [
        'orders out of order',
        (p) => (p.nextPage = () => ({ orders: series(p.key, 3, T0, 1000).reverse(), hasMore: false, positionAfter: () => null })),
        /out of oldest-first order/,
      ],
    ];
    it.each(cases)('stops a provider answering %s for this page, names it and reports it as a bug', async (_name, breakIt, message) => {
      const octopi = new FakeProvider(ProviderKey.OCTOPI, series(ProviderKey.OCTOPI, 5, T0, 1000));
      const broken = new FakeProvider(ProviderKey.SITOO, series(ProviderKey.SITOO, 5, T0, 1000), 10);
      breakIt(broken);
      const breaches: string[] = [];
      const result = await page([octopi, broken], 5, 'ASC', null, {}, (provider, problem) => breaches.push(`${provider}: ${problem}`));
      expect(result.edges.map((e) => e.node.id)).toEqual(octopi.orders.map((o) => o.id));
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0].message).toMatch(message);
      expect(result.errors[0].extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'SITOO', reason: 'PAGE_CONTRACT' });
      expect(breaches).toEqual([expect.stringMatching(/^SITOO: /)]);
      expect(broken.listCalls).toHaveLength(1);
      // Its orders are not lost: the next page asks it again.
      const next = await page([octopi, broken], 10, 'ASC', result.endCursor);
      expect(next.edges.map((e) => e.node.id)).toEqual(broken.orders.map((o) => o.id));
    });
  });

  describe("edges' cursors", () => {
    const threeProviders = () => [
      new FakeProvider(ProviderKey.OCTOPI, series(ProviderKey.OCTOPI, 9, T0, 1000), 4),
      new FakeProvider(ProviderKey.SITOO, series(ProviderKey.SITOO, 7, T0, 1500), 3),
      new FakeProvider(ProviderKey.VU, series(ProviderKey.VU, 5, T0 + 500, 2000)),
    ];

    it.each(['ASC', 'DESC'] as const)('continue right after their own edge, for every edge of a page (%s)', async (direction) => {
      const providers = threeProviders();
      const { ids } = await walk(providers, 100, direction);
      const first = await page(providers, 12, direction, null);
      for (const [k, edge] of first.edges.entries()) {
        expect(await rest(providers, 5, direction, edge.cursor)).toEqual(ids.slice(k + 1));
      }
    });

    it.each(['ASC', 'DESC'] as const)('hold the positions of the moment their edge was taken, in whatever order they are read (%s)', async (direction) => {
      const providers = threeProviders();
      const { ids } = await walk(providers, 100, direction);
      const inOrder = (await page(providers, 12, direction, null)).edges.map((e) => e.cursor);
      // The same page again, its cursors read last edge first: each is written only now, after every later edge moved the positions on.
      const again = (await page(providers, 12, direction, null)).edges;
      const backwards = [...again].reverse().map((e) => e.cursor);
      expect(backwards.reverse()).toEqual(inOrder);
      for (const k of [0, 5, 11]) expect(await rest(providers, 5, direction, again[k].cursor)).toEqual(ids.slice(k + 1));
    });

    it('continue after their own edge when a provider failed on the page: every order comes once', async () => {
      const providers = threeProviders();
      const [, sitoo] = providers;
      const all = await walk(providers, 100, 'ASC');
      // Sitoo's first page of the next walk answers, its second (needed mid-page) fails.
      sitoo.failing.add(sitoo.listCalls.length + 2);
      const first = await page(providers, 12, 'ASC', null);
      expect(first.errors.map((e) => e.extensions.provider)).toEqual(['SITOO']);
      for (const [k, edge] of first.edges.entries()) {
        const ids = [...first.edges.slice(0, k + 1).map((e) => e.node.id), ...(await rest(providers, 5, 'ASC', edge.cursor))];
        expect([...ids].sort()).toEqual([...all.ids].sort());
      }
    });

    it('are encoded and signed only when read: a page whose edge cursors nobody reads seals its end and start only', async () => {
      const providers = threeProviders();
      const seal = jest.spyOn(codec, 'seal');
      try {
        const result = await page(providers, 12, 'ASC', null);
        expect(seal).toHaveBeenCalledTimes(2);
        const cursors = result.edges.map((e) => e.cursor);
        expect(seal).toHaveBeenCalledTimes(12);
        // Each cursor is sealed once, and the last edge's is the page's end.
        expect(result.edges.map((e) => e.cursor)).toEqual(cursors);
        expect(seal).toHaveBeenCalledTimes(12);
        expect(cursors[11]).toBe(result.endCursor);
      } finally {
        seal.mockRestore();
      }
    });
  });

  describe('Relay page information', () => {
    it('says whether an edge came before, and starts at the first edge', async () => {
      const octopi = new FakeProvider(ProviderKey.OCTOPI, series(ProviderKey.OCTOPI, 5, T0, 1000));
      const first = await page([octopi], 2, 'ASC', null);
      expect(first.hasPreviousPage).toBe(false);
      expect(first.startCursor).toBe(first.edges[0].cursor);
      const second = await page([octopi], 2, 'ASC', first.endCursor);
      expect(second.hasPreviousPage).toBe(true);
      const fromStart = await page([octopi], 1, 'ASC', first.startCursor);
      expect(fromStart.edges[0].node.id).toBe('octopi:2');
    });

    it('answers first: 0 without edges, with a true hasNextPage and the cursor it was given', async () => {
      const octopi = new FakeProvider(ProviderKey.OCTOPI, series(ProviderKey.OCTOPI, 2, T0, 1000));
      expect(await page([octopi], 0, 'ASC', null)).toMatchObject({ edges: [], hasNextPage: true, endCursor: null });
      const all = await page([octopi], 2, 'ASC', null);
      const atEnd = await page([octopi], 0, 'ASC', all.endCursor);
      expect(atEnd).toMatchObject({ edges: [], hasNextPage: false, hasPreviousPage: true });
      expect(codec.decode(atEnd.endCursor!, Q, positionSpecs([octopi]))).toEqual(codec.decode(all.endCursor!, Q, positionSpecs([octopi])));
    });
  });
});
