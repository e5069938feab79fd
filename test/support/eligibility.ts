import type { Benefit, EligibilityResult, IncomeItem } from '../../src/index.js';
import { assessEligibility } from '../../src/index.js';

type Member = { id: string; relation: string; birthDate?: string };

/** A request with sensible defaults: a Polish citizen living in Poland, not in custody, with a ground of art. 7 pkt 2–15. */
export function request(o: {
  benefit: Benefit;
  asOf: string;
  applicationDate?: string;
  incomeLost?: boolean;
  members?: Member[];
  income?: unknown[];
  grounds?: string[];
  unableToWork?: 'age' | 'complete' | null;
  birthDate?: string;
  extra?: Record<string, unknown>;
  facts?: Record<string, unknown>;
}): Record<string, unknown> {
  const members = o.members ?? [{ id: 'p', relation: 'applicant' }];
  return {
    benefit: o.benefit,
    asOf: o.asOf,
    application: { date: o.applicationDate ?? o.asOf, incomeLost: o.incomeLost ?? false },
    household: {
      id: 'h',
      kind: members.length === 1 ? 'singlePerson' : 'family',
      members: members.map((m) => ({
        person: { id: m.id, firstName: 'X', lastName: 'Y', birthDate: m.birthDate ?? (m.relation === 'applicant' ? (o.birthDate ?? '1950-04-01') : '1985-01-01') },
        relation: m.relation,
      })),
    },
    problems: (o.grounds ?? ['disability']).map((ground, i) => ({ id: `pr-${i}`, ground, description: ground, personIds: [], ...(ground === 'other' ? { justification: 'uzasadnienie' } : {}) })),
    persons: [{ personId: members.find((m) => m.relation === 'applicant')?.id ?? 'p', legalStatus: 'polishCitizen', residesInPoland: true, custody: 'none', unableToWork: o.unableToWork === undefined ? 'age' : o.unableToWork, ...o.facts }],
    income: o.income ?? [],
    ...o.extra,
  };
}

/** A net receipt in the month before `asOf`'s month (the reference month when income was not lost). */
export function netIncome(personId: string, month: string, amount: number, id = `i-${personId}-${month}-${amount}`): IncomeItem {
  return { kind: 'receipt', id, personId, source: 'pension', month: month as never, gross: amount as never, incomeTax: 0 as never, healthContribution: 0 as never, socialContributions: 0 as never, oneOff: false, forPeriod: null };
}

export function assess(req: Record<string, unknown>): EligibilityResult {
  const r = assessEligibility(req);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
