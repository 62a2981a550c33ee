import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

/**
 * ordergraph's relational store: the few calls the rest of the code makes, so that any
 * PostgreSQL speaking engine plugs in (a pool of node-postgres connections for a server, an
 * embedded PGlite for one process). Parameters are positional (`$1`, `$2`...), rows come back
 * as plain objects keyed by column name.
 */
export interface Queryable {
  query<Row extends Record<string, unknown> = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
}

export interface QueryResult<Row> {
  rows: Row[];
  /** Rows inserted, updated or deleted (or returned, for a SELECT). */
  rowCount: number;
}

export interface Database extends Queryable {
  /** Runs `work` inside one transaction on one connection; commits when it resolves, rolls back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Whether the database answers (a trivial query within `timeoutMs`). */
  ping(timeoutMs?: number): Promise<boolean>;
  /**
   * Calls `onNotify` with the payload of every NOTIFY on `channel`, from any session. Each time
   * the listening connection is up (the first time, and again after it was lost), it is called
   * with null: notifications sent before may have been missed. Returns the function that stops
   * listening.
   */
  listen(channel: string, onNotify: (payload: string | null) => void): () => Promise<void>;
  close(): Promise<void>;
}

export interface PostgresOptions {
  /** Largest number of pooled connections (default 10). */
  maxConnections?: number;
  /** Statement timeout of every query, ms (default 5000): a stuck database fails calls instead of holding them. */
  statementTimeoutMs?: number;
  /** How long to wait for a connection, ms (default 3000). */
  connectTimeoutMs?: number;
  /** Wait before reconnecting a lost LISTEN connection, ms (default 500). */
  listenRetryMs?: number;
}

/** A PostgreSQL server reached through a pool of node-postgres connections. */
export function postgresDatabase(url: string, options: PostgresOptions = {}): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
    statement_timeout: options.statementTimeoutMs ?? 5000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection that breaks (server restart) is dropped by the pool; the next query reconnects.
  pool.on('error', () => undefined);
  // A script of several statements answers one result each: the last one is the script's.
  const asResult = <Row>(answer: pg.QueryResult | pg.QueryResult[]): QueryResult<Row> => {
    const result = Array.isArray(answer) ? answer[answer.length - 1] : answer;
    return { rows: (result?.rows ?? []) as Row[], rowCount: result?.rowCount ?? result?.rows.length ?? 0 };
  };
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return asResult<Row>(await pool.query(text, params as unknown[]));
    },
    async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async <Row>(text: string, params: readonly unknown[] = []) => asResult<Row>(await client.query(text, params as unknown[])),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async ping(timeoutMs = 1000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const answer = pool.query('SELECT 1').then(
        () => true,
        () => false,
      );
      return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
    },
    listen(channel, onNotify) {
      return listenOn(url, channel, onNotify, options);
    },
    close: () => pool.end(),
  };
}

/**
 * LISTEN needs a session of its own: a pooled connection is shared and released between
 * queries, and would lose the subscription. The dedicated client reconnects after any loss
 * (server restart, network), every `listenRetryMs`, and says so with a null payload, since what
 * was notified while it was away is gone; so does the first connect, which comes some time after
 * the call.
 */
function listenOn(url: string, channel: string, onNotify: (payload: string | null) => void, options: PostgresOptions): () => Promise<void> {
  const retryMs = options.listenRetryMs ?? 500;
  let stopped = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  const connect = async () => {
    if (stopped) return;
    const candidate = new pg.Client({ connectionString: url, connectionTimeoutMillis: options.connectTimeoutMs ?? 3000, keepAlive: true });
    const lost = () => {
      candidate.removeAllListeners('notification');
      void candidate.end().catch(() => undefined);
      if (client === candidate) client = null;
      if (!stopped && !timer) timer = setTimeout(() => ((timer = null), void connect()), retryMs);
    };
    candidate.on('error', lost);
    candidate.on('end', lost);
    candidate.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch {
      lost();
      return;
    }
    if (stopped) {
      await candidate.end().catch(() => undefined);
      return;
    }
    client = candidate;
    onNotify(null);
  };
  void connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const current = client;
    client = null;
    if (current) {
      current.removeAllListeners();
      current.on('error', () => undefined);
      await current.end().catch(() => undefined);
    }
  };
}

/** The repository's migrations: `migrations/NNN_name.sql`, applied in name order. */
export const MIGRATIONS_DIR = join(__dirname, '..', '..', 'migrations');

/** Any constant of our own, so that only ordergraph's migrators wait on each other. */
const MIGRATION_LOCK = 0x6f726467; // "ordg"

/**
 * Brings the schema up to date. Every replica runs this at start-up: a transaction-scoped
 * advisory lock makes the others wait while one applies the missing migrations, and they then
 * find nothing left to do. Each migration runs once, in the same transaction as its record in
 * `schema_migrations`, so a failed one leaves nothing half applied. Returns the names applied.
 */
export async function migrate(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => /^\d+_[\w-]+\.sql$/.test(name)).sort();
  const scripts = await Promise.all(files.map(async (name) => ({ name, sql: await readFile(join(dir, name), 'utf8') })));
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((row) => row.name));
    const applied: string[] = [];
    for (const script of scripts) {
      if (done.has(script.name)) continue;
      await tx.query(script.sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [script.name]);
      applied.push(script.name);
    }
    return applied;
  });
}
