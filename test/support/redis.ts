import Redis from 'ioredis';

export const REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * Whether the test machine's Redis answers. Tests that need it skip with a loud message when
 * it does not, unless REQUIRE_REDIS=1 (as in CI), where a missing Redis fails them.
 */
export async function redisAvailable(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, enableOfflineQueue: false });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

export async function requireRedisOrSkip(): Promise<boolean> {
  const up = await redisAvailable();
  if (up) return true;
  if (process.env.REQUIRE_REDIS === '1') throw new Error(`REQUIRE_REDIS=1 but no Redis answers at ${REDIS_URL}`);
  console.warn(`\n\n  !!! SKIPPING Redis tests: no Redis at ${REDIS_URL} (set REQUIRE_REDIS=1 to make this a failure) !!!\n\n`);
  return false;
}
