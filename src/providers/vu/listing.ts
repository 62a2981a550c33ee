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
  /** Up to `pageSize` items with id greater than `sinceId`, ascending by id. */
  after(sinceId: number): Promise<T[]>;
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
}

export interface NewestFirstPage<T> {
  /** Newest first, at most `want`. */
  items: T[];
  /** Whether items with lower ids may exist. */
  hasMore: boolean;
  /** Density to use for the next page. */
  density: number;
  calls: number;
}

const MIN_DENSITY = 1e-9;

export async function readNewestFirst<T extends { id: number }>(source: AscendingSource<T>, request: NewestFirstRequest): Promise<NewestFirstPage<T>> {
  const reader = new NewestFirstReader(source, clampDensity(request.density));
  const want = Math.max(1, Math.min(request.want, source.pageSize));
  let items: T[];
  let complete: boolean;
  if (request.before === null) {
    const { tail, top } = await reader.findTail(request.hint, want);
    const below = tail.length >= want + 1 ? { items: [], complete: top <= 0 } : await reader.highest(0, top, want + 1 - tail.length);
    items = [...tail, ...below.items];
    complete = below.complete;
  } else {
    const below = await reader.highest(0, request.before - 1, want + 1);
    items = below.items;
    complete = below.complete;
  }
  // One more than wanted was asked for, so that a page ending exactly at the oldest order says so.
  return { items: items.slice(0, want), hasMore: items.length > want || !complete, density: reader.density, calls: reader.calls };
}

class NewestFirstReader<T extends { id: number }> {
  calls = 0;

  constructor(private readonly source: AscendingSource<T>, public density: number) {}

  private async after(sinceId: number): Promise<T[]> {
    this.calls += 1;
    return this.source.after(sinceId);
  }

  /**
   * Every id above some `top`, newest first (the tail): a short answer to `since_id=top`.
   * Starts just below `hint`; gallops up while answers are full, bisects after overshooting.
   */
  async findTail(hint: number, want: number): Promise<{ tail: T[]; top: number }> {
    const size = this.source.pageSize;
    let probe = Math.max(0, Math.floor(hint - (want + 1) / this.density));
    let lastSeen = 0; // highest id known to exist
    let ceiling = Number.POSITIVE_INFINITY; // a since_id known to answer nothing
    let step = size;
    for (;;) {
      const page = await this.after(probe);
      if (page.length === size) {
        const last = page[page.length - 1].id;
        this.density = clampDensity(size / Math.max(1, last - probe));
        step = Math.max(step * 2, last - probe);
        lastSeen = last;
      } else if (page.length > 0 || probe <= lastSeen) {
        return { tail: [...page].reverse(), top: probe };
      } else ceiling = probe; // overshot: nothing above `probe`
      probe = ceiling === Number.POSITIVE_INFINITY ? lastSeen + step : Math.floor((lastSeen + ceiling) / 2);
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
    while (top > floor && found.length < want) {
      const need = want - found.length;
      const width = Math.max(1, Math.ceil(Math.min(need * 1.25, size) / this.density));
      const from = Math.max(floor, top - width);
      const page = await this.after(from);
      const inside = page.filter((item) => item.id <= top);
      if (page.length < size || page[page.length - 1].id >= top) {
        // Complete window (from, top].
        found.push(...inside.reverse());
        this.density = inside.length > 0 ? clampDensity(inside.length / (top - from)) : clampDensity(this.density / 4);
        top = from;
        continue;
      }
      // More than a page in (from, top]: the newest are above the page's last id.
      const last = page[page.length - 1].id;
      this.density = clampDensity(size / Math.max(1, last - from));
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
