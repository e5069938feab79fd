import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { type Fixture, buildFixtures } from '../scripts/fixtures.js';
import { jsonSchemas } from '../scripts/jsonSchemas.js';
import {
  type CaseState, agenda, assessBreachProcedure, assessEligibility, explain, explainBreach, formatIssues, renderContract, replay, transition,
} from '../src/index.js';
import { polishTextProblems } from './support/polishText.js';

/**
 * The shipped fixtures (praca-socjalna/fixtures/*.json) read back as a vendor reads them: through JSON,
 * with nothing but the public API. If the SDK's answer to a scenario changes, this fails until the
 * fixtures are rebuilt and the change is owned in the CHANGELOG — a vendor's suite would fail the same way.
 */
const built = buildFixtures();
const fixtures: Fixture[] = JSON.parse(JSON.stringify(built));
const byName = new Map(fixtures.map((f) => [f.name, f]));
const data = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function replayed(f: Fixture): CaseState {
  const r = replay(f.stream);
  if (!r.ok) throw new Error(`${f.name}: ${formatIssues(r.error.issues, 'en')}`);
  return r.value;
}

/** What a vendor's test does with one fixture: run each input through the SDK, compare with the expected output. */
function reproduce(f: Fixture): void {
  const state = f.stream === null ? null : replayed(f);
  if (state !== null) expect(data(state), `${f.name}: state`).toStrictEqual(f.expected?.state);
  for (const c of f.checks) {
    const at = `${f.name} / ${c.name}`;
    if (c.kind === 'eligibility') {
      const r = assessEligibility(c.request);
      expect(r.ok, at).toBe(true);
      if (!r.ok) continue;
      expect(data(r.value), at).toStrictEqual(c.expected.result);
      expect({ pl: explain(r.value, 'pl'), en: explain(r.value, 'en') }, at).toStrictEqual(c.expected.explanation);
      continue;
    }
    if (state === null) throw new Error(`${at}: a ${c.kind} check needs a stream`);
    if (c.kind === 'breach') {
      const r = assessBreachProcedure(state, c.procedureId, c.asOf);
      expect(r.ok, at).toBe(true);
      if (!r.ok) continue;
      expect(data(r.value), at).toStrictEqual(c.expected.assessment);
      expect({ pl: explainBreach(r.value, 'pl'), en: explainBreach(r.value, 'en') }, at).toStrictEqual(c.expected.explanation);
    } else if (c.kind === 'refusedEvent') {
      // A refused event is asked of the state it was refused in: the stream holds only accepted events.
      const before = replay(f.stream!.slice(0, c.atVersion));
      expect(before.ok, at).toBe(true);
      if (!before.ok) continue;
      const r = transition(before.value, c.event);
      expect(r.ok, at).toBe(false);
      if (r.ok) continue;
      expect(data(r.error), at).toStrictEqual(c.expected.issues);
      expect({ pl: formatIssues(r.error, 'pl'), en: formatIssues(r.error, 'en') }, at).toStrictEqual(c.expected.messages);
    } else if (c.kind === 'agenda') {
      expect(data(agenda([state], c.asOf)), at).toStrictEqual(c.expected.agenda);
    } else {
      const contract = state.contracts.find((x) => x.contractId === c.contractId);
      expect(contract, at).toBeDefined();
      if (contract === undefined) continue;
      expect({ pl: renderContract(contract, state.household, 'pl'), en: renderContract(contract, state.household, 'en') }, at).toStrictEqual(c.expected.html);
    }
  }
}

