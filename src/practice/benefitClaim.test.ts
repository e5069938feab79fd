import { describe, expect, it } from 'vitest';
import type { Actor } from '../case/actor.js';
import type { CivilDate } from '../law/civilDate.js';
import { formatIssue } from '../issues/formatIssue.js';
import { type BenefitAccess, type BenefitClaim, type BenefitEventInput, lastDayAfterEmployment, stepBenefit } from './benefitClaim.js';
import { benefitSituationOn } from './benefitSituation.js';

const officer: Actor = { id: 'bo-1', name: 'Jan Kowal', role: 'benefitsOfficer' };
const officer2: Actor = { id: 'bo-2', name: 'Ewa Mała', role: 'benefitsOfficer' };
const anna: Actor = { id: 'sw-anna', name: 'Anna Nowak', role: 'socialWorker' };
const piotr: Actor = { id: 'as-piotr', name: 'Piotr Lis', role: 'assistant', assistantKind: 'family' };
const head: Actor = { id: 'k-1', name: 'Maria Wiśniewska', role: 'head' };
let contractInForce = true;
const access: BenefitAccess = {
  ownerId: 'sw-anna', isOnTeam: (id) => id === 'sw-anna', isHouseholdMember: (id) => id === 'p-ewa',
  contractInForceOn: () => contractInForce, isAuthorisedToDecide: (id) => id === 'bo-1',
};
let n = 0;
const ev = (type: string, payload: object, actor: Actor = officer, date = '2025-03-03') =>
  ({ schemaVersion: 2, id: `e-${++n}`, caseId: 'c-1', date, type, actor, payload }) as unknown as BenefitEventInput;
const applied = (benefit = 'periodicAllowance', actor: Actor = officer) => ev('benefitApplied', { claimId: 'w-1', benefit, personId: 'p-ewa', incomeLost: false }, actor);
const decided = (over: object = {}, actor: Actor = officer, date = '2025-03-10') =>
  ev('benefitDecided', { claimId: 'w-1', benefit: 'periodicAllowance', personId: 'p-ewa', outcome: 'granted', amount: 40000, period: { from: '2025-03-01', to: '2025-08-31' }, forContractId: null, reference: 'decyzja nr 1/2025', ...over }, actor, date);

function run(events: readonly BenefitEventInput[]): readonly BenefitClaim[] {
  let s: readonly BenefitClaim[] = [];
  for (const e of events) {
    const r = stepBenefit(s, e, access);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    s = r.value;
  }
  return s;
}
const codes = (r: ReturnType<typeof stepBenefit>) => (r.ok ? [] : r.error.map((i) => i.code));

describe('a claim for a benefit: lifecycle', () => {
  it('goes applied → granted → suspended → granted → revoked, keeping the decision', () => {
    const s = run([applied(), decided(), ev('benefitSuspended', { claimId: 'w-1', reason: 'art. 11', breachProcedureId: 'p-11' }, head, '2025-04-01'), ev('benefitResumed', { claimId: 'w-1' }, head, '2025-04-15'), ev('benefitRevoked', { claimId: 'w-1', reason: 'art. 11 ust. 2', breachProcedureId: 'p-12' }, officer, '2025-05-05')]);
    expect(s[0]).toMatchObject({ status: 'revoked', appliedOn: '2025-03-03', revokedOn: '2025-05-05', measureProcedureId: 'p-12', decision: { outcome: 'granted', amount: 40000 } });
  });

  it('a refusal leads to refusedDecision by the table’s guarded target, and nothing follows it', () => {
    const s = run([applied(), decided({ outcome: 'refused', amount: null, period: null })]);
    expect(s[0]?.status).toBe('refusedDecision');
    const r = stepBenefit(s, ev('benefitSuspended', { claimId: 'w-1', reason: 'x', breachProcedureId: null }, head), access);
    expect(!r.ok && r.error[0]).toMatchObject({ code: 'step_not_allowed', machine: 'benefitClaim', state: 'refusedDecision' });
    if (!r.ok) expect(formatIssue(r.error[0]!, 'pl')).toBe('Sprawa o świadczenie (obecnie: odmowa przyznania świadczenia): nie można wykonać kroku „wstrzymanie wypłaty”. Dozwolone: żaden krok.');
  });

  it('an ex officio decision opens the claim without an application', () => {
    expect(run([decided()])[0]).toMatchObject({ status: 'granted', appliedOn: null });
  });

  it.each([
    ['a grant without amount', decided({ amount: null }), 'amount_required'],
    ['a refusal with an amount', decided({ outcome: 'refused', period: null }), 'amount_not_expected'],
    ['a periodic allowance without period', decided({ period: null }), 'period_required'],
    ['social work', decided({ benefit: 'socialWork' }), 'decision_not_needed'],
    ['a decision on another benefit than the application', decided({ benefit: 'permanentAllowance' }), 'unknown_item'],
  ] as const)('refuses %s', (_n, event, code) => {
    expect(codes(stepBenefit(run([applied()]), event, access))).toContain(code);
  });

  it('refuses, by role and authorisation: assistant never; a social worker or benefits officer without authorisation; the head always', () => {
    const s = run([applied()]);
    expect(codes(stepBenefit(s, decided({}, piotr), access))).toEqual(['role_not_permitted']);
    expect(codes(stepBenefit(s, decided({}, anna), access))).toEqual(['scope_not_met']);
    expect(codes(stepBenefit(s, decided({}, officer2), access))).toEqual(['scope_not_met']);
    expect(stepBenefit(s, decided({}, head), access).ok).toBe(true);
    expect(stepBenefit(s, decided({}, officer), access).ok).toBe(true);
    expect(codes(stepBenefit([], applied('periodicAllowance', piotr), access))).toEqual(['role_not_permitted']);
  });
});

