import { createHash, randomUUID } from 'node:crypto';
import type { Order } from '../model/order';
import { ErrorCode, OrderGraphError, badUserInput, isOrderGraphError } from './errors';
import { stableJson } from './stable-json';

/**
 * Exactly-once creates.
 *
 * A create mutation with an `idempotencyKey` keeps a record of the key in the ledger, and every
 * step of the create is a compare-and-set on that record (its `version`), so replicas racing on
 * one key never both act. The record's state:
 *
 * - `claimed`: a request holds the key (`owner`, until `leaseUntil`) and has not sent anything;
 * - `sent`: the create is on its way to the vendor (since `sentAt`);
 * - `unknown`: the vendor's answer was lost (timeout, dropped connection, 5xx): the order may
 *   exist, or may still be committed by the vendor until `sentAt` plus the plausible commit
 *   delay;
 * - `succeeded`: the order exists (`orderId`); every repeat answers it;
 * - `failed`: ordergraph knows nothing was created (refused before sending, a vendor's
 *   rejection, or no order found after the commit delay); a repeat may create.
 *
 * A repeat of a key whose outcome is unknown (or whose holder's lease ran out while sending)
 * reconciles before anything else: it looks the order up (by its number, or what identifies it
 * at the vendor) until the commit delay since the last send has passed. Found: succeeded.
 * Not found by a lookup made after that: the create did not land, and only then is a create sent
 * again. A lookup that cannot reach the vendor leaves the key unknown: the answer says the
 * outcome is unknown (`createOutcome: UNKNOWN`), never that it failed.
 *
 * A key belongs to one API key (the scope) and to one mutation: the same key with another
 * mutation or another input is IDEMPOTENCY_KEY_REUSED. Records expire 24 hours after the claim.
 */

export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;

export type KeyState = 'claimed' | 'sent' | 'unknown' | 'succeeded' | 'failed';

export interface KeyRecord {
  /** The mutation that claimed the key (e.g. `createVuOrder`). */
  mutation: string;
  /** SHA-256 of the mutation's input, in a canonical JSON form. */
  fingerprint: string;
  state: KeyState;
  /** The order made under the key (state `succeeded`). */
  orderId?: string;
  /** The request that holds the key, and until when (ms since the epoch); another may take over after. */
  owner?: string;
  leaseUntil?: number;
  /** When the last create under the key was sent (ms since the epoch). */
  sentAt?: number;
  /** Compare-and-set counter: 1 when inserted, one more on every update. */
  version: number;
  expiresAt: number;
}

/** Where key records live: memory, Redis or PostgreSQL. Each call is atomic. */
export interface IdempotencyLedger {
  /** The key's record, or null when there is none (or it expired). */
  read(key: string): Promise<KeyRecord | null>;
  /** Stores `record` (version 1) unless the key holds an unexpired record; true when stored. */
  insert(key: string, record: KeyRecord): Promise<boolean>;
  /** Replaces the key's record if its version is still `version`; true when replaced. */
  update(key: string, version: number, record: KeyRecord): Promise<boolean>;
}

/** The ledger of a single replica. Expired records are dropped as Redis drops keys: when read, and in a periodic sweep. */
export class MemoryIdempotencyLedger implements IdempotencyLedger {
  private readonly records = new Map<string, KeyRecord>();
  private nextSweep = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly sweepEveryMs = 60_000,
  ) {}

  get size(): number {
    return this.records.size;
  }

  // Each call reads and writes without an await in between: atomic on one replica.
  async read(key: string): Promise<KeyRecord | null> {
    const record = this.current(key);
    return record ? { ...record } : null;
  }

  async insert(key: string, record: KeyRecord): Promise<boolean> {
    this.sweep();
    if (this.current(key)) return false;
    this.records.set(key, { ...record });
    return true;
  }

  async update(key: string, version: number, record: KeyRecord): Promise<boolean> {
    const current = this.current(key);
    if (!current || current.version !== version) return false;
    this.records.set(key, { ...record, version: version + 1 });
    return true;
  }

  private current(key: string): KeyRecord | undefined {
    const record = this.records.get(key);
    if (record && record.expiresAt <= this.now()) {
      this.records.delete(key);
      return undefined;
    }
    return record;
  }

  private sweep(): void {
    const now = this.now();
    if (now < this.nextSweep) return;
    this.nextSweep = now + this.sweepEveryMs;
    for (const [key, record] of this.records) if (record.expiresAt <= now) this.records.delete(key);
  }
}