describe('fixtures for vendors', () => {
  it('cover the scenarios: Sopot, Brzeziny (art. 11 and the benefits bridge), ZPS nr 3, disability', () => {
    expect([...byName.keys()]).toEqual(['sopot-homeless-man', 'brzeziny-unemployed', 'brzeziny-bridge', 'zps3-sobriety', 'disability-living-alone']);
    for (const f of fixtures) {
      expect(f.title.pl.length, f.name).toBeGreaterThan(0);
      expect(f.title.en.length, f.name).toBeGreaterThan(0);
      expect(f.checks.length + (f.stream === null ? 0 : 1), f.name).toBeGreaterThan(0);
    }
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: the SDK reproduces every expected output from the JSON', (_name, f) => reproduce(f));

  it('expect what the scenarios say (pinned here by hand, not read from the fixtures)', () => {
    const sopot = byName.get('sopot-homeless-man')!;
    expect(sopot.expected?.state).toMatchObject({ stage: 'closed', version: sopot.stream!.length, contracts: [{ contractId: 'ipwzb-2025-001', status: 'completed' }] });
    expect(sopot.checks.find((c) => c.kind === 'agenda')?.expected).toEqual({ agenda: { asOf: '2026-02-02', items: [], skipped: 0 } });

    const brzeziny = byName.get('brzeziny-unemployed')!;
    expect(brzeziny.expected?.state).toMatchObject({ contracts: [{ status: 'refused' }], procedures: [{ procedureId: 'art11-1', stage: 'decided' }] });
    const kinds = (f: Fixture, kind: string) => f.checks.filter((c) => c.kind === kind);
    expect(kinds(brzeziny, 'breach')[0]?.expected).toMatchObject({ assessment: { ground: 'refusingJob', basis: { article: '11', paragraph: '2' } } });
    expect(kinds(brzeziny, 'refusedEvent')[0]).toMatchObject({ atVersion: 15, expected: { issues: [{ code: 'role_not_permitted' }] } });
    expect(kinds(brzeziny, 'agenda')[0]?.expected).toMatchObject({ agenda: { items: [{ kind: 'actionDeadline', subjectId: 'a-pup', daysLate: 18 }] } });

    const zps = byName.get('zps3-sobriety')!;
    expect(zps.checks.map((c) => (c.kind === 'refusedEvent' ? c.expected.issues.map((i) => i.code) : []))).toEqual([['consent_not_recorded'], ['scope_not_met']]);

    const results = (f: Fixture) => kinds(f, 'eligibility').map((c) => c.expected as { result: { status: string; benefit: string; amount: number | null } });
    expect(results(byName.get('brzeziny-bridge')!)[0]?.result).toMatchObject({ status: 'eligible', benefit: 'periodicAllowance' });
    expect(results(byName.get('disability-living-alone')!).map((r) => r.result)).toMatchObject([
      // 130% × 1 010,00 zł − (740,00 zł − 66,60 zł) = 639,60 zł; the purpose allowance is not income (art. 8 ust. 4 pkt 2).
      { status: 'eligible', benefit: 'permanentAllowance', amount: 63960 },
      { status: 'eligible', benefit: 'socialWork', amount: null },
    ]);
  });

  it('explain in Polish a centre can sign: no code, no English word (issue messages name their field, for the developer)', () => {
    for (const f of fixtures) {
      for (const c of f.checks) {
        const pl = (c.expected as { explanation?: { pl: string } }).explanation?.pl;
        if (pl !== undefined) expect(polishTextProblems(pl), `${f.name} / ${c.name}`).toEqual([]);
      }
    }
  });

  it('hold documents valid under the shipped JSON Schemas (events, requests)', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const schemas = jsonSchemas();
    const event = ajv.compile(schemas.get('CaseEvent')!);
    const request = ajv.compile(schemas.get('EligibilityRequest')!);
    const state = ajv.compile(schemas.get('CaseState')!);
    for (const f of fixtures) {
      for (const e of f.stream ?? []) expect(event(e), `${f.name} ${e.id}: ${ajv.errorsText(event.errors)}`).toBe(true);
      if (f.expected) expect(state(f.expected.state), `${f.name}: ${ajv.errorsText(state.errors)}`).toBe(true);
      for (const c of f.checks) if (c.kind === 'eligibility') expect(request(c.request), `${f.name} / ${c.name}: ${ajv.errorsText(request.errors)}`).toBe(true);
    }
  }, 60_000); // compiling the large CaseState schema with ajv takes seconds on a loaded machine
});
