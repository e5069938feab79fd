import { type Result, fail, ok } from '../_lib/result.js';
import { applicantOf } from '../case/household.js';
import type { Person } from '../case/person.js';
import { parseWith } from '../issues/fromZod.js';
import type { Issue } from '../issues/issue.js';
import { type LawOverrides, type LawTables, lawWith } from '../law/lawTables.js';
import { valueAt } from '../law/period.js';
import type { AmountOutcome } from './allowances/amount.js';
import { assessPeriodicAllowance } from './allowances/periodicAllowance.js';
import { assessPermanentAllowance } from './allowances/permanentAllowance.js';
import { assessPurposeAllowance, assessRandomEventAllowance, assessSpecialPurposeAllowance } from './allowances/purposeAllowances.js';
import { type Collector, collector } from './collector.js';
import { type IncomeAssessment, computeIncome, outsideAct } from './computeIncome.js';
import { checkEntitlement } from './entitlement.js';
import { checkGrounds } from './groundsTest.js';
import type { PersonFacts } from './personFacts.js';
import { EligibilityRequest } from './request.js';
import type { Benefit, EligibilityResult } from './result.js';
import { ruleStep } from './rules.js';

/** Which checks each benefit needs: the income computation, and the art. 8 ground test. */
const needs: Record<Benefit, { readonly income: boolean; readonly grounds: boolean }> = {
  permanentAllowance: { income: true, grounds: true },
  periodicAllowance: { income: true, grounds: true },
  purposeAllowance: { income: true, grounds: true },
  specialPurposeAllowance: { income: true, grounds: false }, // art. 8 ust. 1 „z zastrzeżeniem art. 41”
  randomEventPurposeAllowance: { income: false, grounds: false }, // „z zastrzeżeniem art. 40”: the event is the ground
  socialWork: { income: false, grounds: false }, // art. 45: regardless of income
};

/**
 * Assesses whether a household is entitled to a benefit of the Social Assistance Act, to how much, and
 * why, on the law in force on `asOf`.
 *
 * @remarks Applies, as the benefit requires: art. 5 (who is entitled) and art. 13 (custody); art. 8 ust. 1
 * (a ground of art. 7 pkt 2–15 beside the income test; poverty alone is not enough); the income of art. 8
 * ust. 3–12; then art. 37, 38, 39, 40, 41 or 45. Invalid input is an error naming the field (in Polish and
 * English); a business outcome — eligible, not eligible with every reason, or unsupported with why — is
 * a value with its trace. Render it with {@link explain}.
 * @example
 * ```ts
 * import { assessEligibility } from 'praca-socjalna';
 * const r = assessEligibility({
 *   benefit: 'permanentAllowance', asOf: '2025-03-20', application: { date: '2025-03-15', incomeLost: false },
 *   household: { id: 'h', kind: 'singlePerson', members: [{ person: { id: 'p', firstName: 'Halina', lastName: 'Nowak', birthDate: '1950-04-01' }, relation: 'applicant' }] },
 *   problems: [{ id: 'pr', ground: 'disability', description: 'Niepełnosprawność w stopniu znacznym', personIds: ['p'] }],
 *   persons: [{ personId: 'p', legalStatus: 'polishCitizen', residesInPoland: true, custody: 'none', unableToWork: 'age' }],
 *   income: [{ kind: 'receipt', id: 'i', personId: 'p', source: 'pension', month: '2025-02', gross: 50000, incomeTax: 0, healthContribution: 0, socialContributions: 0, oneOff: false, forPeriod: null }],
 * });
 * if (r.ok && r.value.status === 'eligible') r.value.amount; //=> 81300 (813,00 zł)
 * ```
 * @see {@link EligibilityRequest}, the input's schema (and its JSON Schema); {@link EligibilityResultSchema}, the answer's.
 * @category Eligibility
 */
export function assessEligibility(request: unknown): Result<EligibilityResult, readonly Issue[]> {
  const parsed = parseEligibilityRequest(request);
  if (!parsed.ok) return parsed;
  return ok(assessValidatedEligibility(parsed.value));
}

/**
 * Validates an eligibility request once: the parsed request, or typed issues naming each wrong field.
 * Pass the value to {@link assessValidatedEligibility}; a rule calling another passes it on, never re-parsed.
 *
 * @example
 * ```ts
 * import { parseEligibilityRequest } from 'praca-socjalna';
 * const r = parseEligibilityRequest({ benefit: 'socialWork' });
 * r.ok; //=> false
 * ```
 * @see {@link EligibilityRequest}
 * @category Eligibility
 */