export interface IdempotencySettings {
  /** How long after a create was sent the vendor may still commit it (the plausible commit delay). */
  commitDelayMs: number;
  /** How long a request that sends a create holds its key: the upstream timeout and a margin. */
  sendLeaseMs: number;
  /** How long a repeat waits for the request that holds the key before answering "in progress". */
  waitMs?: number;
  /** Clock and sleep, replaceable in tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface IdempotentCreate {
  /** Namespaces keys per API key (one client's key never meets another's). */
  scope: string;
  /** The mutation's name: a key belongs to one mutation. */
  mutation: string;
  idempotencyKey?: string | null;
  input: unknown;
  create: () => Promise<Order>;
  /** Looks the order of a create sent at `sentAt` up at the vendor (by its number, or what identifies it): null when it does not exist. */
  recover?: (sentAt: Date) => Promise<Order | null>;
  /** Reads an order recorded under the key (through the request's loaders). */
  load: (orderId: string) => Promise<Order>;
}

/** What an error of a create says about the order: `NOT_CREATED` (certain) or `UNKNOWN` (retry with the same key). */
export type CreateOutcome = 'NOT_CREATED' | 'UNKNOWN';

const WAIT_STEP_MS = 100;
/** After losing a race for the key to another request: a pause before reading what it did. */
const RACE_PAUSE_MS = 5;
/** Pauses between lookups of a create whose answer was lost (the last one repeats). */
const LOOKUP_PAUSES_MS = [200, 400, 800, 1000];
/**
 * Lookups made once the commit delay has passed, while they fail. When the create's own answer
 * took longer than the delay (a timeout), the first lookup already comes after it: a brief fault
 * on that one lookup would otherwise leave the outcome unknown though the vendor answers a moment
 * later. Bounded, so that a vendor that is down still gets its UNKNOWN answer soon.
 */
const LATE_LOOKUPS = 3;
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Reconciled = { found: Order } | { absent: true } | { unknown: unknown };

/** Runs creates exactly once per idempotency key over one ledger. */
export class IdempotentCreates {
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly waitMs: number;

  constructor(
    readonly ledger: IdempotencyLedger,
    private readonly settings: IdempotencySettings,
  ) {
    this.now = settings.now ?? Date.now;
    this.sleep = settings.sleep ?? realSleep;
    this.waitMs = settings.waitMs ?? settings.sendLeaseMs + settings.commitDelayMs + 2000;
  }

  async run(options: IdempotentCreate): Promise<Order> {
    const { idempotencyKey } = options;
    if (idempotencyKey === undefined || idempotencyKey === null) return this.createWithoutKey(options);
    if (idempotencyKey.length < 1 || idempotencyKey.length > 255) {
      throw badUserInput([{ field: 'idempotencyKey', rule: 'length', message: 'must be 1 to 255 characters' }]);
    }
    const run = new KeyRun(this, options, `${options.scope}:${idempotencyKey}`, fingerprintOf(options.input));
    return run.go();
  }

  /** No key: nothing to remember, but a lost answer is still looked up rather than reported as a failure. */
  private async createWithoutKey(options: IdempotentCreate): Promise<Order> {
    const sentAt = this.now();
    try {
      return await options.create();
    } catch (error) {
      if (!isOutcomeUnknown(error)) throw withOutcome(error, 'NOT_CREATED');
      const result = await this.reconcile(options, sentAt);
      if ('found' in result) return result.found;
      throw withOutcome(error, 'absent' in result ? 'NOT_CREATED' : 'UNKNOWN');
    }
  }

  /**
   * Looks for the order of a create sent at `sentAt` until the vendor can no longer commit it.
   * `absent` only from a lookup that answered after the commit delay had passed.
   */
  async reconcile(options: IdempotentCreate, sentAt: number): Promise<Reconciled> {
    if (!options.recover) return { unknown: new Error('no lookup for this vendor') };
    const windowEnd = sentAt + this.settings.commitDelayMs;
    let lateFailures = 0;
    for (let attempt = 0; ; attempt += 1) {
      const askedAt = this.now();
      let lookupError: unknown;
      try {
        const found = await options.recover(new Date(sentAt));
        if (found) return { found };
        if (askedAt >= windowEnd) return { absent: true };
      } catch (error) {
        lookupError = error;
      }
      if (askedAt >= windowEnd) {
        // Only a failed lookup gets here after the window: asked again, a few times at most.
        lateFailures += 1;
        if (lateFailures >= LATE_LOOKUPS) return { unknown: lookupError };
        await this.sleep(LOOKUP_PAUSES_MS[lateFailures - 1]);
        continue;
      }
      const pause = LOOKUP_PAUSES_MS[Math.min(attempt, LOOKUP_PAUSES_MS.length - 1)];
      // The last lookup lands just after the window closes.
      await this.sleep(Math.max(1, Math.min(pause, windowEnd - this.now() + 1)));
    }
  }

