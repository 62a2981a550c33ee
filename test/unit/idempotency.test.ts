import { ErrorCode, OrderGraphError } from '../../src/core/errors';
import {
  IDEMPOTENCY_TTL_MS,
  IdempotentCreates,
  MemoryIdempotencyLedger,
  type IdempotencyLedger,
  type IdempotentCreate,
  type KeyRecord,
} from '../../src/core/idempotency';
import type { Order } from '../../src/model/order';

/** A clock that moves only when someone sleeps, so every window is exact. */
function fakeClock(start = 1_000_000) {
  const clock = {
    t: start,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.t += ms;
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
  return clock;
}

const COMMIT_DELAY = 5000;
const LEASE = 3000;
const order = (id: string) => ({ id }) as Order;
const lostAnswer = () => new OrderGraphError(ErrorCode.PROVIDER_UNAVAILABLE, 'timed out', { provider: 'VU', reason: 'TIMEOUT' });
const rejection = () => new OrderGraphError(ErrorCode.PROVIDER_REJECTED, 'order_number has already been taken', { provider: 'VU', httpStatus: 422 });

/** A vendor: creates orders (or fails as told), and answers lookups from what it holds. */
function vendor(clock: ReturnType<typeof fakeClock>) {
  const v = {
    orders: [] as Array<{ id: string; visibleAt: number }>,
    sends: [] as number[],
    lookups: 0,
    /** What the next creates do: 'ok', 'lost' (made, answer lost), 'lost-late' (made, visible 2 s later), 'not-made' (answer lost, nothing made), 'reject'. */
    plan: [] as Array<'ok' | 'lost' | 'lost-late' | 'not-made' | 'reject'>,
    lookupFails: false,
    /** How many of the next lookups fail (a brief fault), whatever `lookupFails` says. */
    lookupFailures: 0,
    create: async () => {
      v.sends.push(clock.now());
      const step = v.plan.shift() ?? 'ok';
      if (step === 'reject') throw rejection();
      if (step === 'not-made') throw lostAnswer();
      const made = { id: `vu:${v.orders.length + 1}`, visibleAt: clock.now() + (step === 'lost-late' ? 2000 : 0) };
      v.orders.push(made);
      if (step !== 'ok') throw lostAnswer();
      return order(made.id);
    },
    recover: async () => {
      v.lookups += 1;
      if (v.lookupFailures > 0 && v.lookupFailures--)
        throw new OrderGraphError(ErrorCode.PROVIDER_UNAVAILABLE, 'brief fault', { provider: 'VU', reason: 'CONNECTION' });
      if (v.lookupFails) throw new OrderGraphError(ErrorCode.PROVIDER_UNAVAILABLE, 'down', { provider: 'VU', reason: 'CONNECTION' });
      const found = v.orders.find((o) => o.visibleAt <= clock.now());
      return found ? order(found.id) : null;
    },
  };
  return v;
}

function setup(makeLedger: (memory: MemoryIdempotencyLedger) => IdempotencyLedger = (memory) => memory) {
  const clock = fakeClock();
  const ledger = makeLedger(new MemoryIdempotencyLedger(clock.now));
  const creates = new IdempotentCreates(ledger, { commitDelayMs: COMMIT_DELAY, sendLeaseMs: LEASE, now: clock.now, sleep: clock.sleep });
  const v = vendor(clock);
  const request = (overrides: Partial<IdempotentCreate> = {}) =>
    creates.run({
      scope: 'web-app',
      mutation: 'createVuOrder',
      idempotencyKey: 'k1',
      input: { orderNumber: 'A1' },
      create: v.create,
      recover: v.recover,
      load: async (id) => order(id),
      ...overrides,
    });
  return { clock, ledger, creates, vendor: v, request };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: OrderGraphError) => e,
  );

