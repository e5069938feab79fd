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
    z.strictObject({ code: z.literal('income_outside_reference_month'), referenceMonth: CivilMonth, items: z.array(z.strictObject({ itemId: z.string(), month: CivilMonth })) }),
    z.strictObject({ code: z.literal('farm_contribution_missing'), itemIds: z.array(z.string()) }),
    z.strictObject({ code: z.literal('parameter_unverified'), table: z.string(), unverifiedFrom: CivilDate }),
  ]);
  const common = { benefit: z.enum(benefits), trace: z.array(Step), warnings: z.array(Warning) };
  const amount = z.int().nonnegative().nullable();
  return z.discriminatedUnion('status', [
    z.strictObject({
      status: z.literal('eligible'),
      ...common,
      amount,
      bounds: z.strictObject({ min: amount, max: amount }).nullable(),
      decisionRequired: z.boolean(),
      unsupportedParts: z.array(Reason),
    }),
    z.strictObject({ status: z.literal('notEligible'), ...common, reasons: z.array(Reason) }),
    z.strictObject({ status: z.literal('unsupported'), ...common, reasons: z.array(Reason) }),
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
