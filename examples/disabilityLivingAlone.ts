/**
 * Scenario 4 of ../shared/law/scenarios.md: a person with disability living alone — disability
 * certificate, a pension below the criterion, a permanent allowance — plus the services in kind that
 * follow (social work, regardless of income) and the first, incomplete month paid pro rata.
 *
 * Run: npx tsx examples/disabilityLivingAlone.ts
 */
import { type CivilDate, type Grosze, assessEligibility, computeProRata, explain, formatIssues, formatPln } from '../src/index.js';

const household = {
  id: 'h-halina',
  kind: 'singlePerson',
  members: [{ person: { id: 'p-halina', firstName: 'Halina', lastName: 'Zielińska', birthDate: '1968-09-14' }, relation: 'applicant' }],
} as const;

const base = {
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

for (const benefit of ['permanentAllowance', 'socialWork'] as const) {
  const result = assessEligibility({ ...base, benefit });
  if (!result.ok) throw new Error(formatIssues(result.error, 'en'));
  console.log(explain(result.value, 'pl'));
  console.log('');
  if (benefit === 'permanentAllowance' && result.value.status === 'eligible' && result.value.amount !== null) {
    // Entitled from the application date: April is an incomplete month (art. 106 ust. 3).
    const april = computeProRata(result.value.amount as Grosze, '2025-04-16' as CivilDate, '2025-04-30' as CivilDate);
    if (april.amount !== null) console.log(`${april.trace.text.pl}\nKwiecień: ${formatPln(april.amount)}; od maja: ${formatPln(result.value.amount)} miesięcznie.\n`);
  }
}
