/**
 * The databases the example service's tests run on: PGlite in memory, always; a Postgres server when
 * DATABASE_URL names one (`npm run test:postgres` starts a throwaway one and sets it). On the server each
 * run works in a schema of its own, dropped at the end, so a URL pointing at a real database is safe.
 */
import { PGlite } from '@electric-sql/pglite';
import { connectServer } from '../../examples/service/postgresClient.js';
import { type Db, schema } from '../../examples/service/store.js';

export interface Backend {
  /** How the tests name it. */
  readonly name: string;
  /** Why its tests are skipped here, if they are. */
  readonly skipped?: string | undefined;
  /** A database with the store's table, empty, and how to close it. */
  open(): Promise<{ db: Db; close(): Promise<void> }>;
}

const pglite: Backend = {
  name: 'PGlite (embedded)',
  async open() {
    const db = await PGlite.create();
    await db.exec(schema);
    return { db, close: () => db.close() };
  },
};

const url = process.env['DATABASE_URL'];

const server: Backend = {
  name: 'a Postgres server (DATABASE_URL)',
  skipped: url ? undefined : 'DATABASE_URL is not set; `npm run test:postgres` starts a throwaway server and sets it',
  async open() {
    const admin = connectServer(url!, { max: 1 });
    const name = `praca_socjalna_test_${process.pid}_${Date.now()}`;
    await admin.query(`create schema ${name}`);
    const db = connectServer(url!, { searchPath: name, max: 10 });
    await db.query(schema);
    // Opens all ten connections now: opened on demand, one after another, they would space out the
    // tests' concurrent appends so that each could commit before the next one reads.
    await Promise.all(Array.from({ length: 10 }, () => db.query('select pg_sleep(0.05)')));
    return {
      db,
      async close() {
        await db.close();
        await admin.query(`drop schema ${name} cascade`);
        await admin.close();
      },
    };
  },
};

export const backends: readonly Backend[] = [pglite, server];

/** The title of a backend's block of tests: a skipped one says why, in the test report. */
export const titled = (b: Backend) => (b.skipped ? `on ${b.name} — skipped: ${b.skipped}` : `on ${b.name}`);

/**
 * Says on the test output which backends a file skips and why: vitest's default reporter lists a passing
 * file's skipped tests only as a count. Written to stdout directly, as the tests' console is watched for
 * stray calls from the library (test/setup/failOnConsole.ts).
 */
export function noteSkipped(what: string): void {
  for (const b of backends) if (b.skipped) process.stdout.write(`${what} on ${b.name}: skipped, ${b.skipped}\n`);
}
