import { type CivilDate, type CivilMonth, addMonthsToMonth } from '../law/civilDate.js';
import { type Grosze, grosze, multiplyRatio, splitEvenly, sumGrosze } from '../law/grosze.js';
import { formatPlnPl } from '../i18n/pln.js';
import { label } from '../i18n/labels.js';
import type { ReceiptSource } from '../law/ups/art8/receipts.js';
import type { IncomeCriteria } from '../law/parameters/incomeCriteria.js';
import { type LawTables, builtInLaw } from '../law/lawTables.js';
import type { ValueInForce } from '../law/period.js';
import { valueAt } from '../law/period.js';
import type { Household } from '../case/household.js';
import type { IncomeItem, UnverifiedIncomeDecisions } from './incomeItem.js';
import { treatmentAt } from './incomeSource.js';
import { referenceMonth, referenceMonthBasis } from './referenceMonth.js';
import type { MaintenanceBeyondIncome } from './request.js';
import type { EligibilityWarning } from './result.js';
import { legalConstants } from '../law/ups/constants.js';
import type { Reason } from '../law/trace.js';
import { type TraceStep, param, step } from '../law/trace.js';

/**
 * Input to {@link computeIncome}.
 *
 * @example
 * ```ts
 * import { type IncomeInput } from 'praca-socjalna';
 * declare const input: IncomeInput;
 * input.applicationDate;
 * ```
 * @category Eligibility
 */
export interface IncomeInput {
  readonly asOf: CivilDate;
  readonly applicationDate: CivilDate;
  readonly incomeLost: boolean;
  readonly household: Household;
  readonly items: readonly IncomeItem[];
  readonly unverifiedDecisions?: UnverifiedIncomeDecisions | undefined;
  /**
   * Whether the income is computed to decide a cash benefit: art. 8 ust. 4a leaves the świadczenie
   * uzupełniające out then, and counts it for other help. Needed only when such an item is present.
   */
  readonly forCashBenefit?: boolean | undefined;
  /** The centre's choice when alimony paid exceeds the payer's income (art. 8 ust. 3 pkt 3, not settled). */
  readonly maintenanceBeyondIncome?: MaintenanceBeyondIncome | undefined;
  /** The law to apply; the SDK's own when absent (see `lawWith`). */
  readonly law?: LawTables | undefined;
}

/**
 * The income of a household in its reference month, with the trace of every item.
 *
 * @example
 * ```ts
 * import { type IncomeAssessment } from 'praca-socjalna';
 * declare const a: IncomeAssessment;
 * a.familyIncome;
 * ```
 * @category Eligibility
 */
export interface IncomeAssessment {
  readonly referenceMonth: CivilMonth;
  readonly householdKind: Household['kind'];
  readonly householdSize: number;
  /** Income of each member after deductions, never below 0. */
  readonly memberIncome: Readonly<Record<string, Grosze>>;
  /** „Dochód rodziny”: the sum of members' incomes (art. 6 pkt 4); for a single person, their income. */
  readonly familyIncome: Grosze;
  /** „Dochód na osobę w rodzinie” (art. 6 pkt 3), rounded half up to the grosz for display; tests compare exactly. */
  readonly incomePerPerson: Grosze;
  readonly criteria: ValueInForce<IncomeCriteria>;
  readonly trace: readonly TraceStep[];
  /** Items the SDK could not decide: an unverified kind with no decision of the integrator. */
  readonly unsupported: readonly Reason[];
  /** Items not counted because of their month, farms with no contribution given, unverified parameters. */
  readonly warnings: readonly EligibilityWarning[];
}

const pl = formatPlnPl;
/** The kind of a receipt as a worker reads it: items are named by their kind, never by their id. */
const srcPl = (source: ReceiptSource): string => capital(label(source, 'pl', 'ReceiptSource') ?? 'przychód');
const srcEn = (source: ReceiptSource): string => capital(label(source, 'en', 'ReceiptSource') ?? 'receipt');
const capital = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

