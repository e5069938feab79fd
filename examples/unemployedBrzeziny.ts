/**
 * Scenario 2 of ../shared/law/scenarios.md, the process part: a long-term unemployed woman under the
 * Brzeziny standard of social work with an unemployed person. A benefits officer and a social worker are
 * both on the case; social work is kept apart from granting money, so the officer reads the case but
 * cannot write to it. She refuses to sign the contract (variant B, labour-office route): the refusal is
 * recorded for the art. 11 rules and the plan goes on without a contract. Then she refuses a job offer
 * without a justified reason: the art. 11 procedure runs — reported, asked to explain (right to be heard),
 * no answer, assessed, a measure proposed — the assessment lists the available measures, and the decision
 * is recorded by the worker under the head's authorisation (upoważnienie) recorded in the same stream.
 *
 * Run: npx tsx examples/unemployedBrzeziny.ts
 */
import { assessBreachProcedure, explainBreach, formatIssues, replay, transition } from '../src/index.js';
import { breachEvents, officerWritesSocialWork, procedureId, unemployedBrzezinyBeforeBreach } from './scenarios/unemployedBrzeziny.js';
import { en, pl } from './scenarios/say.js';

const events = unemployedBrzezinyBeforeBreach();
const result = replay(events);
if (!result.ok) throw new Error(formatIssues(result.error.issues, 'en'));
const state = result.value;
const contract = state.contracts.at(-1);
en(`Case ${state.caseId}: stage ${state.stage}, ${state.version} events.`);
en(`Contract ${contract?.contractId}: ${contract?.status} on ${contract?.refusal?.date ?? '—'} — recorded for art. 11 ust. 2 u.p.s.`);

// The benefits officer bases the decision on the worker's interview and plan, but cannot write social work.
const attempt = officerWritesSocialWork;
const refused = transition(state, attempt);
if (refused.ok) en('unexpected: accepted');
else {
  pl(formatIssues(refused.error, 'pl'));
  en(formatIssues(refused.error, 'en'));
}

// Scenario 2: an unjustified refusal of a job offer by an unemployed person (art. 11 ust. 2), in the same stream.
const more = breachEvents();
const withProcedure = replay([...events, ...more]);
if (!withProcedure.ok) throw new Error(formatIssues(withProcedure.error.issues, 'en'));
const decided = withProcedure.value.procedures[0];
en(`\nArt. 11 procedure ${decided?.procedureId}: ${decided?.stage}; decided under ${decided?.decision?.authorisationId ?? 'the head'} on ${decided?.decision?.date}.`);
const assessment = assessBreachProcedure(withProcedure.value, procedureId, '2025-03-31');
if (!assessment.ok) throw new Error(formatIssues(assessment.error, 'en'));
pl();
pl(explainBreach(assessment.value, 'pl'));
