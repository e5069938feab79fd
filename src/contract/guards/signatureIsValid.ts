import type * as z from 'zod';
import type { Issue } from '../../issues/issue.js';
import type { contractPayloads } from '../contractEvents.js';
import type { ContractState } from '../contractState.js';

/** A signature is by a party, once. */
export function signatureIsValid(state: ContractState, payload: z.output<typeof contractPayloads.contractSigned>): Issue[] {
  const id = payload.party === 'client' ? payload.personId : state.parties.worker.id;
  if (payload.party === 'client' && !state.parties.clientIds.includes(id)) {
    return [{ code: 'signer_not_party', path: ['payload', 'personId'], id }];
  }
  if (state.signatures.some((s) => s.id === id)) return [{ code: 'already_signed', path: ['payload'], id }];
  return [];
}

/** @internal Whether this signature is the last one the contract needs: every client party and the worker. */
export function isLastSignature(state: ContractState, payload: z.output<typeof contractPayloads.contractSigned>): boolean {
  const id = payload.party === 'client' ? payload.personId : state.parties.worker.id;
  const signed = new Set(state.signatures.map((s) => s.id));
  signed.add(id);
  return state.parties.clientIds.every((c) => signed.has(c)) && signed.has(state.parties.worker.id);
}
