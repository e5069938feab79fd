import { describe, expect, it } from 'vitest';
import { formatIssue } from '../issues/formatIssue.js';
import { streamLabels } from '../i18n/streamLabels.js';
import { benefitClaimMachine } from './benefitClaim.js';
import { groupMachine } from './group.js';
import { consentMachine, referralMachine } from './referral.js';

describe('words of the practice machines', () => {
  it('every machine, state, event type and condition has a Polish and English word, so no message shows a code', () => {
    const machines = [referralMachine, consentMachine, benefitClaimMachine, groupMachine] as const;
    const keys = machines.flatMap((m) => [m.name, ...m.states, ...Object.keys(m.permissions), ...Object.keys(m.conditions)]);
    keys.push('groupFormed', 'notFormed', 'consents', 'referrals', 'claims', 'householdMembers', 'groupMembers', 'groupReserve', 'groupParticipants', 'groupSessions', 'recruitmentCriteria', 'groups');
    const missing = keys.filter((k) => streamLabels[k]?.pl === undefined || streamLabels[k]?.en === undefined);
    expect(missing).toEqual([]);
  });
});

describe('Polish messages of the practice issues', () => {
  const d = '2025-03-03' as never;
  const samples = [
    { code: 'consent_not_recorded', path: [] }, { code: 'consent_withdrawn', path: [], withdrawnOn: d }, { code: 'consent_other_person', path: [] },
    { code: 'consent_does_not_cover', path: [], institutionKind: 'school' }, { code: 'group_full', path: [], capacity: 22 },
    { code: 'recruitment_criteria_not_met', path: [], missing: 5 }, { code: 'reserve_not_first', path: [] }, { code: 'not_group_staff', path: [] },
    { code: 'group_mismatch', path: [] }, { code: 'decision_not_needed', path: [], benefit: 'socialWork' }, { code: 'amount_required', path: [] },
    { code: 'amount_not_expected', path: [] }, { code: 'period_required', path: [] }, { code: 'contract_not_in_force', path: [], date: d },
    { code: 'continuation_too_long', path: [], until: d, lastAllowed: d }, { code: 'continuation_not_for_benefit', path: [], benefit: 'permanentAllowance' },
    { code: 'rule_not_in_force', path: [], date: d, from: d }, { code: 'interview_missing', path: [] }, { code: 'no_pending_application', path: [], benefit: 'periodicAllowance' },
    { code: 'sobriety_commitment_missing', path: [], commitment: 'therapy' }, { code: 'goal_without_basis', path: [] }, { code: 'goal_basis_unknown', path: [], collection: 'resources' },
  ] as const;
  it.each(samples)('$code reads in Polish without a code or an English word', (issue) => {
    const pl = formatIssue(issue as never, 'pl');
    expect(pl).not.toMatch(/[a-z][A-Z]|_|socialWork|Allowance|school/);
    expect(formatIssue(issue as never, 'en').length).toBeGreaterThan(10);
  });
  it('plural forms: 22 miejsca, 5 kryteriów, 12 miejsc', () => {
    expect(formatIssue({ code: 'group_full', path: [], capacity: 22 }, 'pl')).toContain('22 miejsca)');
    expect(formatIssue({ code: 'group_full', path: [], capacity: 12 }, 'pl')).toContain('12 miejsc)');
    expect(formatIssue({ code: 'group_full', path: [], capacity: 1 }, 'pl')).toContain('1 miejsce)');
    expect(formatIssue({ code: 'recruitment_criteria_not_met', path: [], missing: 5 }, 'pl')).toContain('5 kryteriów');
  });
});
