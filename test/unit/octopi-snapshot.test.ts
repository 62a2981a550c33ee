import type { OctopiClient } from '../../src/providers/octopi/client';
import { OctopiListSnapshot } from '../../src/providers/octopi/snapshot';
import type { OctopiServiceOrder } from '../../src/providers/octopi/wire';

/**
 * The snapshot's page is a binary search for the keyset position (creation time, id) in the
 * sorted whole list. These tests hold it at its edges: the first and the last order, ties on
 * creation time (ids compare as numbers: 9 before 10), and positions of orders that are no
 * longer in the list (deleted upstream), in both directions.
 */

const T = Date.parse('2026-11-01T08:00:00Z');
const at = (seconds: number) => new Date(T + seconds * 1000).toISOString();

/** Only what the snapshot reads of an order: its id and creation time. */
const order = (id: number, seconds: number) => ({ id, created_at: at(seconds) }) as unknown as OctopiServiceOrder;

// Listed out of order on purpose, as the vendor's list is not sorted: three orders share second 20.
const LIST = [order(11, 20), order(1, 0), order(10, 20), order(30, 40), order(9, 20), order(5, 10)];
const OLDEST_FIRST = [1, 5, 9, 10, 11, 30];

/** A client that only answers the whole list (what the snapshot asks for). */
function snapshotOf(orders: OctopiServiceOrder[]): OctopiListSnapshot {
  const client = { listIfChanged: async () => ({ notModified: false, etag: null, list: { total_count: orders.length, service_orders: orders } }) };
  return new OctopiListSnapshot(client as unknown as OctopiClient, { lifetimeMs: 60_000 });
}

const ids = (slice: { orders: OctopiServiceOrder[] }) => slice.orders.map((o) => o.id);
const pos = (id: number, seconds: number) => ({ t: Date.parse(at(seconds)), id: String(id) });

describe('Octopi list snapshot: the page after a position', () => {
  const snapshot = snapshotOf(LIST);

  it('starts at the oldest order oldest first and at the newest newest first', async () => {
    expect(ids(await snapshot.slice('ASC', 2, null))).toEqual([1, 5]);
    expect(ids(await snapshot.slice('DESC', 2, null))).toEqual([30, 11]);
  });

  it('resumes just after the first order, and has nothing after it newest first', async () => {
    expect(ids(await snapshot.slice('ASC', 10, pos(1, 0)))).toEqual([5, 9, 10, 11, 30]);
    expect(await snapshot.slice('DESC', 10, pos(1, 0))).toMatchObject({ orders: [], hasMore: false });
  });

  it('has nothing after the last order oldest first, and resumes just before it newest first', async () => {
    expect(await snapshot.slice('ASC', 10, pos(30, 40))).toMatchObject({ orders: [], hasMore: false });
    expect(ids(await snapshot.slice('DESC', 10, pos(30, 40)))).toEqual([11, 10, 9, 5, 1]);
  });

  it('orders ties on creation time by id as numbers and resumes inside the tie in both directions', async () => {
    expect(ids(await snapshot.slice('ASC', 10, pos(9, 20)))).toEqual([10, 11, 30]);
    expect(ids(await snapshot.slice('ASC', 10, pos(10, 20)))).toEqual([11, 30]);
    expect(ids(await snapshot.slice('DESC', 10, pos(11, 20)))).toEqual([10, 9, 5, 1]);
    expect(ids(await snapshot.slice('DESC', 10, pos(10, 20)))).toEqual([9, 5, 1]);
  });

  it('resumes at the right place from the position of an order no longer in the list', async () => {
    // Id 8 of second 20 sorts before 9 (numbers): after it oldest first comes 9, newest first 5.
    expect(ids(await snapshot.slice('ASC', 10, pos(8, 20)))).toEqual([9, 10, 11, 30]);
    expect(ids(await snapshot.slice('DESC', 10, pos(8, 20)))).toEqual([5, 1]);
    // Between two seconds.
    expect(ids(await snapshot.slice('ASC', 10, pos(7, 15)))).toEqual([9, 10, 11, 30]);
    expect(ids(await snapshot.slice('DESC', 10, pos(7, 15)))).toEqual([5, 1]);
    // Before the oldest and after the newest.
    expect(ids(await snapshot.slice('ASC', 10, pos(0, -5)))).toEqual(OLDEST_FIRST);
    expect(await snapshot.slice('DESC', 10, pos(0, -5))).toMatchObject({ orders: [], hasMore: false });
    expect(await snapshot.slice('ASC', 10, pos(99, 50))).toMatchObject({ orders: [], hasMore: false });
    expect(ids(await snapshot.slice('DESC', 10, pos(99, 50)))).toEqual([...OLDEST_FIRST].reverse());
  });

  it('says more follow exactly when the limit cut the page short', async () => {
    expect(await snapshot.slice('ASC', 2, pos(10, 20))).toMatchObject({ hasMore: false });
    expect(await snapshot.slice('ASC', 1, pos(10, 20))).toMatchObject({ hasMore: true });
    expect(await snapshot.slice('DESC', 2, pos(9, 20))).toMatchObject({ hasMore: false });
    expect(await snapshot.slice('DESC', 1, pos(9, 20))).toMatchObject({ hasMore: true });
  });

  it('gives each page the creation time of each of its orders, for the next position', async () => {
    const slice = await snapshot.slice('DESC', 3, null);
    expect(slice.times).toEqual([40, 20, 20].map((s) => Date.parse(at(s))));
  });

  it('agrees with a plain filter of the sorted list for every position of every order, in both directions', async () => {
    // A larger list with many ties and gaps: every order's own position, and absent ones around it.
    const orders = Array.from({ length: 60 }, (_, i) => order(i * 3 + 1, Math.floor(i / 4) * 7));
    const big = snapshotOf([...orders].reverse());
    const sorted = orders.map((o) => ({ id: o.id, t: Date.parse(o.created_at) })).sort((a, b) => a.t - b.t || a.id - b.id);
    const positions = sorted.flatMap((o) => [o, { ...o, id: o.id - 1 }, { ...o, id: o.id + 1 }, { ...o, t: o.t + 1 }]);
    for (const p of positions) {
      const after = (o: { id: number; t: number }) => o.t > p.t || (o.t === p.t && o.id > p.id);
      const before = (o: { id: number; t: number }) => o.t < p.t || (o.t === p.t && o.id < p.id);
      const position = { t: p.t, id: String(p.id) };
      expect(ids(await big.slice('ASC', 1000, position))).toEqual(sorted.filter(after).map((o) => o.id));
      expect(ids(await big.slice('DESC', 1000, position))).toEqual(
        sorted
          .filter(before)
          .map((o) => o.id)
          .reverse(),
      );
    }
  });
});

