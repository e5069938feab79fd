/**
 * The request of examples/disabilityLivingAlone.ts (scenario 4 of the law reference): a person with
 * disability living alone, a pension below the criterion; assessed for a permanent allowance and for
 * social work. Persons are invented. Shipped as the fixture `disability-living-alone`.
 */
const household = {
  id: 'h-halina',
  kind: 'singlePerson',
  members: [{ person: { id: 'p-halina', firstName: 'Halina', lastName: 'Zielińska', birthDate: '1968-09-14' }, relation: 'applicant' }],
} as const;

/** The application without the benefit asked for (input of `EligibilityRequest` once `benefit` is added). */
export const base = {
  asOf: '2025-04-16',
  application: { date: '2025-04-16', incomeLost: false },
  household,
  problems: [
    { id: 'pr-dis', ground: 'disability', description: 'Znaczny stopień niepełnosprawności (orzeczenie)', personIds: ['p-halina'] },
    { id: 'pr-ill', ground: 'longTermIllness', description: 'Choroba przewlekła, wymaga usług opiekuńczych', personIds: ['p-halina'] },
  ],
  persons: [{ personId: 'p-halina', legalStatus: 'polishCitizen', residesInPoland: true, custody: 'none', unableToWork: 'complete' }],
  income: [
    // renta z tytułu niezdolności do pracy, March 2025 (the month before the application)
    { kind: 'receipt', id: 'renta-2025-03', personId: 'p-halina', source: 'pension', month: '2025-03', gross: 74000, incomeTax: 0, healthContribution: 6660, socialContributions: 0, oneOff: false, forPeriod: null },
    // zasiłek celowy received in March: not income (art. 8 ust. 4 pkt 2)
    { kind: 'receipt', id: 'celowy-2025-03', personId: 'p-halina', source: 'purposeAllowance', month: '2025-03', gross: 30000, incomeTax: 0, healthContribution: 0, socialContributions: 0, oneOff: false, forPeriod: null },
  ],
};

/** The benefits she is assessed for. */
export const benefits = ['permanentAllowance', 'socialWork'] as const;
