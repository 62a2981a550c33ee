/**
 * How far V8's heap may grow between full collections.
 *
 * V8 starts its next full collection when the heap reaches what the last one left live times a
 * factor it picks from how fast collection has been: up to 4 on a process that spends little
 * time in GC, which is what serving large pages is (many short-lived objects, few kept). During
 * an export of 100,000 orders that let the heap swing between 55 and 220 MB, with peaks of
 * 370 MB RSS, for 5 to 9% less time and CPU than a factor of 1.75 (BENCHMARKS.md). A fixed factor
 * (`--heap-growing-percent`, read at every collection, so it can be set once the process runs)
 * keeps the swing in proportion to what is live. Only the process (main.ts) sets it, and an
 * operator's own flag on the command line (`node --heap-growing-percent=N dist/main.js`) wins;
 * Node refuses V8's flags in NODE_OPTIONS, so there is nothing to look for there.
 *
 * Returns the V8 flag to set, or null when V8's own choice stays (percent 0, or a flag given).
 */
export function heapGrowthFlag(percent: number, execArgv: readonly string[]): string | null {
  const given = execArgv.some((flag) => /^--heap[-_]growing[-_]percent\b/.test(flag));
  return percent > 0 && !given ? `--heap-growing-percent=${percent}` : null;
}

/**
 * Sets the flag `heapGrowthFlag` decides on, through `setFlags` (V8's `setFlagsFromString` in
 * the process), and says what holds the heap's growth now, for the start-up log: V8 offers no
 * way to read a flag back, so that line is how an operator sees which one is in effect.
 */
export function applyHeapGrowth(percent: number, execArgv: readonly string[], setFlags: (flag: string) => void): string {
  const flag = heapGrowthFlag(percent, execArgv);
  if (flag) setFlags(flag);
  if (flag) return `V8 heap growth between full collections: ${percent}% (HEAP_GROWTH_PERCENT, ${flag})`;
  return percent > 0
    ? "V8 heap growth between full collections: the operator's own --heap-growing-percent"
    : "V8 heap growth between full collections: V8's own (HEAP_GROWTH_PERCENT=0)";
}
