import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../case/actor.js';
import { formatIssue } from '../issues/formatIssue.js';
import { type ReferralEventInput, type ReferralsState, emptyReferrals, referralMachine, referralsToFollowUp, stepReferral } from './referral.js';
import type { CaseAccess } from './step.js';
import type { CivilDate } from '../law/civilDate.js';

const anna: Actor = { id: 'sw-anna', name: 'Anna Nowak', role: 'socialWorker' };
const other: Actor = { id: 'sw-ola', name: 'Ola Lis', role: 'socialWorker' };
const piotr: Actor = { id: 'as-piotr', name: 'Piotr Lis', role: 'assistant', assistantKind: 'homeless' };
const psych: Actor = { id: 'ps-1', name: 'Ewa Kot', role: 'psychologist' };
const officer: Actor = { id: 'bo-1', name: 'Jan Kowal', role: 'benefitsOfficer' };
const head: Actor = { id: 'k-1', name: 'Maria Wiśniewska', role: 'head' };
const team = new Set(['sw-anna', 'as-piotr', 'ps-1']);
const access: CaseAccess = { ownerId: 'sw-anna', isOnTeam: (id: string) => team.has(id), isHouseholdMember: (id: string) => id === 'p-jan' || id === 'p-ewa' };

let n = 0;
const ev = (type: string, payload: object, actor: Actor = anna, date = '2025-03-03') =>
  ({ schemaVersion: 2, id: `e-${++n}`, caseId: 'c-1', date, type, actor, payload }) as unknown as ReferralEventInput;

const consent = (over: object = {}) => ev('consentRecorded', { consentId: 'z-1', personId: 'p-jan', institutionKinds: ['addictionClinic', 'alcoholCommission'], form: 'written', purpose: 'Terapia', ...over });
const sent = (over: object = {}, actor: Actor = anna) =>
  ev('referralSent', { referralId: 'sk-1', personId: 'p-jan', consentId: 'z-1', institution: { kind: 'addictionClinic', name: 'Poradnia Leczenia Uzależnień' }, form: 'therapeuticReferral', purpose: 'Terapia odwykowa', followUpOn: '2025-03-17', ...over }, actor);

function run(events: readonly ReferralEventInput[], from: ReferralsState = emptyReferrals): ReferralsState {
  let s = from;
  for (const e of events) {
    const r = stepReferral(s, e, access);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    s = r.value;
  }
  return s;
}

describe('the referral consent rule', () => {
  it('sends a referral only on a recorded consent of the same person that covers the institution', () => {
    const s = run([consent(), sent()]);
    expect(s.referrals).toMatchObject([{ referralId: 'sk-1', status: 'sent', consentId: 'z-1', sentOn: '2025-03-03' }]);
  });

  it.each([
    ['no consent recorded', [], sent(), 'consent_not_recorded'],
    ['consent withdrawn', [consent(), ev('consentWithdrawn', { consentId: 'z-1' })], sent(), 'consent_withdrawn'],
    ['consent of another person', [consent({ personId: 'p-ewa' })], sent(), 'consent_other_person'],
    ['consent not covering the institution', [consent()], sent({ institution: { kind: 'mentalHealthClinic', name: 'PZP' } }), 'consent_does_not_cover'],
  ] as const)('refuses a referral with %s', (_name, before, attempt, code) => {
    const r = stepReferral(run(before), attempt, access);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.map((i) => i.code)).toEqual([code]);
      expect(formatIssue(r.error[0]!, 'pl')).not.toMatch(/[a-z]+[A-Z]|_|z-1|p-jan/);
    }
  });

  it('refuses a consent for a person outside the household, naming no id in Polish', () => {
    const r = stepReferral(emptyReferrals, consent({ personId: 'p-obcy' }), access);
    expect(!r.ok && r.error[0]?.code).toBe('unknown_item');
    if (!r.ok) expect(formatIssue(r.error[0]!, 'pl')).toBe('Zgoda klienta na skierowanie: zdarzenie wskazuje pozycję, której nie ma wśród: członkowie gospodarstwa domowego.');
  });
});

