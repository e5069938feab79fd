import { ownValue } from '../../_lib/ownValue.js';
import { formatPlnPl as zl } from '../../i18n/pln.js';
import { label } from '../../i18n/labels.js';
import { assistanceGrounds } from '../../law/assistanceGround.js';
import { formatCivilDate, formatCivilMonth } from '../../law/deadlineText.js';
import { formatLegalBasis } from '../../law/legalBasis.js';
import type { EligibilityCatalogue } from './catalogue.js';

const capital = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
/** Items are named by their kind, never by their id. */
const src = (source: string): string => capital(label(source, 'en', 'ReceiptSource') ?? 'receipt');
const status = (s: string): string => label(s, 'en', 'LegalStatus') ?? 'unknown status';
const benefit = (b: string): string => label(b, 'en', 'Benefit') ?? 'a benefit';

const concurrentNames: Readonly<Record<string, string>> = {
  socialPension: 'a social pension',
  nursingBenefit: 'a nursing benefit',
  specialCareAllowance: 'a special care allowance',
  carerAllowance: "a carer's allowance",
};
const concurrent = (codes: readonly string[]): string => codes.map((c) => ownValue(concurrentNames, c) ?? 'another benefit').join(', ');

const ground = (code: string): string => {
  const g = ownValue(assistanceGrounds, code);
  if (g === undefined) return 'another circumstance';
  return `${g.nameEn}${g.point ? ` (art. 7 pkt ${g.point})` : ''}`;
};

const entitlementOutcome: Readonly<Record<string, string>> = {
  full: 'full',
  limited: 'limited (shelter, meal, clothing, purpose allowance)',
  unclear: 'not settled',
  none: 'none',
};

const custodyWords: Readonly<Record<string, string>> = {
  none: 'no',
  servingSentenceElectronicMonitoring: 'sentence under electronic monitoring — right kept',
  servingSentence: 'serving a sentence — no right',
  pretrialDetention: 'pre-trial detention — right suspended',
};

