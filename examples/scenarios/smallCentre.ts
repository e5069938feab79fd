/**
 * A small centre's cases as monitoring reads them (case states, not event logs): the homeless man of
 * scenario 1 (replayed from his stream) with his assistant, an unemployed woman with a social contract, and a family with a family
 * assistant. Persons are invented.
 */
import { type CaseView, type CivilDate, type ContractView, replay } from '../../src/index.js';
import { homelessManSopot } from './homelessManSopot.js';

const d = (s: string) => s as CivilDate;
const anna = { id: 'sw-anna', role: 'socialWorker' } as const;
const ewa = { id: 'as-ewa', role: 'assistant', assistantKind: 'family' } as const;

function plan(contractId: string, kind: string, clientIds: string[], from: string, to: string, over: Partial<ContractView> = {}): ContractView {
  return {
    contractId, kind, status: 'inForce', parties: { clientIds, worker: { id: anna.id } }, concludedOn: d(from), inForceFrom: d(from),
    content: { period: { from: d(from), to: d(to) }, evaluation: { everyDays: 14 } }, versions: [], reviews: [], ending: null, ...over,
  };
}
const met = (date: string, who: string) => ({ date: d(date), attendance: 'attended', staffIds: [who], author: { id: who } });

/**
 * The homeless man of scenario 1: his one-stream case state, replayed once from the Sopot stream, with
 * what the stream does not record yet beside it (since when he has been homeless, his outcomes).
 */
function marekState(): CaseView {
  const r = replay(homelessManSopot());
  if (!r.ok) throw new Error('the Sopot stream must replay');
  return {
    ...r.value,
    monitoringData: {
      homelessSince: d('2022-01-15'), permanentHelp: false,
      outcomes: [
        { outcome: 'addictionTherapyCompleted', date: d('2025-07-30') },
        { outcome: 'openMarketJob', date: d('2025-05-26') },
        { outcome: 'roomCoFinancedByCentre', date: d('2025-11-28') },
        { outcome: 'leftShelterPermanently', date: d('2025-11-28') },
      ],
    },
  };
}

/** The homeless man's case state as it stood on a date (replayed from the stream up to that day). */
export function marekOn(asOf: string): CaseView {
  const r = replay(homelessManSopot().filter((e) => e.date <= asOf));
  if (!r.ok) throw new Error('the Sopot stream must replay');
  return { ...r.value, monitoringData: { homelessSince: d('2022-01-15') } };
}

export const marek: CaseView = marekState();

/** An unemployed woman with a social contract, on permanent help, with a pending application. */
export const joanna: CaseView = {
  caseId: 'sprawa-joanna', stage: 'monitoring', openedOn: d('2025-01-20'), owner: anna,
  household: { members: [{ person: { id: 'p-joanna', sex: 'female' } }] },
  interview: { date: d('2025-01-22') }, mainGoal: { id: 'g-j' }, specificGoals: [{ id: 'g-j1' }],
  actions: [{ id: 'a-cv', deadline: d('2025-03-10'), status: 'planned', responsible: { kind: 'client' } }],
  contracts: [plan('ks-joanna', 'socialContract', ['p-joanna'], '2025-02-10', '2025-08-31', { ending: { date: d('2025-06-30'), status: 'terminated' } })],
  procedures: [{ procedureId: 'art11-joanna', stage: 'explanationRequested', hearing: { status: 'asked', deadline: d('2025-03-07') } }],
  team: [], meetings: [], closure: null,
  monitoringData: { permanentHelp: true, applications: [{ id: 'wniosek-1', initiatedOn: d('2025-02-12'), complicated: false, decidedOn: null }], outcomes: [{ outcome: 'sociallyUsefulWork', date: d('2025-09-01') }] },
};

/** A family of five with a family assistant whose meetings are agreed with the family. */
export const family: CaseView = {
  caseId: 'sprawa-rodzina', stage: 'monitoring', openedOn: d('2025-01-13'), owner: anna,
  household: { members: ['f-1', 'f-2', 'f-3', 'f-4', 'f-5'].map((id, i) => ({ person: { id, sex: i === 0 ? 'female' : i === 1 ? 'male' : undefined } })) },
  interview: { date: d('2025-01-15') }, mainGoal: { id: 'g-f' }, specificGoals: [],
  actions: [], contracts: [plan('plan-rodzina', 'familyWorkPlan', ['f-1', 'f-2'], '2025-02-03', '2026-02-02')],
  procedures: [], team: [{ assignmentId: 'z-ewa', member: ewa, from: d('2025-02-03'), to: null }],
  meetings: [met('2025-02-04', ewa.id), met('2025-02-18', ewa.id)], closure: null,
  monitoringData: { agreedRhythms: [{ assignmentId: 'z-ewa', rhythm: { min: 1, max: 2, perDays: 14 }, agreedOn: d('2025-02-03') }] },
};

export const smallCentre: readonly CaseView[] = [marek, joanna, family];

/** How the centre's own screens name cases and staff (Polish text never shows an id). */
export const names = {
  caseName: (id: string) => ({ 'sopot-2025-001': 'Marek W.', 'sprawa-joanna': 'Joanna K.', 'sprawa-rodzina': 'rodzina N.' })[id] ?? 'inna sprawa',
  staffName: (id: string) => ({ 'sw-anna': 'Anna Nowak', 'as-piotr': 'Piotr Lis', 'as-ewa': 'Ewa Mazur' })[id] ?? 'pracownik ośrodka',
};
