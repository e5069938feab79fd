import * as z from 'zod';
import { CivilDate, CivilMonth } from '../law/civilDate.js';
import { reasonsSchemaOf, stepsSchemaOf } from '../law/traceSchema.js';
import type { Benefit } from './result.js';
import { eligibilityReasons, eligibilityRules } from './rules.js';

const benefits = ['permanentAllowance', 'periodicAllowance', 'purposeAllowance', 'randomEventPurposeAllowance', 'specialPurposeAllowance', 'socialWork'] as const satisfies readonly Benefit[];
/** Built on first use: the schema is derived from the rule books and costs nothing to import. */
function build() {
  const Step = stepsSchemaOf(eligibilityRules);
  const Reason = reasonsSchemaOf(eligibilityReasons);
  const Warning = z.discriminatedUnion('code', [
    z.strictObject({
      code: z.literal('income_outside_reference_month').describe('Income items dated outside the reference month, not counted (art. 8 ust. 3).'),
      referenceMonth: CivilMonth.describe('The month income is taken from.'),
      items: z.array(z.strictObject({ itemId: z.string().describe("The item's id."), month: CivilMonth.describe("The item's month.") })).describe('The items left out.'),
    }),
    z.strictObject({
      code: z.literal('farm_contribution_missing').describe('Farms with no KRUS contribution given: nothing deducted.'),
      itemIds: z.array(z.string()).describe('The farm items.'),
    }),
    z.strictObject({
      code: z.literal('parameter_unverified').describe('A legal parameter used past the day the law was last checked.'),
      table: z.string().describe('The table of the parameter.'),
      unverifiedFrom: CivilDate.describe('The first day the value is unverified.'),
    }),
  ]);
  const common = {
    benefit: z.enum(benefits).describe('The benefit assessed.'),
    trace: z.array(Step).describe('The steps the rules took, as data.'),
    warnings: z.array(Warning).describe('What the worker must see beside the answer.'),
  };
  const amount = z.int().nonnegative().nullable();
  return z.discriminatedUnion('status', [
    z.strictObject({
      status: z.literal('eligible').describe('The benefit is due.'),
      ...common,
      amount: amount.describe('The amount the law fixes, or its statutory minimum, in grosze; null where it fixes none.'),
      bounds: z
        .strictObject({ min: amount.describe('The lowest amount in grosze, or null.'), max: amount.describe('The highest amount in grosze, or null.') })
        .nullable()
        .describe('The range the law allows, where it gives one.'),
      decisionRequired: z.boolean().describe('Whether an administrative decision is needed (art. 106).'),
      unsupportedParts: z.array(Reason).describe('What the SDK could not decide inside this answer.'),
    }),
    z.strictObject({ status: z.literal('notEligible').describe('The benefit is not due.'), ...common, reasons: z.array(Reason).describe('Every reason it is not due.') }),
    z.strictObject({ status: z.literal('unsupported').describe('The SDK cannot decide.'), ...common, reasons: z.array(Reason).describe('Why it cannot decide.') }),
  ]);
}

/**
 * The schema of an {@link EligibilityResult} — the answer as data, derived from the rule books
 * (`eligibilityRules`, `eligibilityReasons`): every step and reason with its typed inputs and units. For
 * vendors who store or forward results, and for its JSON Schema (`schemas/EligibilityResultSchema.json`).
 * The SDK's own results always pass it; parse a result read back from storage with it.
 *
 * @example
 * ```ts
 * import { EligibilityResultSchema, assessEligibility } from 'praca-socjalna';
 * declare const request: unknown;
 * const r = assessEligibility(request);
 * if (r.ok) EligibilityResultSchema.safeParse(r.value).success; //=> true
 * ```
 * @category Eligibility
 */
export const EligibilityResultSchema = z.lazy(build);
