/**
 * The MOPS Sopot homelessness team's year 2009, as case states: 7 IPWzB with 6 persons
 * (5 men, 1 woman), 10 social contracts with 5 persons, and the outcomes the team reported. Persons are
 * invented; the figures are the source's.
 */
import type { CaseView, CivilDate, ClosureOutcome, ContractView } from '../../src/index.js';

const d = (s: string) => s as CivilDate;
const worker = { id: 'sw-bezdomni' };

function plan(id: string, kind: string, person: string, from: string, to: string, ending: 'completed' | 'terminated'): ContractView {
  return {
    contractId: id, kind, status: ending, parties: { clientIds: [person], worker }, concludedOn: d(from), inForceFrom: d(from),
    content: { period: { from: d(from), to: d(to) }, evaluation: { everyDays: 14 } }, versions: [], reviews: [], ending: { date: d(to), status: ending },
  };
}

interface Spec {
  readonly n: number;
  readonly sex: 'male' | 'female';
  readonly persons?: number;
  readonly programmes?: number;
  readonly contracts?: number;
  readonly outcomes: readonly ClosureOutcome[];
}

const specs: readonly Spec[] = [
  { n: 1, sex: 'male', programmes: 2, contracts: 2, outcomes: ['openMarketJob', 'leftShelterPermanently', 'addictionTherapyCompleted'] },
  { n: 2, sex: 'male', programmes: 1, contracts: 2, outcomes: ['openMarketJob', 'leftShelterPermanently'] },
  { n: 3, sex: 'male', programmes: 1, contracts: 2, outcomes: ['openMarketJob', 'leftShelterPermanently'] },
  { n: 4, sex: 'male', programmes: 1, contracts: 2, outcomes: ['roomCoFinancedByCentre', 'leftShelterPermanently', 'addictionTherapyCompleted'] },
  { n: 5, sex: 'male', programmes: 1, contracts: 2, outcomes: ['roomCoFinancedByCentre', 'leftShelterPermanently'] },
  { n: 6, sex: 'female', programmes: 1, outcomes: ['supportedHousingTraining'] },
  { n: 7, sex: 'male', outcomes: ['openMarketJob', 'leftShelterPermanently', 'addictionTherapyCompleted'] },
  { n: 8, sex: 'male', outcomes: ['openMarketJob', 'leftShelterPermanently'] },
  { n: 9, sex: 'male', outcomes: ['openMarketJob', 'leftShelterPermanently'] },
  { n: 10, sex: 'female', outcomes: ['openMarketJob', 'leftShelterPermanently'] },
  { n: 11, sex: 'male', outcomes: ['roomCoFinancedByCentre', 'leftShelterPermanently'] },
  { n: 12, sex: 'male', outcomes: ['roomCoFinancedByCentre', 'leftShelterPermanently'] },
  { n: 13, sex: 'male', outcomes: ['addictionTherapyCompleted'] },
  { n: 14, sex: 'male', outcomes: ['sociallyUsefulWork'] },
  { n: 15, sex: 'male', outcomes: ['paysShelterAlone'] },
  { n: 16, sex: 'male', outcomes: ['socialHousingWaitingList'] },
  { n: 17, sex: 'female', outcomes: ['socialHousingWaitingList'] },
  { n: 18, sex: 'female', persons: 5, outcomes: ['socialHousingReceived'] },
];

/** The team's cases, each closed in 2009 with its outcomes. */
export function sopot2009Centre(): CaseView[] {
  return specs.map((s) => {
    const caseId = `sopot-2009-${s.n}`;
    const person = `osoba-${s.n}`;
    const members = Array.from({ length: s.persons ?? 1 }, (_, i) => ({ person: { id: i === 0 ? person : `${person}-${i}`, sex: i === 0 ? s.sex : undefined } }));
    const contracts: ContractView[] = [];
    for (let i = 0; i < (s.programmes ?? 0); i++) contracts.push(plan(`${caseId}-ipwzb-${i}`, 'homelessnessExitProgramme', person, i === 0 ? '2009-01-12' : '2009-07-01', i === 0 ? '2009-06-30' : '2009-11-30', 'completed'));
    for (let i = 0; i < (s.contracts ?? 0); i++) contracts.push(plan(`${caseId}-ks-${i}`, 'socialContract', person, i === 0 ? '2009-02-02' : '2009-08-03', i === 0 ? '2009-07-31' : '2009-12-15', s.n === 3 && i === 1 ? 'terminated' : 'completed'));
    return {
      caseId, stage: 'closed', openedOn: d('2009-01-05'), owner: { id: worker.id, role: 'socialWorker' }, household: { members },
      interview: { date: d('2009-01-07') }, mainGoal: { id: `${caseId}-g0` }, specificGoals: [{ id: `${caseId}-g1` }, { id: `${caseId}-g2` }],
      actions: [], contracts, procedures: [], team: [], meetings: [],
      closure: { date: d('2009-12-18'), reason: 'goalsAchieved', achievedGoalIds: [`${caseId}-g0`, `${caseId}-g1`] },
      monitoringData: { homelessSince: d('2006-03-01'), outcomes: s.outcomes.map((outcome) => ({ outcome, date: d('2009-12-18') })) },
    };
  });
}
