import { describe, expect, it } from 'vitest';
import { assistant, benefitsOfficer, head, homelessManSopot, otherAssistant, worker } from '../../examples/scenarios/homelessManSopot.js';
import type { Actor } from '../case/actor.js';
import { formatIssue } from '../issues/formatIssue.js';
import type { CivilDate } from '../law/civilDate.js';
import { replay } from '../process/replay.js';
import { CaseState } from '../process/state.js';
import { transition } from '../process/transition.js';
import { benefitSituationOn } from './benefitSituation.js';

/** The Sopot case up to its first review: the IPWzB in force, the assistant on the team. */
const log = homelessManSopot();
const upTo = log.slice(0, log.findIndex((e) => e.type === 'contractReviewed') + 1);
const base = (() => {
  const r = replay(upTo);
  if (!r.ok) throw new Error('the Sopot stream replays');
  return r.value;
})();
const otherWorker: Actor = { id: 'sw-ola', name: 'Ola Lis', role: 'socialWorker' };
let n = 0;
const ev = (type: string, payload: object, actor: Actor, date = base.lastEventDate) => ({ schemaVersion: 2, id: `pr-${++n}`, caseId: base.caseId, date, type, actor, payload }) as never;
const step = (s: CaseState, e: never) => {
  const r = transition(s, e);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const consent = (actor: Actor = worker) => ev('consentRecorded', { consentId: 'z-1', personId: 'p-marek', institutionKinds: ['addictionClinic'], form: 'written', purpose: 'Terapia odwykowa' }, actor);
const referral = (actor: Actor = worker) =>
  ev('referralSent', { referralId: 'sk-1', personId: 'p-marek', consentId: 'z-1', institution: { kind: 'addictionClinic', name: 'Poradnia Leczenia Uzależnień w Sopocie' }, form: 'therapeuticReferral', purpose: 'Terapia odwykowa', followUpOn: null }, actor);

describe('practice families in the one case stream', () => {
  it('records consent and referral in the case stream; the state passes its schema and replays the same', () => {
    const events = [consent(), referral(), ev('referralAccepted', { referralId: 'sk-1', note: null }, assistant)];
    let s = base;
    for (const e of events) s = step(s, e);
    expect(s.referrals[0]).toMatchObject({ referralId: 'sk-1', status: 'acceptedByInstitution' });
    expect(s.stage).toBe(base.stage);
    expect(CaseState.safeParse(s).success).toBe(true);
    const replayed = replay([...upTo, ...events]);
    expect(replayed.ok && replayed.value).toEqual(s);
  });

  it('refuses a referral without consent, and by people off the team or in the wrong role, in Polish words', () => {
    const r = transition(base, referral());
    expect(!r.ok && r.error[0]?.code).toBe('consent_not_recorded');
    const withConsent = step(base, consent());
    const byOther = transition(withConsent, referral(otherWorker));
    expect(!byOther.ok && byOther.error[0]).toMatchObject({ code: 'scope_not_met', machine: 'referral' });
    if (!byOther.ok) expect(formatIssue(byOther.error[0]!, 'pl')).toBe('Skierowanie: krok „wysłanie skierowania” może wykonać tylko członek zespołu sprawy; osoba w roli „pracownik socjalny” tego warunku nie spełnia.');
    expect(transition(withConsent, referral(assistant))).toMatchObject({ ok: false, error: [{ code: 'role_not_permitted' }] });
    expect(transition(base, consent(otherAssistant))).toMatchObject({ ok: false, error: [{ code: 'role_not_permitted' }] });
  });

  it('benefit decisions: by the head, or by an officer with an authorisation to decide on benefits recorded in the stream', () => {
    const applied = step(base, ev('benefitApplied', { claimId: 'w-1', benefit: 'purposeAllowance', personId: 'p-marek', incomeLost: false }, benefitsOfficer));
    const decide = (actor: Actor, forContractId: string | null = null) =>
      ev('benefitDecided', { claimId: 'w-1', benefit: 'purposeAllowance', personId: 'p-marek', outcome: 'granted', amount: 25000, period: null, forContractId, reference: 'decyzja 7/2025' }, actor);
    expect(transition(applied, decide(benefitsOfficer))).toMatchObject({ ok: false, error: [{ code: 'scope_not_met', scope: 'authorised' }] });
    const breachOnly = step(applied, ev('authorisationGranted', { authorisationId: 'upo-1', holder: benefitsOfficer, scope: 'breachDecisions', validFrom: '2025-01-01', validTo: null, reference: 'upoważnienie 1/2025' }, head));
    expect(transition(breachOnly, decide(benefitsOfficer))).toMatchObject({ ok: false, error: [{ code: 'scope_not_met' }] });
    const authorised = step(applied, ev('authorisationGranted', { authorisationId: 'upo-2', holder: benefitsOfficer, scope: 'benefitDecisions', validFrom: '2025-01-01', validTo: null, reference: 'upoważnienie 2/2025' }, head));
    const granted = step(authorised, decide(benefitsOfficer));
    expect(granted.claims[0]?.status).toBe('granted');
    expect(step(applied, decide(head)).claims[0]?.status).toBe('granted');
    expect(benefitSituationOn(granted.claims, granted.lastEventDate as CivilDate).situation.cashBeingPaid).toBe(true);
  });

  it('art. 39a reads the contracts of the stream: an IPWzB is not a kontrakt socjalny', () => {
    const applied = step(base, ev('benefitApplied', { claimId: 'w-1', benefit: 'purposeAllowance', personId: 'p-marek', incomeLost: false }, benefitsOfficer));
    const r = transition(applied, ev('benefitDecided', { claimId: 'w-1', benefit: 'purposeAllowance', personId: 'p-marek', outcome: 'granted', amount: 25000, period: null, forContractId: base.contracts[0]?.contractId ?? 'k', reference: 'd' }, head));
    expect(!r.ok && r.error[0]?.code).toBe('contract_not_in_force');
  });
});

describe('forms of social work on the plan and the meetings', () => {
  it('a planned action and a meeting name their form of social work, kept in the case state', () => {
    const s = step(base, ev('meetingRecorded', { place: 'shelter', clientIds: ['p-marek'], staffIds: ['as-piotr'], attendance: 'attended', formsOfWork: ['supporting'], note: null, form: 'budgetTraining' }, assistant));
    expect(s.meetings.at(-1)).toMatchObject({ form: 'budgetTraining' });
    expect(CaseState.safeParse(s).success).toBe(true);
    const without = step(base, ev('meetingRecorded', { place: 'shelter', clientIds: ['p-marek'], staffIds: ['as-piotr'], attendance: 'attended', formsOfWork: [], note: null }, assistant));
    expect('form' in (without.meetings.at(-1) ?? {})).toBe(false);
    expect(transition(base, ev('meetingRecorded', { place: 'shelter', clientIds: [], staffIds: [], attendance: 'attended', formsOfWork: [], note: null, form: 'knitting' }, assistant)).ok).toBe(false);
  });
});
