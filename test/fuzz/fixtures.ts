/**
 * Fixtures of the fuzz table: the Sopot stream (IPWzB drafted, signed, approved, annexed, completed), its
 * states after every event, the same stream with an art. 11 procedure appended, and valid inputs of the
 * practice and monitoring areas. Everything here is valid; the entries mutate it.
 */
import * as api from '../../src/index.js';
import type { CaseEvent, CaseState, CivilDate } from '../../src/index.js';
import { homelessManSopot } from '../../examples/scenarios/homelessManSopot.js';
import { head, sampleEvent } from '../support/factory.js';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }, what: string): T => {
  if (!r.ok) throw new Error(`fuzz fixture: ${what} must be valid: ${JSON.stringify(r.error).slice(0, 300)}`);
  return r.value;
};

export const events = homelessManSopot();
/** The same events recorded in another case (another caseId, other ids). */
export const foreign = events.map((e) => ({ ...e, caseId: 'another-case', id: `x-${e.id}` }));
/** The state after each event of the Sopot stream. */
export const states: readonly CaseState[] = events.map((_, i) => must(api.replay(events.slice(0, i + 1)), 'the Sopot prefix'));
/** The states that hold at least one contract. */
export const withContract = states.filter((s) => s.contracts.length > 0);

/** The Sopot stream up to the IPWzB in force, then an art. 11 procedure: reported, explanation asked, deadline passed, and the head's authorisation. */
export const breachStream: readonly CaseEvent[] = (() => {
  const upTo = events.findIndex((e) => e.type === 'contractApproved') + 1;
  const out: CaseEvent[] = events.slice(0, upTo) as CaseEvent[];
  let s = states[upTo - 1] as CaseState;
  const push = (e: CaseEvent) => { s = must(api.transition(s, e), e.type); out.push(e); };
  push(sampleEvent('breachReported', s, { n: 9001 }));
  push(sampleEvent('breachExplanationRequested', s, { n: 9002 }));
  const hearing = s.procedures.at(-1)?.hearing;
  const deadline = hearing?.status === 'asked' ? hearing.deadline : s.lastEventDate;
  push(sampleEvent('breachDeadlinePassed', s, { n: 9003, date: api.addCivilDays(deadline as CivilDate, 1) }));
  push(sampleEvent('authorisationGranted', s, { n: 9004, actor: head }));
  return out;
})();
export const breachStates: readonly CaseState[] = breachStream.map((_, i) => must(api.replay(breachStream.slice(0, i + 1)), 'the breach prefix'));
export const breachState = breachStates.at(-1) as CaseState;
export const procedureId = breachState.procedures.at(-1)?.procedureId as string;

// ---------- practice ----------
const anna = { id: 'sw-anna', name: 'Anna Nowak', role: 'socialWorker' } as const;
const officer = { id: 'bo-1', name: 'Jan Kowal', role: 'benefitsOfficer' } as const;
const headK = { id: 'k-1', name: 'Maria Wiśniewska', role: 'head' } as const;
const ev = (id: string, type: string, payload: object, actor: object = anna, date = '2025-03-03', scope: object = { caseId: 'c-1' }) => ({ schemaVersion: 2, id, ...scope, date, type, actor, payload });

/** Access of a case as the practice step functions read it (a pure predicate over fixed sets). */
export const caseAccess: api.CaseAccess = { ownerId: 'sw-anna', isOnTeam: (id) => id === 'sw-anna', isHouseholdMember: (id) => id === 'p-jan' || id === 'p-ewa' };
export const benefitAccess: api.BenefitAccess = { ...caseAccess, contractInForceOn: () => true, isAuthorisedToDecide: (id) => id === 'bo-1' };

export const referralEvents = [
  ev('r-1', 'consentRecorded', { consentId: 'z-1', personId: 'p-jan', institutionKinds: ['addictionClinic', 'alcoholCommission'], form: 'written', purpose: 'Terapia' }),
  ev('r-2', 'referralSent', { referralId: 'sk-1', personId: 'p-jan', consentId: 'z-1', institution: { kind: 'addictionClinic', name: 'Poradnia Leczenia Uzależnień' }, form: 'therapeuticReferral', purpose: 'Terapia odwykowa', followUpOn: '2025-03-17' }),
];
export const referralStates: readonly api.ReferralsState[] = (() => {
  const out: api.ReferralsState[] = [api.emptyReferrals];
  for (const e of referralEvents) out.push(must(api.stepReferral(out.at(-1) as api.ReferralsState, e, caseAccess), 'a referral event'));
  return out;
})();

