import type { CivilDate } from '../../law/civilDate.js';
import type { Issue } from '../../issues/issue.js';
import type { CaseEvent } from '../events.js';

function notBefore(date: CivilDate, deadline: CivilDate | null, path: (string | number)[]): Issue | undefined {
  return deadline !== null && deadline < date ? { code: 'deadline_before_date', path, date, deadline } : undefined;
}

/** Goals and actions are planned forward: their dates are not before the day they are set; a contract's period runs forward. */
export function datesAreCoherent(event: CaseEvent): Issue | undefined {
  switch (event.type) {
    case 'mainGoalSet':
    case 'specificGoalAdded':
      return notBefore(event.date, event.payload.goal.targetDate, ['payload', 'goal', 'targetDate']);
    case 'actionPlanned':
      return notBefore(event.date, event.payload.action.deadline, ['payload', 'action', 'deadline']);
    case 'contractSigned':
      return notBefore(event.payload.validFrom, event.payload.validTo, ['payload', 'validTo']);
    default:
      return undefined;
  }
}
