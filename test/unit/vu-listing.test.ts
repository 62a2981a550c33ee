import { random } from '../../src/sandbox/demo-data';
import { readNewestFirst, type AscendingSource, type NewestFirstPage } from '../../src/providers/vu/listing';

/** An in-memory `since_id` list: up to `pageSize` ids greater than `sinceId`, ascending. */
function source(ids: number[], pageSize = 250): AscendingSource<{ id: number }> & { calls: number[]; sent: number } {
  const sorted = [...ids].sort((a, b) => a - b);
  const calls: number[] = [];
  const list = {
    pageSize,
    calls,
    /** Items answered over every call. */
    sent: 0,
    async after(sinceId: number, limit: number) {
      calls.push(sinceId);
      expect(limit).toBeLessThanOrEqual(pageSize);
      const page = sorted
        .filter((id) => id > sinceId)
        .slice(0, Math.min(limit, pageSize))
        .map((id) => ({ id }));
      list.sent += page.length;
      return page;
    },
  };
  return list;
}

/** Reads every id newest first, `want` per page, carrying the position as a provider would. */
async function readAll(ids: number[], want: number, hint = 0) {
  const list = source(ids);
  const seen: number[] = [];
  const pageCalls: number[] = [];
  let before: number | null = null;
  let density = 1;
  for (let guard = 0; guard < 10_000; guard += 1) {
    const page: NewestFirstPage<{ id: number }> = await readNewestFirst(list, { before, want, density, hint });
    pageCalls.push(page.calls);
    seen.push(...page.items.map((i) => i.id));
    if (!page.hasMore) break;
    expect(page.items.length).toBe(want);
    before = page.items[page.items.length - 1].id;
    density = page.density;
  }
  return { seen, pageCalls, sent: list.sent };
}

const dense = (n: number, from = 12345) => Array.from({ length: n }, (_, i) => from + i);
const sparse = (n: number, seed: number, maxGap: number) => {
  const rand = random(seed);
  let id = 1 + Math.floor(rand() * 1000);
  return Array.from({ length: n }, () => (id += 1 + Math.floor(rand() * maxGap)));
};

describe('newest-first reads over an oldest-first since_id list', () => {
  it.each([
    ['dense ids', dense(1000)],
    ['sparse ids (gaps up to 40)', sparse(1000, 1, 40)],
    ['very sparse ids (gaps up to 100,000)', sparse(600, 2, 100_000)],
    ['bursts and long gaps', [...dense(300, 10), ...dense(5, 5_000_000), ...dense(700, 9_000_000), 2 ** 40]],
    ['a single order', [42]],
    ['exactly one page', dense(250)],
    ['no orders', []],
  ])('returns every id exactly once, newest first, with %s', async (_name, ids) => {
    for (const want of [1, 7, 50, 250]) {
      const { seen } = await readAll(ids, want);
      expect(seen).toEqual([...ids].sort((a, b) => b - a));
    }
  });

  it('costs one call per page on dense ids once the top is known', async () => {
    const { pageCalls } = await readAll(dense(2000), 50, 12345 + 1999);
    expect(pageCalls[0]).toBeLessThanOrEqual(2);
    expect(pageCalls.slice(1, -1).every((c) => c === 1)).toBe(true);
  });

  it('asks each window for no more ids than it can hold, so ids above it are not sent and dropped', async () => {
    // A 250-order answer per call would send five times the 2,000 orders read, 50 a page.
    const { seen, sent } = await readAll(dense(2000), 50, 12345 + 1999);
    expect(seen).toHaveLength(2000);
    expect(sent).toBeLessThanOrEqual(seen.length * 2);
  });

  it('stays within a few calls per page on sparse ids', async () => {
    const { pageCalls } = await readAll(sparse(3000, 3, 40), 50, 0);
    const later = pageCalls.slice(1);
    expect(later.reduce((a, b) => a + b, 0) / later.length).toBeLessThanOrEqual(1.6);
  });

  it('finds the top without a hint in a logarithmic number of calls', async () => {
    const list = source(dense(100_000));
    const page = await readNewestFirst(list, { before: null, want: 50, density: 1, hint: 0 });
    expect(page.items.map((i) => i.id)).toEqual(Array.from({ length: 50 }, (_, i) => 12345 + 99_999 - i));
    expect(page.calls).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(100_000 / 250)) + 3);
  });

  it('starts from the hint: one call when the hint is the highest id', async () => {
    const list = source(dense(100_000));
    const page = await readNewestFirst(list, { before: null, want: 50, density: 1, hint: 12345 + 99_999 });
    expect(page.calls).toBe(1);
    expect(page.items[0].id).toBe(12345 + 99_999);
  });

  it('still finds newer orders above a stale hint', async () => {
    const page = await readNewestFirst(source(dense(5000)), { before: null, want: 10, density: 1, hint: 12345 + 100 });
    expect(page.items[0].id).toBe(12345 + 4999);
  });
});
