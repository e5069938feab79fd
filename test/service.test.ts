import { PGlite } from '@electric-sql/pglite';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homelessManSopot } from '../examples/scenarios/homelessManSopot.js';
import { createService } from '../examples/service/server.js';
import { schema } from '../examples/service/store.js';
import { request } from './support/eligibility.js';

/** The example service over HTTP on loopback, on PGlite in memory. */
const events = homelessManSopot();
const caseId = events[0]!.caseId;
let base = '';
let db: PGlite;
let server: ReturnType<typeof createService>;

beforeAll(async () => {
  db = await PGlite.create();
  await db.exec(schema);
  server = createService(db);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

const post = async (path: string, body: unknown) => {
  const r = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
};
const appendAt = (version: number, event: unknown) => post(`/cases/${caseId}/events`, { expectedVersion: version, event });

describe('example service', () => {
  it('appends a stream event by event and serves the replayed state', async () => {
    for (const [i, e] of events.slice(0, 6).entries()) expect((await appendAt(i, e)).status).toBe(201);
    const state = await (await fetch(`${base}/cases/${caseId}`)).json();
    expect(state).toMatchObject({ caseId, version: 6, stage: 'resources' });
  });

  it('lets one of two concurrent appends at the same version win; the other gets a conflict; nothing is lost', async () => {
    const a = { ...events[6]!, id: 'race-a' };
    const b = { ...events[6]!, id: 'race-b' };
    const [ra, rb] = await Promise.all([appendAt(6, a), appendAt(6, b)]);
    expect([ra.status, rb.status].sort()).toEqual([201, 409]);
    const loser = ra.status === 409 ? ra : rb;
    expect(loser.body).toEqual({ conflict: 'version', currentVersion: 7 });
    const rows = await db.query<{ event_id: string }>('select event_id from case_event where case_id = $1 and version = 7', [caseId]);
    expect(rows.rows).toHaveLength(1);
    const winner = ra.status === 201 ? a : b;
    expect(rows.rows[0]!.event_id).toBe(winner.id);
  });

  it('answers a replayed duplicate as done, and a reused id with other content as a conflict', async () => {
    const again = await appendAt(0, events[0]);
    expect(again).toEqual({ status: 200, body: { version: 1, duplicate: true } });
    const reused = await appendAt(7, { ...events[7]!, id: events[0]!.id });
    expect(reused.status).toBe(409);
    expect(reused.body).toMatchObject({ conflict: 'eventId' });
    const count = await db.query<{ n: number }>('select count(*)::int as n from case_event');
    expect(count.rows[0]!.n).toBe(7);
  });

  it('refuses what the SDK refuses, with issues in Polish or English, and stores nothing', async () => {
    const late = { ...events[7]!, date: '2024-01-01' };
    const r = await post(`/cases/${caseId}/events?lang=en`, { expectedVersion: 7, event: late });
    expect(r.status).toBe(422);
    expect(r.body['issues']).toMatchObject([{ code: 'date_before_last_event', message: expect.stringMatching(/^The date/) }]);
    expect((await post(`/cases/${caseId}/events`, { expectedVersion: 'x', event: late })).status).toBe(400);
    const bad = await fetch(`${base}/cases/${caseId}/events`, { method: 'POST', body: '{"expectedVersion":' });
    expect(bad.status).toBe(400);
    expect((await fetch(`${base}/cases/nobody`)).status).toBe(404);
  });

  it('assesses eligibility and explains it', async () => {
    const r = await post('/eligibility', request({ benefit: 'permanentAllowance', asOf: '2025-03-10' }));
    expect(r.status).toBe(200);
    expect(r.body['explanation']).toMatch(/^Zasiłek stały/);
    expect((await post('/eligibility', { benefit: 'lottery' })).status).toBe(422);
  });
});
