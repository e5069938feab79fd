import { ageOn } from '../law/civilDate.js';
import type { Grosze } from '../law/grosze.js';
import { type LawOverrides, lawWith } from '../law/lawTables.js';
import { valueOnlyAt } from '../law/period.js';
import { incomeTreatments } from '../law/ups/art8/receipts.js';
import { legalConstants } from '../law/ups/constants.js';
import { assistanceGrounds } from '../law/assistanceGround.js';
import { referenceMonth } from './referenceMonth.js';
import { assessValidatedEligibility } from './assessEligibility.js';
import type { EligibilityRequest } from './request.js';

/** `p ÷ d` rounded as the SDK's `multiplyRatio` rounds (d > 0; every operand here stays below 2⁵³). */
function ratio(p: number, d: number, mode: 'halfUp' | 'up'): number {
  const q = Math.floor(p / d);
  const r = p - q * d;
  if (r === 0) return q;
  if (mode === 'up') return q + 1;
  return 2 * r > d || (2 * r === d && p > 0) ? q + 1 : q;
}

/**
 * The amount alone, for a request already validated by {@link parseEligibilityRequest} (trusted): the monthly
 * amount of a zasiłek stały, or the statutory minimum of a zasiłek okresowy; `null` when the benefit is not
 * due, cannot be decided, or has no amount the law fixes. No trace, no text: for re-verifying a caseload
 * after a change of the law.
 *
 * @remarks The common case — a Polish citizen living in Poland, not in custody, with a ground of art. 7,
 * plain receipts of the reference month, no local law, no centre's choices — is computed directly; any other
 * request is answered by {@link assessValidatedEligibility}, so the answer is always the same as the full
 * assessment's amount (a property test holds them equal).
 * @example
 * ```ts
 * import { eligibleAmount, parseEligibilityRequest } from 'praca-socjalna';
 * declare const input: unknown;
 * const parsed = parseEligibilityRequest(input);
 * if (parsed.ok) eligibleAmount(parsed.value); // e.g. 81300 (813,00 zł), or null
 * ```
 * @category Eligibility
 */
export function eligibleAmount(req: EligibilityRequest, overrides?: LawOverrides): Grosze | null {
  const fast = fastAmount(req, overrides);
  if (fast !== undefined) return fast;
  const r = assessValidatedEligibility(req, overrides);
  return r.status === 'eligible' ? r.amount : null;
}

/** @internal The direct computation, or `undefined` when the request needs the full rules. */
export function fastAmount(req: EligibilityRequest, overrides: LawOverrides | undefined): Grosze | null | undefined {
  const permanent = req.benefit === 'permanentAllowance';
  if (!permanent && req.benefit !== 'periodicAllowance') return undefined;
  if (req.localLaw !== undefined || req.periodicCapSinglePerson !== undefined || req.periodicCapChangeDay !== undefined) return undefined;
  const members = req.household.members;
  let applicantId: string | undefined;
  for (const m of members) if (m.relation === 'applicant') applicantId = m.person.id;
  const facts = req.persons.find((p) => p.personId === applicantId);
  if (facts === undefined || facts.legalStatus !== 'polishCitizen' || !facts.residesInPoland || facts.custody !== 'none') return undefined;
  if (facts.concurrentEntitlements !== undefined && facts.concurrentEntitlements.length > 0) return undefined;
  let ground = false;
  for (const p of req.problems) if (assistanceGrounds[p.ground].countsForArticle8) ground = true;
  if (!ground) return null;

  const law = lawWith(overrides);
  // every lookup here is valueOnlyAt: the request is parsed, and only the values are needed (no trace)
  const criteria = valueOnlyAt(law.incomeCriteria, req.asOf);
  if (criteria === undefined) return undefined;
  const month = referenceMonth(req.application.date, req.application.incomeLost);
  const income = new Map<string, number>();
  for (const item of req.income) {
    if (item.kind !== 'receipt' || item.oneOff || item.forPeriod !== null || item.month !== month) return undefined;
    const t = valueOnlyAt(incomeTreatments[item.source], req.asOf);
    if (t === undefined || (t.treatment !== 'counted' && t.treatment !== 'excluded')) return undefined;
    if (t.treatment === 'counted') {
      income.set(item.personId, (income.get(item.personId) ?? 0) + item.gross - item.incomeTax - item.healthContribution - item.socialContributions);
    }
  }
  let familyIncome = 0;
  for (const v of income.values()) familyIncome += Math.max(0, v);
  const n = members.length;
  const family = req.household.kind === 'family';

  if (permanent) {
    const rule = valueOnlyAt(law.permanentAllowanceRules, req.asOf);
    if (rule === undefined) return undefined;
    const applicant = members.find((m) => m.person.id === applicantId);
    if (applicant === undefined) return undefined;
    if (ageOn(applicant.person.birthDate, req.asOf) < legalConstants.ageOfMajority.value || facts.unableToWork === null) return null;
    const crit = family ? criteria.perPersonInFamily : criteria.singlePerson;
    const own = Math.max(0, income.get(applicantId as string) ?? 0);
    if (!(own < crit) || (family && !(familyIncome < crit * n))) return null;
    const { percentOfCriterion: percent, min, maxSinglePerson } = rule;
    if (family) return Math.max(ratio(crit * percent * n - familyIncome * 100, 100 * n, 'halfUp'), min) as Grosze;
    return Math.min(Math.max(ratio(crit * percent, 100, 'halfUp') - own, min), maxSinglePerson) as Grosze;
  }

  const rule = valueOnlyAt(law.periodicAllowanceRules, req.asOf);
  const shares = valueOnlyAt(law.periodicMinimumShare, req.asOf);
  if (rule === undefined || shares === undefined) return undefined;
  const crit = family ? criteria.perPersonInFamily * n : criteria.singlePerson;
  if (!(familyIncome < crit)) return null;
  const difference = crit - familyIncome;
  const share = family ? shares.familyPercent : shares.singlePersonPercent;
  const floor = rule.minimum;
  let min = Math.max(ratio(difference * share, 100, 'up'), floor);
  if (!family) {
    const cap = valueOnlyAt(law.periodicCapSinglePerson, req.asOf);
    if (cap === undefined || cap.kind === 'unknown') return min as Grosze; // the minimum does not depend on an unknown cap
    const capAmount = cap.kind === 'amount' ? cap.amount : criteria.perPersonInFamily;
    const max = Math.min(Math.max(difference, floor), Math.max(capAmount, floor));
    min = Math.min(min, max);
  }
  return min as Grosze;
}
