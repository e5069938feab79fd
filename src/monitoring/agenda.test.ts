import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assistant, contract, emptyCase, generateCentre, meeting } from '../../test/support/monitoringCases.js';
import type { CivilDate } from '../law/civilDate.js';
import { agenda } from './agenda.js';
import type { CaseView } from './caseView.js';
import { agendaMarkdown } from './render.js';

const d = (s: string) => s as CivilDate;
const staff = new Map([['as-piotr', 'Piotr Lis'], ['sw-anna', 'Anna Nowak'], ['bo-ola', 'Ola Wrona']]);
const names = { caseName: () => 'Marek W.', staffName: (id: string) => staff.get(id) ?? '' };

/** One case with one item of every kind, each due at a known date. */
function everyKind(): CaseView {
  return emptyCase('c-1', {
    interview: { date: d('2025-01-10') },
    team: [assistant('as-piotr', '2025-02-03'), { assignmentId: 't-bo', member: { id: 'bo-ola', role: 'benefitsOfficer' }, from: d('2025-01-06'), to: null }],
    meetings: [meeting('2025-07-03', 'as-piotr')], // next due 2025-07-10
    actions: [
      { id: 'a-client', deadline: d('2025-07-12'), status: 'planned', responsible: { kind: 'client' } },
      { id: 'a-assistant', deadline: d('2025-07-11'), status: 'inProgress', responsible: { kind: 'assistant', assistantKind: 'homeless' } },
      { id: 'a-done', deadline: d('2025-07-01'), status: 'done', responsible: { kind: 'client' } },
    ],
    contracts: [contract('k-1', 'homelessnessExitProgramme', '2025-02-03', '2026-01-31', { reviews: [{ date: d('2025-06-30') }] })], // next 2025-07-14
    procedures: [{ procedureId: 'b-1', stage: 'explanationRequested', hearing: { status: 'asked', deadline: d('2025-07-14') } }],
    monitoringData: { permanentHelp: true, applications: [{ id: 'w-1', initiatedOn: d('2025-06-14'), complicated: false, decidedOn: null }] }, // decision by 2025-07-14
  });
}