/** „1 osoba, 2 osoby, 5 osób”: the Polish plural of „osoba” for a count. */
function persons(n: number): string {
  const units = n % 10;
  const tens = n % 100;
  return `${n} ${n === 1 ? 'osoba' : units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? 'osoby' : 'osób'}`;
}

function hectaresRatio(hectares: string): [number, number] {
  const [whole, fraction = ''] = hectares.split('.');
  const scale = 10 ** fraction.length;
  return [Number(whole) * scale + Number(fraction || '0'), scale];
}

/** The share of an amount spread evenly over `months` months from `start` that falls in `month`, or 0. */
function spreadShare(amount: Grosze, start: CivilMonth, months: number, month: CivilMonth): Grosze {
  for (let k = 0; k < months; k++) {
    if (addMonthsToMonth(start, k) === month) return splitEvenly(amount, months)[k] as Grosze;
  }
  return grosze(0);
}

function monthsBetween(from: CivilMonth, to: CivilMonth): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/**
 * Computes the income of a household under art. 8 u.p.s.: reference month; net receipts (gross − tax −
 * contributions); exclusions as data; business and farm income; one-off income above 5 × the criterion
 * spread over 12 months; income due for a period spread over it; alimony paid deducted.
 *
 * @remarks Returns `outside_coverage` for dates before 2004-05-01. Rounding: farm income and per-person
 * income half up to the grosz; spread shares differ by at most a grosz and sum to the whole (the first
 * months take the extra grosze) — the act names no rounding, so these are the SDK's documented choices.
 * @example
 * ```ts
 * import { computeIncome, Household, type CivilDate } from 'praca-socjalna';
 * const household = Household.parse({ id: 'h', kind: 'singlePerson', members: [
 *   { person: { id: 'p', firstName: 'Jan', lastName: 'Nowak', birthDate: '1950-01-01' }, relation: 'applicant' },
 * ] });
 * const r = computeIncome({
 *   asOf: '2025-03-20' as CivilDate, applicationDate: '2025-03-15' as CivilDate, incomeLost: false, household,
 *   items: [{ kind: 'farm', id: 'f', personId: 'p', conversionHectares: '3.5' }],
 * });
 * r.ok && r.value.familyIncome; //=> 160650 (3.5 ha × 459,00 zł)
 * ```
 * @category Eligibility
 */
