import type { Issue } from '../../issues/issue.js';
import type { CaseState } from '../state.js';

/** A plan runs without a contract only after the client's refusal of this round was recorded. */
export function wasContractRefused(state: CaseState): Issue | undefined {
  const current = state.contracts.at(-1);
  return current?.status === 'refused' && current.withoutContractSince === null
    ? undefined
    : { code: 'contract_not_refused', path: ['type'], basis: { act: 'ups', article: '11', paragraph: '2' } };
}