describe('the referral lifecycle', () => {
  const base = () => run([consent(), sent()]);

  it('goes sent → accepted → closed with an outcome, with a follow-up date on the way', () => {
    const s = run([ev('referralAccepted', { referralId: 'sk-1', note: 'Termin 10.03' }, piotr), ev('referralFollowUpSet', { referralId: 'sk-1', followUpOn: '2025-04-01' }), ev('referralCompleted', { referralId: 'sk-1', outcome: 'achieved', note: null }, psych, '2025-06-30')], base());
    expect(s.referrals[0]).toMatchObject({ status: 'closedWithOutcome', outcome: 'achieved', answeredOn: '2025-03-03', followUpOn: '2025-04-01', closedOn: '2025-06-30' });
  });

  it('refuses steps the table does not list: nothing after a rejection, no second acceptance', () => {
    const rejected = run([ev('referralRejected', { referralId: 'sk-1', reason: 'Brak miejsc' })], base());
    const r = stepReferral(rejected, ev('referralAccepted', { referralId: 'sk-1', note: null }), access);
    expect(!r.ok && r.error[0]).toMatchObject({ code: 'step_not_allowed', machine: 'referral', state: 'rejectedByInstitution' });
    if (!r.ok) expect(formatIssue(r.error[0]!, 'pl')).toBe('Skierowanie (obecnie: odrzucone przez instytucję): nie można wykonać kroku „przyjęcie skierowania przez instytucję”. Dozwolone: żaden krok.');
  });

  it('refuses an unknown referral and a reused referral id', () => {
    expect(stepReferral(base(), ev('referralAccepted', { referralId: 'sk-9', note: null }), access)).toMatchObject({ ok: false, error: [{ code: 'unknown_item' }] });
    expect(stepReferral(base(), sent(), access)).toMatchObject({ ok: false, error: [{ code: 'item_exists', collection: 'referrals' }] });
  });

  it('refuses a follow-up date before the event', () => {
    expect(stepReferral(base(), ev('referralFollowUpSet', { referralId: 'sk-1', followUpOn: '2025-03-01' }), access)).toMatchObject({ ok: false, error: [{ code: 'deadline_before_date' }] });
  });

  it('lists referrals due for follow-up while open', () => {
    expect(referralsToFollowUp(base(), '2025-03-16' as CivilDate)).toEqual([]);
    expect(referralsToFollowUp(base(), '2025-03-17' as CivilDate).map((r) => r.referralId)).toEqual(['sk-1']);
  });

  it('never throws on junk', () => {
    for (const junk of [null, 1, 'x', {}, [], { type: 'referralSent' }]) expect(stepReferral(emptyReferrals, junk, access).ok).toBe(false);
  });
});

describe('who may record referral events (role × team)', () => {
  const actors: readonly Actor[] = [anna, other, piotr, psych, officer, head];
  const onTeam = (a: Actor) => team.has(a.id);
  const cases: { type: string; prepare: () => ReferralsState; event: (a: Actor) => ReferralEventInput }[] = [
    { type: 'consentRecorded', prepare: () => emptyReferrals, event: (a) => ev('consentRecorded', { consentId: 'z-1', personId: 'p-jan', institutionKinds: ['addictionClinic'], form: 'oral', purpose: 'x' }, a) },
    { type: 'referralSent', prepare: () => run([consent()]), event: (a) => sent({}, a) },
    { type: 'referralAccepted', prepare: () => run([consent(), sent()]), event: (a) => ev('referralAccepted', { referralId: 'sk-1', note: null }, a) },
    { type: 'referralRejected', prepare: () => run([consent(), sent()]), event: (a) => ev('referralRejected', { referralId: 'sk-1', reason: 'x' }, a) },
    { type: 'referralFollowUpSet', prepare: () => run([consent(), sent()]), event: (a) => ev('referralFollowUpSet', { referralId: 'sk-1', followUpOn: '2025-05-01' }, a) },
    { type: 'referralCompleted', prepare: () => run([consent(), sent()]), event: (a) => ev('referralCompleted', { referralId: 'sk-1', outcome: 'notAchieved', note: null }, a) },
  ];
  for (const c of cases) {
    for (const a of actors) {
      const perm = c.type === 'consentRecorded' ? { roles: ['socialWorker', 'head'] as Role[] } : referralMachine.permissions[c.type as 'referralSent'];
      const expected = perm.roles.includes(a.role) && (a.role === 'head' || onTeam(a));
      it(`${c.type} by ${a.role} ${onTeam(a) ? 'on' : 'off'} the team: ${expected ? 'allowed' : 'refused'}`, () => {
        const r = stepReferral(c.prepare(), c.event(a), access);
        expect(r.ok).toBe(expected);
        if (!r.ok) expect(['role_not_permitted', 'scope_not_met']).toContain(r.error[0]?.code);
      });
    }
  }
});