  /** @internal used by KeyRun */
  get timing() {
    return { now: this.now, sleep: this.sleep, waitMs: this.waitMs, ...this.settings };
  }
}

/** One request's handling of one key: the state machine's transitions, each a compare-and-set. */
class KeyRun {
  private readonly owner = randomUUID();

  constructor(
    private readonly creates: IdempotentCreates,
    private readonly options: IdempotentCreate,
    private readonly key: string,
    private readonly fingerprint: string,
  ) {}

  private get ledger() {
    return this.creates.ledger;
  }

  async go(): Promise<Order> {
    const { now, sleep, waitMs } = this.creates.timing;
    const waitUntil = now() + waitMs;
    for (;;) {
      const record = await ledgerCall(() => this.ledger.read(this.key));
      if (!record) {
        const claim = this.fresh();
        if (await ledgerCall(() => this.ledger.insert(this.key, claim))) {
          const order = await this.send(claim);
          if (order) return order;
        }
        await sleep(RACE_PAUSE_MS);
        continue;
      }
      if (record.mutation !== this.options.mutation || record.fingerprint !== this.fingerprint) {
        const other = record.mutation !== this.options.mutation ? ` with ${record.mutation}` : ' with a different input';
        throw new OrderGraphError(ErrorCode.IDEMPOTENCY_KEY_REUSED, `This idempotency key was already used${other}`, {
          field: 'idempotencyKey',
          createOutcome: 'NOT_CREATED',
        });
      }
      if (record.state === 'succeeded') return this.options.load(record.orderId!);

      const held = record.owner !== undefined && record.owner !== this.owner && (record.leaseUntil ?? 0) > now();
      if (!held) {
        const order = record.state === 'failed' || record.state === 'claimed' ? await this.takeOverAndSend(record) : await this.takeOverAndReconcile(record);
        if (order) return order;
        await sleep(RACE_PAUSE_MS);
        continue;
      }
      // Another request (maybe on another replica) is creating or reconciling this order right now.
      if (now() >= waitUntil) {
        throw new OrderGraphError(ErrorCode.CONFLICT, 'A request with this idempotency key is still in progress; retry shortly with the same key', {
          field: 'idempotencyKey',
          createOutcome: 'UNKNOWN',
        });
      }
      await sleep(WAIT_STEP_MS);
    }
  }

  private fresh(): KeyRecord {
    const { now } = this.creates.timing;
    return {
      mutation: this.options.mutation,
      fingerprint: this.fingerprint,
      state: 'claimed',
      owner: this.owner,
      leaseUntil: now() + this.creates.timing.sendLeaseMs,
      version: 1,
      expiresAt: now() + IDEMPOTENCY_TTL_MS,
    };
  }

  /** Nothing was created under the key (failed), or its holder died before sending (claimed): claim it and send. */
  private async takeOverAndSend(record: KeyRecord): Promise<Order | null> {
    const claim: KeyRecord = { ...record, state: 'claimed', owner: this.owner, leaseUntil: this.creates.timing.now() + this.creates.timing.sendLeaseMs };
    if (!(await ledgerCall(() => this.ledger.update(this.key, record.version, claim)))) return null;
    return this.send({ ...claim, version: record.version + 1 });
  }

  /** The outcome of the last create is unknown: find out before anything is sent again. */
  private async takeOverAndReconcile(record: KeyRecord): Promise<Order | null> {
    const { now, commitDelayMs, sendLeaseMs } = this.creates.timing;
    const sentAt = record.sentAt ?? now();
    const lease: KeyRecord = { ...record, state: 'unknown', sentAt, owner: this.owner, leaseUntil: Math.max(now(), sentAt + commitDelayMs) + sendLeaseMs };
    if (!(await ledgerCall(() => this.ledger.update(this.key, record.version, lease)))) return null;
    const held = { ...lease, version: record.version + 1 };
    const result = await this.creates.reconcile(this.options, sentAt);
    if ('found' in result) return this.succeed(held, result.found);
    if ('absent' in result) return this.send(held);
    await this.settle(held, { state: 'unknown', owner: undefined, leaseUntil: undefined });
    throw withOutcome(
      isOrderGraphError(result.unknown)
        ? result.unknown
        : new OrderGraphError(ErrorCode.PROVIDER_UNAVAILABLE, 'The vendor could not be asked whether the earlier create under this key made the order', {
            field: 'idempotencyKey',
          }),
      'UNKNOWN',
    );
  }