describe('exactly-once creates: the idempotency state machine', () => {
  it('creates once and answers every repeat with the same order', async () => {
    const { request, vendor: v, ledger } = setup();
    const first = await request();
    const again = await request();
    expect(again.id).toBe(first.id);
    expect(v.sends).toHaveLength(1);
    expect(await ledger.read('web-app:k1')).toMatchObject({ state: 'succeeded', orderId: first.id });
  });

  it('refuses a key used with another mutation or another input, without sending', async () => {
    const { request, vendor: v } = setup();
    await request();
    const otherMutation = await failure(request({ mutation: 'createSitooServiceOrder' }));
    expect(otherMutation.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
    expect(otherMutation.message).toContain('createVuOrder');
    expect((await failure(request({ input: { orderNumber: 'B2' } }))).extensions.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(v.sends).toHaveLength(1);
  });

  it('keeps keys of different API keys apart', async () => {
    const { request, vendor: v } = setup();
    const a = await request();
    const b = await request({ scope: 'bi-nightly' });
    expect(b.id).not.toBe(a.id);
    expect(v.sends).toHaveLength(2);
  });

  it('finds an order whose answer was lost and that the vendor commits late, within the commit delay', async () => {
    const { request, vendor: v, ledger } = setup();
    v.plan = ['lost-late'];
    const found = await request();
    expect(found.id).toBe('vu:1');
    expect(v.sends).toHaveLength(1);
    expect(await ledger.read('web-app:k1')).toMatchObject({ state: 'succeeded', orderId: 'vu:1' });
  });

  it('answers "not created" only after a lookup made once the commit delay has passed, and a repeat then creates', async () => {
    const { request, vendor: v, clock, ledger } = setup();
    v.plan = ['not-made'];
    const sentAt = clock.now();
    const error = await failure(request());
    expect(error.extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', createOutcome: 'NOT_CREATED' });
    expect(clock.now()).toBeGreaterThanOrEqual(sentAt + COMMIT_DELAY);
    expect(await ledger.read('web-app:k1')).toMatchObject({ state: 'failed' });
    const retry = await request();
    expect(retry.id).toBe('vu:1');
    expect(v.sends).toHaveLength(2);
  });

  it('says the outcome is unknown when the vendor cannot be asked, and a repeat reconciles before sending anything', async () => {
    const { request, vendor: v, ledger } = setup();
    v.plan = ['lost'];
    v.lookupFails = true;
    const error = await failure(request());
    expect(error.extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', createOutcome: 'UNKNOWN' });
    const record = (await ledger.read('web-app:k1')) as KeyRecord;
    expect(record).toMatchObject({ state: 'unknown' });
    expect(record.owner).toBeUndefined();
    v.lookupFails = false;
    const retry = await request();
    expect(retry.id).toBe('vu:1');
    expect(v.sends).toHaveLength(1);
  });

  it('asks again when the lookups after the commit delay fail briefly (a create that timed out), and finds the order', async () => {
    const { request, vendor: v, clock, ledger } = setup();
    v.plan = ['lost'];
    v.lookupFailures = 2;
    // The create's answer is lost only after the commit delay (a timeout): every lookup comes after the window.
    const create = v.create;
    v.create = async () => {
      await clock.sleep(COMMIT_DELAY + 100);
      return create();
    };
    const found = await request();
    expect(found.id).toBe('vu:1');
    expect(v.lookups).toBe(3);
    expect(v.sends).toHaveLength(1);
    expect(await ledger.read('web-app:k1')).toMatchObject({ state: 'succeeded', orderId: 'vu:1' });
  });

  it('says the outcome is unknown after a few failed lookups past the commit delay, not sooner and not forever', async () => {
    const { request, vendor: v, clock } = setup();
    v.plan = ['lost'];
    v.lookupFails = true;
    const create = v.create;
    v.create = async () => {
      await clock.sleep(COMMIT_DELAY + 100);
      return create();
    };
    const error = await failure(request());
    expect(error.extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', createOutcome: 'UNKNOWN' });
    expect(v.lookups).toBe(3);
  });

  it('never sends a second create while the first may still land: a repeat waits out the commit delay looking', async () => {
    const { request, vendor: v, clock, ledger } = setup();
    // The first request's answer was lost and its replica died: the key is left `sent`.
    const sentAt = clock.now();
    await ledger.insert('web-app:k1', {
      mutation: 'createVuOrder',
      fingerprint: await setupFingerprint(),
      state: 'sent',
      owner: 'dead-replica',
      leaseUntil: sentAt + 100,
      sentAt,
      version: 1,
      expiresAt: sentAt + IDEMPOTENCY_TTL_MS,
    });
    await clock.sleep(200);
    const retry = await request();
    // Nothing turned up at the vendor: the create is sent again, but only once the first can no longer land.
    expect(v.sends).toHaveLength(1);
    expect(v.sends[0]).toBeGreaterThanOrEqual(sentAt + COMMIT_DELAY);
    expect(v.lookups).toBeGreaterThan(1);
    expect(retry.id).toBe('vu:1');
  });

  it('takes over a key whose holder died before sending, and sends', async () => {
    const { request, vendor: v, clock, ledger } = setup();
    await ledger.insert('web-app:k1', {
      mutation: 'createVuOrder',
      fingerprint: await setupFingerprint(),
      state: 'claimed',
      owner: 'dead',
      leaseUntil: clock.now() + 50,
      version: 1,
      expiresAt: clock.now() + IDEMPOTENCY_TTL_MS,
    });
    await clock.sleep(100);
    expect((await request()).id).toBe('vu:1');
    expect(v.sends).toHaveLength(1);
    expect(v.lookups).toBe(0);
  });

  it('makes one order when two requests with the key run at once', async () => {
    const { request, vendor: v } = setup();
    const [a, b] = await Promise.all([request(), request()]);
    expect(a.id).toBe(b.id);
    expect(v.sends).toHaveLength(1);
  });

  it('records a vendor rejection as not created, so a corrected repeat is not blocked', async () => {
    const { request, vendor: v, ledger } = setup();
    v.plan = ['reject'];
    expect((await failure(request())).extensions).toMatchObject({ code: 'PROVIDER_REJECTED', createOutcome: 'NOT_CREATED' });
    expect(await ledger.read('web-app:k1')).toMatchObject({ state: 'failed' });
    expect((await request()).id).toBe('vu:1');
  });

  it('answers the order when a resent create is refused because the first one landed after all', async () => {
    const { request, vendor: v, clock } = setup();
    v.plan = ['not-made'];
    await failure(request());
    // The first create reached the vendor later than anyone could see; the resend is refused as a duplicate number.
    v.orders.push({ id: 'vu:late', visibleAt: clock.now() });
    v.plan = ['reject'];
    expect((await request()).id).toBe('vu:late');
  });

  it('refuses to create when the ledger cannot be read, never calls the vendor, and says the outcome is unknown (an earlier request with the key may have made the order)', async () => {
    const broken: IdempotencyLedger = {
      read: async () => {
        throw new Error('down');
      },
      insert: async () => true,
      update: async () => true,
    };
    const { request, vendor: v } = setup(() => broken);
    expect((await failure(request())).extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', createOutcome: 'UNKNOWN' });
    expect(v.sends).toHaveLength(0);
  });

  it('still answers the order when the ledger fails after the vendor made it', async () => {
    let updates = 0;
    const { request } = setup((memory) => ({
      read: (k) => memory.read(k),
      insert: (k, r) => memory.insert(k, r),
      // The claim and the "sent" mark succeed, then the ledger goes away.
      update: async (k, v, r) => {
        updates += 1;
        if (updates > 1) throw new Error('down');
        return memory.update(k, v, r);
      },
    }));
    expect((await request()).id).toBe('vu:1');
  });

  it('without a key, still looks up a lost answer instead of reporting a failure', async () => {
    const { request, vendor: v } = setup();
    v.plan = ['lost-late'];
    expect((await request({ idempotencyKey: null })).id).toBe('vu:1');
  });
});

describe('the in-memory ledger', () => {
  it('expires records as Redis does: gone when read after their time, swept from memory', async () => {
    let now = 0;
    const ledger = new MemoryIdempotencyLedger(() => now, 1000);
    const record = (expiresAt: number): KeyRecord => ({ mutation: 'm', fingerprint: 'f', state: 'succeeded', orderId: 'x:1', version: 1, expiresAt });
    for (let i = 0; i < 100; i += 1) await ledger.insert(`k${i}`, record(IDEMPOTENCY_TTL_MS));
    expect(await ledger.read('k1')).not.toBeNull();
    now = IDEMPOTENCY_TTL_MS;
    expect(await ledger.read('k1')).toBeNull();
    await ledger.insert('fresh', record(2 * IDEMPOTENCY_TTL_MS));
    expect(ledger.size).toBe(1);
  });

  it('moves a record on only from the version its caller read', async () => {
    const ledger = new MemoryIdempotencyLedger();
    const record: KeyRecord = { mutation: 'm', fingerprint: 'f', state: 'claimed', version: 1, expiresAt: Date.now() + 1000 };
    expect(await ledger.insert('k', record)).toBe(true);
    expect(await ledger.insert('k', record)).toBe(false);
    expect(await ledger.update('k', 1, { ...record, state: 'sent' })).toBe(true);
    expect(await ledger.update('k', 1, { ...record, state: 'failed' })).toBe(false);
    expect(await ledger.read('k')).toMatchObject({ state: 'sent', version: 2 });
  });
});

/** The fingerprint `setup().request()` stores, read back from a real run. */
async function setupFingerprint(): Promise<string> {
  const { request, ledger } = setup();
  await request();
  return ((await ledger.read('web-app:k1')) as KeyRecord).fingerprint;
}
