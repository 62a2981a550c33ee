import { foundOrders, openSetDetector, sweepDetector, type ChangeDetector } from '../../core/change-detection';
import type { OrderProvider, ProviderPosition } from '../../core/provider';
import type { SogetClient } from './client';
import { mapSogetOrder } from './mapper';
import type { SogetCustomerOrder, SogetStatus } from './wire';

/**
 * The statuses an S'mouv order still moves on from by itself (Draft -> Valid -> Submitted ->
 * InProcess -> Accepted). Accepted orders change rarely (a segment delivered, a cancellation)
 * and Cancelled, Rejected and Refused never: those are left to the sweep.
 */
export const SOGET_OPEN_STATUSES: readonly SogetStatus[] = ['Draft', 'Valid', 'Submitted', 'InProcess'];

/** Where a walk of the open statuses stands: the status (index) and the offset within its search. */
interface OpenWalkPosition {
  s: number;
  o: number;
  [key: string]: number;
}

/**
 * S'mouv versions every order (its ETag, `"<version>"`), and each search item carries that
 * `version`, so one search call compares the ETags of 50 orders: a conditional GET per order
 * would cost one call per order (a thousand a cycle), the search costs one per 50. A look
 * searches each open status (one value per call, as the provider always sends; the first pages
 * of all of them go out together, each tells its status's total, and the rest of their pages go
 * out together), hands over only the
 * orders whose version moved, reads once by id an order that left the open statuses, and sweeps
 * one page of every order a cycle for the rest (core's openSetDetector).
 */
export function sogetChangeDetector(
  client: Pick<SogetClient, 'search'>,
  provider: Pick<OrderProvider, 'getOrders' | 'listOrders' | 'capabilities'>,
): ChangeDetector {
  const pageSize = provider.capabilities.callPageSize ?? provider.capabilities.maxPageSize;
  return openSetDetector(
    {
      method: 'open-statuses-etag',
      readsPerCall: 1,
      async listOpen(after, budget) {
        // Every status still to walk at once (their first pages together, then the rest of their pages together), within the budget.
        const at = (after as OpenWalkPosition | null) ?? { s: 0, o: 0 };
        const walks = SOGET_OPEN_STATUSES.slice(at.s, at.s + budget).map((status, k) => ({ status, offset: k === 0 ? at.o : 0, done: false }));
        const raw: SogetCustomerOrder[] = [];
        let calls = 0;
        const page = async (walk: (typeof walks)[number], offset: number) => {
          const result = await client.search({ status: walk.status, offset, limit: pageSize });
          return { items: result.items ?? [], total: result.total };
        };
        const firsts = await Promise.all(walks.map((walk) => page(walk, walk.offset)));
        calls += walks.length;
        const rest: Array<{ walk: (typeof walks)[number]; offset: number }> = [];
        firsts.forEach(({ items, total }, k) => {
          const walk = walks[k];
          raw.push(...items);
          walk.offset += items.length;
          walk.done = items.length < pageSize || walk.offset >= total;
          for (let offset = walk.offset; !walk.done && offset < total; offset += pageSize) rest.push({ walk, offset });
        });
        const more = rest.slice(0, Math.max(0, budget - calls));
        const pages = await Promise.all(more.map(({ walk, offset }) => page(walk, offset)));
        calls += more.length;
        pages.forEach(({ items }, k) => {
          const { walk } = more[k];
          raw.push(...items);
          walk.offset = Math.max(walk.offset, more[k].offset + items.length);
          if (items.length < pageSize) walk.done = true;
        });
        for (const walk of walks) if (!walk.done && !rest.some((r) => r.walk === walk && !more.includes(r))) walk.done = true;
        // Where to go on: the first status not walked to its end (those after it are read again then, which costs nothing but the read).
        const unfinished = walks.findIndex((walk) => !walk.done);
        const next: OpenWalkPosition | null =
          unfinished >= 0
            ? { s: at.s + unfinished, o: walks[unfinished].offset }
            : at.s + walks.length < SOGET_OPEN_STATUSES.length
              ? { s: at.s + walks.length, o: 0 }
              : null;
        return { orders: raw.map((item) => mapSogetOrder(item)), next: next as ProviderPosition | null, calls };
      },
      async read(ids) {
        return { orders: foundOrders(await provider.getOrders(ids)), calls: ids.length };
      },
      versionOf: (order) => order.revision,
    },
    sweepDetector(provider),
  );
}
