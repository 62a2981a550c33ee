import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, postgresDatabase, type Database } from '../../src/state/database';
import { octopi } from '../../src/providers/octopi';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startTestApp } from '../support/sandbox';

let testDb: TestDatabase | null;
const open: Database[] = [];
const connect = (): Database => {
  const db = postgresDatabase(testDb!.url);
  open.push(db);
  return db;
};

beforeAll(async () => {
  testDb = await createTestDatabase('database layer tests');
});
afterAll(async () => {
  await Promise.all(open.map((db) => db.close()));
  await testDb?.drop();
});

describe('the database layer over PostgreSQL', () => {
  it('applies the repository migrations once, even when replicas start together', async () => {
    if (!testDb) return;
    const replicas = [connect(), connect(), connect()];
    const applied = await Promise.all(replicas.map((db) => migrate(db)));
    // Exactly one replica applied each migration; the others waited on the lock and found nothing to do.
    expect(applied.flat().sort()).toEqual(
      (await connect().query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).rows.map((r) => r.name),
    );
    expect(applied.filter((names) => names.length > 0)).toHaveLength(1);
    expect(applied.flat()).toContain('001_idempotency_keys.sql');
    const table = await replicas[0].query("SELECT to_regclass('idempotency_keys') AS t");
    expect(table.rows[0].t).toBe('idempotency_keys');
    expect(await migrate(replicas[1])).toEqual([]);
  });

  it('leaves nothing behind of a migration that fails, and applies it once it is fixed', async () => {
    if (!testDb) return;
    const db = connect();
    const dir = await mkdtemp(join(tmpdir(), 'ordergraph-migrations-'));
    await writeFile(join(dir, '001_a.sql'), 'CREATE TABLE migration_probe_a (id int);');
    await writeFile(join(dir, '002_b.sql'), 'CREATE TABLE migration_probe_b (id int); SELECT no_such_function();');
    await expect(migrate(db, dir)).rejects.toThrow(/no_such_function/);
    expect((await db.query("SELECT to_regclass('migration_probe_a') AS a, to_regclass('migration_probe_b') AS b")).rows[0]).toEqual({ a: null, b: null });
    await writeFile(join(dir, '002_b.sql'), 'CREATE TABLE migration_probe_b (id int);');
    expect(await migrate(db, dir)).toEqual(['001_a.sql', '002_b.sql']);
  });

  it('rolls a transaction back when its work throws', async () => {
    if (!testDb) return;
    const db = connect();
    await db.query('CREATE TABLE IF NOT EXISTS tx_probe (id int)');
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO tx_probe VALUES ($1)', [1]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await db.query('SELECT count(*)::int AS n FROM tx_probe')).rows[0].n).toBe(0);
    expect(await db.ping()).toBe(true);
  });

  it('is migrated by ordergraph at start-up when DATABASE_URL is set', async () => {
    if (!testDb) return;
    const fresh = await createTestDatabase('database start-up test');
    try {
      const app = await startTestApp({ modules: [octopi], env: { DATABASE_URL: fresh!.url } });
      try {
        const names = (await app.database!.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name);
        expect(names).toContain('001_idempotency_keys.sql');
      } finally {
        await app.close();
      }
    } finally {
      await fresh!.drop();
    }
  });

  it('reports an unreachable database through ping instead of throwing', async () => {
    const db = postgresDatabase('postgres://postgres@127.0.0.1:1/none', { connectTimeoutMs: 500 });
    open.push(db);
    expect(await db.ping(1000)).toBe(false);
  });
});
