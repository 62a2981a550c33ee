import type { ChangeDetector } from '../../core/change-detection';
import { mapOctopiOrder } from './mapper';
import type { OctopiListSnapshot } from './snapshot';

interface OctopiDetectorState {
  /** ETag of the list the last complete look saw. */
  etag: string | null;
}

/**
 * Octopi answers only its whole list, so a look at it is one conditional GET of that list,
 * through the same snapshot that serves pages (If-None-Match with the list's ETag; Octopi, a
 * Rails API, answers 304 when nothing changed). An ETag equal to the one of the last look means
 * nothing changed: nothing is mapped or compared. Otherwise every order is handed to the tracker,
 * and that one read is a complete pass (an order no longer in the list has disappeared).
 */
export function octopiChangeDetector(snapshot: OctopiListSnapshot): ChangeDetector {
  return {
    method: 'conditional-list',
    async scan(state) {
      const known = (state as OctopiDetectorState | null)?.etag ?? null;
      const { etag, sorted } = await snapshot.revalidated();
      if (etag !== null && etag === known) return { orders: [], passComplete: false, state, calls: 1 };
      const next: OctopiDetectorState = { etag };
      return { orders: sorted.map((raw) => mapOctopiOrder(raw)), passComplete: true, state: { ...next }, calls: 1 };
    },
  };
}
