import type { Issue } from '../../issues/issue.js';
import type { ContractEventOf } from '../contractEvents.js';
import type { ContractState } from '../contractState.js';

/** A signature is by a party, once. */
export function signatureIsValid(state: ContractState, event: ContractEventOf<'signed'>): Issue[] {
  const id = event.payload.party === 'client' ? event.payload.personId : state.parties.worker.id;
  if (event.payload.party === 'client' && !state.parties.clientIds.includes(id)) {
    return [{ code: 'signer_not_party', path: ['payload', 'personId'], id }];
  }
  if (state.signatures.some((s) => s.id === id)) return [{ code: 'already_signed', path: ['payload'], id }];
  return [];
}
