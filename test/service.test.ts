import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homelessManSopot } from '../examples/scenarios/homelessManSopot.js';
import { unemployedBrzeziny } from '../examples/scenarios/unemployedBrzeziny.js';
import { openApiDocument } from '../examples/service/openapi.js';
import { createService } from '../examples/service/server.js';
import type { Db } from '../examples/service/store.js';
import { jsonSchemas } from '../scripts/jsonSchemas.js';
import { renderContract, replay } from '../src/index.js';
import { request } from './support/eligibility.js';
import { backends, noteSkipped, titled } from './support/serviceBackends.js';

/** The example service over HTTP on loopback, the same tests on PGlite in memory and on a Postgres server. */
const events = homelessManSopot();
const caseId = events[0]!.caseId;
const openapi = openApiDocument(jsonSchemas(), '0.1.0');
noteSkipped('the example service');

for (const backend of backends) describe.skipIf(backend.skipped !== undefined)(`example service ${titled(backend)}`, () => {
  let base = '';
  let db: Db;
  let close: () => Promise<void>;
  let server: ReturnType<typeof createService>;

  beforeAll(async () => {
    ({ db, close } = await backend.open());
    // "Today" for an agenda asked without asOf is fixed, as the CLI's is in its tests.
    server = createService(db, { openapi, today: () => '2025-04-02' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await close();
  });

  const post = async (path: string, body: unknown) => {
    const r = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  const appendAt = (version: number, event: unknown) => post(`/cases/${caseId}/events`, { expectedVersion: version, event });

  describe('over HTTP on loopback', () => {
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

    describe('a contract and the agenda, from a second case appended over HTTP', () => {
      const brzeziny = unemployedBrzeziny();
      const other = brzeziny[0]!.caseId;
      const state = (() => {
        const r = replay(brzeziny);
        if (!r.ok) throw new Error('the Brzeziny stream replays');
        return r.value;
      })();
      const get = async (path: string) => {
        const r = await fetch(`${base}${path}`);
        return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
      };

      it('appends the Brzeziny stream', async () => {
        for (const [i, e] of brzeziny.entries()) expect((await post(`/cases/${other}/events`, { expectedVersion: i, event: e })).status, e.type).toBe(201);
      });

      it('renders a contract of a case as HTML, in Polish or English; 404 for an unknown case or contract', async () => {
        const contract = state.contracts[0]!;
        const pl = await get(`/cases/${other}/contracts/${contract.contractId}`);
        expect(pl).toEqual({ status: 200, type: 'text/html; charset=utf-8', text: renderContract(contract, state.household, 'pl') });
        expect((await get(`/cases/${other}/contracts/${contract.contractId}?lang=en`)).text).toBe(renderContract(contract, state.household, 'en'));
        expect(await get(`/cases/${other}/contracts/ks-404`)).toMatchObject({ status: 404, text: '{"error":"no such contract"}' });
        expect(await get(`/cases/nobody/contracts/${contract.contractId}`)).toMatchObject({ status: 404, text: '{"error":"no such case"}' });
      });

      it("gives a worker's agenda across the stored cases, only theirs, with the day defaulting to today", async () => {
        const mine = await get('/agenda?worker=sw-beata&asOf=2025-04-02');
        expect(mine.status).toBe(200);
        const body = JSON.parse(mine.text);
        expect(body.agenda).toEqual({
          asOf: '2025-04-02', skipped: 0,
          items: [{ kind: 'actionDeadline', caseId: other, subjectId: 'a-pup', dueOn: '2025-03-15', daysLate: 18, responsibleIds: ['sw-beata'], basis: { kind: 'caseRecord', record: 'actionDeadline' } }],
        });
        expect(body.markdown).toContain('| 15 marca 2025 r. | Ewa Kamińska | termin działania | Beata Kowalczyk | po terminie o 18 dni | termin zapisany w planie |');
        expect(JSON.parse((await get('/agenda?worker=sw-beata')).text)).toEqual(body);
        expect(JSON.parse((await get('/agenda?worker=sw-beata&lang=en')).text).markdown).toContain('| 15 March 2025 | Ewa Kamińska | action deadline | Beata Kowalczyk | 18 days late |');
        const nobody = JSON.parse((await get('/agenda?worker=sw-nobody&asOf=2025-04-02')).text);
        expect(nobody).toEqual({ agenda: { asOf: '2025-04-02', items: [], skipped: 0 }, markdown: 'Na 2 kwietnia 2025 r. nic nie jest do zrobienia.' });
        const all = JSON.parse((await get('/agenda?asOf=2025-04-02')).text);
        expect(all.agenda.items.length).toBeGreaterThanOrEqual(1);
        for (const bad of ['asOf=2025-02-30', 'horizonDays=-1', 'horizonDays=x', 'role=king']) expect((await get(`/agenda?${bad}`)).status, bad).toBe(400);
      });
    });

    describe('OpenAPI document', () => {
      it('is served, names the JSON Schemas as components, and every reference resolves', async () => {
        const doc = (await (await fetch(`${base}/openapi.json`)).json()) as { openapi: string; paths: object; components: { schemas: Record<string, { description?: string }> } };
        expect(doc).toEqual(JSON.parse(JSON.stringify(openapi)));
        expect(doc.openapi).toBe('3.1.0');
        expect(Object.keys(doc.paths).sort()).toEqual(['/agenda', '/cases/{caseId}', '/cases/{caseId}/contracts/{contractId}', '/cases/{caseId}/events', '/eligibility', '/openapi.json']);
        for (const name of jsonSchemas().keys()) expect(doc.components.schemas, name).toHaveProperty(name);
        const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
        expect(refs.length).toBeGreaterThan(100);
        for (const [name, component] of Object.entries(doc.components.schemas)) expect(component, name).not.toEqual({ $ref: `#/components/schemas/${name}` });
        expect(doc.components.schemas['Person']?.description).toContain('Polish: „osoba”');
        for (const r of new Set(refs)) {
          expect(r, r).toMatch(/^#\/components\/schemas\//);
          expect(doc.components.schemas, r).toHaveProperty(r.slice('#/components/schemas/'.length));
        }
      });

      it("describes the service's real answers: validated with ajv against its components", async () => {
        // Each component as a schema of its own, as an OpenAPI tool resolves them: `#/components/schemas/X` → `X`.
        const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, inlineRefs: false });
        addFormats.default(ajv);
        const components = (openapi['components'] as { schemas: Record<string, object> }).schemas;
        for (const [name, component] of Object.entries(components)) {
          const text = JSON.stringify(component).replaceAll('"#/components/schemas/', '"https://example.test/c/');
          ajv.addSchema({ ...JSON.parse(text), $id: `https://example.test/c/${name}` });
        }
        const check = (name: string, value: unknown) => {
          const v = ajv.getSchema(`https://example.test/c/${name}`)!;
          expect(v(value), `${name}: ${ajv.errorsText(v.errors)}`).toBe(true);
        };
        check('CaseState', await (await fetch(`${base}/cases/${caseId}`)).json());
        check('AgendaAnswer', await (await fetch(`${base}/agenda?asOf=2025-04-02`)).json());
        check('EligibilityAnswer', (await post('/eligibility', request({ benefit: 'permanentAllowance', asOf: '2025-03-10' }))).body);
        check('Issues', (await post('/eligibility', { benefit: 'lottery' })).body);
        check('Conflict', (await appendAt(0, { ...events[1]!, id: 'late-comer' })).body);
        check('CaseEvent', events[0]);
        expect(ajv.getSchema('https://example.test/c/CaseEvent')!({ ...events[0]!, createdAt: 'x' })).toBe(false);
      });
    });
  });
});
