import * as z from 'zod';
import { CivilDate, CivilMonth } from '../law/civilDate.js';
import { Confidence } from '../law/confidence.js';
import { LegalBasis } from '../law/legalBasis.js';
import type { InputUnits, RuleSpec, TraceUnit, UnitSpec } from '../law/trace.js';
import type { Benefit } from './result.js';
import { eligibilityReasons, eligibilityRules } from './rules.js';

const benefits = ['permanentAllowance', 'periodicAllowance', 'purposeAllowance', 'randomEventPurposeAllowance', 'specialPurposeAllowance', 'socialWork'] as const satisfies readonly Benefit[];
const traceFlags = ['localLaw', 'unverified', 'integratorDecision', 'lowConfidence'] as const;
const parameterUnits = ['grosze', 'percent', 'count', 'months', 'date', 'years', 'rule'] as const;

/** The schema of a value in each unit: what a step may hold, nothing looser. */
const valueOf: Readonly<Record<TraceUnit, () => z.ZodType>> = {
  grosze: () => z.int().meta({ description: 'Money in grosze (1 zł = 100 gr); negative only where a rule deducts.' }),
  percent: () => z.number().meta({ description: 'A percent (70 = 70 %).' }),
  count: () => z.int().nonnegative(),
  years: () => z.int().nonnegative(),
  months: () => z.int().nonnegative(),
  days: () => z.int().nonnegative(),
  date: () => CivilDate,
  month: () => CivilMonth,
  hectares: () => z.string().meta({ description: 'Conversion hectares as a decimal string ("2.3456").' }),
  boolean: () => z.boolean(),
  code: () => z.string().meta({ description: "One of the SDK's codes; its words come from label()." }),
  codes: () => z.array(z.string()),
  id: () => z.string().meta({ description: "An id of the caller's record; never printed in prose." }),
  ids: () => z.array(z.string()).meta({ description: "Ids of the caller's records; never printed in prose." }),
  text: () => z.string().meta({ description: "The caller's own words, printed as given." }),
  texts: () => z.array(z.string()).meta({ description: "The caller's own words, each printed as given." }),
};

const unitValue = (spec: UnitSpec): z.ZodType => {
  const nullable = spec.endsWith('?');
  const schema = valueOf[spec.replace('?', '') as TraceUnit]();
  return nullable ? schema.nullable() : schema;
};

const mapUnits = <T>(units: InputUnits, f: (u: UnitSpec) => T): Record<string, T> => Object.fromEntries(Object.entries(units).map(([k, u]) => [k, f(u)]));

const TraceParameterSchema = z.strictObject({
  name: z.string(),
  value: z.union([z.number(), z.string()]),
  unit: z.enum(parameterUnits),
  from: CivilDate,
  to: CivilDate.nullable(),
  source: z.string(),
  sourceId: z.string().optional(),
  confidence: Confidence,
  note: z.string().optional(),
  origin: z.literal('caller').optional(),
});

const stepSchema = (rule: string, spec: RuleSpec) =>
  z.strictObject({
    rule: z.literal(rule),
    basis: LegalBasis,
    inputs: z.strictObject(mapUnits(spec.inputs, unitValue)),
    units: z.strictObject({ inputs: z.strictObject(mapUnits(spec.inputs, (u) => z.literal(u))), outcome: z.literal(spec.outcome) }),
    parameters: z.array(TraceParameterSchema),
    outcome: unitValue(spec.outcome),
    flags: z.array(z.enum(traceFlags)),
  });

const reasonSchema = (rule: string, units: InputUnits) =>
  z.strictObject({
    rule: z.literal(rule),
    basis: LegalBasis,
    inputs: z.strictObject(mapUnits(units, unitValue)),
    units: z.strictObject(mapUnits(units, (u) => z.literal(u))),
    flags: z.array(z.enum(traceFlags)).optional(),
  });

const union = <T extends z.ZodObject>(options: T[]) => z.discriminatedUnion('rule', options as [T, ...T[]]);

/** Built on first use: the schema is derived from the rule books and costs nothing to import. */
function build() {
  const Step = union(Object.entries(eligibilityRules).map(([rule, spec]) => stepSchema(rule, spec)));
  const Reason = union(Object.entries(eligibilityReasons).map(([rule, units]) => reasonSchema(rule, units)));
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
