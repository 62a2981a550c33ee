/**
 * Newest-first reads over a list that only pages oldest-first.
 *
 * VU's `GET /orders` has no sort parameter: `since_id=X` answers up to 250 orders with ids
 * greater than X, ascending. Ids grow with creation time, so "the newest N orders below id B"
 * are the top N ids of a window (B - w, B) read ascending. The width w comes from the id
 * density seen so far (orders per id: 1 where a tenant has its own ids, far less where ids
 * are shared), carried from page to page in the position:
 * - a window that answered fewer than 250 (or reached B) is complete: take its ids, move B
 *   down to its lower edge, and widen the next window fourfold if it was empty;
 * - a window with more than 250 ids is narrowed: only its top is needed, so the part above
 *   the 250th id is read the same way (recursively), and the 250 already read fill in below.
 * With a fitting density a page costs one call; gaps cost a logarithmic number of calls.
 *
 * The first newest-first page does not know the top. It probes just below the highest id the
 * provider has seen (`hint`); a full answer means there is more than a page above, so it
 * gallops upwards (doubling steps) until an answer is empty or short, then bisects between the
 * last full answer and the first empty one until an answer is short: that answer is the
 * complete tail. Cold (no hint) this costs about 2 x log2(ids / 250) calls once per process;
 * with a hint, one or two.
 */

export interface AscendingSource<T extends { id: number }> {
  /** Up to `limit` (at most `pageSize`) items with id greater than `sinceId`, ascending by id. */
  after(sinceId: number, limit: number): Promise<T[]>;
  pageSize: number;
}

export interface NewestFirstRequest {
  /** Exclusive upper bound: only ids below it; null for the newest. */
  before: number | null;
  /** Items wanted (at most the page size). */
  want: number;
  /** Items per id seen so far (0 < density <= 1). */
  density: number;
  /** Highest id seen before, where the search for the newest starts (0 when unknown). */
  hint: number;
  /** No item has an id at or below this (0 when unknown). New ids only grow, so it stays true. */
  floor?: number;
}

export interface NewestFirstPage<T> {
  /** Newest first, at most `want`. */
  items: T[];
  /** Whether items with lower ids may exist. */
  hasMore: boolean;
  /** Density to use for the next page. */
  density: number;
  /** The floor, raised when this read saw the oldest item. */
  floor: number;
  calls: number;
}

const MIN_DENSITY = 1e-9;

export async function readNewestFirst<T extends { id: number }>(source: AscendingSource<T>, request: NewestFirstRequest): Promise<NewestFirstPage<T>> {
  const reader = new NewestFirstReader(source, clampDensity(request.density), Math.max(0, request.floor ?? 0));
  const want = Math.max(1, Math.min(request.want, source.pageSize));
  // One more than wanted where a page allows, so that a page ending exactly at the oldest order says so.
  const ask = Math.min(want + 1, source.pageSize);
  let items: T[];
  let complete: boolean;
  if (request.before === null) {
    const { tail, top } = await reader.findTail(request.hint, ask);
    const below = tail.length >= ask ? { items: [], complete: top <= reader.floor } : await reader.highest(reader.floor, top, ask - tail.length);
    items = [...tail, ...below.items];
    complete = below.complete;
  } else {
    const below = await reader.highest(reader.floor, request.before - 1, ask);
    items = below.items;
    complete = below.complete;
  }
  // Everything down to the floor was read: nothing lies below the oldest item.
  if (complete) reader.raiseFloor(items.length > 0 ? items[items.length - 1].id - 1 : (request.before ?? Number.POSITIVE_INFINITY) - 1);
  return { items: items.slice(0, want), hasMore: items.length > want || !complete, density: reader.density, floor: reader.floor, calls: reader.calls };
}

class NewestFirstReader<T extends { id: number }> {
  calls = 0;

  constructor(
    private readonly source: AscendingSource<T>,
    public density: number,
    public floor: number,
  ) {}

