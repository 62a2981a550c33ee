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
 * operator's own flag, on the command line or in NODE_OPTIONS, wins.
 *
 * Returns the V8 flag to set, or null when V8's own choice stays (percent 0, or a flag given).
 */
export function heapGrowthFlag(percent: number, execArgv: readonly string[], nodeOptions: string | undefined): string | null {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((flag) => /^--heap[-_]growing[-_]percent\b/.test(flag));
  return percent > 0 && !given ? `--heap-growing-percent=${percent}` : null;
}