describe('art. 39a: the purpose allowance to carry out a kontrakt socjalny', () => {
  const purpose = (over: object = {}) => decided({ benefit: 'purposeAllowance', amount: 30000, period: null, forContractId: 'k-1', ...over });
  it('is granted only while a contract is in force', () => {
    contractInForce = true;
    expect(stepBenefit([], purpose(), access).ok).toBe(true);
    contractInForce = false;
    const r = stepBenefit([], purpose(), access);
    expect(codes(r)).toEqual(['contract_not_in_force']);
    if (!r.ok) expect(r.error[0]?.basis).toEqual({ act: 'ups', article: '39a' });
    contractInForce = true;
  });
  it('a contract link on another benefit is invalid input', () => {
    expect(codes(stepBenefit([], decided({ forContractId: 'k-1' }), access))).toEqual(['continuation_not_for_benefit']);
  });
});

describe('art. 38 / 39a: continuation for up to 2 months after taking a job', () => {
  const granted = () => run([applied(), decided()]);
  const cont = (employedOn: string, until: string, date = '2025-04-20') => ev('benefitContinuedAfterEmployment', { claimId: 'w-1', employedOn, until }, officer, date);

  it('allows paying until 2 months from the day of employment, and not past the decision', () => {
    expect(lastDayAfterEmployment('2025-04-14' as CivilDate, 2, '2025-08-31' as CivilDate)).toBe('2025-06-14');
    expect(lastDayAfterEmployment('2025-07-14' as CivilDate, 2, '2025-08-31' as CivilDate)).toBe('2025-08-31');
    expect(lastDayAfterEmployment('2024-12-31' as CivilDate, 2, null)).toBe('2025-02-28');
    expect(stepBenefit(granted(), cont('2025-04-14', '2025-06-14'), access).ok).toBe(true);
    const r = stepBenefit(granted(), cont('2025-04-14', '2025-06-15'), access);
    expect(!r.ok && r.error[0]).toMatchObject({ code: 'continuation_too_long', lastAllowed: '2025-06-14', basis: { act: 'ups', article: '38' } });
    if (!r.ok) expect(formatIssue(r.error[0]!, 'pl')).toBe('Po podjęciu zatrudnienia zasiłek można wypłacać najdłużej do 2025-06-14, a wskazano 2025-06-15.');
  });

  it('needs a kontrakt socjalny in force on the day of employment', () => {
    contractInForce = false;
    expect(codes(stepBenefit(granted(), cont('2025-04-14', '2025-05-14'), access))).toEqual(['contract_not_in_force']);
    contractInForce = true;
  });

  it('is unsupported before the rule is known to be in force (2011-05-03)', () => {
    const old = run([ev('benefitApplied', { claimId: 'w-1', benefit: 'periodicAllowance', personId: 'p-ewa', incomeLost: false }, officer, '2011-01-03'), decided({ period: { from: '2011-01-01', to: '2011-12-31' } }, officer, '2011-01-10')]);
    const r = stepBenefit(old, cont('2011-04-01', '2011-05-01', '2011-04-10'), access);
    expect(!r.ok && r.error[0]).toMatchObject({ code: 'rule_not_in_force', from: '2011-05-03' });
  });

  it('applies only to the periodic and the purpose allowance', () => {
    const permanent = run([applied('permanentAllowance'), decided({ benefit: 'permanentAllowance' })]);
    expect(codes(stepBenefit(permanent, cont('2025-04-14', '2025-05-14'), access))).toEqual(['continuation_not_for_benefit']);
  });
});

describe('art. 11 reads the benefit situation from the stream', () => {
  it('pending, granted and paid follow the claims on the day', () => {
    const s = run([applied(), decided(), ev('benefitSuspended', { claimId: 'w-1', reason: 'art. 11', breachProcedureId: null }, head, '2025-04-01')]);
    const on = (d: string) => benefitSituationOn(s, d as CivilDate).situation;
    expect(benefitSituationOn(run([applied()]), '2025-03-05' as CivilDate).situation).toEqual({ pendingApplication: true, benefitGranted: false, cashBeingPaid: false });
    expect(on('2025-02-28')).toEqual({ pendingApplication: false, benefitGranted: false, cashBeingPaid: false });
    expect(on('2025-04-02')).toEqual({ pendingApplication: false, benefitGranted: true, cashBeingPaid: false });
    expect(benefitSituationOn(run([applied(), decided()]), '2025-03-31' as CivilDate)).toEqual({
      situation: { pendingApplication: false, benefitGranted: true, cashBeingPaid: true },
      claimIds: { pendingApplication: [], benefitGranted: ['w-1'], cashBeingPaid: ['w-1'] },
    });
    expect(on('2025-09-01')).toEqual({ pendingApplication: false, benefitGranted: false, cashBeingPaid: false });
  });

  it('a revoked decision gives nothing to act on; a one-off purpose allowance counts in the month decided', () => {
    const revoked = run([applied(), decided(), ev('benefitRevoked', { claimId: 'w-1', reason: 'x', breachProcedureId: null }, officer, '2025-04-01')]);
    expect(benefitSituationOn(revoked, '2025-04-01' as CivilDate).situation.benefitGranted).toBe(false);
    expect(benefitSituationOn(revoked, '2025-03-31' as CivilDate).situation.benefitGranted).toBe(true);
    const once = run([decided({ benefit: 'purposeAllowance', amount: 20000, period: null })]);
    expect(benefitSituationOn(once, '2025-03-31' as CivilDate).situation.cashBeingPaid).toBe(true);
    expect(benefitSituationOn(once, '2025-04-01' as CivilDate).situation.benefitGranted).toBe(false);
  });
});