export const benefitEvents = [
  ev('w-e1', 'benefitApplied', { claimId: 'w-1', benefit: 'periodicAllowance', personId: 'p-ewa', incomeLost: false }, officer),
  ev('w-e2', 'benefitDecided', { claimId: 'w-1', benefit: 'periodicAllowance', personId: 'p-ewa', outcome: 'granted', amount: 40000, period: { from: '2025-03-01', to: '2025-08-31' }, forContractId: null, reference: 'decyzja nr 1/2025' }, officer, '2025-03-10'),
  ev('w-e3', 'benefitSuspended', { claimId: 'w-1', reason: 'art. 11', breachProcedureId: 'p-11' }, headK, '2025-04-01'),
];
export const benefitStates: readonly (readonly api.BenefitClaim[])[] = (() => {
  const out: (readonly api.BenefitClaim[])[] = [[]];
  for (const e of benefitEvents) out.push(must(api.stepBenefit(out.at(-1) as api.BenefitClaim[], e, benefitAccess), 'a benefit event'));
  return out;
})();

const g = (id: string, type: string, payload: object, date = '2012-09-03') => ev(id, type, payload, anna, date, { groupId: 'kis-1' });
export const groupEvents = [
  g('g-1', 'groupFormed', {
    name: 'KIS „Razem”', kind: 'socialIntegrationClubCohort', facilitator: { id: 'ps-ngo', name: 'Tomasz Wójcik', organisation: 'Stowarzyszenie JA-TY-MY' },
    capacity: 3, criteria: [{ id: 'k-1', description: 'Mieszkaniec Brzezin' }], startsOn: '2012-10-01', endsOn: '2013-11-30',
  }, '2012-06-01'),
  ...[1, 2, 3, 4].map((i) => g(`g-r${i}`, 'candidateRecruited', { personId: `p-${i}`, caseId: `c-${i}`, list: i <= 3 ? 'participant' : 'reserve', criteriaMet: ['k-1'] })),
];
export const groupState = must(api.replayGroup(groupEvents), 'the group stream');

const household = api.Household.parse({ id: 'h-ewa', kind: 'singlePerson', members: [{ person: { id: 'p-ewa', firstName: 'Ewa', lastName: 'Kowalska', birthDate: '1990-04-12' }, relation: 'applicant' }] });
export const caseForBenefits: api.CaseForBenefits = {
  household,
  problems: [api.Problem.parse({ id: 'pr-1', ground: 'unemployment', description: 'Długotrwałe bezrobocie', personIds: [] })],
  socialWorkInterview: api.SocialWorkInterview.parse({
    interviewId: 'rws-1', conductedOn: '2025-03-05', conductedBy: 'sw-anna',
    applicantAndFamily: { persons: [{ personId: 'p-ewa', legalStatus: 'polishCitizen', residesInPoland: true, custody: 'none', unableToWork: null }] },
    income: [{ kind: 'receipt', id: 'i-1', personId: 'p-ewa', source: 'employment', month: '2025-02', gross: 40000, incomeTax: 0, healthContribution: 0, socialContributions: 0, oneOff: false, forPeriod: null }],
    needsAndExpectations: ['Znalezienie pracy'],
    diagnosis: { conclusions: 'Bezrobocie długotrwałe', problemIds: ['pr-1'] },
    helpPlan: [{ id: 'pp-1', benefit: 'periodicAllowance', form: null, description: 'Zasiłek okresowy', justification: 'Dochód poniżej kryterium' }],
  }),
  claims: benefitStates[1] as readonly api.BenefitClaim[],
};

export const sobrietyContent = api.SobrietyContractContent.parse({
  commitments: [
    { id: 'st-1', kind: 'outpatientTherapy', institution: { kind: 'addictionClinic', name: 'Poradnia' }, frequency: 'raz w tygodniu', monitoredBy: ['therapistConfirmation'], actionId: null },
    { id: 'st-2', kind: 'abstinence', institution: null, frequency: null, monitoredBy: ['workerObservation', 'clientDeclaration'], actionId: null },
  ],
  reviewEveryDays: 14, referralId: 'sk-1',
});
export const communityActivity = { id: 'sr-1', date: '2025-01-14', kind: 'communityOutreach', staff: [anna], place: 'Dworzec', personsReached: 2, institutionsInvolved: [], note: null };
