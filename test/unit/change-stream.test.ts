import { OrderChangeKind } from '../../src/changes/kinds';
import { ChangeStream, readPast } from '../../src/changes/follow';
import { mapOctopiOrder } from '../../src/providers/octopi/mapper';
import { OCTOPI_DOCUMENTED_ORDER } from '../fixtures/octopi';
import { MemoryChangeLog } from '../support/memory-change-log';
import { ProviderKey } from '../../src/core/provider-key';

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
