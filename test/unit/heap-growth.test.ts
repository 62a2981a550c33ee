import { applyHeapGrowth, heapGrowthFlag } from '../../src/heap-growth';

describe("the heap's growth between full collections", () => {
  it("sets V8's heap growing percent to the configured one", () => {
    expect(heapGrowthFlag(75, [])).toBe('--heap-growing-percent=75');
    expect(heapGrowthFlag(200, ['--expose-gc', '--max-old-space-size=1024'])).toBe('--heap-growing-percent=200');
  });

  it("leaves V8's own choice with 0", () => {
    expect(heapGrowthFlag(0, [])).toBeNull();
  });

  it("leaves an operator's own flag on the command line, in either spelling", () => {
    expect(heapGrowthFlag(75, ['--heap-growing-percent=30'])).toBeNull();
    expect(heapGrowthFlag(75, ['--max-old-space-size=512', '--heap_growing_percent=30'])).toBeNull();
    // A flag that only begins the same way is not that one.
    expect(heapGrowthFlag(75, ['--heap-growing-percentage=30'])).toBe('--heap-growing-percent=75');
  });
});

describe('applying the heap growth at start-up', () => {
  it('sets the flag it decided on, and says so', () => {
    const set: string[] = [];
    expect(applyHeapGrowth(75, [], (flag) => set.push(flag))).toBe(
      'V8 heap growth between full collections: 75% (HEAP_GROWTH_PERCENT, --heap-growing-percent=75)',
    );
    expect(set).toEqual(['--heap-growing-percent=75']);
  });

  it("sets nothing when the operator's flag or V8's own choice holds, and says which", () => {
    const set: string[] = [];
    expect(applyHeapGrowth(75, ['--heap-growing-percent=30'], (flag) => set.push(flag))).toBe(
      "V8 heap growth between full collections: the operator's own --heap-growing-percent",
    );
    expect(applyHeapGrowth(0, [], (flag) => set.push(flag))).toBe("V8 heap growth between full collections: V8's own (HEAP_GROWTH_PERCENT=0)");
    expect(set).toEqual([]);
  });
});
