import type { Household } from '../case/household.js';
import type { Problem } from '../case/problem.js';
import { EligibilityRequest, type PeriodicCapSinglePerson } from '../eligibility/request.js';
import type { UnverifiedIncomeDecisions } from '../eligibility/incomeItem.js';
import type { CivilDate } from '../law/civilDate.js';
import type { LocalLaw } from '../law/localLaw.js';
import type { Issue } from '../issues/issue.js';
import { parseWith } from '../issues/fromZod.js';
import { type Result, fail, ok } from '../_lib/result.js';
import type { BenefitClaim, ClaimBenefit } from './benefitClaim.js';
import type { SocialWorkInterview } from './interview.js';

/**
 * What the benefits bridge reads from a case: its household and diagnosed problems, the social worker's
 * interview, and the claims recorded in the stream. A case state that carries these fields is accepted as it is.
 *
 * @example
 * ```ts
 * import { type CaseForBenefits } from 'praca-socjalna';
 * declare const c: CaseForBenefits;
 * c.socialWorkInterview?.helpPlan.length;
 * ```
 * @category Practice
 */
export interface CaseForBenefits {
  readonly household: Household;
  readonly problems: readonly Problem[];
  readonly socialWorkInterview: SocialWorkInterview | null;
  readonly claims: readonly BenefitClaim[];
}

/**
 * The centre's configuration the request carries (local law, the decisions on unverified income kinds,
 * the single-person cap of the periodic allowance, the art. 41 finding): never read from the case.
 *
 * @example
 * ```ts
 * import { type CentreConfiguration } from 'praca-socjalna';
 * const c: CentreConfiguration = { periodicCapSinglePerson: { kind: 'perPersonCriterion', source: 'opinia radcy prawnego' } };
 * ```
 * @category Practice
 */
export interface CentreConfiguration {
  readonly localLaw?: LocalLaw;
  readonly unverifiedIncomeDecisions?: UnverifiedIncomeDecisions;
  readonly periodicCapSinglePerson?: PeriodicCapSinglePerson;
  readonly particularlyJustified?: boolean;
}

/**
 * The eligibility request built from the case, and what it was built on.
 *
 * @example
 * ```ts
 * import { type BridgedRequest } from 'praca-socjalna';
 * declare const b: BridgedRequest;
 * b.basedOn.interviewId;
 * ```
 * @category Practice
 */
export interface BridgedRequest {
  readonly request: EligibilityRequest;
  readonly basedOn: { readonly interviewId: string; readonly claimId: string; readonly helpPlanItemId: string | null };
}

/**
 * The benefits bridge (Brzeziny standard): builds the eligibility request for a benefit from the social
 * worker's interview and the application recorded in the case, so that the benefits officer decides
 * without a second interview. The request is validated with the eligibility schema: what this returns,
 * `assessEligibility` accepts.
 *
 * @remarks The application is the latest claim for the benefit still awaiting a decision and filed by
 * `asOf`; the persons' facts and income come from the interview (sections A and income), the problems
 * from the case's diagnosis. `helpPlanItemId` names the item of the help plan (section J) that proposed
 * this benefit, or `null` when the plan did not: the officer then sees that the request goes beyond it.
 * @example
 * ```ts
 * import { eligibilityRequestFromCase, type CaseForBenefits, type CivilDate } from 'praca-socjalna';
 * declare const c: CaseForBenefits;
 * const r = eligibilityRequestFromCase(c, 'periodicAllowance', '2025-03-20' as CivilDate);
 * if (r.ok) r.value.request.benefit; //=> 'periodicAllowance'
 * ```
 * @category Practice
 */
export function eligibilityRequestFromCase(
  state: CaseForBenefits,
  benefit: ClaimBenefit,
  asOf: CivilDate,
  centre: CentreConfiguration = {},
): Result<BridgedRequest, readonly Issue[]> {
  const interview = state.socialWorkInterview;
  if (interview === null || interview.conductedOn > asOf) return fail([{ code: 'interview_missing', path: ['socialWorkInterview'] }]);
  let claim: BenefitClaim | undefined;
  for (const c of state.claims) {
    if (c.benefit === benefit && c.status === 'applied' && c.appliedOn !== null && c.appliedOn <= asOf) claim = c;
  }
  if (claim === undefined || claim.appliedOn === null) return fail([{ code: 'no_pending_application', path: ['claims'], benefit }]);
  const parsed = parseWith(EligibilityRequest, {
    benefit,
    asOf,
    application: { date: claim.appliedOn, incomeLost: claim.incomeLost },
    household: state.household,
    problems: state.problems,
    persons: interview.applicantAndFamily.persons,
    income: interview.income,
    ...centre,
  });
  if (!parsed.ok) return fail(parsed.error);
  const item = interview.helpPlan.find((i) => i.benefit === benefit);
  return ok({ request: parsed.value, basedOn: { interviewId: interview.interviewId, claimId: claim.claimId, helpPlanItemId: item?.id ?? null } });
}
