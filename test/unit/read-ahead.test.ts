import { CursorCodec, type CursorState } from '../../src/core/cursor';
import { mergePage, positionSpecs, type MergeResult } from '../../src/core/pagination';
import type { ListDirection, ListQuery } from '../../src/core/provider';
import { ListReadAhead } from '../../src/core/read-ahead';
import { ProviderKey } from '../../src/providers';
import { FakeProvider, fakeOrder } from '../support/fake-provider';

const codec = new CursorCodec('a test key of some length');
const Q = 'query-fingerprint';
const T0 = Date.parse('2026-01-01T08:00:00Z');

function series(provider: string, count: number, startMs: number, stepMs: number) {
  return Array.from({ length: count }, (_, i) => fakeOrder(provider, String(i + 1), new Date(startMs + i * stepMs).toISOString()));
}

function fiveProviders() {
  return [
    new FakeProvider(ProviderKey.OCTOPI, series(ProviderKey.OCTOPI, 120, T0, 1000), 500),
    new FakeProvider(ProviderKey.SITOO, series(ProviderKey.SITOO, 90, T0 + 300, 1300), 100),
    new FakeProvider(ProviderKey.SOGET, series(ProviderKey.SOGET, 60, T0 + 700, 2000), 500),
    new FakeProvider(ProviderKey.SHIPWELL, series(ProviderKey.SHIPWELL, 150, T0 + 100, 800), 100),
    new FakeProvider(ProviderKey.VU, series(ProviderKey.VU, 40, T0 + 900, 3000), 250),
  ];
}

/** A walk as a client makes it, pages of `first`, with `readAhead` as the resolver passes it (read next only when continuing). */
async function walk(
  providers: FakeProvider[],
  first: number,
  direction: ListDirection,
  readAhead?: ListReadAhead,
  between?: (pageNo: number) => void,
): Promise<{ ids: string[]; cursors: string[]; pages: MergeResult[] }> {
  const ids: string[] = [];
  const cursors: string[] = [];
  const pages: MergeResult[] = [];
  let after: string | null = null;
  for (let n = 1; n < 1000; n += 1) {
    const state: CursorState = after ? codec.decode(after, Q, positionSpecs(providers)) : { q: Q, p: {} };
    const result = await mergePage({ providers, first, direction, filter: {}, state, cursors: codec, readAhead, readNext: after !== null });
    pages.push(result);
    ids.push(...result.edges.map((e) => e.node.id));
    cursors.push(...result.edges.map((e) => e.cursor));
    if (!result.hasNextPage) break;
    after = result.endCursor;
    between?.(n);
  }
  return { ids, cursors, pages };
}

const calls = (providers: FakeProvider[]) => providers.reduce((sum, p) => sum + p.listCalls.length, 0);

