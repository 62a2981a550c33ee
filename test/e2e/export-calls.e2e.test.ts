import type { LoggedRequest } from '../../src/sandbox/emulator';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

/**
 * What an export costs each vendor, counted at the emulators: `orders(first: 500)` paged to the
 * end over every provider. A page of 500 holds about a fifth of it from each vendor, so each is
 * asked for about that share (with some headroom), not for the whole page; SOGET's searches
 * (at most 50 orders each) for one page go out together at consecutive offsets, not one round
 * after another; Octopi's whole list is read once for the export.
 */

const SEED = 300; // per provider
const FIRST = 500;

const PAGE = `query ExportPage($first: Int!, $after: String, $orderBy: SortDirection!) {
  orders(first: $first, after: $after, orderBy: $orderBy) { edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;

interface Page {
  orders: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** How many orders a list call asked the vendor for, by each vendor's documented page parameter. */
const ASKED: Record<string, (query: URLSearchParams) => number> = {
  SITOO: (q) => Number(q.get('num')),
  SOGET: (q) => Number(q.get('limit')),
  SHIPWELL: (q) => Number(q.get('limit')),
  VU: (q) => Number(q.get('limit')),
};

/** Order list calls only (SOGET's token calls left out). */
const listCalls = (log: LoggedRequest[]) => log.filter((r) => r.method === 'GET' && !/token/.test(r.path));

describe('an export over every provider', () => {
  let app: TestApp;
  const pages: Array<Record<string, LoggedRequest[]>> = [];
  let orders = 0;

  beforeAll(async () => {
    app = await startTestApp({
      seed: SEED,
      env: { PROVIDER_TIMEOUT_MS: '5000', RESPONSE_CACHE_TTL_SECONDS: '0', HEALTH_PROBE_INTERVAL_MS: '3600000', OCTOPI_SNAPSHOT_TTL_MS: '60000' },
    });
    // A small latency at SOGET makes calls sent together overlap whatever the machine's load.
    app.emulator('SOGET').setFaults({ latencyMs: 40 });
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard += 1) {
      for (const sandbox of app.sandboxes.values()) sandbox.server.clearLog();
      const page: { data?: Page | null; errors?: unknown[] } = await gql<Page, object>(app.url, PAGE, { first: FIRST, after, orderBy: 'OLDEST_FIRST' });
      expect(page.errors).toBeUndefined();
      pages.push(Object.fromEntries([...app.registry.keys()].map((key) => [key, listCalls([...app.emulator(key).log])])));
      orders += page.data!.orders.edges.length;
      if (!page.data!.orders.pageInfo.hasNextPage) break;
      after = page.data!.orders.pageInfo.endCursor;
    }
  }, 120_000);
  afterAll(() => app.close());

  it('pages every order', () => {
    expect(orders).toBeGreaterThanOrEqual(SEED * app.registry.keys().length);
    expect(pages.length).toBe(Math.ceil(orders / FIRST));
  });

  it.each(Object.keys(ASKED))('asks %s for about its share of each page, not for the whole page', (key) => {
    const asked = pages.reduce((sum, page) => sum + page[key].reduce((n, call) => n + ASKED[key](new URLSearchParams(call.query)), 0), 0);
    // Its share of the walk is about SEED orders; the headroom is a fifth and a few orders per page.
    const bound = Math.ceil(SEED * 1.25 + pages.length * 12);
    expect(`${key} asked for ${asked} orders`).toBe(`${key} asked for ${Math.min(asked, bound)} orders`);
  });

  it("sends each page's SOGET searches together, not one round after another", () => {
    for (const page of pages.slice(0, -1)) {
      const calls = page.SOGET;
      // A full page needs about 100 SOGET orders: at least two searches of SOGET's 50.
      const firstEnd = Math.min(...calls.map((c) => c.endedAt!));
      const together = calls.filter((c) => c.startedAt < firstEnd);
      expect(together.length).toBeGreaterThanOrEqual(2);
      // What is left for a second round, if any, is one more search at most.
      expect(calls.length - together.length).toBeLessThanOrEqual(1);
    }
  });

  it("reads Octopi's whole list once for the whole export", () => {
    expect(pages.reduce((sum, page) => sum + page.OCTOPI.length, 0)).toBe(1);
  });
});
