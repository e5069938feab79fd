/**
 * The fixtures vendors run in their own tests, shipped as `praca-socjalna/fixtures/<name>.json` (list in
 * `fixtures/index.json`): the example scenarios as plain JSON — a case stream or a request — with what
 * the SDK of this version answers, in the spirit of OpenFisca's YAML tests. Built from examples/ by the
 * same functions the examples run, so a fixture is never edited by hand and cannot drift from them;
 * test/fixtures.test.ts reads them back through JSON and checks the SDK still gives every expected value.
 *
 * A fixture is `{ name, title: { pl, en }, source, stream, expected, checks }`: `stream` the case's events
 * (or `null`), `expected.state` what `replay(stream)` gives, and `checks` what to ask of it or beside it:
 * - `eligibility`: `assessEligibility(request)` → `expected.result` and `explain(result, lang)`;
 * - `breach`: `assessBreachProcedure(state, procedureId, asOf)` → `expected.assessment` and `explainBreach`;
 * - `refusedEvent`: `transition(state, event)` on the state replayed from the first `atVersion` events,
 *   refused → `expected.issues` and `formatIssues(issues, lang)`;
 * - `agenda`: `agenda([state], asOf)` → `expected.agenda`;
 * - `contract`: `renderContract(contract, state.household, lang)` → `expected.html`.
 */
import { assessedOn, brzezinyBridge, interview } from '../examples/scenarios/brzezinyBridge.js';
import { base, benefits } from '../examples/scenarios/disabilityLivingAlone.js';
import { contractId as sopotContractId, homelessManSopot } from '../examples/scenarios/homelessManSopot.js';
import { officerWritesSocialWork, procedureId, unemployedBrzeziny, unemployedBrzezinyBeforeBreach } from '../examples/scenarios/unemployedBrzeziny.js';
import { refusedReferrals, zpsNr3Sobriety } from '../examples/scenarios/zpsNr3Sobriety.js';
import {
  type CaseEventInput, type CaseState, type CivilDate, type Issue, SocialWorkInterview, agenda, assessBreachProcedure, assessEligibility, eligibilityRequestFromCase, explain,
  explainBreach, formatIssues, renderContract, replay, transition,
} from '../src/index.js';

/** Text in both languages of the SDK. */
export interface Both {
  readonly pl: string;
  readonly en: string;
}

/** One question asked of a fixture, with the answer this version of the SDK gives. */
export type FixtureCheck =
  | { readonly kind: 'eligibility'; readonly name: string; readonly request: unknown; readonly expected: { readonly result: unknown; readonly explanation: Both } }
  | { readonly kind: 'breach'; readonly name: string; readonly procedureId: string; readonly asOf: string; readonly expected: { readonly assessment: unknown; readonly explanation: Both } }
  | { readonly kind: 'refusedEvent'; readonly name: string; readonly atVersion: number; readonly event: unknown; readonly expected: { readonly issues: readonly Issue[]; readonly messages: Both } }
  | { readonly kind: 'agenda'; readonly name: string; readonly asOf: string; readonly expected: { readonly agenda: unknown } }
  | { readonly kind: 'contract'; readonly name: string; readonly contractId: string; readonly expected: { readonly html: Both } };

/** A scenario as a vendor's test reads it. */
export interface Fixture {
  readonly name: string;
  readonly title: Both;
  readonly source: string;
  readonly stream: readonly CaseEventInput[] | null;
  readonly expected: { readonly state: CaseState } | null;
  readonly checks: readonly FixtureCheck[];
}

const fail = (what: string): never => {
  throw new Error(`fixture: ${what}`);
};

function stateOf(stream: readonly CaseEventInput[], name: string): CaseState {
  const r = replay(stream);
  return r.ok ? r.value : fail(`${name} does not replay (event ${r.error.index}: ${formatIssues(r.error.issues, 'en')})`);
}

function eligibility(name: string, request: unknown): FixtureCheck {
  const r = assessEligibility(request);
  if (!r.ok) return fail(`${name}: ${formatIssues(r.error, 'en')}`);
  return { kind: 'eligibility', name, request, expected: { result: r.value, explanation: { pl: explain(r.value, 'pl'), en: explain(r.value, 'en') } } };
}

function breach(name: string, state: CaseState, id: string, asOf: string): FixtureCheck {
  const r = assessBreachProcedure(state, id, asOf);
  if (!r.ok) return fail(`${name}: ${formatIssues(r.error, 'en')}`);
  return { kind: 'breach', name, procedureId: id, asOf, expected: { assessment: r.value, explanation: { pl: explainBreach(r.value, 'pl'), en: explainBreach(r.value, 'en') } } };
}

