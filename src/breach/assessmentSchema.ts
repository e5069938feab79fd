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
    ground: BreachGround,
    basis: LegalBasis,
    statutePl: z.string(),
    outcome: z.enum(['groundMayApply', 'noGround', 'awaitingHearing', 'unsupported']),
    reasons: z.array(reasonsSchemaOf(breachReasons)),
    measures: z.array(
      z.strictObject({
        measure: Measure,
        basis: LegalBasis,
        available: z.boolean(),
        why: z.strictObject({ code: z.enum(['met', 'needsAnyOf', 'cashOnly']), situation: z.array(situationKey) }),
      }),
    ),
    dependants: z.array(
      z.strictObject({
        personId: z.string(),
        name: z.string(),
        relation: Relation,
        age: z.int().nonnegative(),
        minor: z.boolean(),
        basis: LegalBasis,
        why: z.enum(['minor', 'recorded']),
      }),
    ),
    proportionality: z.array(z.enum(proportionalityQuestions)),
    trace: z.array(stepsSchemaOf(breachRules)),
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
