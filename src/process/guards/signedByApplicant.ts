import { applicantOf } from '../../case/household.js';
import type { Issue } from '../../issues/issue.js';
import type { CaseEventOf } from '../events.js';
import type { CaseState } from '../state.js';

/** Both parties sign: the owning social worker (checked by permissions) and the applicant, on or before the event date. */
export function signedByApplicant(state: CaseState, event: CaseEventOf<'contractSigned'>): Issue | undefined {
  const applicant = applicantOf(state.household).id;
  const { personId, date } = event.payload.clientSignature;
  if (personId !== applicant) {
    return { code: 'signature_mismatch', path: ['payload', 'clientSignature', 'personId'], expected: applicant, actual: personId };
  }
  if (date > event.date) {
    return { code: 'deadline_before_date', path: ['date'], date: event.date, deadline: date };
  }
  return undefined;
}
