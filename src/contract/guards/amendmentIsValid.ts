import type * as z from 'zod';
import type { Issue } from '../../issues/issue.js';
import type { CivilDate } from '../../law/civilDate.js';
import type { contractPayloads } from '../contractEvents.js';
import type { ContractState } from '../contractState.js';
import { contentIsCoherent } from './contentIsCoherent.js';

/** An annex is signed by every client party, dated within the current period, and coherent itself. */
export function amendmentIsValid(state: ContractState, date: CivilDate, payload: z.output<typeof contractPayloads.contractAnnexed>): Issue[] {
  const end = state.content.period.to;
  if (date > end) return [{ code: 'amendment_after_end', path: ['date'], date, end }];
  const missing = state.parties.clientIds.filter((id) => !payload.signedByClientIds.includes(id));
  const issues: Issue[] = missing.length > 0 ? [{ code: 'annex_not_signed_by_all', path: ['payload', 'signedByClientIds'], missing }] : [];
  return [...issues, ...contentIsCoherent(payload.content, ['payload', 'content'])];
}
