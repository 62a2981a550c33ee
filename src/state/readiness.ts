import type { Database } from './database';
import type { SharedState } from './redis';

export interface Readiness {
  ready: boolean;
  body: {
    status: 'ready' | 'not ready';
    sharedState: { kind: SharedState['kind']; ok: boolean };
    database?: { ok: boolean };
    providers: Record<string, boolean>;
  };
}

/**
 * Readiness of a replica: at least one vendor is reachable. The stores are reported, not
 * required: Redis holds only what may be lost (a replica without it answers from the vendors,
 * uncached), and a store that is down is down for every replica at once, so failing readiness
 * for it would only make a load balancer take them all out. One vendor down makes answers
 * partial, not the replica unready. Vendor reachability is the background prober's latest
 * result (no vendor is called here); every store check is bounded by its own short timeout.
 */
export async function readiness(shared: SharedState, vendors: Record<string, boolean>, database?: Database): Promise<Readiness> {
  const [store, db] = await Promise.all([shared.ping(), database ? database.ping(1000) : Promise.resolve(undefined)]);
  const ready = Object.values(vendors).some(Boolean);
  return {
    ready,
    body: {
      status: ready ? 'ready' : 'not ready',
      sharedState: { kind: shared.kind, ok: store as boolean },
      ...(db === undefined ? {} : { database: { ok: db as boolean } }),
      providers: vendors,
    },
  };
}
