import type { ProviderKey } from '../core/provider-key';
import type { Database } from '../state/database';
import type { DetectorPosition, Fence } from './tracker';

/**
 * Who polls a vendor. Replicas compete for one row per vendor in `change_detectors`: the lease
 * goes to whoever finds it free or expired, on the database's clock (replicas' clocks never
 * compare), and every takeover adds one to the fencing token. A holder renews it with each
 * commit and while a long cycle runs; a commit checks owner and token (src/changes/tracker.ts),
 * so a holder that stalled past its lease and wakes up after a takeover cannot write.
 */

interface LeaseRow extends Record<string, unknown> {
  fencing_token: string | number;
  state: DetectorPosition['state'];
  pass: string | number;
  baselined: boolean;
}

const until = (param: number) => `clock_timestamp() + $${param} * interval '1 millisecond'`;

/** The lease of `provider` for `owner` when it is free, expired or already `owner`'s; else null. */
export async function acquireLease(
  db: Database,
  provider: ProviderKey,
  owner: string,
  leaseMs: number,
): Promise<{ fence: Fence; position: DetectorPosition } | null> {
  const { rows } = await db.query<LeaseRow>(
    `INSERT INTO change_detectors (provider, owner, lease_until, fencing_token) VALUES ($1, $2, ${until(3)}, 1)
     ON CONFLICT (provider) DO UPDATE SET owner = EXCLUDED.owner, lease_until = EXCLUDED.lease_until, fencing_token = change_detectors.fencing_token + 1
       WHERE change_detectors.owner IS NULL OR change_detectors.owner = EXCLUDED.owner OR change_detectors.lease_until < clock_timestamp()
     RETURNING fencing_token, state, pass, baselined`,
    [provider, owner, leaseMs],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    fence: { provider, owner, token: Number(row.fencing_token), leaseMs },
    position: { state: row.state ?? null, pass: Number(row.pass), baselined: row.baselined },
  };
}

/** Extends a held lease; false when it is no longer held under this token. */
export async function renewLease(db: Database, fence: Fence): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE change_detectors SET lease_until = ${until(4)} WHERE provider = $1 AND owner = $2 AND fencing_token = $3 AND lease_until > clock_timestamp()`,
    [fence.provider, fence.owner, fence.token, fence.leaseMs],
  );
  return rowCount === 1;
}

/** Gives a held lease up (at shutdown), so that another replica takes over at once. */
export async function releaseLease(db: Database, fence: Fence): Promise<void> {
  await db.query('UPDATE change_detectors SET owner = NULL, lease_until = NULL WHERE provider = $1 AND owner = $2 AND fencing_token = $3', [
    fence.provider,
    fence.owner,
    fence.token,
  ]);
}
