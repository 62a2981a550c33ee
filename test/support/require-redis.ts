import { Redis } from 'ioredis';

/** The Redis the test machine runs. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Whether the test Redis answers. When it does not, Redis tests skip with a loud message,
 * unless REQUIRE_REDIS=1 (CI), which makes them fail instead.
 */
export async function redisReachable(suite: string): Promise<boolean> {
  const client = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch (error) {
    if (process.env.REQUIRE_REDIS === '1')
      throw new Error(`REQUIRE_REDIS=1 but Redis at ${TEST_REDIS_URL} is not reachable: ${(error as Error).message}`, { cause: error });
    console.warn(`\n*** SKIPPING ${suite}: no Redis reachable at ${TEST_REDIS_URL} (set REQUIRE_REDIS=1 to fail instead) ***\n`);
    return false;
  } finally {
    client.disconnect();
  }
}

/** A key prefix of its own for one test run, so that parallel runs on one Redis never meet. */
export function testPrefix(): string {
  return `ordergraph-test:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;
}
