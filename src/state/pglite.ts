import { PGlite, type Results, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, QueryResult } from './database';

/**
 * PostgreSQL embedded in this process (PGlite: the PostgreSQL server compiled to WebAssembly),
 * behind the same `Database` as a server: what `npm start` uses for the change feed when no
 * DATABASE_URL is set, so that the sandbox shows the feed with nothing installed. It is one
 * session, so queries and transactions take turns (PGlite queues them); LISTEN/NOTIFY work
 * within the process. In memory unless `dataDir` names a directory to keep it in.
 */
export async function embeddedDatabase(dataDir?: string): Promise<Database> {
  const db = new PGlite(dataDir);
  await db.waitReady;
  return {
    query: <Row>(text: string, params?: readonly unknown[]) => run<Row>(db, text, params),
    transaction: <T>(work: (tx: Queryable) => Promise<T>) =>
      db.transaction((tx) => work({ query: <Row>(text: string, params?: readonly unknown[]) => run<Row>(tx, text, params) })),
    async ping() {
      return db.query('SELECT 1').then(
        () => true,
        () => false,
      );
    },
    listen(channel, onNotify) {
      const unsubscribe = db
        .listen(channel, (payload) => onNotify(payload))
        .then((stop) => {
          // Listening from now on: what was notified before is not known to the caller.
          onNotify(null);
          return stop;
        });
      return async () => {
        await (await unsubscribe.catch(() => null))?.().catch(() => undefined);
      };
    },
    close: () => db.close(),
  };
}

/**
 * A statement with parameters goes through the extended protocol; a script (a migration, with
 * several statements and no parameters) through the simple one, which answers each statement:
 * the last answer is the script's, as with node-postgres.
 */
async function run<Row>(on: PGlite | Transaction, text: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
  const result: Results<Row> | undefined =
    params.length > 0 ? await on.query<Row>(text, params as unknown[]) : ((await on.exec(text)).at(-1) as Results<Row> | undefined);
  const rows = result?.rows ?? [];
  return { rows, rowCount: result?.affectedRows || rows.length };
}
