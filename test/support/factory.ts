import type { Actor, CaseEvent, CaseEventType, CaseState, CivilDate } from '../../src/index.js';
import { addCivilDays } from '../../src/index.js';

import { household as sopotHousehold, worker } from '../../examples/scenarios/homelessManSopot.js';

/** The owner and client are those of the demo log, so that states taken from it accept these events. */
export const owner = worker;
export const otherWorker = { id: 'sw-2', name: 'Jan Wójcik', role: 'socialWorker' } as const satisfies Actor;
export const assistant = { id: 'as-1', name: 'Piotr Lis', role: 'assistant', assistantKind: 'homeless' } as const satisfies Actor;
export const psychologist = { id: 'ps-1', name: 'Ola Kruk', role: 'psychologist' } as const satisfies Actor;
export const head = { id: 'hd-1', name: 'Ewa Maj', role: 'head' } as const satisfies Actor;
export const officer = { id: 'bo-1', name: 'Tomasz Zając', role: 'benefitsOfficer' } as const satisfies Actor;
export const actors = [owner, otherWorker, assistant, psychologist, head, officer] as const;

export const household = sopotHousehold;

let counter = 0;

/** A schema-valid event of a type, referring to what the state has, so that guards pass where they can. */
export function sampleEvent(type: CaseEventType, state: CaseState | undefined, options: { actor?: Actor; date?: string; n?: number } = {}): CaseEvent {
  const n = options.n ?? ++counter;
  const date = (options.date ?? state?.lastEventDate ?? '2025-01-08') as CivilDate;
  const later = addCivilDays(date, 30);
  const actionId = state?.actions[0]?.id ?? 'a-missing';
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
    contractProposed: { kind: 'socialContract' },
    contractSigned: { contractId: `k-${n}`, validFrom: date, validTo: later, clientSignature: { personId: 'p-marek', date } },
    contractRefused: { reason: null },
    planStartedWithoutContract: { note: 'Realizacja planu bez kontraktu' },
    monitoringNoteAdded: { entryId: `m-${n}`, kind: 'note', text: 'Notatka' },
    actionProgressRecorded: { entryId: `m-${n}`, actionId, status: 'done', text: 'Wykonane', justification: null },
    circumstanceObserved: { entryId: `m-${n}`, ground: 'usingAgainstPurpose', description: 'Zasiłek celowy wydany niezgodnie z przeznaczeniem', evidence: [] },
    planModified: { reason: 'Dostosowanie planu' },
    situationChanged: { description: 'Zmiana sytuacji' },
    caseReassigned: { newOwner: owner },
    caseClosed: { reason: 'other', achievedGoalIds: [], evaluation: 'Ocena końcowa' },
  };
  return {
    schemaVersion: 1,
    id: `e-${n}`,
    caseId: state?.caseId ?? 'c-1',
    date,
    actor: options.actor ?? defaultActor(type),
    type,
    payload: payloads[type],
  } as CaseEvent;
}

function defaultActor(type: CaseEventType): Actor {
  return type === 'caseReassigned' ? head : owner;
}

/** Deep-freezes a value, so that any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
