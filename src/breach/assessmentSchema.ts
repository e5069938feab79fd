import * as z from 'zod';
import { Relation } from '../case/household.js';
import { BreachGround } from '../law/breachGround.js';
import { LegalBasis } from '../law/legalBasis.js';
import { reasonsSchemaOf, stepsSchemaOf } from '../law/traceSchema.js';
import { proportionalityQuestions } from './assessBreach.js';
import { BenefitSituation, Measure } from './measure.js';
import { breachReasons, breachRules } from './rules.js';

/** Built on first use: derived from the rule books, it costs nothing to import. */
function build() {
  const situationKey = z.enum(Object.keys(BenefitSituation.shape) as [keyof BenefitSituation, ...(keyof BenefitSituation)[]]);
  return z.strictObject({
    ground: BreachGround.describe('The ground of art. 11 assessed.'),
    basis: LegalBasis.describe('Its basis (art. 11 ust. 1 or 2).'),
    statutePl: z.string().describe("The ground in the statute's own Polish words."),
    outcome: z
      .enum(['groundMayApply', 'noGround', 'awaitingHearing', 'unsupported'])
      .describe('groundMayApply: the law „may be a basis”, the authority decides; noGround; awaitingHearing: the client is to be heard or the explanation assessed; unsupported.'),
    reasons: z.array(reasonsSchemaOf(breachReasons)).describe('Why there is no ground, why the answer waits, or why it is unsupported.'),
    measures: z
      .array(
        z.strictObject({
          measure: Measure.describe('A measure of the paragraph.'),
          basis: LegalBasis.describe('Its basis.'),
          available: z.boolean().describe('Whether the benefit situation allows it.'),
          why: z
            .strictObject({
              code: z.enum(['met', 'needsAnyOf', 'cashOnly']).describe('met: the facts that allow it; needsAnyOf: none of the facts it needs; cashOnly: suspension concerns cash benefits only.'),
              situation: z.array(situationKey).describe('The facts of the benefit situation the answer rests on.'),
            })
            .describe('Why the measure is or is not available, as data.'),
        }),
      )
      .describe('The measures of the paragraph (art. 11 ust. 1: limit, refuse, in kind; ust. 2: refuse, revoke, suspend).'),
    dependants: z
      .array(
        z.strictObject({
          personId: z.string().describe("The person's id in the household."),
          name: z.string().describe("The person's name, for the file (explainBreach prints it only when asked)."),
          relation: Relation.describe('Relation to the applicant.'),
          age: z.int().nonnegative().describe('Age in whole years on the day assessed.'),
          minor: z.boolean().describe('Whether the person is a minor.'),
          basis: LegalBasis.describe('art. 11 ust. 3.'),
          why: z.enum(['minor', 'recorded']).describe('minor: maintained as a minor, by default; recorded: the worker recorded the person as maintained.'),
        }),
      )
      .describe('The persons the client maintains (osoby pozostające na utrzymaniu, art. 11 ust. 3).'),
    proportionality: z.array(z.enum(proportionalityQuestions)).describe('The proportionality questions to answer before deciding.'),
    trace: z.array(stepsSchemaOf(breachRules)).describe('The steps of the assessment, as data.'),
  });
}

/**
 * The schema of a {@link BreachAssessment} — the art. 11 answer as data, its trace and reasons derived from
 * the rule books (`breachRules`, `breachReasons`). For vendors who store or forward assessments, and for its
 * JSON Schema (`schemas/BreachAssessmentSchema.json`). The SDK's own assessments always pass it.
 *
 * @example
 * ```ts
 * import { BreachAssessmentSchema, assessBreach } from 'praca-socjalna';
 * declare const input: unknown;
 * const r = assessBreach(input);
 * if (r.ok) BreachAssessmentSchema.safeParse(r.value).success; //=> true
 * ```
 * @category Breach
 */
export const BreachAssessmentSchema = z.lazy(build);
