import { describe, expect, it } from 'vitest';
import type { Actor } from '../case/actor.js';
import { Household } from '../case/household.js';
import { Problem } from '../case/problem.js';
import { assessEligibility } from '../eligibility/assessEligibility.js';
import type { CivilDate } from '../law/civilDate.js';
import { formatIssue } from '../issues/formatIssue.js';
import { type BenefitAccess, type BenefitClaim, stepBenefit } from './benefitClaim.js';
import { type CaseForBenefits, eligibilityRequestFromCase } from './eligibilityFromCase.js';
import { SocialWorkInterview } from './interview.js';

const household = Household.parse({
  id: 'h-ewa', kind: 'singlePerson',
  members: [{ person: { id: 'p-ewa', firstName: 'Ewa', lastName: 'Kowalska', birthDate: '1990-04-12' }, relation: 'applicant' }],
});
const problems = [Problem.parse({ id: 'pr-1', ground: 'unemployment', description: 'Długotrwałe bezrobocie', personIds: [] })];
const interview = SocialWorkInterview.parse({
  interviewId: 'rws-1', conductedOn: '2025-03-05', conductedBy: 'sw-anna',
  applicantAndFamily: { persons: [{ personId: 'p-ewa', legalStatus: 'polishCitizen', residesInPoland: true, custody: 'none', unableToWork: null }] },
  income: [{ kind: 'receipt', id: 'i-1', personId: 'p-ewa', source: 'employment', month: '2025-02', gross: 40000, incomeTax: 0, healthContribution: 0, socialContributions: 0, oneOff: false, forPeriod: null }],
  needsAndExpectations: ['Znalezienie pracy', 'Środki na utrzymanie'],
  diagnosis: { conclusions: 'Bezrobocie długotrwałe, brak środków', problemIds: ['pr-1'] },
  helpPlan: [
    { id: 'pp-1', benefit: 'periodicAllowance', form: null, description: 'Zasiłek okresowy na czas szukania pracy', justification: 'Dochód poniżej kryterium' },
    { id: 'pp-2', benefit: null, form: 'employmentHelp', description: 'Rejestracja w PUP', justification: 'Bezrobocie' },
  ],
});
const officer: Actor = { id: 'bo-1', name: 'Jan Kowal', role: 'benefitsOfficer' };
const access: BenefitAccess = { ownerId: 'sw-anna', isOnTeam: () => false, isHouseholdMember: () => true, contractInForceOn: () => false, isAuthorisedToDecide: () => true };
const applied = stepBenefit([], {
  schemaVersion: 2, id: 'e-1', caseId: 'c-ewa', date: '2025-03-03', type: 'benefitApplied', actor: officer,
  payload: { claimId: 'w-1', benefit: 'periodicAllowance', personId: 'p-ewa', incomeLost: false },
}, access);
const claims: readonly BenefitClaim[] = applied.ok ? applied.value : [];
const state: CaseForBenefits = { household, problems, socialWorkInterview: interview, claims };

describe('the benefits bridge', () => {
  it('builds from the interview and the application a request that assessEligibility accepts', () => {
    const r = eligibilityRequestFromCase(state, 'periodicAllowance', '2025-03-20' as CivilDate, { periodicCapSinglePerson: { kind: 'perPersonCriterion', source: 'opinia radcy prawnego' } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.basedOn).toEqual({ interviewId: 'rws-1', claimId: 'w-1', helpPlanItemId: 'pp-1' });
    expect(r.value.request).toMatchObject({ benefit: 'periodicAllowance', asOf: '2025-03-20', application: { date: '2025-03-03', incomeLost: false } });
    const assessed = assessEligibility(r.value.request);
    expect(assessed.ok).toBe(true);
    if (assessed.ok) expect(assessed.value.status).toBe('eligible');
  });

  it('refuses without an interview by that day, and without a pending application', () => {
    const early = eligibilityRequestFromCase(state, 'periodicAllowance', '2025-03-04' as CivilDate);
    expect(!early.ok && early.error[0]?.code).toBe('interview_missing');
    const none = eligibilityRequestFromCase(state, 'permanentAllowance', '2025-03-20' as CivilDate);
    expect(!none.ok && none.error[0]?.code).toBe('no_pending_application');
    if (!none.ok) expect(formatIssue(none.error[0]!, 'pl')).toBe('W sprawie nie ma złożonego wniosku o to świadczenie, który czekałby na decyzję.');
  });

  it('says when the help plan did not propose the benefit', () => {
    const other = stepBenefit(claims, {
      schemaVersion: 2, id: 'e-2', caseId: 'c-ewa', date: '2025-03-04', type: 'benefitApplied', actor: officer,
      payload: { claimId: 'w-2', benefit: 'purposeAllowance', personId: 'p-ewa', incomeLost: false },
    }, access);
    const r = eligibilityRequestFromCase({ ...state, claims: other.ok ? other.value : [] }, 'purposeAllowance', '2025-03-20' as CivilDate);
    expect(r.ok && r.value.basedOn.helpPlanItemId).toBeNull();
  });
});
