import type { Actor, CaseEvent, CaseEventType, CaseState, CivilDate } from '../../src/index.js';
import { addCivilDays, draftContractFromCase } from '../../src/index.js';

import { assistant as sopotAssistant, household as sopotHousehold, worker } from '../../examples/scenarios/homelessManSopot.js';

/** The owner and client are those of the demo stream, so that states taken from it accept these events. */
export const owner = worker;
/** The assistant on the team of the demo case. */
export const teamAssistant = sopotAssistant;
export const otherWorker = { id: 'sw-2', name: 'Jan Wójcik', role: 'socialWorker' } as const satisfies Actor;
export const assistant = { id: 'as-1', name: 'Ola Kruk', role: 'assistant', assistantKind: 'homeless' } as const satisfies Actor;
export const psychologist = { id: 'ps-1', name: 'Ola Kruk', role: 'psychologist' } as const satisfies Actor;
export const head = { id: 'hd-1', name: 'Ewa Maj', role: 'head' } as const satisfies Actor;
export const officer = { id: 'bo-1', name: 'Tomasz Zając', role: 'benefitsOfficer' } as const satisfies Actor;
export const actors = [owner, teamAssistant, otherWorker, assistant, psychologist, head, officer] as const;

export const household = sopotHousehold;

let counter = 0;

