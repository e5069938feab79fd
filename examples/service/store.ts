/**
 * The case event store of the example service: one append-only table, optimistic concurrency on the
 * stream version and idempotent event ids, in one SQL transaction. Plain SQL through a two-method client
 * (`query`, `transaction`), so the same code runs on PGlite (embedded, in-process) and on a Postgres
 * server behind a client with the same two methods (postgresClient.ts).
 */
import { type CaseState, openCase, replay, transition } from '../../src/index.js';
import type { Issue } from '../../src/index.js';

/** What the store needs of a Postgres client. PGlite's `PGlite` has exactly this. */
export interface Sql {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}
export interface Db extends Sql {
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
}

export const schema = `
create table if not exists case_event (
  case_id        text        not null,
  version        integer     not null check (version > 0),
  event_id       text        not null unique,
  schema_version integer     not null,
  type           text        not null,
  body           jsonb       not null,
  recorded_at    timestamptz not null default now(),
  primary key (case_id, version)
);`;

export type AppendResult =
  | { kind: 'appended'; version: number; state: CaseState }
  | { kind: 'duplicate'; version: number }
  | { kind: 'conflict'; reason: 'version' | 'eventId'; currentVersion: number }
  | { kind: 'refused'; issues: readonly Issue[] };

/** JSON with keys sorted at every depth: Postgres' jsonb does not keep key order, so compare this way. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/** The events of a case in order. */
async function load(sql: Sql, caseId: string): Promise<unknown[]> {
  const r = await sql.query<{ body: unknown }>('select body from case_event where case_id = $1 order by version', [caseId]);
  return r.rows.map((row) => row.body);
}

/** The state of a case, replayed from its stream; `undefined` for a case with no events. */
export async function readCase(db: Sql, caseId: string): Promise<CaseState | undefined> {
  const events = await load(db, caseId);
  if (events.length === 0) return undefined;
  const r = replay(events);
  // A stored stream was accepted when appended; failing to replay it means the store was written around us.
  if (!r.ok) throw new Error(`stored stream of case ${caseId} does not replay (event ${r.error.index})`);
  return r.value;
}

/**
 * Appends one event to a case's stream if the stream is still at `expectedVersion` (0 for a new case) and
 * the SDK accepts the event. An event id already stored with the same content is a duplicate (answered as
 * done); with other content, a conflict.
 */
export async function append(db: Db, caseId: string, expectedVersion: number, event: unknown): Promise<AppendResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await appendInTransaction(db, caseId, expectedVersion, event);
    } catch (err) {
      if ((err as { code?: unknown } | null)?.code !== UNIQUE_VIOLATION) throw err;
      // On a server two appends can interleave (PGlite runs one transaction at a time): another one
      // committed after our snapshot, and the primary key (case_id, version) or the unique event_id refused
      // our row. Postgres rolled our transaction back; deciding again reads what the other one committed: a
      // conflict on the version or on the event id, or the same event (a duplicate). Postgres reports the
      // violation only once the other append has committed, so the second decision is final; the bound is
      // a guard, not a loop relied on.
      if (attempt === 3) return { kind: 'conflict', reason: 'version', currentVersion: await currentVersion(db, caseId) };
    }
  }
}

/** SQLSTATE unique_violation: a concurrent append stored the same (case_id, version) or event_id first. */
const UNIQUE_VIOLATION = '23505';

function appendInTransaction(db: Db, caseId: string, expectedVersion: number, event: unknown): Promise<AppendResult> {
  return db.transaction(async (tx) => {
    // Every read below sees one snapshot: under the default (read committed) each statement would see the
    // commits made since the one before, and an append of this very event committed between the id check
    // and the version check would be answered as a conflict instead of a duplicate. A commit after the
    // snapshot makes the insert fail, and `append` decides again.
    await tx.query('set transaction isolation level repeatable read');
    const eventId = typeof event === 'object' && event !== null ? (event as { id?: unknown }).id : undefined;
    if (typeof eventId === 'string') {
      const same = await tx.query<{ case_id: string; version: number; body: unknown }>('select case_id, version, body from case_event where event_id = $1', [eventId]);
      const stored = same.rows[0];
      if (stored) {
        if (stored.case_id === caseId && canonical(stored.body) === canonical(event)) return { kind: 'duplicate', version: stored.version };
        return { kind: 'conflict', reason: 'eventId', currentVersion: await currentVersion(tx, caseId) };
      }
    }
    const events = await load(tx, caseId);
    if (events.length !== expectedVersion) return { kind: 'conflict', reason: 'version', currentVersion: events.length };
    let state: CaseState | undefined;
    if (events.length > 0) {
      const r = replay(events);
      if (!r.ok) throw new Error(`stored stream of case ${caseId} does not replay`);
      state = r.value;
    }
    const next = state === undefined ? openCase(event) : transition(state, event);
    if (!next.ok) return { kind: 'refused', issues: next.error };
    if (next.value.caseId !== caseId) return { kind: 'refused', issues: [{ code: 'case_mismatch', path: ['caseId'], expected: caseId, actual: next.value.caseId }] };
    const e = event as { id: string; schemaVersion: number; type: string };
    await tx.query('insert into case_event (case_id, version, event_id, schema_version, type, body) values ($1, $2, $3, $4, $5, $6)', [
      caseId, expectedVersion + 1, e.id, e.schemaVersion, e.type, JSON.stringify(event),
    ]);
    return { kind: 'appended', version: expectedVersion + 1, state: next.value };
  });
}

async function currentVersion(sql: Sql, caseId: string): Promise<number> {
  const r = await sql.query<{ v: number }>('select coalesce(max(version), 0)::int as v from case_event where case_id = $1', [caseId]);
  return r.rows[0]?.v ?? 0;
}

/**
 * The state of every case in the store, for the agenda. An example's shortcut: it replays every stream
 * on each call; a real service keeps a read model (a snapshot per case, rebuilt from the events) instead.
 */
export async function readAllCases(db: Sql): Promise<CaseState[]> {
  const ids = await db.query<{ case_id: string }>('select distinct case_id from case_event order by case_id');
  const states: CaseState[] = [];
  for (const { case_id } of ids.rows) {
    const s = await readCase(db, case_id);
    if (s) states.push(s);
  }
  return states;
}
