import type * as z from 'zod';
import type { Household } from '../../case/household.js';
import type { Issue } from '../../issues/issue.js';
import type { contractPayloads } from '../contractEvents.js';
import { planKindRules } from '../contractRules.js';

/** Variant A/B only for a social contract (B with its unemployment diagnosis); the worker of the right kind; clients from the household. */
export function kindMatches(payload: z.output<typeof contractPayloads.contractDrafted>, household: Household): Issue[] {
  const { kind, variant, parties, content } = payload;
  const issues: Issue[] = [];
  const variantOk = kind === 'socialContract' ? variant !== null && (variant === 'A' || content.unemployment !== null) : variant === null;
  if (!variantOk) issues.push({ code: 'variant_invalid', path: ['payload', 'variant'], kind, variant });
  const expected = planKindRules[kind].worker;
  const w = parties.worker;
  // a plan of work with a family: the family assistant's (Act of 9 June 2011) or the intercultural assistant's (MOPS Sopot)
  const fits = expected === 'assistant' ? w.role === 'assistant' && (w.assistantKind === 'family' || w.assistantKind === 'intercultural') : w.role === expected;
  if (!fits) issues.push({ code: 'worker_role_for_kind', path: ['payload', 'parties', 'worker', 'role'], kind, expected });
  if (payload.shelter !== null && kind !== 'homelessnessExitProgramme') {
    issues.push({ code: 'variant_invalid', path: ['payload', 'shelter'], kind, variant: 'shelter' });
  }
  const members = new Set(household.members.map((m) => m.person.id));
  parties.clientIds.forEach((id, i) => {
    if (!members.has(id)) issues.push({ code: 'unknown_reference', path: ['payload', 'parties', 'clientIds', i], id, collection: 'household members' });
  });
  return issues;
}
