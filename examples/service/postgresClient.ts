/**
 * The store's two-method client (`query`, `transaction`) over a Postgres server, with the `postgres`
 * package (porsager's, no dependencies of its own). PGlite already has the two methods; this adapter gives
 * a server the same, so store.ts's SQL runs unchanged on both.
 */
import postgres from 'postgres';
import type { Db, Sql } from './store.js';

/** A {@link Db} on a Postgres server, with its connections to close. */
export interface ServerDb extends Db {
  /** Closes the connections, letting the queries under way finish (at most 5 s). */
  close(): Promise<void>;
}

/** How to connect, besides the URL. */
export interface ServerDbOptions {
  /** The schema the tables are in and created in (`search_path`); the server's default if not given. */
  readonly searchPath?: string | undefined;
  /** The most connections open at once; each transaction holds one. */
  readonly max?: number | undefined;
}

/**
 * The store's convention, PGlite's and node-postgres': a parameter is sent as text, so a JSON column
 * takes `JSON.stringify(value)`. The `postgres` package stringifies every JSON parameter itself, which
 * would store that text as a JSON string; here a string goes as it is.
 */
const jsonAsText = {
  to: 3802,
  from: [114, 3802],
  serialize: (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x)),
  parse: (x: string): unknown => JSON.parse(x),
};

/** Connects to the Postgres server at `url` (`postgres://user:password@host:port/database`). */
export function connectServer(url: string, options: ServerDbOptions = {}): ServerDb {
  const sql = postgres(url, {
    max: options.max ?? 10,
    types: { jsonAsText },
    // The server's notices (such as "relation already exists, skipping") are not the service's output.
    onnotice: () => {},
    connection: { application_name: 'praca-socjalna-example', ...(options.searchPath ? { search_path: options.searchPath } : {}) },
  });
  const on = (s: postgres.Sql<{ jsonAsText: unknown }> | postgres.TransactionSql<{ jsonAsText: unknown }>): Sql => ({
    async query<R>(text: string, params: unknown[] = []) {
      const rows = await s.unsafe(text, params as postgres.ParameterOrJSON<unknown>[]);
      return { rows: [...rows] as R[] };
    },
  });
  return {
    ...on(sql),
    transaction: async <T>(fn: (tx: Sql) => Promise<T>) => (await sql.begin((tx) => fn(on(tx)))) as T,
    close: () => sql.end({ timeout: 5 }),
  };
}