export function computeIncome(
  input: IncomeInput,
): { readonly ok: true; readonly value: IncomeAssessment } | { readonly ok: false; readonly error: Reason } {
  const law = input.law ?? builtInLaw;
  const criteria = valueAt(law.incomeCriteria, input.asOf);
  if (!criteria.ok) return { ok: false, error: outsideAct(input.asOf) };
  const month = referenceMonth(input.applicationDate, input.incomeLost);
  const size = input.household.members.length;
  const family = input.household.kind === 'family';
  const trace: TraceStep[] = [];
  const unsupported: Reason[] = [];
  const byPerson = new Map<string, Grosze[]>(input.household.members.map((m) => [m.person.id, []]));
  const add = (personId: string, amount: Grosze) => byPerson.get(personId)?.push(amount);
  const warnings: EligibilityWarning[] = [];
  const outside: { itemId: string; month: CivilMonth }[] = [];
  const payers = new Set<string>();
  if (criteria.value.unverifiedFrom !== undefined) {
    warnings.push({ code: 'parameter_unverified', table: criteria.value.table, unverifiedFrom: criteria.value.unverifiedFrom });
  }
  for (const item of input.items) {
    if (!byPerson.has(item.personId)) {
      return {
        ok: false,
        error: {
          rule: 'art8.incomeOfNonMember',
          basis: { act: 'ups', article: '8', paragraph: '3' },
          text: {
            pl: 'Pozycja dochodu dotyczy osoby, która nie jest członkiem gospodarstwa domowego: popraw dane, zanim dochód zostanie ustalony.',
            en: 'An income item belongs to a person who is not a member of the household: correct the data before the income is computed.',
          },
        },
      };
    }
  }

  trace.push(
    step({
      rule: 'art8.referenceMonth',
      basis: referenceMonthBasis,
      text: input.incomeLost
        ? { pl: `Utrata dochodu: dochód z miesiąca złożenia wniosku, ${month}.`, en: `Income lost: income of the month of application, ${month}.` }
        : { pl: `Dochód z miesiąca poprzedzającego złożenie wniosku (${input.applicationDate}): ${month}.`, en: `Income of the month before the application (${input.applicationDate}): ${month}.` },
      inputs: { applicationDate: input.applicationDate, incomeLost: input.incomeLost },
      parameters: [],
      output: month,
    }),
  );

  const lump = valueAt(law.lumpSumRules, input.asOf);
  const criterionForLump = family ? criteria.value.value.perPersonInFamily * size : criteria.value.value.singlePerson;
  const farmItems = input.items.filter((i): i is Extract<IncomeItem, { kind: 'farm' }> => i.kind === 'farm');

  for (const item of input.items) {
    switch (item.kind) {
      case 'receipt': {
        const treatment = treatmentAt(item.source, input.asOf);
        const net = grosze(item.gross - item.incomeTax - item.healthContribution - item.socialContributions);
        const decision = input.unverifiedDecisions?.[item.source];
        if (treatment === undefined) {
          unsupported.push({
            rule: 'art8.kindNotInForce',
            basis: { act: 'ups', article: '8', paragraph: '4' },
            text: {
              pl: `${srcPl(item.source)}: według materiału źródłowego takie świadczenie nie istniało w dniu ${input.asOf}: sprawdź rodzaj pozycji.`,
              en: `${srcEn(item.source)}: according to the reference this benefit did not exist on ${input.asOf}: check the kind of the item.`,
            },
          });
          break;
        }
        if (treatment.treatment === 'excludedForCashBenefits' && input.forCashBenefit === undefined) {
          unsupported.push({
            rule: 'art8.cashBenefitOnly',
            basis: treatment.basis,
            text: {
              pl: `Świadczenie uzupełniające nie jest dochodem przy świadczeniach pieniężnych, a jest przy innych formach pomocy (art. 8 ust. 4a): wskaż, o jaką pomoc chodzi.`,
              en: `The supplementary benefit is not income for cash benefits and is income for other help (art. 8 ust. 4a): say which help is decided.`,
            },
          });
          break;
        }
        if (treatment.treatment === 'excluded' || (treatment.treatment === 'excludedForCashBenefits' && input.forCashBenefit === true)) {
          trace.push(step({
            rule: 'art8.excluded',
            basis: treatment?.basis ?? { act: 'ups', article: '8', paragraph: '4' },
            text: { pl: `${srcPl(item.source)}: nie wlicza się do dochodu (${treatment.note}).`, en: `${srcEn(item.source)}: not counted as income.` },
            inputs: { item: item.id, source: item.source, gross: item.gross },
            parameters: [],
            output: 0,
          }));
          break;
        }
        if (treatment.treatment === 'unverified' && decision === undefined) {
          unsupported.push({
            rule: 'art8.unverifiedIncome',
            basis: treatment.basis,
            text: {
              pl: `${srcPl(item.source)}: traktowanie tego świadczenia jako dochodu nie jest zweryfikowane (${treatment.note}); ośrodek musi rozstrzygnąć: liczyć czy wyłączyć.`,
              en: `${srcEn(item.source)}: whether it counts as income is not verified (${treatment.note}); the centre must decide: count or exclude.`,
            },
          });
          break;
        }
        if (treatment.treatment === 'unverified' && decision === 'exclude') {
          trace.push(step({
            rule: 'art8.integratorExcluded',
            basis: treatment.basis,
            text: { pl: `${srcPl(item.source)}: wyłączone z dochodu decyzją ośrodka (${treatment.note}).`, en: `${srcEn(item.source)}: excluded from income by the centre's decision.` },
            inputs: { item: item.id, source: item.source, gross: item.gross },
            parameters: [],
            output: 0,
            flags: ['unverified', 'integratorDecision'],
          }));
          break;
        }
        const flags = treatment.treatment === 'unverified' ? (['unverified', 'integratorDecision'] as const) : ([] as const);
        let counted: Grosze;
        let how: { pl: string; en: string };
        if (item.forPeriod !== null) {
          const months = monthsBetween(item.forPeriod.from, item.forPeriod.to);
          counted = spreadShare(net, item.forPeriod.from, Math.max(months, 1), month);
          how = { pl: `dochód należny za okres ${item.forPeriod.from}–${item.forPeriod.to} (${months} mies.), w ${month}: ${pl(counted)}`, en: `income due for ${item.forPeriod.from}–${item.forPeriod.to} (${months} months), in ${month}: ${pl(counted)}` };
        } else if (item.oneOff && lump.ok && net > lump.value.value.multiplier * criterionForLump) {
          const threshold = grosze(lump.value.value.multiplier * criterionForLump);
          counted = spreadShare(net, item.month, lump.value.value.months, month);
          trace.push(step({
            rule: 'art8.oneOffSpread',
            basis: { act: 'ups', article: '8', paragraph: '11' },
            text: {
              pl: `${srcPl(item.source)}: dochód jednorazowy ${pl(net)} przekracza ${lump.value.value.multiplier} × kryterium = ${pl(threshold)}; rozlicza się go w równych częściach na ${lump.value.value.months} miesięcy od ${item.month}; w ${month}: ${pl(counted)}.`,
              en: `${srcEn(item.source)}: one-off income ${pl(net)} exceeds ${lump.value.value.multiplier} × the criterion = ${pl(threshold)}; spread in equal parts over ${lump.value.value.months} months from ${item.month}; in ${month}: ${pl(counted)}.`,
            },
            inputs: { item: item.id, net, paidIn: item.month },
            parameters: [param('lumpSumRules.multiplier', lump.value, lump.value.value.multiplier), param(family ? 'incomeCriteria.family' : 'incomeCriteria.singlePerson', criteria.value, criterionForLump)],
            output: counted,
            flags,
          }));
          add(item.personId, counted);
          break;
        } else {
          if (item.month !== month) outside.push({ itemId: item.id, month: item.month });
          counted = item.month === month ? net : grosze(0);
          how = item.month === month
            ? { pl: `przychód ${pl(item.gross)} − podatek ${pl(item.incomeTax)} − składki zdrowotne ${pl(item.healthContribution)} − składki społeczne ${pl(item.socialContributions)} = ${pl(net)}`, en: `gross ${pl(item.gross)} − income tax ${pl(item.incomeTax)} − health ${pl(item.healthContribution)} − social contributions ${pl(item.socialContributions)} = ${pl(net)}` }
            : { pl: `otrzymany w ${item.month}, poza miesiącem ${month}: nie wlicza się`, en: `received in ${item.month}, outside ${month}: not counted` };
        }
        trace.push(step({
          rule: item.forPeriod !== null ? 'art8.dueForPeriod' : 'art8.netReceipt',
          basis: item.forPeriod !== null ? { act: 'ups', article: '8', paragraph: '12' } : { act: 'ups', article: '8', paragraph: '3' },
          text: { pl: `${srcPl(item.source)}: ${how.pl}.`, en: `${srcEn(item.source)}: ${how.en}.` },
          inputs: { item: item.id, gross: item.gross, incomeTax: item.incomeTax, healthContribution: item.healthContribution, socialContributions: item.socialContributions },
          parameters: [],
          output: counted,
          flags,
        }));
        add(item.personId, counted);
        break;
      }
      case 'business': {
        const raw = item.revenue - item.costs - item.incomeTax - item.healthContribution - item.socialContributions;
        if (item.month !== month) outside.push({ itemId: item.id, month: item.month });
        const counted = item.month === month ? grosze(Math.max(0, raw)) : grosze(0);
        trace.push(step({
          rule: 'art8.business',
          basis: { act: 'ups', article: '8', paragraph: '5', point: '1' },
          text: {
            pl: `Działalność gospodarcza (zasady ogólne podatku dochodowego): przychód ${pl(item.revenue)} − koszty ${pl(item.costs)} − podatek ${pl(item.incomeTax)} − składki ${pl(grosze(item.healthContribution + item.socialContributions))} = ${pl(grosze(raw))}${raw < 0 ? ' (strata: przyjęto 0)' : ''}${item.month === month ? '' : `; miesiąc ${item.month} poza ${month}: nie wlicza się`}.`,
            en: `Business on general PIT rules: revenue ${pl(item.revenue)} − costs ${pl(item.costs)} − tax ${pl(item.incomeTax)} − contributions ${pl(grosze(item.healthContribution + item.socialContributions))} = ${pl(grosze(raw))}${raw < 0 ? ' (a loss: taken as 0)' : ''}${item.month === month ? '' : `; month ${item.month} outside ${month}: not counted`}.`,
          },
          inputs: { item: item.id, revenue: item.revenue, costs: item.costs },
          parameters: [],
          output: counted,
        }));
        add(item.personId, counted);
        break;
      }
      case 'flatRateBusiness': {
        const decision = input.unverifiedDecisions?.flatRateBusiness;
        const basis = { act: 'ups', article: '8', paragraph: '5', point: '2' } as const;
        if (decision === undefined) {
          unsupported.push({
            rule: 'art8.flatRateBusiness',
            basis,
            text: {
              pl: `Dochód z działalności na ryczałcie lub karcie podatkowej — obecne brzmienie art. 8 ust. 5 pkt 2 niezweryfikowane (wyrok TK K 30/05); ośrodek musi rozstrzygnąć, czy przyjąć zadeklarowany dochód.`,
              en: `Business income on lump-sum tax or tax card — the current wording of art. 8 ust. 5 pkt 2 is not verified (Constitutional Tribunal K 30/05); the centre must decide whether to take the declared income.`,
            },
          });
          break;
        }
        if (item.month !== month) outside.push({ itemId: item.id, month: item.month });
        const counted = decision === 'count' && item.month === month ? item.declaredIncome : grosze(0);
        trace.push(step({
          rule: 'art8.flatRateBusiness',
          basis,
          text: {
            pl: `Działalność na ryczałcie lub karcie podatkowej: dochód zadeklarowany ${pl(item.declaredIncome)} — ${decision === 'count' ? 'przyjęty' : 'wyłączony'} decyzją ośrodka; wliczono ${pl(counted)}.`,
            en: `Lump-sum or tax-card business: declared income ${pl(item.declaredIncome)} — ${decision === 'count' ? 'taken' : 'excluded'} by the centre's decision; counted ${pl(counted)}.`,
          },
          inputs: { item: item.id, declaredIncome: item.declaredIncome },
          parameters: [],
          output: counted,
          flags: ['unverified', 'integratorDecision'],
        }));
        add(item.personId, counted);
        break;
      }
      case 'farm':
        break; // summed over the household below: the 1 ha threshold applies to the farm area as a whole
      case 'maintenancePaid': {
        if (item.month !== month) outside.push({ itemId: item.id, month: item.month });
        else if (item.amount > 0) payers.add(item.personId);
        const deducted = item.month === month ? item.amount : grosze(0);
        trace.push(step({
          rule: 'art8.maintenancePaid',
          basis: { act: 'ups', article: '8', paragraph: '3', point: '3' },
          text: { pl: `Alimenty świadczone na rzecz innych osób: −${pl(deducted)}${item.month === month ? '' : ` (miesiąc ${item.month} poza ${month}: nie odlicza się)`}.`, en: `Maintenance paid to others: −${pl(deducted)}${item.month === month ? '' : ` (month ${item.month} outside ${month}: not deducted)`}.` },
          inputs: { item: item.id, amount: item.amount, month: item.month },
          parameters: [],
          output: -deducted,
        }));
        add(item.personId, grosze(-deducted));
        break;
      }
    }
  }

  if (farmItems.length > 0) {
    const rate = valueAt(law.farmIncomePerHectare, input.asOf);
    if (rate.ok && rate.value.unverifiedFrom !== undefined) warnings.push({ code: 'parameter_unverified', table: rate.value.table, unverifiedFrom: rate.value.unverifiedFrom });
    const threshold = legalConstants.farmThresholdTenThousandthsHa.value;
    const totalTenThousandths = farmItems.reduce((s, f) => {
      const [n, d] = hectaresRatio(f.conversionHectares);
      return s + (n * 10000) / d;
    }, 0);
    const belowOne = totalTenThousandths < threshold;
    const noContribution: string[] = [];
    for (const f of farmItems) {
      const [n, d] = hectaresRatio(f.conversionHectares);
      const flat = belowOne || !rate.ok ? grosze(0) : multiplyRatio(rate.value.value, n, d, 'halfUp');
      const contribution = f.monthlyContribution;
      if (contribution === undefined && !belowOne) noContribution.push(f.id);
      // the KRUS contribution reduces the farm income (art. 8 ust. 3 pkt 2, centres' practice, S); not below 0
      const counted = belowOne ? grosze(0) : grosze(Math.max(0, flat - (contribution ?? 0)));
      const ha = f.conversionHectares.replace('.', ',');
      const krus = contribution === undefined
        ? { pl: ' (składki KRUS nie podano: nic nie odliczono)', en: ' (no KRUS contribution given: nothing deducted)' }
        : { pl: ` − składka KRUS ${pl(contribution)}`, en: ` − KRUS contribution ${pl(contribution)}` };
      trace.push(step({
        rule: belowOne ? 'art8.farmBelowOneHectare' : 'art8.farm',
        basis: belowOne ? { act: 'ups', article: '8', paragraph: '4', point: '6' } : { act: 'ups', article: '8' },
        text: belowOne
          ? { pl: `Gospodarstwo rolne: ${ha} ha przeliczeniowych (łącznie poniżej 1 ha): nie wlicza się.`, en: `Farm: ${f.conversionHectares} conversion ha (under 1 ha in all): not counted.` }
          : { pl: `Gospodarstwo rolne: ${ha} ha przeliczeniowych × ${rate.ok ? pl(rate.value.value) : '?'} = ${pl(flat)}${krus.pl} = ${pl(counted)} miesięcznie.`, en: `Farm: ${f.conversionHectares} conversion ha × ${rate.ok ? pl(rate.value.value) : '?'} = ${pl(flat)}${krus.en} = ${pl(counted)} a month.` },
        inputs: { item: f.id, conversionHectares: f.conversionHectares, monthlyContribution: contribution ?? null },
        parameters: rate.ok ? [param('farmIncomePerHectare', rate.value, rate.value.value)] : [],
        output: counted,
      }));
      add(f.personId, counted);
    }
    if (noContribution.length > 0) warnings.push({ code: 'farm_contribution_missing', itemIds: noContribution });
  }
  if (outside.length > 0) warnings.push({ code: 'income_outside_reference_month', referenceMonth: month, items: outside });

  // Each member's income stops at 0. Alimony a member pays beyond their own income: the law does not settle
  // whether the excess reduces the family's income (REFERENCE.md §0.0 item 12) — the centre's choice.
  const memberIncome: Record<string, Grosze> = Object.create(null) as Record<string, Grosze>;
  let excess = 0;
  const overPaying: string[] = [];
  for (const [personId, amounts] of byPerson) {
    const raw = sumGrosze(amounts);
    if (raw < 0 && payers.has(personId)) {
      excess += -raw;
      overPaying.push(personId);
    }
    memberIncome[personId] = grosze(Math.max(0, raw));
  }
  const choice = input.maintenanceBeyondIncome;
  if (excess > 0) {
    if (choice === undefined) {
      unsupported.push({
        rule: 'art8.maintenanceBeyondIncome',
        basis: { act: 'ups', article: '8', paragraph: '3', point: '3' },
        text: {
          pl: `Alimenty świadczone przez członka gospodarstwa przewyższają jego dochód o ${pl(grosze(excess))}. Ustawa nie rozstrzyga, czy nadwyżka pomniejsza dochód rodziny: ośrodek musi wybrać sposób liczenia.`,
          en: `Alimony paid by a member exceeds that member's income by ${pl(grosze(excess))}. The act does not settle whether the excess reduces the family's income: the centre must choose.`,
        },
      });
    }
    trace.push(step({
      rule: 'art8.maintenanceBeyondIncome',
      basis: { act: 'ups', article: '8', paragraph: '3', point: '3' },
      text: choice === 'wholeFamily'
        ? { pl: `Nadwyżka alimentów ponad dochód płacącego, ${pl(grosze(excess))}, pomniejsza dochód rodziny (wybór ośrodka).`, en: `The alimony above the payer's income, ${pl(grosze(excess))}, reduces the family's income (the centre's choice).` }
        : choice === 'memberOnly'
          ? { pl: `Nadwyżka alimentów ponad dochód płacącego, ${pl(grosze(excess))}, nie pomniejsza dochodu pozostałych członków (wybór ośrodka).`, en: `The alimony above the payer's income, ${pl(grosze(excess))}, does not reduce the other members' income (the centre's choice).` }
          : { pl: `Nadwyżka alimentów ponad dochód płacącego: ${pl(grosze(excess))}; sposób liczenia nie został wybrany.`, en: `Alimony above the payer's income: ${pl(grosze(excess))}; no way of counting it was chosen.` },
      inputs: { excess, choice: choice ?? null },
      parameters: [],
      output: choice === 'wholeFamily' ? -excess : 0,
      flags: ['integratorDecision'],
    }));
  }
  const summed = sumGrosze(Object.values(memberIncome));
  const familyIncome = choice === 'wholeFamily' ? grosze(Math.max(0, summed - excess)) : summed;
  const incomePerPerson = multiplyRatio(familyIncome, 1, size, 'halfUp');
  trace.push(step({
    rule: family ? 'art6.familyIncome' : 'art8.singlePersonIncome',
    basis: family ? { act: 'ups', article: '6', point: '3' } : { act: 'ups', article: '8', paragraph: '3' },
    text: family
      ? { pl: `Dochód rodziny ${pl(familyIncome)}; ${persons(size)}; dochód na osobę ${pl(incomePerPerson)}.`, en: `Family income ${pl(familyIncome)}; ${size} persons; income per person ${pl(incomePerPerson)}.` }
      : { pl: `Dochód osoby samotnie gospodarującej: ${pl(familyIncome)}.`, en: `Income of the person in a single-person household: ${pl(familyIncome)}.` },
    inputs: { householdSize: size },
    parameters: [],
    output: family ? incomePerPerson : familyIncome,
  }));

  return {
    ok: true,
    value: {
      referenceMonth: month,
      householdKind: input.household.kind,
      householdSize: size,
      memberIncome,
      familyIncome,
      incomePerPerson,
      criteria: criteria.value,
      trace,
      unsupported,
      warnings,
    },
  };
}

/** @internal The reason for any date before the act. */
export function outsideAct(asOf: CivilDate): Reason {
  return {
    rule: 'ups.inForce',
    basis: { act: 'ups' },
    text: {
      pl: `Data ${asOf} jest sprzed wejścia w życie ustawy o pomocy społecznej (${legalConstants.actInForceFrom.value}): poza zakresem.`,
      en: `The date ${asOf} is before the Social Assistance Act entered into force (${legalConstants.actInForceFrom.value}): outside its scope.`,
    },
  };
}
