/**
 * Scenario 4 of ../shared/law/scenarios.md: a person with disability living alone — disability
 * certificate, a pension below the criterion, a permanent allowance — plus the services in kind that
 * follow (social work, regardless of income) and the first, incomplete month paid pro rata.
 *
 * Run: npx tsx examples/disabilityLivingAlone.ts
 */
import { type CivilDate, type Grosze, assessEligibility, computeProRata, explain, explainEligibilityStep, formatIssues, formatPln } from '../src/index.js';
import { base, benefits } from './scenarios/disabilityLivingAlone.js';
import { pl } from './scenarios/say.js';

for (const benefit of benefits) {
  const result = assessEligibility({ ...base, benefit });
  if (!result.ok) throw new Error(formatIssues(result.error, 'en'));
  pl(explain(result.value, 'pl'));
  pl();
  if (benefit === 'permanentAllowance' && result.value.status === 'eligible' && result.value.amount !== null) {
    // Entitled from the application date: April is an incomplete month (art. 106 ust. 3).
    const april = computeProRata(result.value.amount as Grosze, '2025-04-16' as CivilDate, '2025-04-30' as CivilDate);
    if (april.amount !== null) pl(`${explainEligibilityStep(april.trace, 'pl')}\nKwiecień: ${formatPln(april.amount)}; od maja: ${formatPln(result.value.amount)} miesięcznie.\n`);
  }
}
