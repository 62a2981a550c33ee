import { OrderChangeKind } from '../../src/changes/kinds';
import { ChangeStream, readPast } from '../../src/changes/follow';
import { ChangeFanout } from '../../src/changes/fanout';
import { assertWithinRetention } from '../../src/graphql/order-change';
import { OrderGraphError } from '../../src/core/errors';
import { mapOctopiOrder } from '../../src/providers/octopi/mapper';
import { OCTOPI_DOCUMENTED_ORDER } from '../fixtures/octopi';
import { MemoryChangeLog } from '../support/memory-change-log';
import { ProviderKey } from '../../src/providers';

const octopi = mapOctopiOrder(OCTOPI_DOCUMENTED_ORDER);

describe('following the change log', () => {
  it('moves a filtered reader past entries that do not match once a read comes back short', async () => {
    const log = new MemoryChangeLog();
    for (let i = 0; i < 5; i += 1) log.append(octopi);
    const read = await readPast(log, 0, { providers: [ProviderKey.SITOO] }, 10);
    expect(read).toEqual({ records: [], position: 5 });
  });

  it('moves a full read only to its last entry, since more may match after it', async () => {
    const log = new MemoryChangeLog();
    for (let i = 0; i < 5; i += 1) log.append(octopi);
    const read = await readPast(log, 0, undefined, 2);
    expect(read.records.map((r) => r.sequence)).toEqual([1, 2]);
    expect(read.position).toBe(2);
  });

  it('yields each entry appended after it opened exactly once, in sequence order, whatever the notifications', async () => {
    const log = new MemoryChangeLog();
    log.append(octopi);
    const stream = new ChangeStream(log, { batchSize: 2 });
    const first = stream.next();
    await new Promise((resolve) => setTimeout(resolve, 10));
    for (let i = 0; i < 5; i += 1) log.append(octopi, OrderChangeKind.FIELDS_CHANGED);
    const sequences = [(await first).value.sequence];
    for (let i = 0; i < 4; i += 1) sequences.push((await stream.next()).value.sequence);
    expect(sequences).toEqual([2, 3, 4, 5, 6]);
    await stream.return();
  });

  it('ends at once and stops listening when the consumer leaves while it waits for a change', async () => {
    const log = new MemoryChangeLog();
    const stream = new ChangeStream(log);
    const pending = stream.next();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log.listenerCount).toBe(1);
    await stream.return();
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    expect(log.listenerCount).toBe(0);
  });
});

describe("one replica's shared reader of the change log", () => {
  const sitoo = { ...octopi, id: 'sitoo:7', provider: ProviderKey.SITOO };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('reads each new entry once for every subscriber, and hands each subscriber the entries its filter matches, in order', async () => {
    const log = new MemoryChangeLog();
    log.append(octopi);
    const fanout = ChangeFanout.of(log);
    const everything = Array.from({ length: 50 }, () => fanout.subscribe(undefined));
    const onlySitoo = fanout.subscribe({ providers: [ProviderKey.SITOO] });
    const firsts = everything.map((s) => s.next());
    const sitooFirst = onlySitoo.next();
    await settle();
    const readsBefore = log.reads.length;
    log.append(octopi);
    log.append(sitoo);
    log.append(octopi, OrderChangeKind.CANCELLED);
    const seconds = await Promise.all(firsts);
    expect(seconds.map((r) => r.value.sequence)).toEqual(everything.map(() => 2));
    expect((await Promise.all(everything.map((s) => s.next()))).map((r) => r.value.sequence)).toEqual(everything.map(() => 3));
    expect((await sitooFirst).value).toMatchObject({ sequence: 3, provider: ProviderKey.SITOO });
    // One read (or a few, as notifications coalesce) for 51 subscribers, not one each.
    expect(log.reads.length - readsBefore).toBeLessThanOrEqual(3);
    await Promise.all([...everything, onlySitoo].map((s) => s.return!()));
    expect(fanout.subscriberCount).toBe(0);
    expect(log.listenerCount).toBe(0);
  });

  it('lets a subscriber that fell behind read the log on its own, from its last entry, missing nothing', async () => {
    const log = new MemoryChangeLog();
    const fanout = ChangeFanout.of(log);
    const slow = fanout.subscribe(undefined);
    const first = slow.next();
    await settle();
    for (let i = 0; i < 1200; i += 1) log.append(octopi);
    await settle();
    const sequences = [(await first).value.sequence];
    for (let i = 1; i < 1200; i += 1) sequences.push((await slow.next()).value.sequence);
    expect(sequences).toEqual(Array.from({ length: 1200 }, (_, i) => i + 1));
    // It no longer takes the shared reader's entries.
    expect(fanout.subscriberCount).toBe(0);
    await slow.return!();
  });

  it('gives entries appended while the first subscriber was joining to it', async () => {
    const log = new MemoryChangeLog();
    const fanout = ChangeFanout.of(log);
    const subscriber = fanout.subscribe(undefined);
    const first = subscriber.next();
    log.append(octopi); // before the reader knows where it starts: either after it, or the first entry
    await settle();
    log.append(sitoo);
    log.append(sitoo);
    const values = [(await first).value.sequence, (await subscriber.next()).value.sequence];
    // From wherever it started, nothing after its start is skipped: [1, 2] or [2, 3].
    expect(values[1]).toBe(values[0] + 1);
    expect(values[0]).toBeLessThanOrEqual(2);
    await subscriber.return!();
  });

  it('stops a resuming subscriber with a retention error, never a silent gap, when a pruning lands between two reads of what it missed', async () => {
    const log = new MemoryChangeLog();
    for (let i = 0; i < 450; i += 1) log.append(octopi);
    const check = (readAfter: number) => assertWithinRetention(log, readAfter);
    const subscriber = ChangeFanout.of(log).subscribe(undefined, 10, check);
    const received = [(await subscriber.next()).value.sequence];
    // The first read of the backlog (after 10) is in hand; the retention then prunes past its end.
    log.prune(300);
    let failure: unknown;
    try {
      // Bounded: with a gap, the entries after the pruned ones would come instead of the error.
      for (let i = 0; i < 250; i += 1) received.push((await subscriber.next()).value.sequence);
    } catch (error) {
      failure = error;
    }
    expect(received).toEqual(Array.from({ length: 200 }, (_, i) => 11 + i));
    expect(failure).toBeInstanceOf(OrderGraphError);
    expect((failure as OrderGraphError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'after', rule: 'retention' }] });
    expect(log.listenerCount).toBe(0);
  });

  it('gives a resuming subscriber every change after its position, then the live ones, when nothing is pruned meanwhile', async () => {
    const log = new MemoryChangeLog();
    for (let i = 0; i < 450; i += 1) log.append(octopi);
    const subscriber = ChangeFanout.of(log).subscribe(undefined, 10, (readAfter) => assertWithinRetention(log, readAfter));
    const received: number[] = [];
    for (let i = 0; i < 440; i += 1) received.push((await subscriber.next()).value.sequence);
    log.append(octopi);
    received.push((await subscriber.next()).value.sequence);
    expect(received).toEqual(Array.from({ length: 441 }, (_, i) => 11 + i));
    await subscriber.return!();
  });
});
