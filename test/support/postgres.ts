import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The test machine's PostgreSQL server (trust auth). */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file, with a unique name, dropped after. When PostgreSQL
 * does not answer the caller skips loudly, unless REQUIRE_POSTGRES=1 (CI), which fails instead.
 */
export async function createTestDatabase(suite: string): Promise<TestDatabase | null> {
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch (error) {
    if (process.env.REQUIRE_POSTGRES === '1')
      throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL at ${TEST_POSTGRES_URL} is not reachable: ${(error as Error).message}`, { cause: error });
    console.warn(`\n*** SKIPPING ${suite}: no PostgreSQL reachable at ${TEST_POSTGRES_URL} (set REQUIRE_POSTGRES=1 to fail instead) ***\n`);
    return null;
  }
  const name = `ordergraph_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
