import { type CivilDate, addCivilDays } from '../law/civilDate.js';
import type { ContractState, ContractStatus } from './contractState.js';

/**
 * The status of a contract on a date, read from its state: in force between its entry into force and its
 * end (the recorded ending, or the end of its period); `expired` after the period even if no one recorded it.
 *
 * @remarks The art. 11 rules use it: a breach of a contract needs a contract in force on that date.
 * @example
 * ```ts
 * import { contractStatusOn, type ContractState } from 'praca-socjalna';
 * declare const contract: ContractState;
 * contractStatusOn(contract, '2025-04-01'); //=> 'inForce' | …
 * ```
 * @category Contract
 */
export function contractStatusOn(contract: ContractState, date: CivilDate | `${number}-${number}-${number}`): ContractStatus {
  if (contract.refusal !== null && date >= contract.refusal.date) return 'refused';
  if (contract.inForceFrom === null || date < contract.inForceFrom) return contract.concludedOn !== null && date >= contract.concludedOn ? 'signed' : 'draft';
  if (contract.ending !== null && date > contract.ending.date) return contract.ending.status;
  // the period in force on that date: an annex may have moved the end
  const version = [...contract.versions].reverse().find((v) => v.effectiveFrom <= date) ?? contract.versions[0];
  const end = version?.content.period.to ?? contract.content.period.to;
  return date > end && contract.ending === null ? 'expired' : 'inForce';
}

/**
 * The reviews a contract's cadence asks for up to `asOf`, and which of them are missed: one review every
 * `evaluation.everyDays` days from the day it entered into force (for an IPWzB, the old template said at
 * least every two weeks).
 *
 * @example
 * ```ts
 * import { reviewSchedule, type ContractState } from 'praca-socjalna';
 * declare const contract: ContractState;
 * reviewSchedule(contract, '2025-04-01').missed; // due dates with no review within their window
 * ```
 * @category Contract
 */
export function reviewSchedule(contract: ContractState, asOf: CivilDate | `${number}-${number}-${number}`): { readonly due: readonly CivilDate[]; readonly missed: readonly CivilDate[]; readonly next: CivilDate | null } {
  if (contract.inForceFrom === null) return { due: [], missed: [], next: null };
  const every = contract.content.evaluation.everyDays;
  const end = contract.ending?.date ?? contract.content.period.to;
  const due: CivilDate[] = [];
  let next: CivilDate | null = null;
  for (let d = addCivilDays(contract.inForceFrom, every); d <= end; d = addCivilDays(d, every)) {
    if (d <= asOf) due.push(d);
    else {
      next = d;
      break;
    }
  }
  // a due review is met by any review in the window (previous due date, due date]
  const missed = due.filter((d, i) => {
    const windowStart = i === 0 ? (contract.inForceFrom as CivilDate) : (due[i - 1] as CivilDate);
    return !contract.reviews.some((r) => r.date > windowStart && r.date <= d);
  });
  return { due, missed, next };
}
