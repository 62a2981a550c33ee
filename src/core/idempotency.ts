import { createHash } from 'node:crypto';
import type { Order } from '../model/order';
import { ErrorCode, OrderGraphError, badUserInput, isOrderGraphError } from './errors';

/**
 * Idempotent creates.
 *
 * A create mutation with an `idempotencyKey` first claims the key in the ledger (atomically:
 * in Redis with SET NX when replicas share one, in memory otherwise). The claim stores a
 * fingerprint of the input. Then:
 * - the first request creates upstream and records the new order's id under the key;
 * - a repeat with the same input (even concurrent, on another replica) waits for that record
 *   and answers the same order, without a second upstream create;
 * - a repeat with different input is IDEMPOTENCY_KEY_REUSED.
 * When the upstream create fails in a way that leaves its outcome unknown (timeout, dropped
 * connection), the provider's `recover` looks the order up (by order number) before answering:
 * an order that was made is returned, never created twice, never reported as failed.
 * Keys are kept 24 hours.
 */

export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;

export type ClaimResult =
  | { state: 'claimed' }
  | { state: 'done'; fingerprint: string; orderId: string }
  | { state: 'pending'; fingerprint: string };

export interface IdempotencyLedger {
  /** Claims `key` for `fingerprint` unless someone holds it; returns what is there otherwise. */
  claim(key: string, fingerprint: string, ttlMs?: number): Promise<ClaimResult>;
  /** Records the order made under a claimed key. */
  complete(key: string, fingerprint: string, orderId: string, ttlMs: number): Promise<void>;
  /** Frees a claimed key after a create that certainly failed, so the client may retry. */
  release(key: string): Promise<void>;
}

/** The ledger of a single replica. */
export class MemoryIdempotencyLedger implements IdempotencyLedger {
  private readonly entries = new Map<string, { fingerprint: string; orderId?: string; expires: number }>();

  async claim(key: string, fingerprint: string, ttlMs = IDEMPOTENCY_TTL_MS): Promise<ClaimResult> {
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.expires > now) {
      return entry.orderId ? { state: 'done', fingerprint: entry.fingerprint, orderId: entry.orderId } : { state: 'pending', fingerprint: entry.fingerprint };
    }
    this.entries.set(key, { fingerprint, expires: now + ttlMs });
    return { state: 'claimed' };
  }

  async complete(key: string, fingerprint: string, orderId: string, ttlMs: number): Promise<void> {
    this.entries.set(key, { fingerprint, orderId, expires: Date.now() + ttlMs });
  }

  async release(key: string): Promise<void> {
    this.entries.delete(key);
  }
}

export interface IdempotentCreate {
  ledger: IdempotencyLedger;
  /** Namespaces keys per provider and API key (one client's key never meets another's). */
  scope: string;
  idempotencyKey?: string | null;
  input: unknown;
  create: () => Promise<Order>;
  /** Finds the order if the create reached the vendor (by its order number); null if it did not. */
  recover?: () => Promise<Order | null>;
  /** Reads an order recorded under the key (through the request's loaders). */
  load: (orderId: string) => Promise<Order>;
}

const WAIT_STEP_MS = 50;
/** When a create's outcome is unknown, look it up now and after these pauses (about 2 s in all). */
const RECOVERY_DELAYS_MS = [0, 250, 500, 1000];
const WAIT_MAX_MS = 30_000;

export async function idempotentCreate(options: IdempotentCreate): Promise<Order> {
  const { ledger, idempotencyKey } = options;
  if (idempotencyKey === undefined || idempotencyKey === null) return createOrRecover(options);
  if (idempotencyKey.length < 1 || idempotencyKey.length > 255) {
    throw badUserInput([{ field: 'idempotencyKey', rule: 'length', message: 'must be 1 to 255 characters' }]);
  }
  const key = `${options.scope}:${idempotencyKey}`;
  const fingerprint = createHash('sha256').update(stableJson(options.input)).digest('base64url');

  for (let waited = 0; ; waited += WAIT_STEP_MS) {
    const claim = await ledger.claim(key, fingerprint, IDEMPOTENCY_TTL_MS).catch(() => {
      // Without the ledger a duplicate cannot be ruled out: refuse rather than risk one.
      throw new OrderGraphError(ErrorCode.INTERNAL_SERVER_ERROR, 'The idempotency ledger is unavailable; nothing was created. Retry shortly with the same key.', {
        field: 'idempotencyKey',
      });
    });
    if (claim.state !== 'claimed' && claim.fingerprint !== fingerprint) {
      throw new OrderGraphError(ErrorCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was already used with a different input', {
        field: 'idempotencyKey',
      });
    }
    if (claim.state === 'done') return options.load(claim.orderId);
    if (claim.state === 'claimed') break;
    // Another request (maybe on another replica) is creating this order right now.
    if (waited >= WAIT_MAX_MS) {
      throw new OrderGraphError(ErrorCode.CONFLICT, 'A request with this idempotency key is still in progress; retry shortly', { field: 'idempotencyKey' });
    }
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }

  try {
    const order = await createOrRecover(options);
    await ledger.complete(key, fingerprint, order.id, IDEMPOTENCY_TTL_MS);
    return order;
  } catch (error) {
    // The create certainly did not happen (createOrRecover checked): let the client retry.
    await ledger.release(key);
    throw error;
  }
}

async function createOrRecover(options: IdempotentCreate): Promise<Order> {
  try {
    return await options.create();
  } catch (error) {
    if (!options.recover || !isOutcomeUnknown(error)) throw error;
    // A slow vendor may still be making the order: look again a few times before saying it failed.
    for (const delay of RECOVERY_DELAYS_MS) {
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      const found = await options.recover().catch(() => null);
      if (found) return found;
    }
    throw error;
  }
}

/** A timeout or a dropped connection: the vendor may or may not have made the order. */
function isOutcomeUnknown(error: unknown): boolean {
  if (!isOrderGraphError(error) || error.code !== ErrorCode.PROVIDER_UNAVAILABLE) return false;
  const reason = error.extensions.reason;
  return reason === 'TIMEOUT' || reason === 'CONNECTION' || (typeof error.extensions.httpStatus === 'number' && error.extensions.httpStatus >= 500);
}

function stableJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
