import { describe, expect, it } from 'vitest';
import type { Actor } from '../case/actor.js';
import { formatIssue } from '../issues/formatIssue.js';
import { type GroupEventInput, type GroupState, groupWorkForCase, replayGroup, stepGroup } from './group.js';

const anna: Actor = { id: 'sw-anna', name: 'Anna Nowak', role: 'socialWorker' };
const officer: Actor = { id: 'bo-1', name: 'Jan Kowal', role: 'benefitsOfficer' };
const other: Actor = { id: 'sw-ola', name: 'Ola Lis', role: 'socialWorker' };
const facilitator: Actor = { id: 'ps-ngo', name: 'Tomasz Wójcik', role: 'psychologist' };
const assistant: Actor = { id: 'as-1', name: 'Piotr Lis', role: 'assistant', assistantKind: 'family' };
const head: Actor = { id: 'k-1', name: 'Maria Wiśniewska', role: 'head' };

let n = 0;
const ev = (type: string, payload: object, actor: Actor = anna, date = '2012-09-03') =>
  ({ schemaVersion: 2, id: `g-${++n}`, groupId: 'kis-1', date, type, actor, payload }) as unknown as GroupEventInput;
const formed = () =>
  ev('groupFormed', {
    name: 'KIS „Razem możemy więcej”', kind: 'socialIntegrationClubCohort', facilitator: { id: 'ps-ngo', name: 'Tomasz Wójcik', organisation: 'Stowarzyszenie Wsparcie Społeczne JA-TY-MY' },
    capacity: 20, criteria: [{ id: 'k-1', description: 'Mieszkaniec Brzezin' }, { id: 'k-2', description: 'Osoba długotrwale bezrobotna' }],
    startsOn: '2012-10-01', endsOn: '2013-11-30',
  }, anna, '2012-06-01');
const recruit = (i: number, list: 'participant' | 'reserve', criteriaMet = ['k-1', 'k-2'], actor: Actor = i % 2 === 0 ? anna : officer) =>
  ev('candidateRecruited', { personId: `p-${i}`, caseId: `c-${i}`, list, criteriaMet }, actor, '2012-09-03');

function run(events: readonly GroupEventInput[]): GroupState {
  let g: GroupState | null = null;
  for (const e of events) {
    const r = stepGroup(g, e);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    g = r.value;
  }
  return g as GroupState;
}
const full = () => [formed(), ...Array.from({ length: 20 }, (_, i) => recruit(i + 1, 'participant')), recruit(21, 'reserve'), recruit(22, 'reserve')];

