import type { Issue } from '../../issues/issue.js';
import type { ContractContent } from '../contractContent.js';

/** Every action of a contract has a responsible party and a deadline inside the period; the period runs forward. */
export function contentIsCoherent(content: ContractContent, path: (string | number)[]): Issue[] {
  const { from, to } = content.period;
  const issues: Issue[] = [];
  if (to < from) issues.push({ code: 'deadline_before_date', path: [...path, 'period', 'to'], date: from, deadline: to });
  content.actions.forEach((a, i) => {
    if (a.responsible === null || a.deadline === null) {
      issues.push({ code: 'action_not_ready', path: [...path, 'actions', i], actionId: a.id });
    } else if (a.deadline < from || a.deadline > to) {
      issues.push({ code: 'action_outside_period', path: [...path, 'actions', i, 'deadline'], actionId: a.id, deadline: a.deadline, from, to });
    }
  });
  return issues;
}
