/**
 * A centre's caseload under a change of the income criteria, before the SDK ships it: generated households,
 * assessed under the SDK's law and under a caller-supplied period, compared with `compareUnder`.
 *
 * The new amounts below are a HYPOTHETICAL draft for the example (confidence R, source named as such), not
 * a legal value: a centre passes the amounts of the regulation once it is published.
 */
import {
  type CivilDate, type EligibilityRequest, type Grosze, type LawOverrides,
  compareUnder, incomeCriteria, parseEligibilityRequest, reformSummary,
} from '../src/index.js';
import { pl } from './scenarios/say.js';

/** A small deterministic generator, so the example prints the same summary every run. */
function generator(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

export function households(count: number, asOf = '2028-02-01'): EligibilityRequest[] {
  const next = generator(2027);
  const out: EligibilityRequest[] = [];
  for (let i = 0; i < count; i++) {
    const size = 1 + next(4);
    const members = Array.from({ length: size }, (_, k) => ({
      person: { id: `p${k}`, firstName: 'Osoba', lastName: `Nr ${i}`, birthDate: k === 0 ? `19${40 + next(50)}-0${1 + next(9)}-1${next(9)}` : `20${10 + next(15)}-0${1 + next(9)}-0${1 + next(9)}` },
      relation: k === 0 ? 'applicant' : 'child',
    }));
    const benefit = next(2) === 0 ? 'permanentAllowance' : 'periodicAllowance';
    const parsed = parseEligibilityRequest({
      benefit, asOf, application: { date: asOf, incomeLost: false },
      household: { id: `h${i}`, kind: size === 1 ? 'singlePerson' : 'family', members },
      problems: [{ id: 'pr', ground: benefit === 'permanentAllowance' ? 'disability' : 'unemployment', description: 'z diagnozy', personIds: [] }],
      persons: [{ personId: 'p0', legalStatus: 'polishCitizen', residesInPoland: true, custody: 'none', unableToWork: 'complete' }],
      income: [{ kind: 'receipt', id: 'i', personId: 'p0', source: 'pension', month: '2028-01', gross: next(120) * 1500, incomeTax: 0, healthContribution: 0, socialContributions: 0, oneOff: false, forPeriod: null }],
    });
    if (parsed.ok) out.push(parsed.value);
  }
  return out;
}

/** The caller's law: the SDK's criteria with one more period (hypothetical amounts, marked R). */
export const hypotheticalCriteria2028: LawOverrides = {
  incomeCriteria: {
    ...incomeCriteria,
    periods: [
      ...incomeCriteria.periods,
      { from: '2028-01-01' as CivilDate, value: { singlePerson: 116000 as Grosze, perPersonInFamily: 94500 as Grosze }, source: 'hipotetyczny projekt — przykład, nie akt prawny', confidence: 'R' },
    ],
  },
};

const caseload = households(1000);
const comparison = compareUnder(caseload, {}, hypotheticalCriteria2028);
pl(reformSummary(comparison, 'pl'));