describe("the provider pages read ahead for a walk's next page", () => {
  it.each(['ASC', 'DESC'] as const)(
    'leave every edge and cursor of a walk as it is, cost no extra call, and serve each next page its first calls (%s)',
    async (direction) => {
      const plain = fiveProviders();
      const expected = await walk(plain, 50, direction);
      const providers = fiveProviders();
      const readAhead = new ListReadAhead();
      const got = await walk(providers, 50, direction, readAhead);
      expect(got.ids).toEqual(expected.ids);
      expect(got.cursors).toEqual(expected.cursors);
      expect(new Set(got.ids).size).toBe(460);
      // The same calls, no more: each one read ahead was taken by the next page.
      expect(calls(providers)).toBe(calls(plain));
      expect(readAhead.taken).toBe(readAhead.started);
      // From page 3 on (page 2 is the first that continues a walk), every page's first round came read ahead.
      expect(readAhead.taken).toBeGreaterThan(3 * (got.pages.length - 3));
      expect(readAhead.size).toBe(0);
    },
  );

  it('are not started by a first page (a list shown once, not walked) nor by the last page', async () => {
    const providers = fiveProviders();
    const readAhead = new ListReadAhead();
    await mergePage({ providers, first: 50, direction: 'ASC', filter: {}, state: { q: Q, p: {} }, cursors: codec, readAhead, readNext: false });
    expect(readAhead.started).toBe(0);
    const { pages } = await walk(providers, 500, 'ASC', readAhead);
    expect(pages).toHaveLength(1);
    expect(readAhead.started).toBe(0);
  });

  it.each(['ASC', 'DESC'] as const)('keep every order once and in order when orders are created between pages (%s)', async (direction) => {
    const providers = fiveProviders();
    const [octopi, , , shipwell, vu] = providers;
    const readAhead = new ListReadAhead();
    const { ids } = await walk(providers, 40, direction, readAhead, (n) => {
      // New orders upstream, the newest of each list, while the walk goes on.
      const at = new Date(T0 + 600_000 + n * 1000).toISOString();
      if (n % 2 === 0) vu.add(fakeOrder('VU', `new${n}`, at));
      else if (n % 3 === 0) shipwell.add(fakeOrder('SHIPWELL', `new${n}`, at));
      else octopi.add(fakeOrder('OCTOPI', `new${n}`, at));
    });
    expect(new Set(ids).size).toBe(ids.length);
    const all = providers.flatMap((p) => p.orders);
    const times = ids.map((id) => all.find((o) => o.id === id)!.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => (direction === 'ASC' ? a - b : b - a)));
    // Every order that existed when the walk started came.
    expect(ids.filter((id) => !id.includes(':new')).length).toBe(460);
    // OLDEST_FIRST shows orders created during the walk while their provider was not read to its end.
    if (direction === 'ASC') expect(ids.some((id) => id.includes(':new'))).toBe(true);
    else expect(ids.some((id) => id.includes(':new'))).toBe(false);
  });

  it("send the next page's calls before the page is answered, also those that wait a turn of the event loop (a new connection)", async () => {
    const providers = fiveProviders();
    const sent: string[] = [];
    for (const provider of providers) {
      const list = provider.listOrders.bind(provider);
      provider.listOrders = async (query) => {
        const page = list(query);
        await new Promise((resolve) => setImmediate(resolve));
        sent.push(provider.key);
        return page;
      };
    }
    const readAhead = new ListReadAhead();
    const first = await mergePage({ providers, first: 50, direction: 'ASC', filter: {}, state: { q: Q, p: {} }, cursors: codec });
    const state = codec.decode(first.endCursor!, Q, positionSpecs(providers));
    sent.length = 0;
    await mergePage({ providers, first: 50, direction: 'ASC', filter: {}, state, cursors: codec, readAhead, readNext: true });
    // This page's own calls, then the next page's, all gone out by the time it is answered.
    expect(readAhead.started).toBe(5);
    expect(sent).toHaveLength(10);
  });

  it('never serve a failed read: the next page asks that provider again and gets its orders', async () => {
    const plain = fiveProviders();
    const expected = await walk(plain, 50, 'ASC');
    const providers = fiveProviders();
    const sitoo = providers[1];
    const readAhead = new ListReadAhead();
    // Sitoo fails every call read ahead after page 2 (its 3rd and 4th calls), then recovers.
    sitoo.failing.add(3);
    const got = await walk(providers, 50, 'ASC', readAhead);
    expect(got.pages.flatMap((p) => p.errors)).toEqual([]);
    expect(got.ids).toEqual(expected.ids);
    expect(got.cursors).toEqual(expected.cursors);
    // The failed read ahead cost one call more, made by the page that needed it.
    expect(sitoo.listCalls).toHaveLength(plain[1].listCalls.length + 1);
  });

  it('serve a page only to exactly the query it was read for, once', async () => {
    const provider = new FakeProvider(ProviderKey.OCTOPI, series(ProviderKey.OCTOPI, 10, T0, 1000));
    const readAhead = new ListReadAhead();
    const query: ListQuery = { direction: 'ASC', limit: 5, position: { t: T0, id: '1' }, filter: { createdFrom: new Date(T0) } };
    readAhead.start(provider, query);
    expect(readAhead.take(provider, { ...query, limit: 6 })).toBeUndefined();
    expect(readAhead.take(provider, { ...query, direction: 'DESC' })).toBeUndefined();
    expect(readAhead.take(provider, { ...query, position: { t: T0, id: '2' } })).toBeUndefined();
    expect(readAhead.take(provider, { ...query, filter: {} })).toBeUndefined();
    // The same query with its objects' keys in another order (as a decoded cursor writes them) is the same page.
    const page = await readAhead.take(provider, { filter: { createdFrom: new Date(T0) }, position: { id: '1', t: T0 }, limit: 5, direction: 'ASC' });
    expect(page?.orders.map((o) => o.providerId)).toEqual(['2', '3', '4', '5', '6']);
    expect(readAhead.take(provider, query)).toBeUndefined();
    expect(provider.listCalls).toHaveLength(1);
  });

  it('hold a bounded number of pages, and drop one not taken within its lifetime', () => {
    jest.useFakeTimers();
    try {
      const provider = new FakeProvider(ProviderKey.OCTOPI, series(ProviderKey.OCTOPI, 10, T0, 1000));
      const readAhead = new ListReadAhead({ maxPages: 3, ttlMs: 1000 });
      const query = (limit: number): ListQuery => ({ direction: 'ASC', limit, position: null, filter: {} });
      for (const limit of [1, 2, 3, 4]) readAhead.start(provider, query(limit));
      expect(readAhead.size).toBe(3);
      // The oldest went first.
      expect(readAhead.take(provider, query(1))).toBeUndefined();
      jest.advanceTimersByTime(1001);
      expect(readAhead.size).toBe(0);
      expect(readAhead.take(provider, query(4))).toBeUndefined();
    } finally {
      jest.useRealTimers();
    }
  });
});