const capWords = (origin: string | null, statedBy: string | null, changeDay: string | null): string => {
  switch (origin) {
    case 'centreAmount':
    case 'centreCriterion':
      return `stated by the centre: ${statedBy ?? ''}`;
    case 'actAmount':
      return 'the amount in the act, art. 38 ust. 2 pkt 1';
    case 'actCriterion':
      return 'the per-person criterion, art. 38 ust. 2 pkt 1';
    case 'newWordingByCentreDay':
    case 'oldWordingByCentreDay':
      return `${origin === 'newWordingByCentreDay' ? 'the new' : 'the old'} wording of art. 38 ust. 2 pkt 1, by the day the centre established, ${changeDay === null ? '' : day(changeDay)}: ${statedBy ?? ''}`;
    default:
      return '';
  }
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const day = (d: string): string => formatCivilDate(d as never, 'en');
const month = (m: string): string => formatCivilMonth(m, 'en');

/** @internal The benefits assessment in English. */
export const eligibilityEn = {
  steps: {
    'art5.entitlement': (s) => `Right to benefits (art. 5): ${status(s.inputs.legalStatus)}, resides in Poland: ${s.inputs.residesInPoland ? 'yes' : 'no'} → ${ownValue(entitlementOutcome, s.outcome) ?? 'none'}.`,
    'art13.custody': (s) => `Deprivation of liberty (art. 13): ${ownValue(custodyWords, s.inputs.custody) ?? 'no'}.`,
    'art8.grounds': (s) =>
      s.outcome
        ? `A ground of art. 7 pkt 2–15 or another circumstance: ${s.inputs.qualifying.map(ground).join(', ')}.`
        : 'No ground of art. 7 pkt 2–15 and no other circumstance justifying assistance (poverty alone is not enough).',
    'art8.referenceMonth': (s) =>
      s.inputs.incomeLost ? `Income lost: income of the month of application, ${month(s.outcome)}.` : `Income of the month before the application (${day(s.inputs.applicationDate)}): ${month(s.outcome)}.`,
    'art8.excluded': (s) => `${src(s.inputs.source)}: not counted as income.`,
    'art8.integratorExcluded': (s) => `${src(s.inputs.source)}: excluded from income by the centre's decision.`,
    'art8.netReceipt': ({ inputs: i }) =>
      i.month === i.referenceMonth
        ? `${src(i.source)}: gross ${zl(i.gross)} − income tax ${zl(i.incomeTax)} − health ${zl(i.healthContribution)} − social contributions ${zl(i.socialContributions)} = ${zl(i.net)}.`
        : `${src(i.source)}: received in ${month(i.month)}, and income is taken from ${month(i.referenceMonth)}: not counted.`,
    'art8.dueForPeriod': (s) => `${src(s.inputs.source)}: income due for ${month(s.inputs.from)} to ${month(s.inputs.to)} (${plural(s.inputs.months, 'month', 'months')}), in ${month(s.inputs.referenceMonth)}: ${zl(s.outcome)}.`,
    'art8.oneOffSpread': ({ inputs: i, outcome }) =>
      `${src(i.source)}: one-off income ${zl(i.net)} exceeds ${i.multiplier} × the criterion = ${zl(i.threshold)}; spread in equal parts over ${plural(i.months, 'month', 'months')} from ${month(i.paidIn)}; in ${month(i.referenceMonth)}: ${zl(outcome)}.`,
    'art8.business': ({ inputs: i }) =>
      `Business on general PIT rules: revenue ${zl(i.revenue)} − costs ${zl(i.costs)} − tax ${zl(i.incomeTax)} − contributions ${zl(i.contributions)} = ${zl(i.result)}${i.result < 0 ? ` (a loss: taken as ${zl(0)})` : ''}${i.month === i.referenceMonth ? '' : `; revenue of ${month(i.month)}, and income is taken from ${month(i.referenceMonth)}: not counted`}.`,
    'art8.flatRateBusiness': (s) =>
      `Lump-sum or tax-card business: declared income ${zl(s.inputs.declaredIncome)} — ${s.inputs.decision === 'count' ? 'taken' : 'excluded'} by the centre's decision; counted ${zl(s.outcome)}.`,
    'art8.farmBelowOneHectare': (s) => `Farm: ${s.inputs.conversionHectares} conversion ha (under ${s.inputs.thresholdHectares} ha in all): not counted.`,
    'art8.farm': ({ inputs: i, outcome }) =>
      `Farm: ${i.conversionHectares} conversion ha × ${i.incomePerHectare === null ? 'a rate not established' : zl(i.incomePerHectare)} = ${zl(i.flatIncome)}${i.monthlyContribution === null ? ' (no KRUS contribution given: nothing deducted)' : ` − KRUS contribution ${zl(i.monthlyContribution)}`} = ${zl(outcome)} a month.`,
    'art8.maintenancePaid': ({ inputs: i, outcome }) =>
      i.month === i.referenceMonth
        ? `Maintenance paid to others: −${zl(-outcome)}.`
        : `Maintenance paid to others, ${zl(i.amount)}, for ${month(i.month)}, and income is taken from ${month(i.referenceMonth)}: not deducted.`,
    'art8.maintenanceBeyondIncome': ({ inputs: i }) =>
      i.choice === 'wholeFamily'
        ? `The alimony above the payer's income, ${zl(i.excess)}, reduces the family's income (the centre's choice).`
        : i.choice === 'memberOnly'
          ? `The alimony above the payer's income, ${zl(i.excess)}, does not reduce the other members' income (the centre's choice).`
          : `Alimony above the payer's income: ${zl(i.excess)}; no way of counting it was chosen.`,
    'art6.familyIncome': (s) => `Family income ${zl(s.inputs.familyIncome)}; ${plural(s.inputs.householdSize, 'person', 'persons')}; income per person ${zl(s.outcome)}.`,
    'art8.singlePersonIncome': (s) => `Income of the person in a single-person household: ${zl(s.outcome)}.`,
    'art8.localThreshold': ({ inputs: i, outcome, basis }) =>
      `Local law: resolution no. ${i.resolution} of ${day(i.adoptedOn)} of the ${i.gmina} council (${i.publishedIn}) raises the amount entitling to this allowance to ${i.percentOfCriterion}% of the criterion: ${zl(outcome)} (${formatLegalBasis(basis)}).`,
    'art37.person': ({ inputs: i }) =>
      `Adult (${plural(i.age, 'year', 'years')}): ${i.adult ? 'yes' : 'no'}; unable to work: ${i.unableToWork === 'age' ? 'because of age' : i.unableToWork === 'complete' ? 'completely' : 'no'}.`,
    'art37.concurrentEntitlement': ({ inputs: i }) =>
      i.excluding.length > 0
        ? `Concurrent entitlement: the person is entitled to ${concurrent(i.excluding)}; no permanent allowance is granted, ${i.excluding.length > 1 ? 'the other benefits are' : 'the other benefit is'} paid.`
        : 'The benefits given did not exclude the permanent allowance on that day.',
    'art37.incomeTest': ({ inputs: i }) =>
      i.family
        ? `Own income ${zl(i.ownIncome)} ${i.ownBelow ? 'is lower than' : 'is not lower than'} the criterion ${zl(i.criterion)}; income per person ${zl(i.incomePerPerson)} ${i.familyBelow ? 'is lower than' : 'is not lower than'} the criterion.`
        : `Income ${zl(i.ownIncome)} ${i.ownBelow ? 'is lower than' : 'is not lower than'} the single-person criterion ${zl(i.criterion)} (required: strictly lower).`,
    'art37.amount': ({ inputs: i, outcome }) => {
      const subtracted = i.family ? `${zl(i.familyIncome)} ÷ ${i.householdSize}` : zl(i.ownIncome);
      const floor = i.computed < i.minimum ? ` → not less than ${zl(i.minimum)}` : '';
      const cap = i.maximum !== null && Math.max(i.computed, i.minimum) > i.maximum ? ` → not more than ${zl(i.maximum)}` : '';
      const old = i.formula === 'criterion-minus-income' ? ' (the formula in force on that day: criterion − income)' : '';
      return `Amount: ${i.percentOfCriterion}% × ${zl(i.criterion)} = ${zl(i.base)}; ${zl(i.base)} − ${subtracted} = ${zl(i.computed)}${floor}${cap} → ${zl(outcome)} a month${old}.`;
    },
    'art38.incomeTest': ({ inputs: i, outcome }) =>
      `${i.family ? 'Family income' : 'Income'} ${zl(i.income)} ${outcome ? 'is lower than' : 'is not lower than'} the ${i.family ? `family criterion (${i.householdSize} × ${zl(i.perPersonCriterion)})` : 'single-person criterion'} ${zl(i.threshold)}${i.local ? " (the gmina's threshold)" : ''}.`,
    'art38.amount': ({ inputs: i }) => {
      const cap = i.capOrigin === null ? '' : `; single-person cap ${i.cap === null ? 'not established' : zl(i.cap)} (${capWords(i.capOrigin, i.capStatedBy, i.capChangeDay)})`;
      const range = i.maximum === null ? `at least ${zl(i.minimum)} a month; the upper bound is not known` : `from ${zl(i.minimum)} to ${zl(i.maximum)} a month`;
      return `Difference ${zl(i.criterion)} − ${zl(i.income)} = ${zl(i.difference)}; at least ${i.minimumSharePercent}% of it = ${zl(i.shareAmount)}, not less than ${zl(i.floor)}, at most the difference${cap} → ${range}.`;
    },
    'art38.localMinimumShare': ({ inputs: i }) =>
      `Local law: resolution no. ${i.resolution} of ${day(i.adoptedOn)} (${i.publishedIn}) raises the minimum to ${i.percentOfDifference}% of the difference.`,
    'art8.incomeTest': ({ inputs: i, outcome }) =>
      `Income ${zl(i.income)} ${outcome ? 'does not exceed' : 'exceeds'} the ${i.family ? 'family criterion' : 'single-person criterion'} ${zl(i.threshold)}${i.local ? " (the gmina's threshold)" : ''}.`,
    'art40.loss': ({ inputs: i }) =>
      i.event !== null
        ? `Losses from ${i.event === 'disaster' ? 'a natural or ecological disaster' : 'a random event'}: ${i.description ?? ''}. It may be granted regardless of income and may be non-repayable.`
        : 'No random event or disaster diagnosed (art. 7 pkt 14–15).',
    'art41.incomeAbove': ({ inputs: i }) =>
      `Income ${zl(i.income)} ${i.income > i.criterion ? 'exceeds' : 'does not exceed'} the criterion ${zl(i.criterion)}; particularly justified case: ${i.particularlyJustified === true ? 'established' : i.particularlyJustified === false ? 'not established' : 'not stated'}.`,
    'art41.amount': (s) => `The amount may not exceed the criterion: up to ${zl(s.inputs.criterion)}; it is not repayable.`,
    'art45.socialWork': () => 'Social work is provided regardless of income (art. 45 u.p.s.); it needs no administrative decision (art. 106 ust. 2).',
    'art106.proRata': ({ inputs: i, outcome }) =>
      `Incomplete month (${month(i.month)}): ${zl(i.monthlyAmount)} ÷ ${i.daysInMonth} days × ${plural(i.days, 'day', 'days')} (${day(i.from)} to ${day(i.to)}) = ${zl(outcome)}.`,
    'art106.incomeChange': ({ inputs: i, outcome }) =>
      `An income change of ${zl(i.change)} ${outcome ? 'exceeds' : 'does not exceed'} ${i.tolerancePercent}% of the criterion (${zl(i.tolerance)}): ${outcome ? 'the amount is set anew' : 'the amount does not change'}.`,
  },
  reasons: {
    'ups.inForce': ({ inputs: i }) => `The day ${day(i.asOf)} is before the Social Assistance Act entered into force (${day(i.actInForceFrom)}): outside its scope.`,
    'art5.scope': ({ inputs: i }) =>
      `Whether the status "${status(i.legalStatus)}" gives a right to "${benefit(i.benefit)}" is not settled by the reference (art. 5a / art. 5 pkt 2 lit. b not verified on this point).`,
    'art5.entitlement': ({ inputs: i }) => (i.residenceMissing ? 'No residence and stay in Poland.' : `The status "${status(i.legalStatus)}" gives no right to "${benefit(i.benefit)}".`),
    'art13.custody': ({ inputs: i }) =>
      i.custody === 'servingSentence' ? 'A person serving a prison sentence has no right to benefits.' : 'The right to benefits of a person in pre-trial detention is suspended.',
    'art8.grounds': () => 'No ground of art. 7 pkt 2–15 u.p.s. and no other circumstance justifying assistance: poverty alone is not enough.',
    'art8.incomeOfNonMember': () => 'An income item belongs to a person who is not a member of the household: correct the data before the income is computed.',
    'art8.kindNotInForce': ({ inputs: i }) => `${src(i.source)}: according to the reference this benefit did not exist on ${day(i.asOf)}: check the kind of the item.`,
    'art8.cashBenefitOnly': () => 'The supplementary benefit is not income for cash benefits and is income for other help (art. 8 ust. 4a): say which help is decided.',
    'art8.unverifiedIncome': ({ inputs: i }) => `${src(i.source)}: whether it counts as income is not verified; the centre must decide: count or exclude.`,
    'art8.flatRateBusiness': () =>
      'Business income on lump-sum tax or tax card — the current wording of art. 8 ust. 5 pkt 2 is not verified (Constitutional Tribunal K 30/05); the centre must decide whether to take the declared income.',
    'art8.maintenanceBeyondIncome': ({ inputs: i }) =>
      `Alimony paid by a member exceeds that member's income by ${zl(i.excess)}. The act does not settle whether the excess reduces the family's income: the centre must choose.`,
    'art37.adult': () => 'The permanent allowance is for adults.',
    'art37.unableToWork': () => 'Neither unable to work because of age nor completely unable to work.',
    'art37.concurrentEntitlement': (r) =>
      `Concurrent entitlement: the person is entitled to ${concurrent(r.inputs.excluding)}, so no permanent allowance is due.${r.flags?.includes('lowConfidence') ? ' Note: that the list includes this benefit is not confirmed in the text of the act — check before deciding.' : ''}`,
    'art37.incomeTest': ({ inputs: i }) => `The income is not lower than the income criterion (${zl(i.criterion)}), and the permanent allowance requires an income lower than the criterion.`,
    'art37.bornAfterAsOf': ({ inputs: i }) => `The applicant's birth date is after the day assessed (${day(i.asOf)}): check the person's data.`,
    'art38.incomeTest': ({ inputs: i }) => `Income ${zl(i.income)} is not lower than the criterion ${zl(i.threshold)}.`,
    'art38.amountAboveStatutoryCriterion': ({ inputs: i }) =>
      `The income lies between the statutory criterion (${zl(i.criterion)}) and the gmina's threshold (${zl(i.threshold)}): how to set the amount does not follow from the reference — the centre sets it.`,
    'art38.capSinglePerson': ({ inputs: i }) =>
      `The single-person cap of the periodic allowance on this day is not known: the 2021 amendment replaced the amount${i.previousCap === null ? '' : ` of ${zl(i.previousCap)}`} (surely applied until ${day(i.previousCapUntil)}) with the per-person criterion (surely applied from ${day(i.newCapFrom)}), but the day the change came into force was not established. The centre must state that day; until then no upper bound is given.`,
    'art39.amount': () => 'The act sets no minimum or maximum for an ordinary purpose allowance (none found in the reference): the centre sets the amount by need.',
    'art8.incomeTest': ({ inputs: i }) => `Income ${zl(i.income)} exceeds the criterion ${zl(i.threshold)}; in a particularly justified case a special purpose allowance is possible (art. 41 u.p.s.).`,
    'art40.loss': () => 'Art. 40 requires losses from a random event or a natural or ecological disaster.',
    'art41.incomeAbove': () => 'The income does not exceed the criterion: the ordinary purpose allowance applies (art. 39).',
    'art41.justified': () => 'No particularly justified case was established.',
  },
  benefits: {
    permanentAllowance: 'Permanent allowance (art. 37 u.p.s.)',
    periodicAllowance: 'Periodic allowance (art. 38 u.p.s.)',
    purposeAllowance: 'Purpose allowance (art. 39 u.p.s.)',
    randomEventPurposeAllowance: 'Purpose allowance after a random event or disaster (art. 40 u.p.s.)',
    specialPurposeAllowance: 'Special purpose allowance (art. 41 pkt 1 u.p.s.)',
    socialWork: 'Social work (art. 45 u.p.s.)',
  },
  parameters: {
    'incomeCriteria.singlePerson': 'single-person income criterion',
    'incomeCriteria.perPersonInFamily': 'per-person income criterion',
    'incomeCriteria.family': 'family income criterion',
    'permanentAllowance.percentOfCriterion': 'percent of the criterion (permanent allowance)',
    'permanentAllowance.min': 'minimum permanent allowance',
    'permanentAllowance.maxSinglePerson': 'maximum permanent allowance of a single person',
    'periodicAllowance.minimum': 'minimum periodic allowance',
    'periodicMinimumShare.singlePersonPercent': 'minimum share of the difference (single person)',
    'periodicMinimumShare.familyPercent': 'minimum share of the difference (family)',
    periodicCapSinglePerson: 'periodic allowance cap of a single person',
    'lumpSumRules.multiplier': 'multiple of the criterion for one-off income',
    farmIncomePerHectare: 'income from 1 conversion hectare',
    'incomeChangeTolerance.percent': 'tolerated income change',
  },
  tables: {
    incomeCriteria: 'income criteria',
    permanentAllowanceRules: 'permanent allowance amounts',
    periodicAllowanceRules: 'periodic allowance minimum',
    periodicMinimumShare: 'periodic allowance minimum share',
    farmIncomePerHectare: 'income from 1 conversion hectare',
  },
  confidence: {
    V: 'value confirmed in the text of the act',
    S: 'value from a secondary source — check before deciding',
    R: 'value not confirmed in any text — check before deciding',
    C: 'the sources disagree — check before deciding',
  },
  flags: { localLaw: 'local law', unverified: 'not verified', integratorDecision: "centre's decision", lowConfidence: 'weak source' },
  money: zl,
  date: day,
  warnings: {
    title: 'Notes',
    outside: (w) =>
      `${plural(w.items.length, 'income item', 'income items')} of ${[...new Set(w.items.map((i) => i.month))].map(month).join(', ')} not counted: income is taken from ${month(w.referenceMonth)} (art. 8 ust. 3 u.p.s.); check the date.`,
    farm: (w) => `No KRUS contribution given for ${plural(w.itemIds.length, 'farm', 'farms')}: nothing was deducted from the farm income (art. 8 ust. 3 pkt 2 u.p.s.).`,
    stale: (w, table) =>
      `The value of "${table}" is unverified from ${day(w.unverifiedFrom)}: the last known value was used; the criteria are verified every three years (art. 9 u.p.s.): check whether new ones were published.`,
  },
  words: {
    eligible: 'eligible',
    notEligible: 'not eligible',
    unsupported: 'cannot be decided',
    amount: 'amount',
    range: 'within',
    from: 'from',
    to: 'to',
    month: 'a month',
    reasons: 'Reasons',
    open: 'Open questions',
    steps: 'Findings',
    inForce: 'in force from',
    until: 'to',
    decision: 'Needs an administrative decision (art. 106 ust. 1 u.p.s.).',
    noDecision: 'Needs no administrative decision (art. 106 ust. 2 u.p.s.).',
    unknownParameter: 'legal parameter',
    callerValue: "the caller's value, not the SDK's law",
    unknownRule: 'a finding this version does not know',
    malformed: 'The result cannot be shown: its data are incomplete or come from another version — assess the case again.',
  },
} as const satisfies EligibilityCatalogue;
