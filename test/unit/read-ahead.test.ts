import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

/** Counts every order each provider sends (ids as sent), from now on. */
function countSent(providers: FakeProvider[]): string[] {
  const sent: string[] = [];
  for (const provider of providers) {
    const list = provider.listOrders.bind(provider);
    provider.listOrders = async (query) => {
      const page = await list(query);
      sent.push(...page.orders.map((o) => o.id));
      return page;
    };
  }
  return sent;
}

const sentTwice = (sent: string[]) => sent.length - new Set(sent).size;

describe("the provider pages read ahead for a walk's next page", () => {
  it.each(['ASC', 'DESC'] as const)(
    'leave every edge and cursor of a walk as it is, cost no call more, and serve each next page its first calls (%s)',
    async (direction) => {
      const plain = fiveProviders();
      const expected = await walk(plain, 50, direction);
      const providers = fiveProviders();
      const readAhead = new ListReadAhead();
      const got = await walk(providers, 50, direction, readAhead);
      expect(got.ids).toEqual(expected.ids);
      expect(got.cursors).toEqual(expected.cursors);
      expect(new Set(got.ids).size).toBe(460);
      // No call more (fewer: what a page fetched and did not take is not asked again); each one read ahead was taken by the next page.
      expect(calls(providers)).toBeLessThanOrEqual(calls(plain));
      expect(readAhead.taken).toBe(readAhead.started);
      // From page 3 on (page 2 is the first that continues a walk), every page's first round came read ahead.
      expect(readAhead.taken).toBeGreaterThan(3 * (got.pages.length - 3));
      expect(readAhead.size).toBe(0);
    },
  );

  it.each(['ASC', 'DESC'] as const)(
    "carry the orders a page fetched and did not take into the next page's, so that from the second page on no order is sent twice (%s)",
    async (direction) => {
      const plain = fiveProviders();
      const plainSent = countSent(plain);
      await walk(plain, 50, direction);
      const providers = fiveProviders();
      const sent = countSent(providers);
      let firstPageSent = 0;
      const got = await walk(providers, 50, direction, new ListReadAhead(), (n) => {
        if (n === 1) firstPageSent = sent.length;
      });
      expect(new Set(got.ids).size).toBe(460);
      // Without read ahead, each page fetches its providers' shares with headroom and the next fetches the rest again.
      expect(sentTwice(plainSent)).toBeGreaterThan(100);
      // The first page is not read ahead from (it continues no walk), so only what it fetched and did not take is sent again.
      expect(firstPageSent).toBeGreaterThan(50);
      expect(sentTwice(sent)).toBeLessThanOrEqual(firstPageSent - 50);
    },
  );

  it('start the next page with the orders not taken, and call only for the rest of its share, from just after the last of them', async () => {
    const provider = new FakeProvider(ProviderKey.OCTOPI, series(ProviderKey.OCTOPI, 30, T0, 1000));
    const readAhead = new ListReadAhead();
    const notTaken = await provider.listOrders({ direction: 'ASC', limit: 4, position: { t: T0 + 4000, id: '5' }, filter: {} });
    const query: ListQuery = { direction: 'ASC', limit: 10, position: { t: T0 + 4000, id: '5' }, filter: {} };
    readAhead.start(provider, query, notTaken);
    const page = (await readAhead.take(provider, query))!;
    expect(page.orders.map((o) => o.providerId)).toEqual(['6', '7', '8', '9', '10', '11', '12', '13', '14', '15']);
    expect(provider.listCalls[1]).toEqual({ direction: 'ASC', limit: 6, position: { t: T0 + 8000, id: '9' }, filter: {} });
    // Positions across the join: each order's own.
    expect(page.positionAfter(3)).toEqual({ t: T0 + 8000, id: '9' });
    expect(page.positionAfter(4)).toEqual({ t: T0 + 9000, id: '10' });
    expect(page.hasMore).toBe(true);
  });

  it('keep only the positions of the orders carried, not the page they came from (a walk would otherwise hold every page it read)', async () => {
    const provider = new FakeProvider(ProviderKey.OCTOPI, series(ProviderKey.OCTOPI, 30, T0, 1000));
    const readAhead = new ListReadAhead();
    const page = await provider.listOrders({ direction: 'ASC', limit: 6, position: null, filter: {} });
    let started = false;
    const sent = {
      ...page,
      positionAfter: (i: number) => {
        if (started) throw new Error('the page the carried orders came from was read after the page read ahead was started');
        return page.positionAfter(i);
      },
    };
    const query: ListQuery = { direction: 'ASC', limit: 10, position: null, filter: {} };
    readAhead.start(provider, query, sent);
    started = true;
    const next = (await readAhead.take(provider, query))!;
    expect(next.orders.map((_, i) => next.positionAfter(i))).toEqual(next.orders.map((o) => ({ t: o.createdAt.getTime(), id: o.providerId })));
  });

  it('let the page the carried orders came from be collected while the page read ahead is held', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const provider = new FakeProvider(ProviderKey.OCTOPI, series(ProviderKey.OCTOPI, 30, T0, 1000));
    const readAhead = new ListReadAhead();
    const query: ListQuery = { direction: 'ASC', limit: 10, position: null, filter: {} };
    const earlier = new WeakRef(
      await (async () => {
        const page = await provider.listOrders({ direction: 'ASC', limit: 6, position: null, filter: {} });
        readAhead.start(provider, query, { ...page, positionAfter: (i) => page.positionAfter(i) });
        return page;
      })(),
    );
    const next = (await readAhead.take(provider, query))!;
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(earlier.deref()).toBeUndefined();
    expect(next.positionAfter(5)).toEqual({ t: T0 + 5000, id: '6' });
  });

  it('make no call when the orders not taken fill the next page or reach the end of the list', async () => {
    const provider = new FakeProvider(ProviderKey.OCTOPI, series(ProviderKey.OCTOPI, 30, T0, 1000));
    const readAhead = new ListReadAhead();
    const tail = await provider.listOrders({ direction: 'ASC', limit: 10, position: { t: T0 + 19_000, id: '20' }, filter: {} });
    const many = await provider.listOrders({ direction: 'ASC', limit: 8, position: null, filter: {} });
    const before = provider.listCalls.length;
    const atEnd: ListQuery = { direction: 'ASC', limit: 20, position: { t: T0 + 19_000, id: '20' }, filter: {} };
    const full: ListQuery = { direction: 'ASC', limit: 5, position: null, filter: {} };
    readAhead.start(provider, atEnd, tail);
    readAhead.start(provider, full, many);
    const end = (await readAhead.take(provider, atEnd))!;
    expect(end.orders.map((o) => o.providerId)).toEqual(['21', '22', '23', '24', '25', '26', '27', '28', '29', '30']);
    expect(end.hasMore).toBe(false);
    const five = (await readAhead.take(provider, full))!;
    expect(five.orders.map((o) => o.providerId)).toEqual(['1', '2', '3', '4', '5']);
    expect(five.hasMore).toBe(true);
    expect(provider.listCalls).toHaveLength(before);
  });

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
    const expected = await walk(plain, 50, 'ASC', new ListReadAhead());
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