describe('a KIS group of 20 with a reserve list (Brzeziny)', () => {
  it('recruits 20 participants, then only onto the reserve list', () => {
    const g = run(full());
    expect(g.members.filter((m) => m.list === 'participant')).toHaveLength(20);
    expect(g.members.filter((m) => m.list === 'reserve').map((m) => m.personId)).toEqual(['p-21', 'p-22']);
    const r = stepGroup(g, recruit(23, 'participant'));
    expect(!r.ok && r.error[0]).toMatchObject({ code: 'group_full', capacity: 20 });
    if (!r.ok) expect(formatIssue(r.error[0]!, 'pl')).toBe('Lista uczestników jest pełna (20 miejsc): kandydata można wpisać na listę rezerwową.');
  });

  it('refuses a candidate who does not meet the criteria, saying how many in correct Polish', () => {
    const g = run([formed()]);
    const one = stepGroup(g, recruit(1, 'participant', ['k-1']));
    expect(!one.ok && formatIssue(one.error[0]!, 'pl')).toBe('Kandydat nie spełnia 1 kryterium rekrutacji określonych w regulaminie.');
    const two = stepGroup(g, recruit(1, 'participant', []));
    expect(!two.ok && formatIssue(two.error[0]!, 'pl')).toBe('Kandydat nie spełnia 2 kryteriów rekrutacji określonych w regulaminie.');
    expect(stepGroup(g, recruit(1, 'participant', ['k-9']))).toMatchObject({ ok: false, error: [{ code: 'unknown_item', collection: 'recruitmentCriteria' }] });
  });

  it('promotes from the reserve list in order, only when a place is free', () => {
    const g = run(full());
    expect(stepGroup(g, ev('reservePromoted', { personId: 'p-21' }))).toMatchObject({ ok: false, error: [{ code: 'group_full' }] });
    const freed = run([...full(), ev('participantWithdrew', { personId: 'p-5', reason: 'Podjęcie pracy' }, anna, '2012-10-15')]);
    expect(stepGroup(freed, ev('reservePromoted', { personId: 'p-22' }, anna, '2012-10-16'))).toMatchObject({ ok: false, error: [{ code: 'reserve_not_first' }] });
    const r = stepGroup(freed, ev('reservePromoted', { personId: 'p-21' }, anna, '2012-10-16'));
    expect(r.ok && r.value.members.find((m) => m.personId === 'p-21')).toMatchObject({ list: 'participant', admittedOn: '2012-10-16' });
  });

  it('records sessions only when running, by the group’s staff, for its participants', () => {
    const g = run(full());
    const session = (actor: Actor, attendance: object[] = [{ personId: 'p-1', present: true, excused: false }]) =>
      ev('sessionHeld', { sessionId: 's-1', topic: 'Trening pracy', form: 'employmentHelp', attendance }, actor, '2012-10-02');
    expect(stepGroup(g, session(facilitator))).toMatchObject({ ok: false, error: [{ code: 'step_not_allowed', state: 'recruiting' }] });
    const running = run([...full(), ev('groupStarted', {}, anna, '2012-10-01')]);
    expect(stepGroup(running, session(facilitator)).ok).toBe(true);
    expect(stepGroup(running, session(head)).ok).toBe(true);
    expect(stepGroup(running, session(other))).toMatchObject({ ok: false, error: [{ code: 'not_group_staff' }] });
    expect(stepGroup(running, session(assistant))).toMatchObject({ ok: false, error: [{ code: 'not_group_staff' }] });
    expect(stepGroup(running, session(officer))).toMatchObject({ ok: false, error: [{ code: 'role_not_permitted' }] });
    expect(stepGroup(running, session(facilitator, [{ personId: 'p-21', present: true, excused: false }]))).toMatchObject({ ok: false, error: [{ code: 'unknown_item', collection: 'groupParticipants' }] });
    expect(stepGroup(run([formed()]), ev('groupStarted', {}, other, '2012-10-01'))).toMatchObject({ ok: false, error: [{ code: 'not_group_staff' }] });
  });

  it('feeds each participant’s case: sessions while a participant, attendance, admission from the reserve list', () => {
    const g = run([
      ...full(),
      ev('groupStarted', {}, anna, '2012-10-01'),
      ev('sessionHeld', { sessionId: 's-1', topic: 'Autoprezentacja', form: null, attendance: [{ personId: 'p-5', present: true, excused: false }, { personId: 'p-1', present: false, excused: true }] }, facilitator, '2012-10-02'),
      ev('participantWithdrew', { personId: 'p-5', reason: null }, anna, '2012-10-15'),
      ev('reservePromoted', { personId: 'p-21' }, anna, '2012-10-16'),
      ev('sessionHeld', { sessionId: 's-2', topic: 'Trening pracy', form: 'employmentHelp', attendance: [{ personId: 'p-21', present: true, excused: false }] }, facilitator, '2012-10-23'),
    ]);
    expect(groupWorkForCase(g, 'c-5')).toEqual({
      entries: [
        { kind: 'recruited', groupId: 'kis-1', date: '2012-09-03', list: 'participant' },
        { kind: 'session', groupId: 'kis-1', date: '2012-10-02', sessionId: 's-1', topic: 'Autoprezentacja', form: null, present: true, excused: false },
        { kind: 'withdrew', groupId: 'kis-1', date: '2012-10-15' },
      ],
      summary: { sessions: 1, attended: 1, excused: 0 },
    });
    expect(groupWorkForCase(g, 'c-21').entries.map((e) => e.kind)).toEqual(['recruited', 'admitted', 'session']);
    expect(groupWorkForCase(g, 'c-1').summary).toEqual({ sessions: 2, attended: 0, excused: 1 });
    expect(groupWorkForCase(g, 'c-99').entries).toEqual([]);
  });
});

describe('a group’s stream', () => {
  it('replays to the same state as step by step, redelivery is a no-op that says so, a reused id is refused', () => {
    const events = [...full(), ev('groupStarted', {}, anna, '2012-10-01')];
    const replayed = replayGroup(events);
    expect(replayed.ok && replayed.value).toEqual(run(events));
    const again = stepGroup(run(events), events[3]);
    expect(again.ok && again.notices).toEqual([{ code: 'already_recorded', eventId: (events[3] as { id: string }).id, index: 0 }]);
    const reused = { ...(events[3] as object), payload: { personId: 'p-x', caseId: 'c-x', list: 'reserve', criteriaMet: ['k-1', 'k-2'] } };
    expect(stepGroup(run(events), reused)).toMatchObject({ ok: false, error: [{ code: 'event_id_reused' }] });
    const twice = replayGroup([...events, events[2]]);
    expect(twice.ok && twice.notices).toHaveLength(1);
  });

  it('refuses dates going back, another group’s event, a second formation, and junk', () => {
    const g = run([formed(), recruit(1, 'participant')]);
    expect(stepGroup(g, ev('groupStarted', {}, anna, '2012-01-01'))).toMatchObject({ ok: false, error: [{ code: 'date_before_last_event' }] });
    expect(stepGroup(g, { ...(ev('groupStarted', {}, anna, '2012-10-01') as object), groupId: 'kis-2' })).toMatchObject({ ok: false, error: [{ code: 'group_mismatch' }] });
    expect(stepGroup(g, formed())).toMatchObject({ ok: false, error: [{ code: 'item_exists' }] });
    expect(stepGroup(null, recruit(1, 'participant'))).toMatchObject({ ok: false, error: [{ code: 'step_not_allowed', state: 'notFormed' }] });
    expect(replayGroup('x')).toMatchObject({ ok: false, error: { issues: [{ code: 'stream_not_a_list' }] } });
    for (const junk of [null, 3, {}, { type: 'groupFormed' }]) expect(stepGroup(null, junk).ok).toBe(false);
  });
});
