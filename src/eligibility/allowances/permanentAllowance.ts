import { ageOn, type CivilDate } from '../../law/civilDate.js';
import { formatPlnPl as pl } from '../../i18n/pln.js';
import { type Grosze, grosze, maxGrosze, minGrosze, multiplyRatio } from '../../law/grosze.js';
import { type LawTables, builtInLaw } from '../../law/lawTables.js';
import { valueAt } from '../../law/period.js';
import type { Person } from '../../case/person.js';
import type { Collector } from '../collector.js';
import type { IncomeAssessment } from '../computeIncome.js';
import { outsideAct } from '../computeIncome.js';
import type { PersonFacts } from '../personFacts.js';
import { param, step } from '../../law/trace.js';
import type { AmountOutcome } from './amount.js';
import { legalConstants } from '../../law/ups/constants.js';
import { art37ust5, concurrentEntitlementList } from '../../law/ups/art37.js';
import { noteUnverified } from './unverified.js';
import { countPl } from '../../i18n/plural.js';

/**
 * @internal Zasiłek stały (art. 37 u.p.s.): adult, unable to work because of age or completely; income
 * *strictly lower* than the criterion (a person in a family: own income and income per person); the
 * formula, cap and floor in force on `asOf`.
 */
export function assessPermanentAllowance(
  asOf: CivilDate,
  applicant: Person,
  facts: PersonFacts,
  income: IncomeAssessment,
  c: Collector,
  law: LawTables = builtInLaw,
): AmountOutcome | undefined {
  const rule = valueAt(law.permanentAllowanceRules, asOf);
  if (!rule.ok) {
    c.unsupported.push(outsideAct(asOf));
    return undefined;
  }
  const r = rule.value.value;
  noteUnverified(c, rule.value);
  const basis = { act: 'ups', article: '37', paragraph: '1' } as const;
  const age = ageOn(applicant.birthDate, asOf);
  const adult = age >= legalConstants.ageOfMajority.value;
  c.trace.push(step({
    rule: 'art37.person',
    basis,
    text: {
      pl: `Osoba pełnoletnia (${countPl(age, ['rok', 'lata', 'lat'])}): ${adult ? 'tak' : 'nie'}; niezdolna do pracy: ${facts.unableToWork === 'age' ? 'z powodu wieku' : facts.unableToWork === 'complete' ? 'całkowicie' : 'nie'}.`,
      en: `Adult (${age} years): ${adult ? 'yes' : 'no'}; unable to work: ${facts.unableToWork === 'age' ? 'because of age' : facts.unableToWork === 'complete' ? 'completely' : 'no'}.`,
    },
    inputs: { birthDate: applicant.birthDate, unableToWork: facts.unableToWork },
    parameters: [],
    output: adult && facts.unableToWork !== null,
  }));
  if (!adult) c.reasons.push({ rule: 'art37.adult', basis, text: { pl: 'Zasiłek stały przysługuje osobie pełnoletniej.', en: 'The permanent allowance is for adults.' } });
  if (facts.unableToWork === null) {
    c.reasons.push({
      rule: 'art37.unableToWork',
      basis,
      text: { pl: 'Brak niezdolności do pracy z powodu wieku ani całkowitej niezdolności do pracy.', en: 'Neither unable to work because of age nor completely unable to work.' },
    });
  }

  // art. 37 ust. 5: an entitlement to a listed benefit excludes the zasiłek stały (the other is paid)
  const concurrent = (facts.concurrentEntitlements ?? []).filter((e) => concurrentEntitlementList[e].from <= asOf);
  if ((facts.concurrentEntitlements ?? []).length > 0) {
    const weak = concurrent.some((e) => concurrentEntitlementList[e].confidence === 'R');
    const names = concurrent.map((e) => concurrentNames[e]);
    c.trace.push(step({
      rule: 'art37.concurrentEntitlement',
      basis: art37ust5,
      text: concurrent.length > 0
        ? { pl: `Zbieg uprawnień: osoba ma prawo do ${names.map((n) => n.pl).join(', ')}; zasiłek stały nie przysługuje, wypłaca się tamto świadczenie.`, en: `Concurrent entitlement: the person is entitled to ${names.map((n) => n.en).join(', ')}; no permanent allowance is granted, the other benefit is paid.` }
        : { pl: 'Wskazane świadczenia nie wyłączały w tym dniu zasiłku stałego.', en: 'The benefits given did not exclude the permanent allowance on that day.' },
      inputs: { concurrentEntitlements: (facts.concurrentEntitlements ?? []).join(', ') },
      parameters: [],
      output: concurrent.length === 0,
      flags: weak ? ['lowConfidence'] : [],
    }));
    if (concurrent.length > 0) {
      c.reasons.push({
        rule: 'art37.concurrentEntitlement',
        basis: art37ust5,
        text: weak
          ? { pl: `Zbieg uprawnień: osoba ma prawo do ${names.map((n) => n.pl).join(', ')}, więc zasiłek stały nie przysługuje. Uwaga: to, że wykaz obejmuje to świadczenie, nie zostało potwierdzone w tekście ustawy — sprawdź przed decyzją.`, en: `Concurrent entitlement: the person is entitled to ${names.map((n) => n.en).join(', ')}, so no permanent allowance is due. Note: that the list includes this benefit is not confirmed in the text of the act — check before deciding.` }
          : { pl: `Zbieg uprawnień: osoba ma prawo do ${names.map((n) => n.pl).join(', ')}, więc zasiłek stały nie przysługuje.`, en: `Concurrent entitlement: the person is entitled to ${names.map((n) => n.en).join(', ')}, so no permanent allowance is due.` },
        ...(weak ? { flags: ['lowConfidence'] as const } : {}),
      });
    }
  }

  const criteria = income.criteria;
  const family = income.householdKind === 'family';
  const crit = family ? criteria.value.perPersonInFamily : criteria.value.singlePerson;
  const critParam = param(family ? 'incomeCriteria.perPersonInFamily' : 'incomeCriteria.singlePerson', criteria, crit);
  const own = income.memberIncome[applicant.id] ?? grosze(0);
  const n = income.householdSize;
  const ownBelow = own < crit;
  const familyBelow = !family || income.familyIncome < crit * n; // exact: income per person < criterion
  c.trace.push(step({
    rule: 'art37.incomeTest',
    basis: { act: 'ups', article: '37', paragraph: '1', point: family ? '2' : '1' },
    text: family
      ? {
          pl: `Dochód własny ${pl(own)} ${ownBelow ? 'niższy od' : 'nie jest niższy od'} kryterium ${pl(crit)}; dochód na osobę w rodzinie ${pl(income.incomePerPerson)} ${familyBelow ? 'niższy od' : 'nie jest niższy od'} kryterium.`,
          en: `Own income ${pl(own)} ${ownBelow ? 'is lower than' : 'is not lower than'} the criterion ${pl(crit)}; income per person ${pl(income.incomePerPerson)} ${familyBelow ? 'is lower than' : 'is not lower than'} the criterion.`,
        }
      : {
          pl: `Dochód ${pl(own)} ${ownBelow ? 'niższy od' : 'nie jest niższy od'} kryterium dochodowego osoby samotnie gospodarującej ${pl(crit)} (wymóg: „niższy od”).`,
          en: `Income ${pl(own)} ${ownBelow ? 'is lower than' : 'is not lower than'} the single-person criterion ${pl(crit)} (required: strictly lower).`,
        },
    inputs: { ownIncome: own, familyIncome: income.familyIncome, householdSize: n },
    parameters: [critParam],
    output: ownBelow && familyBelow,
  }));
  if (!ownBelow || !familyBelow) {
    c.reasons.push({
      rule: 'art37.incomeTest',
      basis,
      text: {
        pl: `Dochód nie jest niższy od kryterium dochodowego (${pl(crit)}), jak wymaga art. 37 ust. 1 u.p.s.`,
        en: `The income is not lower than the income criterion (${pl(crit)}), as art. 37 ust. 1 u.p.s. requires.`,
      },
    });
    return undefined;
  }

  const percent = r.percentOfCriterion;
  const params = [
    critParam,
    param('permanentAllowance.percentOfCriterion', rule.value, percent),
    param('permanentAllowance.min', rule.value, r.min),
  ];
  let raw: Grosze;
  let amount: Grosze;
  if (family) {
    // percent × criterion − family income ÷ n, computed exactly and rounded once, half up
    raw = multiplyRatio(grosze(crit * percent * n - income.familyIncome * 100), 1, 100 * n, 'halfUp');
    amount = maxGrosze(raw, r.min);
  } else {
    raw = grosze(multiplyRatio(crit, percent, 100, 'halfUp') - own);
    amount = minGrosze(maxGrosze(raw, r.min), r.maxSinglePerson);
    params.push(param('permanentAllowance.maxSinglePerson', rule.value, r.maxSinglePerson));
  }
  const base = multiplyRatio(crit, percent, 100, 'halfUp');
  const subtracted = family ? `${pl(income.familyIncome)} ÷ ${n}` : pl(own);
  const floorNote = raw < r.min ? { pl: ` → nie mniej niż ${pl(r.min)}`, en: ` → not less than ${pl(r.min)}` } : { pl: '', en: '' };
  const capNote = !family && maxGrosze(raw, r.min) > r.maxSinglePerson ? { pl: ` → nie więcej niż ${pl(r.maxSinglePerson)}`, en: ` → not more than ${pl(r.maxSinglePerson)}` } : { pl: '', en: '' };
  c.trace.push(step({
    rule: 'art37.amount',
    basis: { act: 'ups', article: '37', paragraph: '2' },
    text: {
      pl: `Kwota: ${percent}% × ${pl(crit)} = ${pl(base)}; ${pl(base)} − ${subtracted} = ${pl(raw)}${floorNote.pl}${capNote.pl} → ${pl(amount)} miesięcznie${r.formula === 'criterion-minus-income' ? ' (wzór do 2023-12-31: kryterium − dochód)' : ''}.`,
      en: `Amount: ${percent}% × ${pl(crit)} = ${pl(base)}; ${pl(base)} − ${subtracted} = ${pl(raw)}${floorNote.en}${capNote.en} → ${pl(amount)} a month${r.formula === 'criterion-minus-income' ? ' (formula until 2023-12-31: criterion − income)' : ''}.`,
    },
    inputs: { ownIncome: own, familyIncome: income.familyIncome, householdSize: n, formula: r.formula },
    parameters: params,
    output: amount,
  }));
  return { amount, bounds: null };
}

const concurrentNames = {
  socialPension: { pl: 'renty socjalnej', en: 'a social pension' },
  nursingBenefit: { pl: 'świadczenia pielęgnacyjnego', en: 'a nursing benefit' },
  specialCareAllowance: { pl: 'specjalnego zasiłku opiekuńczego', en: 'a special care allowance' },
  carerAllowance: { pl: 'zasiłku dla opiekuna', en: "a carer's allowance" },
} as const;