  raiseFloor(id: number): void {
    if (Number.isFinite(id) && id > this.floor) this.floor = id;
  }

  private async after(sinceId: number, limit = this.source.pageSize): Promise<T[]> {
    this.calls += 1;
    const page = await this.source.after(sinceId, limit);
    // An answer from at or below the floor starts at the oldest item.
    if (sinceId <= this.floor && page.length > 0) this.raiseFloor(page[0].id - 1);
    return page;
  }

  /**
   * Every id above some `top`, newest first (the tail): a short answer to `since_id=top`.
   * Starts just below `hint`; gallops up while answers are full, bisects after overshooting.
   */
  async findTail(hint: number, want: number): Promise<{ tail: T[]; top: number }> {
    const size = this.source.pageSize;
    // Aim for a short answer (half a page: room for orders made since the hint), so that one call is the whole tail.
    let probe = Math.max(this.floor, Math.floor(hint - Math.min(want, Math.floor(size / 2)) / this.density));
    let lastSeen = probe; // an id known to exist, or where the search started
    let ceiling = Number.POSITIVE_INFINITY; // a since_id known to answer nothing
    let step = size;
    for (;;) {
      const page = await this.after(probe);
      if (page.length === size) {
        const last = page[page.length - 1].id;
        this.density = clampDensity(size / Math.max(1, last - page[0].id + 1));
        step = Math.max(step * 2, last - page[0].id);
        lastSeen = last;
      } else if (page.length > 0 || probe <= lastSeen) {
        return { tail: [...page].reverse(), top: probe };
      } else ceiling = probe; // overshot: nothing above `probe`
      if (lastSeen < hint - 1)
        probe = hint - 1; // denser than thought below the hint, which exists: go there first
      else if (ceiling === Number.POSITIVE_INFINITY) probe = lastSeen + step;
      // Less than a page expected between the last id seen and the ceiling: ask for all of it.
      else if ((ceiling - lastSeen) * this.density < size) probe = lastSeen;
      else probe = Math.floor((lastSeen + ceiling) / 2);
    }
  }

  /**
   * The highest ids in (floor, ceiling], newest first: at least `want` of them unless the
   * range holds fewer, in which case `complete` says every one of them is there.
   */
  async highest(floor: number, ceiling: number, want: number): Promise<{ items: T[]; complete: boolean }> {
    const size = this.source.pageSize;
    const found: T[] = [];
    let top = ceiling;
    let stretch = 1; // grows fourfold per empty window, so gaps cost a logarithmic number of calls
    while (top > floor && found.length < want) {
      const need = want - found.length;
      const width = Math.max(1, Math.ceil((Math.min(need * 1.25, size) / this.density) * stretch));
      const from = Math.max(floor, top - width);
      // The window (from, top] holds at most top - from ids: asking for more only brings ids
      // above it, read and dropped. With that many asked, a full answer is the whole window.
      const asked = Math.min(size, top - from);
      const page = await this.after(from, asked);
      const inside = page.filter((item) => item.id <= top);
      if (page.length < asked || page[page.length - 1].id >= top) {
        // Complete window (from, top].
        found.push(...inside.reverse());
        if (inside.length > 0) {
          this.density = clampDensity(inside.length / (top - from));
          stretch = 1;
        } else stretch *= 4;
        top = from;
        continue;
      }
      // More than a page in (from, top]: the newest are above the page's last id.
      const last = page[page.length - 1].id;
      this.density = clampDensity(size / Math.max(1, last - page[0].id + 1));
      stretch = 1;
      const upper = await this.highest(last, top, need);
      found.push(...upper.items);
      if (!upper.complete) return { items: found, complete: false };
      found.push(...inside.reverse());
      top = from;
    }
    return { items: found, complete: top <= floor };
  }
}

function clampDensity(density: number): number {
  return Number.isFinite(density) ? Math.min(1, Math.max(MIN_DENSITY, density)) : 1;
}
