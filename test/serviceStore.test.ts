import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homelessManSopot } from '../examples/scenarios/homelessManSopot.js';
import { type AppendResult, type Db, append, readCase } from '../examples/service/store.js';
import { backends, noteSkipped, titled } from './support/serviceBackends.js';

/**
 * The store under concurrent appends, on every backend. PGlite runs one transaction at a time, so there
 * these pass by construction; on a Postgres server the transactions interleave, and it is the primary key
 * (case_id, version), the unique event_id and the retry on SQLSTATE 23505 that make them pass.
 */

type SopotEvent = ReturnType<typeof homelessManSopot>[number];

/** The Sopot stream as a case of its own: its id and its events' ids changed, nothing else. */
const sopotAs = (caseId: string): SopotEvent[] => homelessManSopot().map((e) => ({ ...e, caseId, id: `${caseId}/${e.id}` }));

/** A resource the Sopot case can record at its 7th event and after, any number of times. */
const resource = (base: SopotEvent, n: string): SopotEvent => {
  if (base.type !== 'resourceIdentified') throw new Error('the 7th Sopot event records a resource');
  return { ...base, id: `${base.caseId}/extra-${n}`, payload: { resource: { ...base.payload.resource, id: `r-extra-${n}` } } };
};

noteSkipped('the example store under concurrent appends');

const kinds = (results: readonly AppendResult[]) => results.map((r) => r.kind).sort();

for (const backend of backends) describe.skipIf(backend.skipped !== undefined)(`the example store under concurrent appends ${titled(backend)}`, () => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await backend.open());
  }, 60_000);
  afterAll(() => close());

  const appendAll = async (events: readonly SopotEvent[]) => {
    for (const [i, e] of events.entries()) expect(await append(db, e.caseId, i, e), e.id).toMatchObject({ kind: 'appended', version: i + 1 });
  };
  const versions = async (caseId: string) =>
    (await db.query<{ version: number; event_id: string }>('select version, event_id from case_event where case_id = $1 order by version', [caseId])).rows;

  it('lets one of eight appends at the same version win; the seven others get a conflict at the new version', async () => {
    const events = sopotAs('race-eight');
    await appendAll(events.slice(0, 6));
    const rivals = Array.from({ length: 8 }, (_, k) => resource(events[6]!, String(k)));
    const results = await Promise.all(rivals.map((e) => append(db, 'race-eight', 6, e)));
    expect(kinds(results)).toEqual(['appended', ...Array(7).fill('conflict')]);
    for (const r of results) if (r.kind === 'conflict') expect(r).toEqual({ kind: 'conflict', reason: 'version', currentVersion: 7 });
    const stored = await versions('race-eight');
    expect(stored.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const winner = rivals[results.findIndex((r) => r.kind === 'appended')]!;
    expect(stored[6]!.event_id).toBe(winner.id);
  });

  it('stores one event sent four times at once, and answers the three others as duplicates', async () => {
    const events = sopotAs('race-same');
    await appendAll(events.slice(0, 6));
    const results = await Promise.all(Array.from({ length: 4 }, () => append(db, 'race-same', 6, events[6])));
    expect(kinds(results)).toEqual(['appended', 'duplicate', 'duplicate', 'duplicate']);
    for (const r of results) expect(r).toMatchObject({ version: 7 });
    expect((await versions('race-same')).map((r) => r.event_id)).toEqual(events.slice(0, 7).map((e) => e.id));
  });

  it('gives one event id sent at once to two cases to one of them; the other gets a conflict on the id', async () => {
    const [x, y] = [sopotAs('race-id-x')[0]!, sopotAs('race-id-y')[0]!].map((e) => ({ ...e, id: 'race-id/shared' }));
    const [rx, ry] = await Promise.all([append(db, 'race-id-x', 0, x), append(db, 'race-id-y', 0, y)]);
    expect(kinds([rx!, ry!])).toEqual(['appended', 'conflict']);
    const lost = rx!.kind === 'conflict' ? rx! : ry!;
    expect(lost).toEqual({ kind: 'conflict', reason: 'eventId', currentVersion: 0 });
    const stored = [...(await versions('race-id-x')), ...(await versions('race-id-y'))];
    expect(stored).toEqual([{ version: 1, event_id: 'race-id/shared' }]);
  });

  it('loses nothing when six writers each append their own event, retrying at the version a conflict reports', async () => {
    const events = sopotAs('race-writers');
    await appendAll(events.slice(0, 6));
    const mine = Array.from({ length: 6 }, (_, k) => resource(events[6]!, `w${k}`));
    const writer = async (event: SopotEvent) => {
      let at = 6;
      // Each conflict means another writer's event went in; at most five can, so six tries suffice.
      for (let tries = 0; tries < 6; tries++) {
        const r = await append(db, 'race-writers', at, event);
        if (r.kind !== 'conflict') return r;
        at = r.currentVersion;
      }
      return undefined;
    };
    const results = await Promise.all(mine.map(writer));
    expect(results.map((r) => r?.kind)).toEqual(Array(6).fill('appended'));
    const stored = await versions('race-writers');
    expect(stored.map((r) => r.version)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(stored.slice(6).map((r) => r.event_id).sort()).toEqual(mine.map((e) => e.id).sort());
    const state = await readCase(db, 'race-writers');
    expect(state?.version).toBe(12);
  });
});