describe('agenda', () => {
  it('lists every kind of item with its due date, lateness and basis, most overdue first', () => {
    const a = agenda([everyKind()], '2025-07-15');
    expect(a.items.map((i) => [i.kind, i.subjectId, i.dueOn, i.daysLate])).toEqual([
      ['interviewUpdate', null, '2025-07-10', 5],
      ['meeting', 't-as-piotr-2025-02-03', '2025-07-10', 5],
      ['actionDeadline', 'a-assistant', '2025-07-11', 4],
      ['actionDeadline', 'a-client', '2025-07-12', 3],
      ['hearingAnswer', 'b-1', '2025-07-14', 1],
      ['decision', 'w-1', '2025-07-14', 1],
      ['contractReview', 'k-1', '2025-07-14', 1],
    ]);
    expect(a.items.find((i) => i.kind === 'decision')?.basis).toEqual({ kind: 'law', confidence: 'V', basis: [{ act: 'kpa', article: '35', section: '3' }, { act: 'kpa', article: '57', section: '3' }, { act: 'kpa', article: '57', section: '4' }] });
    expect(a.items.find((i) => i.kind === 'interviewUpdate')).toMatchObject({ trigger: 'periodic', basis: { kind: 'law', basis: [{ act: 'ups', article: '107', paragraph: '4' }] } });
  });

  it('shows a worker, an assistant and the head each their own items', () => {
    const kinds = (actor?: { id: string; role: string }) => agenda([everyKind()], '2025-07-15', actor ? { actor } : {}).items.map((i) => i.subjectId ?? i.kind);
    expect(kinds({ id: 'as-piotr', role: 'assistant' })).toEqual(['t-as-piotr-2025-02-03', 'a-assistant']);
    expect(kinds({ id: 'sw-anna', role: 'socialWorker' })).toEqual(['interviewUpdate', 'a-client', 'b-1', 'w-1', 'k-1']);
    expect(kinds({ id: 'bo-ola', role: 'benefitsOfficer' })).toEqual(['w-1']);
    expect(kinds({ id: 'kier', role: 'head' })).toHaveLength(7);
  });

  it('looks ahead only as far as the horizon, and a hearing only once its time has passed', () => {
    expect(agenda([everyKind()], '2025-07-14', { horizonDays: 0 }).items.map((i) => i.kind)).not.toContain('hearingAnswer');
    expect(agenda([everyKind()], '2025-07-03', { horizonDays: 7 }).items.map((i) => [i.kind, i.daysLate])).toEqual([
      ['interviewUpdate', -7],
      ['meeting', -7],
    ]);
  });

  it('leaves closed cases out, counts what is not a case, and gives an empty agenda for an unreal date', () => {
    const closed = { ...everyKind(), closure: { date: d('2025-07-01'), reason: 'goalsAchieved', achievedGoalIds: [] } };
    expect(agenda([closed], '2025-07-15').items).toEqual([]);
    expect(agenda([null, 7, {}, everyKind()] as never, '2025-07-15').skipped).toBe(3);
    expect(agenda([everyKind()], '2025-02-30').items).toEqual([]);
    fc.assert(fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => { agenda(a as never, b as never, c as never); }));
  });

  it('renders as a Polish table with no ids or codes', () => {
    const text = agendaMarkdown(agenda([everyKind()], '2025-07-15', { actor: { id: 'as-piotr', role: 'assistant' } }), 'pl', names);
    expect(text).toBe([
      '| termin | sprawa | co | kto | stan | podstawa |',
      '|---|---|---|---|---|---|',
      '| 10 lipca 2025 r. | Marek W. | spotkanie z klientem | Piotr Lis | po terminie o 5 dni | MOPS Sopot, „Asystent osoby bezdomnej”, Lębork 4 marca 2010 r. |',
      '| 11 lipca 2025 r. | Marek W. | termin działania | Piotr Lis | po terminie o 4 dni | termin zapisany w planie |',
    ].join('\n'));
    expect(agendaMarkdown(agenda([], '2025-07-15'), 'pl', names)).toBe('Na 15 lipca 2025 r. nic nie jest do zrobienia.');
  });

  it('says who acts on each item: the owner, the assistant an action is given to, the owner and the benefits officer for a decision', () => {
    expect(agendaMarkdown(agenda([everyKind()], '2025-07-15'), 'en', names)).toBe([
      '| due | case | what | who acts | status | basis |',
      '|---|---|---|---|---|---|',
      '| 10 July 2025 | Marek W. | interview update (at least every 6 months) | Anna Nowak | 5 days late | art. 107 ust. 4 u.p.s. |',
      '| 10 July 2025 | Marek W. | meeting with the client | Piotr Lis | 5 days late | MOPS Sopot, „Asystent osoby bezdomnej”, Lębork 4 marca 2010 r. |',
      '| 11 July 2025 | Marek W. | action deadline | Piotr Lis | 4 days late | deadline set in the plan |',
      '| 12 July 2025 | Marek W. | action deadline | Anna Nowak | 3 days late | deadline set in the plan |',
      '| 14 July 2025 | Marek W. | time to answer passed (art. 11) | Anna Nowak | 1 day late | time given to answer |',
      '| 14 July 2025 | Marek W. | decision due | Anna Nowak, Ola Wrona | 1 day late | art. 35 § 3 k.p.a.; art. 57 § 3 k.p.a.; art. 57 § 4 k.p.a. |',
      '| 14 July 2025 | Marek W. | contract review | Anna Nowak | 1 day late | review cadence set in the contract |',
    ].join('\n'));
  });

  it('never shows an id for a person it cannot name: the cell says nobody is named', () => {
    const unnamed = { caseName: () => 'Marek W.', staffName: () => '' };
    const rows = agendaMarkdown(agenda([everyKind()], '2025-07-15', { actor: { id: 'as-piotr', role: 'assistant' } }), 'pl', unnamed).split('\n').slice(2);
    expect(rows.every((r) => r.split(' | ')[3] === 'nie wskazano')).toBe(true);
    expect(rows.join('\n')).not.toContain('as-piotr');
  });

  describe('on generated centres', () => {
    const centre = generateCentre({ seed: 7, cases: 300, events: 60 });
    const asOf = '2025-09-15';
    const all = agenda(centre, asOf);

    it('is ordered by due date, never lists a closed case, and does not change the states', () => {
      const frozen = JSON.stringify(centre);
      const again = agenda(centre, asOf);
      expect(JSON.stringify(centre)).toBe(frozen);
      expect(again).toEqual(all);
      for (let i = 1; i < all.items.length; i++) expect((all.items[i - 1] as { dueOn: string }).dueOn <= (all.items[i] as { dueOn: string }).dueOn).toBe(true);
      const closed = new Set(centre.filter((c) => c.closure !== null && c.closure.date <= asOf).map((c) => c.caseId));
      expect(all.items.some((i) => closed.has(i.caseId))).toBe(false);
      expect(all.items.length).toBeGreaterThan(300);
    });

    it('an actor’s agenda is exactly the items they are responsible for', () => {
      for (const id of ['sw-0', 'sw-3', 'as-0', 'as-17']) {
        const mine = agenda(centre, asOf, { actor: { id, role: id.startsWith('sw') ? 'socialWorker' : 'assistant' } });
        expect(mine.items).toEqual(all.items.filter((i) => i.responsibleIds.includes(id)));
        expect(mine.items.length).toBeGreaterThan(0);
      }
    });
  });
});