/**
 * The lifetime, the stale window and writes, with a clock of the test's own and a client whose
 * answers the test releases: what a page sees, and which calls it waits for.
 */
describe('Octopi list snapshot: lifetime, revalidation and writes', () => {
  const LIFETIME = 1_000;
  const STALE = 500;

  /** A vendor list the test edits, behind a client that answers only when released. */
  function vendor() {
    const state = { list: [order(1, 0), order(2, 10)], etag: 1 };
    const calls: Array<{ ifNoneMatch: string | null; release: (error?: Error) => void }> = [];
    const client = {
      listIfChanged: (etag: string | null) =>
        new Promise((resolve, reject) => {
          const current = `W/"${state.etag}"`;
          const answer =
            etag === current
              ? { notModified: true, etag }
              : { notModified: false, etag: current, list: { total_count: state.list.length, service_orders: [...state.list] } };
          calls.push({ ifNoneMatch: etag, release: (error) => (error ? reject(error) : resolve(answer)) });
        }),
    };
    const change = (orders: OctopiServiceOrder[]) => {
      state.list = orders;
      state.etag += 1;
    };
    return { client: client as unknown as OctopiClient, calls, change };
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  function setUp() {
    let clock = 0;
    const v = vendor();
    const snapshot = new OctopiListSnapshot(v.client, { lifetimeMs: LIFETIME, staleMs: STALE, idleMs: 60_000, now: () => clock });
    const read = () => snapshot.slice('ASC', 10, null);
    /** The first read, answered. */
    const start = async () => {
      const page = read();
      await settle();
      v.calls[0].release();
      return page;
    };
    return { v, snapshot, read, start, tick: (ms: number) => (clock += ms) };
  }

  it('serves every page within the lifetime from one read, with no call', async () => {
    const { v, read, start, tick } = setUp();
    expect(ids(await start())).toEqual([1, 2]);
    tick(LIFETIME - 1);
    expect(await read()).toMatchObject({ calls: 0 });
    expect(v.calls).toHaveLength(1);
  });

  it('after the lifetime, serves the list held at once and revalidates it with one conditional GET in the background', async () => {
    const { v, read, start, tick } = setUp();
    await start();
    tick(LIFETIME);
    v.change([order(1, 0), order(2, 10), order(3, 20)]);
    // Not answered yet: both pages are served from the list held, and share one check.
    expect(await read()).toMatchObject({ calls: 1 });
    expect(ids(await read())).toEqual([1, 2]);
    expect(v.calls).toHaveLength(2);
    expect(v.calls[1].ifNoneMatch).toBe('W/"1"');
    v.calls[1].release();
    await settle();
    // The check's answer serves the next pages, fresh for a lifetime from when it was sent.
    expect(ids(await read())).toEqual([1, 2, 3]);
    tick(LIFETIME - 1);
    expect(await read()).toMatchObject({ calls: 0 });
    expect(v.calls).toHaveLength(2);
  });

  it('past the lifetime and the stale window, makes the page wait for the check and shows what changed', async () => {
    const { v, read, start, tick } = setUp();
    await start();
    tick(LIFETIME + STALE);
    v.change([order(1, 0), order(2, 10), order(3, 20)]);
    let answered = false;
    const page = read().then((p) => ((answered = true), p));
    await settle();
    expect(answered).toBe(false);
    v.calls[1].release();
    expect(ids(await page)).toEqual([1, 2, 3]);
  });

  it('keeps the list held after a 304, fresh from the time the check was sent', async () => {
    const { v, read, start, tick } = setUp();
    await start();
    tick(LIFETIME + STALE);
    const page = read();
    await settle();
    tick(200); // the check takes 200 ms to answer
    v.calls[1].release();
    expect(ids(await page)).toEqual([1, 2]);
    tick(LIFETIME - 200 - 1);
    expect(await read()).toMatchObject({ calls: 0 });
    tick(1);
    await read();
    expect(v.calls).toHaveLength(3);
  });

  it('spaces its checks at four times the time the last one took, when that is longer than the lifetime, and back to the lifetime after a quick one', async () => {
    const { v, read, start, tick } = setUp();
    await start();
    tick(LIFETIME + STALE);
    const page = read();
    await settle();
    tick(400); // Octopi takes 400 ms to render its list for the check: the next one is 1,600 ms after it
    v.calls[1].release();
    await page;
    tick(1_600 - 400 - 1);
    expect(await read()).toMatchObject({ calls: 0 });
    expect(v.calls).toHaveLength(2);
    tick(1);
    // Past the spaced lifetime: served at once, checked in the background.
    expect(await read()).toMatchObject({ calls: 1 });
    expect(v.calls).toHaveLength(3);
    v.calls[2].release(); // answered at once
    await settle();
    tick(LIFETIME);
    expect(await read()).toMatchObject({ calls: 1 });
    expect(v.calls).toHaveLength(4);
  });

  it('checks on every page with a lifetime of 0, however long the last check took', async () => {
    let clock = 0;
    const v = vendor();
    const snapshot = new OctopiListSnapshot(v.client, { lifetimeMs: 0, now: () => clock });
    for (let n = 0; n < 3; n += 1) {
      const page = snapshot.slice('ASC', 10, null);
      await settle();
      clock += 400;
      v.calls[n].release();
      expect(await page).toMatchObject({ calls: 1 });
    }
    expect(v.calls.map((c) => c.ifNoneMatch)).toEqual([null, 'W/"1"', 'W/"1"']);
  });

  it('leaves a failed background check to the page that has to wait, which sees its error', async () => {
    const { v, read, start, tick } = setUp();
    await start();
    tick(LIFETIME);
    expect(ids(await read())).toEqual([1, 2]);
    v.calls[1].release(new Error('Octopi is down'));
    await settle();
    tick(STALE);
    const page = read();
    await settle();
    v.calls[2].release(new Error('Octopi is still down'));
    await expect(page).rejects.toThrow('Octopi is still down');
  });

  it('reads its own writes: a write drops the list, and a read under way before it is not kept', async () => {
    const { v, snapshot, read, start, tick } = setUp();
    await start();
    tick(LIFETIME);
    v.change([order(1, 0), order(2, 10), order(3, 20)]); // created at Octopi
    await read(); // a background check is now under way: its answer will hold order 3 only
    await settle();
    snapshot.invalidate(); // a write through this replica: order 4
    v.change([order(1, 0), order(2, 10), order(3, 20), order(4, 30)]);
    const page = read();
    await settle();
    expect(v.calls).toHaveLength(3);
    // The check sent before the write answers last: its list is not the one kept.
    v.calls[2].release();
    v.calls[1].release();
    expect(ids(await page)).toEqual([1, 2, 3, 4]);
    await settle();
    expect(ids(await read())).toEqual([1, 2, 3, 4]);
  });
});
