/**
 * Runs `fn` over `items` with at most `limit` calls in flight, answering in the order of
 * `items`: how providers without a batch read fetch many orders without flooding the vendor.
 */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  // One item (a read by id) needs no workers: the call itself, without their promises.
  if (items.length === 1) return [await fn(items[0])];
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