function refused(name: string, state: CaseState, event: unknown): FixtureCheck {
  const r = transition(state, event);
  if (r.ok) return fail(`${name} should be refused`);
  return { kind: 'refusedEvent', name, atVersion: state.version, event, expected: { issues: r.error, messages: { pl: formatIssues(r.error, 'pl'), en: formatIssues(r.error, 'en') } } };
}

function agendaOn(name: string, state: CaseState, asOf: string): FixtureCheck {
  return { kind: 'agenda', name, asOf, expected: { agenda: agenda([state], asOf) } };
}

function contract(name: string, state: CaseState, contractId: string): FixtureCheck {
  const c = state.contracts.find((x) => x.contractId === contractId) ?? fail(`${name}: no contract ${contractId}`);
  return { kind: 'contract', name, contractId, expected: { html: { pl: renderContract(c, state.household, 'pl'), en: renderContract(c, state.household, 'en') } } };
}

function streamFixture(name: string, title: Both, source: string, stream: readonly CaseEventInput[], checks: (state: CaseState) => FixtureCheck[]): Fixture {
  const state = stateOf(stream, name);
  return { name, title, source, stream, expected: { state }, checks: checks(state) };
}

/** Every fixture, in a stable order. Throws only if an example stopped replaying (a build-time error). */
export function buildFixtures(): Fixture[] {
  const brzezinyAtContract = stateOf(unemployedBrzezinyBeforeBreach(), 'brzeziny-unemployed (before the breach)');
  const zps = zpsNr3Sobriety();
  const zpsRefused = refusedReferrals(zps);
  const applied = stateOf(brzezinyBridge(), 'brzeziny-bridge (applied)');
  const bridged = eligibilityRequestFromCase({ ...applied, socialWorkInterview: SocialWorkInterview.parse(interview) }, 'periodicAllowance', assessedOn as CivilDate);
  if (!bridged.ok) fail(`brzeziny-bridge: ${formatIssues(bridged.error, 'en')}`);
  return [
    streamFixture(
      'sopot-homeless-man',
      { pl: 'Sopot: osoba bezdomna od przyjęcia do zamknięcia sprawy, z IPWzB', en: 'Sopot: a homeless man from intake to closure, with an IPWzB' },
      'examples/scenarios/homelessManSopot.ts',
      homelessManSopot(),
      (s) => [contract('the IPWzB as signed and annexed', s, sopotContractId), agendaOn('nothing due on the closed case', s, '2026-02-02')],
    ),
    streamFixture(
      'brzeziny-unemployed',
      { pl: 'Brzeziny: osoba bezrobotna, odmowa kontraktu i procedura z art. 11', en: 'Brzeziny: an unemployed person, a refused contract and the art. 11 procedure' },
      'examples/scenarios/unemployedBrzeziny.ts',
      unemployedBrzeziny(),
      (s) => [
        breach('the measure proposed after no explanation', s, procedureId, '2025-03-31'),
        refused('a benefits officer cannot record social work', brzezinyAtContract, officerWritesSocialWork),
        agendaOn('the agenda of the case on the day of the decision', s, '2025-04-02'),
      ],
    ),
    streamFixture(
      'brzeziny-bridge',
      { pl: 'Brzeziny: wniosek o zasiłek okresowy oceniony na podstawie wywiadu pracownika socjalnego', en: "Brzeziny: a periodic allowance assessed on the social worker's interview" },
      'examples/scenarios/brzezinyBridge.ts',
      brzezinyBridge(true),
      () => [eligibility('the request built from the case', bridged.ok ? bridged.value.request : null)],
    ),
    streamFixture(
      'zps3-sobriety',
      { pl: 'ZPS nr 3: zgoda i skierowanie do poradni leczenia uzależnień', en: 'ZPS no. 3: consent and a referral to the addiction clinic' },
      'examples/scenarios/zpsNr3Sobriety.ts',
      zps,
      (s) => [
        refused('a referral without the client’s consent', s, zpsRefused.noConsent),
        refused('a referral by a worker who is not on the team', s, zpsRefused.offTeam),
      ],
    ),
    {
      name: 'disability-living-alone',
      title: { pl: 'Osoba z niepełnosprawnością prowadząca jednoosobowe gospodarstwo domowe', en: 'A person with disability living alone' },
      source: 'examples/scenarios/disabilityLivingAlone.ts',
      stream: null,
      expected: null,
      checks: benefits.map((benefit) => eligibility(benefit, { ...base, benefit })),
    },
  ];
}
