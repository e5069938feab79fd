import { type CivilDate, lastDayOfMonthOf } from './dates.js';
import type { BenefitClaim } from './benefitClaim.js';

/** The three facts art. 11 measures need: the breach module's `BenefitSituation`. */
import type { BenefitSituation } from '../breach/measure.js';

/**
 * The benefit situation of a client on a day, read from the claims recorded in the case stream instead
 * of typed in by the caller: which art. 11 measures have something to act on, and the claims behind each.
 *
 * @remarks
 * - `pendingApplication`: an application filed by `asOf` and not yet decided (refusal of the benefit is possible);
 * - `benefitGranted`: a decision granting a benefit, not revoked, whose period covers `asOf` (suspended ones
 *   included: a suspended decision can still be revoked). A decision without a period (a purpose
 *   allowance) counts in the month it was made;
 * - `cashBeingPaid`: the same, not suspended (suspension of cash benefits is possible).
 * @example
 * ```ts
 * import { benefitSituationOn, type CivilDate } from 'praca-socjalna';
 * benefitSituationOn([], '2025-04-01' as CivilDate).situation; //=> { pendingApplication: false, benefitGranted: false, cashBeingPaid: false }
 * ```
 * @category Practice
 */
export function benefitSituationOn(
  claims: readonly BenefitClaim[],
  asOf: CivilDate,
): { readonly situation: BenefitSituation; readonly claimIds: { readonly [K in keyof BenefitSituation]: readonly string[] } } {
  const pending: string[] = [];
  const granted: string[] = [];
  const paid: string[] = [];
  for (const c of claims) {
    if (c.status === 'applied' && c.appliedOn !== null && c.appliedOn <= asOf) pending.push(c.claimId);
    const d = c.decision;
    if (d === null || d.outcome !== 'granted' || d.decidedOn > asOf) continue;
    if (c.revokedOn !== null && c.revokedOn <= asOf) continue;
    const from = d.period?.from ?? d.decidedOn;
    const to = d.period?.to ?? lastDayOfMonthOf(d.decidedOn);
    if (asOf < from || asOf > to) continue;
    granted.push(c.claimId);
    if (c.suspendedOn === null || c.suspendedOn > asOf) paid.push(c.claimId);
  }
  return {
    situation: { pendingApplication: pending.length > 0, benefitGranted: granted.length > 0, cashBeingPaid: paid.length > 0 },
    claimIds: { pendingApplication: pending, benefitGranted: granted, cashBeingPaid: paid },
  };
}
