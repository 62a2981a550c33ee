import { heapGrowthFlag } from '../../src/heap-growth';

describe("the heap's growth between full collections", () => {
  it("sets V8's heap growing percent to the configured one", () => {
    expect(heapGrowthFlag(75, [], undefined)).toBe('--heap-growing-percent=75');
    expect(heapGrowthFlag(200, ['--expose-gc'], '--max-old-space-size=1024')).toBe('--heap-growing-percent=200');
  });

  it("leaves V8's own choice with 0", () => {
    expect(heapGrowthFlag(0, [], undefined)).toBeNull();
  });

  it("leaves an operator's own flag, on the command line or in NODE_OPTIONS, in either spelling", () => {
    expect(heapGrowthFlag(75, ['--heap-growing-percent=30'], undefined)).toBeNull();
    expect(heapGrowthFlag(75, [], '--max-old-space-size=512 --heap_growing_percent=30')).toBeNull();
    // A flag that only begins the same way is not that one.
    expect(heapGrowthFlag(75, ['--heap-growing-percentage=30'], undefined)).toBe('--heap-growing-percent=75');
  });
});
