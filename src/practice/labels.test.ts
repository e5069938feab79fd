import { describe, expect, it } from 'vitest';
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
