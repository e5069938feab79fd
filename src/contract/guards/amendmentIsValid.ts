import type { Issue } from '../../issues/issue.js';
import type { ContractEventOf } from '../contractEvents.js';
import type { ContractState } from '../contractState.js';
import { contentIsCoherent } from './contentIsCoherent.js';

/** An annex is signed by every client party, dated within the current period, and coherent itself. */
export function amendmentIsValid(state: ContractState, event: ContractEventOf<'amended'>): Issue[] {
  const end = state.content.period.to;
  if (event.date > end) return [{ code: 'amendment_after_end', path: ['date'], date: event.date, end }];
  const missing = state.parties.clientIds.filter((id) => !event.payload.signedByClientIds.includes(id));
  const issues: Issue[] = missing.length > 0 ? [{ code: 'annex_not_signed_by_all', path: ['payload', 'signedByClientIds'], missing }] : [];
  return [...issues, ...contentIsCoherent(event.payload.content, ['payload', 'content'])];
}