/** A schema-valid event of a type, referring to what the state has, so that guards pass where they can. */
export function sampleEvent(type: CaseEventType, state: CaseState | undefined, options: { actor?: Actor; date?: string; n?: number } = {}): CaseEvent {
  const n = options.n ?? ++counter;
  const date = (options.date ?? state?.lastEventDate ?? '2025-01-08') as CivilDate;
  const later = addCivilDays(date, 30);
  const actionId = state?.actions[0]?.id ?? 'a-missing';
  const goalId = state?.mainGoal?.id ?? 'g-missing';
  const contractId = state?.contracts.at(-1)?.contractId ?? 'k-missing';
  const procedureId = state?.procedures.at(-1)?.procedureId ?? 'b-missing';
  const ready = state?.actions.filter((a) => a.responsible !== null && a.deadline !== null && a.deadline >= date) ?? [];
  const content = state
    ? draftContractFromCase({ ...state, actions: ready.map((a) => ({ ...a, deadline: later })) }, {
        period: { from: date, to: addCivilDays(date, 60) },
        centreSupport: [],
        evaluation: { method: 'ocena', everyDays: 14 },
      })
    : undefined;
  const fallback = {
    assessment: { causes: [], resources: [], limitations: [], summary: null }, unemployment: null,
    mainGoal: { id: 'g-main', description: 'Cel główny', targetDate: later, problemIds: [] }, specificGoals: [],
    actions: [{ id: 'a-1', description: 'Działanie', goalId: null, responsible: { kind: 'client' }, deadline: later, expectedResult: null, status: 'planned' }],
    centreSupport: [], period: { from: date, to: addCivilDays(date, 60) }, evaluation: { method: 'ocena', everyDays: 14 },
  };
  const payloads: Record<CaseEventType, unknown> = {
    caseOpened: { household, owner, source: 'application', note: null },
    interviewConducted: { summary: 'Wywiad', urgent: false },
    problemDiagnosed: { problem: { id: `pr-${n}`, ground: 'unemployment', description: 'Bezrobocie', personIds: [] } },
    diagnosisCompleted: { assessment: 'Ocena sytuacji' },
    resourceIdentified: { resource: { id: `r-${n}`, holder: 'person', description: 'Kwalifikacje' } },
    resourcesCompleted: {},
    limitationIdentified: { limitation: { id: `l-${n}`, source: 'person', description: 'Brak dokumentów' } },
    limitationsCompleted: {},
    mainGoalSet: { goal: { id: 'g-main', description: 'Cel główny', targetDate: later, problemIds: [] } },
    specificGoalAdded: { goal: { id: `g-${n}`, description: 'Cel szczegółowy', targetDate: later, problemIds: [] } },
    actionPlanned: {
      action: { id: `a-${n}`, description: 'Działanie', goalId: null, responsible: { kind: 'client' }, deadline: later, expectedResult: null, status: 'planned' },
    },
    actionRevised: {
      action: { id: actionId, description: 'Działanie zmienione', goalId: null, responsible: { kind: 'socialWorker' }, deadline: later, expectedResult: null, status: 'inProgress' },
    },
    planStartedWithoutContract: { note: 'Realizacja planu bez kontraktu' },
    planModified: { reason: 'Dostosowanie planu' },
    situationChanged: { description: 'Zmiana sytuacji' },
    caseReassigned: { newOwner: owner },
    caseClosed: { reason: 'other', achievedGoalIds: [], evaluation: 'Ocena końcowa' },
    meetingRecorded: { place: 'home', clientIds: ['p-marek'], staffIds: [], attendance: 'attended', formsOfWork: ['supporting'], note: null },
    actionProgressRecorded: { actionId, progress: 'done', text: 'Wykonane', justification: null },
    goalProgressRecorded: { goalId, progress: 'partlyAchieved', text: 'Postęp' },
    monitoringNoteAdded: { kind: 'note', text: 'Notatka' },
    breachCircumstanceNoted: { ground: 'usingAgainstPurpose', description: 'Zasiłek celowy wydany niezgodnie z przeznaczeniem', evidence: [] },
    contractDrafted: {
      contractId: `k-${n}`, kind: 'socialContract', variant: 'A', shelter: null,
      parties: { clientIds: ['p-marek'], worker: owner, centre: 'MOPS' },
      content: content ?? fallback,
    },
    contractDraftRevised: { contractId, content: content ?? fallback },
    contractSigned: { contractId, party: 'client', personId: 'p-marek' },
    contractApproved: { contractId, note: null },
    contractRefused: { contractId, reason: null },
    contractReviewed: { contractId, summary: 'Ocena' },
    contractAnnexed: { contractId, content: content ?? fallback, reason: 'Aneks', signedByClientIds: ['p-marek'] },
    contractCompleted: { contractId, finalEvaluation: 'Zrealizowany' },
    contractTerminated: { contractId, reason: 'clientWithdrawal', note: 'Rezygnacja', finalEvaluation: null },
    contractExpired: { contractId, finalEvaluation: null },
    breachReported: {
      procedureId: `b-${n}`, circumstanceEventId: null, ground: 'usingAgainstPurpose', occurredOn: date, description: 'Zasiłek wydany na inny cel',
      evidence: ['notatka'], clientId: 'p-marek', clientFacts: { unemployed: false, addictedToAlcohol: false },
      situation: { pendingApplication: false, benefitGranted: true, cashBeingPaid: true },
    },
    breachExplanationRequested: { procedureId, deadline: addCivilDays(date, 7) },
    breachExplanationReceived: { procedureId, text: 'Wyjaśnienia' },
    breachDeadlinePassed: { procedureId },
    breachAssessed: { procedureId, justified: false, reasoning: 'Brak uzasadnienia' },
    breachMeasureProposed: { procedureId, measure: 'inKindInsteadOfCash', reasoning: 'Pomoc w naturze' },
    breachDecided: { procedureId, measure: 'inKindInsteadOfCash', justification: 'Uzasadnienie', dependantsConsidered: [] },
    breachDropped: { procedureId, reason: 'Umorzenie' },
    teamMemberAssigned: { member: psychologist },
    teamMemberReleased: { memberId: state?.team.find((m) => m.to === null)?.member.id ?? 'nobody', reason: null },
    authorisationGranted: { authorisationId: `upo-${n}`, holder: owner, scope: 'breachDecisions', validFrom: date, validTo: null, reference: 'upoważnienie nr 1/2025' },
    authorisationRevoked: { authorisationId: state?.authorisations.at(-1)?.authorisationId ?? 'upo-missing' },
    // practice families: consents, referrals, benefit claims
    consentRecorded: { consentId: `z-${n}`, personId: household.members[0]?.person.id ?? 'p-missing', institutionKinds: ['addictionClinic'], form: 'written', purpose: 'Terapia' },
    consentWithdrawn: { consentId: state?.consents.at(-1)?.consentId ?? 'z-missing' },
    referralSent: {
      referralId: `sk-${n}`, personId: household.members[0]?.person.id ?? 'p-missing', consentId: state?.consents.at(-1)?.consentId ?? 'z-missing',
      institution: { kind: 'addictionClinic', name: 'Poradnia' }, form: 'therapeuticReferral', purpose: 'Terapia', followUpOn: null,
    },
    referralAccepted: { referralId: state?.referrals.at(-1)?.referralId ?? 'sk-missing', note: null },
    referralRejected: { referralId: state?.referrals.at(-1)?.referralId ?? 'sk-missing', reason: 'Brak miejsc' },
    referralFollowUpSet: { referralId: state?.referrals.at(-1)?.referralId ?? 'sk-missing', followUpOn: later },
    referralCompleted: { referralId: state?.referrals.at(-1)?.referralId ?? 'sk-missing', outcome: 'achieved', note: null },
    benefitApplied: { claimId: `w-${n}`, benefit: 'periodicAllowance', personId: household.members[0]?.person.id ?? 'p-missing', incomeLost: false },
    benefitDecided: {
      claimId: state?.claims.at(-1)?.claimId ?? `w-${n}`, benefit: 'periodicAllowance', personId: household.members[0]?.person.id ?? 'p-missing',
      outcome: 'granted', amount: 30000, period: { from: date, to: later }, forContractId: null, reference: 'decyzja',
    },
    benefitSuspended: { claimId: state?.claims.at(-1)?.claimId ?? 'w-missing', reason: 'art. 11', breachProcedureId: null },
    benefitResumed: { claimId: state?.claims.at(-1)?.claimId ?? 'w-missing' },
    benefitRevoked: { claimId: state?.claims.at(-1)?.claimId ?? 'w-missing', reason: 'art. 11', breachProcedureId: null },
    benefitContinuedAfterEmployment: { claimId: state?.claims.at(-1)?.claimId ?? 'w-missing', employedOn: date, until: later },
  };
  return {
    schemaVersion: 2,
    id: `e-${n}`,
    caseId: state?.caseId ?? 'c-1',
    date,
    actor: options.actor ?? defaultActor(type),
    type,
    payload: payloads[type],
  } as CaseEvent;
}

function defaultActor(type: CaseEventType): Actor {
  return type === 'caseReassigned' || type === 'contractApproved' || type.startsWith('authorisation') ? head : owner;
}

/** Deep-freezes a value, so that any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