export function parseEligibilityRequest(request: unknown): Result<EligibilityRequest, readonly Issue[]> {
  const parsed = parseWith(EligibilityRequest, request);
  return parsed.ok ? ok(parsed.value) : fail(parsed.error);
}

/**
 * Assesses a request already validated by {@link parseEligibilityRequest} (trusted: it is not re-checked),
 * with the full trace. Same answer as {@link assessEligibility} for the same request. `overrides` replaces
 * tables of the law with the caller's (see `lawWith`); every value from them is traced as the caller's.
 *
 * @example
 * ```ts
 * import { parseEligibilityRequest, assessValidatedEligibility } from 'praca-socjalna';
 * declare const input: unknown;
 * const parsed = parseEligibilityRequest(input);
 * if (parsed.ok) assessValidatedEligibility(parsed.value).status;
 * ```
 * @category Eligibility
 */
export function assessValidatedEligibility(req: EligibilityRequest, overrides?: LawOverrides): EligibilityResult {
  const benefit: Benefit = req.benefit;
  const c = collector();
  const law = lawWith(overrides);

  if (!valueAt(law.incomeCriteria, req.asOf).ok) {
    const reason = outsideAct(req.asOf);
    return { status: 'unsupported', benefit, reasons: [reason], trace: [], warnings: [] };
  }

  const applicant = applicantOf(req.household);
  const facts = req.persons.find((p) => p.personId === applicant.id) as PersonFacts; // the schema requires it
  checkEntitlement(facts, benefit, c);
  if (needs[benefit].grounds) checkGrounds(req.problems, c);

  let income: IncomeAssessment | undefined;
  if (needs[benefit].income) {
    const computed = computeIncome({
      asOf: req.asOf,
      applicationDate: req.application.date,
      incomeLost: req.application.incomeLost,
      household: req.household,
      items: req.income,
      unverifiedDecisions: req.unverifiedIncomeDecisions,
      forCashBenefit: true, // every benefit assessed with income here is a cash benefit (art. 36 pkt 1)
      maintenanceBeyondIncome: req.maintenanceBeyondIncome,
      law,
    });
    if (!computed.ok) c.unsupported.push(computed.error);
    else {
      c.trace.push(...computed.value.trace);
      c.unsupported.push(...computed.value.unsupported);
      c.warnings.push(...computed.value.warnings);
      if (computed.value.unsupported.length === 0) income = computed.value;
    }
  }

  const outcome = decideBenefit(req, benefit, applicant, facts, income, c, law);

  const warnings = c.warnings;
  if (c.reasons.length > 0) return { status: 'notEligible', benefit, reasons: c.reasons, trace: c.trace, warnings };
  if (c.unsupported.length > 0 || outcome === undefined) {
    return { status: 'unsupported', benefit, reasons: c.unsupported, trace: c.trace, warnings };
  }
  return {
    status: 'eligible',
    benefit,
    amount: outcome.amount,
    bounds: outcome.bounds,
    decisionRequired: benefit !== 'socialWork',
    unsupportedParts: [...c.unsupportedParts, ...(outcome.unsupportedParts ?? [])],
    trace: c.trace,
    warnings,
  };
}

/** The rule of each benefit; a switch over the union (exhaustive: a new benefit without its rule does not compile). */
function decideBenefit(
  req: EligibilityRequest,
  benefit: Benefit,
  applicant: Person,
  facts: PersonFacts,
  income: IncomeAssessment | undefined,
  c: Collector,
  law: LawTables,
): AmountOutcome | undefined {
  switch (benefit) {
    case 'permanentAllowance':
      return income ? assessPermanentAllowance(req.asOf, applicant, facts, income, c, law) : undefined;
    case 'periodicAllowance':
      return income ? assessPeriodicAllowance(req.asOf, income, req.localLaw, { stated: req.periodicCapSinglePerson, changeDay: req.periodicCapChangeDay }, c, law) : undefined;
    case 'purposeAllowance':
      return income ? assessPurposeAllowance(req.asOf, income, req.localLaw, c) : undefined;
    case 'specialPurposeAllowance':
      return income ? assessSpecialPurposeAllowance(income, req.particularlyJustified, c) : undefined;
    case 'randomEventPurposeAllowance':
      return assessRandomEventAllowance(req.problems, c);
    case 'socialWork':
      c.trace.push(ruleStep('art45.socialWork', { act: 'ups', article: '45' }, {}, true));
      return { amount: null, bounds: null };
    default: {
      const unknown: never = benefit;
      return unknown;
    }
  }
}