  /** Sends the create under a key this request holds (at `held.version`); null when another request took the key first. */
  private async send(held: KeyRecord): Promise<Order | null> {
    const { now, commitDelayMs, sendLeaseMs } = this.creates.timing;
    const resent = held.sentAt !== undefined;
    const sentAt = now();
    const sending: KeyRecord = { ...held, state: 'sent', sentAt, owner: this.owner, leaseUntil: sentAt + sendLeaseMs + commitDelayMs };
    if (!(await ledgerCall(() => this.ledger.update(this.key, held.version, sending)))) return null;
    const current = { ...sending, version: held.version + 1 };
    let order: Order;
    try {
      order = await this.options.create();
    } catch (error) {
      if (!isOutcomeUnknown(error)) {
        // A vendor that refuses a second create with the same order number may hold the first one:
        // an earlier create under this key can have landed later than anyone could see.
        if (resent) {
          const late = await this.options.recover?.(new Date(sentAt)).catch(() => null);
          if (late) return this.succeed(current, late);
        }
        await this.settle(current, { state: 'failed', owner: undefined, leaseUntil: undefined });
        throw withOutcome(error, 'NOT_CREATED');
      }
      await this.settle(current, { state: 'unknown' });
      const result = await this.creates.reconcile(this.options, sentAt);
      const latest = { ...current, state: 'unknown' as const, version: current.version + 1 };
      if ('found' in result) return this.succeed(latest, result.found);
      if ('absent' in result) {
        await this.settle(latest, { state: 'failed', owner: undefined, leaseUntil: undefined });
        throw withOutcome(error, 'NOT_CREATED');
      }
      await this.settle(latest, { state: 'unknown', owner: undefined, leaseUntil: undefined });
      throw withOutcome(error, 'UNKNOWN');
    }
    return this.succeed(current, order);
  }

  /**
   * Records the order. This write must not be lost to a lease that ran out meanwhile: it is
   * retried over whatever record is there now (a request reconciling the key would find the same
   * order). A ledger that cannot be written does not hide the order from the client: the key is
   * then reconciled by its next repeat.
   */
  private async succeed(held: KeyRecord, order: Order): Promise<Order> {
    let expected = held;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const done: KeyRecord = { ...expected, state: 'succeeded', orderId: order.id, owner: undefined, leaseUntil: undefined };
      const written = await this.ledger.update(this.key, expected.version, done).catch(() => null);
      if (written !== false) return order;
      const now = await this.ledger.read(this.key).catch(() => null);
      if (!now || now.state === 'succeeded') return order;
      expected = now;
    }
    return order;
  }

  /** A best-effort transition of a record this request holds; a lost race means another request now owns the key. */
  private async settle(held: KeyRecord, change: Partial<KeyRecord>): Promise<void> {
    await this.ledger.update(this.key, held.version, { ...held, ...change }).catch(() => false);
  }
}

async function ledgerCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch {
    // Without the ledger a duplicate cannot be ruled out: refuse rather than risk one. This request
    // sent nothing, but an earlier one with the same key may have made the order, and only the
    // ledger could say: the outcome is unknown, and a retry with the same key finds out.
    throw new OrderGraphError(
      ErrorCode.INTERNAL_SERVER_ERROR,
      'The idempotency ledger is unavailable, so this request sent nothing; an earlier request with this key may have made the order. Retry shortly with the same key.',
      { field: 'idempotencyKey', createOutcome: 'UNKNOWN' },
    );
  }
}

/** Stamps what the error says about the order on an error of a create. */
function withOutcome(error: unknown, outcome: CreateOutcome): unknown {
  if (isOrderGraphError(error)) error.extensions.createOutcome = outcome;
  return error;
}

/** A timeout, a dropped connection or a 5xx: the vendor may or may not have made the order. */
export function isOutcomeUnknown(error: unknown): boolean {
  if (!isOrderGraphError(error) || error.code !== ErrorCode.PROVIDER_UNAVAILABLE) return false;
  const reason = error.extensions.reason;
  return (
    reason === 'TIMEOUT' ||
    reason === 'CONNECTION' ||
    reason === 'INVALID_RESPONSE' ||
    (typeof error.extensions.httpStatus === 'number' && error.extensions.httpStatus >= 500)
  );
}

export function fingerprintOf(input: unknown): string {
  return createHash('sha256').update(stableJson(input)).digest('base64url');
}
