import type { CivilDate } from '../../src/law/civilDate.js';
import { civilDateOf, dayNumberOf } from '../../src/law/dayNumber.js';
import type { CaseView, ContractView } from '../../src/monitoring/caseView.js';
import type { ClosureOutcome } from '../../src/case/closureOutcome.js';
import { mulberry32 } from './random.js';

const d = (s: string) => s as CivilDate;
const dayNo = (s: string) => dayNumberOf(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
export const plus = (s: string, n: number): CivilDate => civilDateOf(dayNo(s) + n);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A case with every list empty, for tests that set only what they look at. */
export function emptyCase(caseId: string, over: Partial<Mutable<CaseView>> = {}): CaseView {
  return {
    caseId, stage: 'monitoring', openedOn: d('2025-01-06'), owner: { id: 'sw-anna', role: 'socialWorker' },
    household: { members: [{ person: { id: `${caseId}-p1`, sex: 'male' } }] }, interview: null, mainGoal: null, specificGoals: [],
    actions: [], contracts: [], procedures: [], team: [], meetings: [], closure: null, ...over,
  };
}

/** A contract in force from `from` to `to`, reviewed every `every` days. */
export function contract(contractId: string, kind: string, from: string, to: string, over: Partial<Mutable<ContractView>> = {}): ContractView {
  return {
    contractId, kind, status: 'inForce', parties: { clientIds: ['p'], worker: { id: 'sw-anna' } }, concludedOn: d(from), inForceFrom: d(from),
    content: { period: { from: d(from), to: d(to) }, evaluation: { everyDays: 14 } }, versions: [], reviews: [], ending: null, ...over,
  };
}

/** A homeless person's assistant on a case from a date. */
export function assistant(id: string, from: string, assignmentId = `t-${id}-${from}`, kind: 'homeless' | 'family' = 'homeless'): CaseView['team'][number] {
  return { assignmentId, member: { id, role: 'assistant', assistantKind: kind }, from: d(from), to: null };
}

export function meeting(date: string, staffId: string, attendance = 'attended'): CaseView['meetings'][number] {
  return { date: d(date), attendance, staffIds: [staffId], author: { id: staffId } };
}

/** The shared seeded generator, so generated centres are the same every run. */
const random = mulberry32;

const outcomes: readonly ClosureOutcome[] = ['openMarketJob', 'sociallyUsefulWork', 'paysShelterAlone', 'roomCoFinancedByCentre', 'addictionTherapyCompleted', 'socialHousingWaitingList'];

/**
 * A centre of `cases` cases opened over 2025, each with about `events` facts (meetings, actions, reviews):
 * social workers own 25 cases each, homeless persons' assistants are on 5 cases each.
 */
export function generateCentre(options: { seed: number; cases: number; events?: number }): CaseView[] {
  const rnd = random(options.seed);
  const events = options.events ?? 40;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: CaseView[] = [];
  for (let i = 0; i < options.cases; i++) {
    const caseId = `c-${i}`;
    const opened = plus('2025-01-02', Math.floor(rnd() * 200));
    const worker = `sw-${Math.floor(i / 25)}`;
    const helper = `as-${Math.floor(i / 5)}`;
    const person = `p-${i}`;
    const start = plus(opened, 14);
    const meetings = Array.from({ length: Math.floor(events * 0.6) }, (_, k) => meeting(plus(start, k * 3 + Math.floor(rnd() * 3)), helper, rnd() < 0.85 ? 'attended' : 'clientAbsent'));
    const actions = Array.from({ length: Math.floor(events * 0.3) }, (_, k) => ({
      id: `${caseId}-a${k}`, deadline: plus(start, 10 + k * 7), status: pick(['planned', 'inProgress', 'done', 'done', 'missed']),
      responsible: pick([{ kind: 'client' }, { kind: 'socialWorker' }, { kind: 'assistant', assistantKind: 'homeless' as const }]),
    }));
    const kind = rnd() < 0.5 ? 'homelessnessExitProgramme' : 'socialContract';
    const k = contract(`${caseId}-k`, kind, start, plus(start, 365), {
      parties: { clientIds: [person], worker: { id: worker } },
      reviews: Array.from({ length: Math.floor(events * 0.1) }, (_, r) => ({ date: plus(start, 14 * (r + 1)) })),
    });
    const closed = rnd() < 0.2;
    out.push({
      caseId, stage: closed ? 'closed' : 'monitoring', openedOn: opened, owner: { id: worker, role: 'socialWorker' },
      household: { members: [{ person: { id: person, sex: rnd() < 0.8 ? 'male' : 'female' } }] },
      interview: { date: plus(opened, 3) }, mainGoal: { id: `${caseId}-g0` }, specificGoals: [{ id: `${caseId}-g1` }, { id: `${caseId}-g2` }],
      actions, contracts: [k],
      procedures: rnd() < 0.1 ? [{ procedureId: `${caseId}-b`, stage: 'explanationRequested', hearing: { status: 'asked', deadline: plus(start, 40) } }] : [],
      team: [assistant(helper, start)], meetings,
      closure: closed ? { date: plus(start, 300), reason: 'goalsAchieved', achievedGoalIds: [`${caseId}-g0`, `${caseId}-g1`] } : null,
      monitoringData: {
        homelessSince: plus(opened, -Math.floor(rnd() * 2000)), permanentHelp: rnd() < 0.4,
        applications: rnd() < 0.3 ? [{ id: `${caseId}-w`, initiatedOn: plus(opened, 20), complicated: rnd() < 0.2, decidedOn: null }] : [],
        outcomes: closed ? [{ outcome: pick(outcomes), date: plus(start, 300) }] : [],
      },
    });
  }
  return out;
}
