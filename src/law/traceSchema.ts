import * as z from 'zod';
import { CivilDate, CivilMonth } from './civilDate.js';
import { Confidence } from './confidence.js';
import { LegalBasis } from './legalBasis.js';
import type { InputUnits, ReasonBook, RuleBook, RuleSpec, TraceUnit, UnitSpec } from './trace.js';

const traceFlags = ['localLaw', 'unverified', 'integratorDecision', 'lowConfidence'] as const;
const parameterUnits = ['grosze', 'percent', 'count', 'months', 'date', 'years', 'rule'] as const;

/** What a value of each unit is, said once: every step input and outcome of that unit carries it. */
const unitWords: Readonly<Record<TraceUnit, string>> = {
  grosze: 'Money in grosze (1 zł = 100 gr); negative only where a rule deducts.',
  percent: 'A percent (70 = 70 %).',
  count: 'A count (persons, items, measures).',
  years: 'A number of whole years.',
  months: 'A number of months.',
  days: 'A number of days.',
  date: 'A civil date, YYYY-MM-DD.',
  month: 'A civil month, YYYY-MM.',
  hectares: 'Conversion hectares as a decimal string ("2.3456").',
  boolean: 'Yes or no.',
  code: "One of the SDK's codes; its words come from label().",
  codes: "A list of the SDK's codes; their words come from label().",
  id: "An id of the caller's record; never printed in prose.",
  ids: "Ids of the caller's records; never printed in prose.",
  text: "The caller's own words, printed as given.",
  texts: "The caller's own words, each printed as given.",
};

/** The schema of a value in each unit: what a step may hold, nothing looser. */
const valueOf: Readonly<Record<TraceUnit, () => z.ZodType>> = {
  grosze: () => z.int(),
  percent: () => z.number(),
  count: () => z.int().nonnegative(),
  years: () => z.int().nonnegative(),
  months: () => z.int().nonnegative(),
  days: () => z.int().nonnegative(),
  date: () => CivilDate,
  month: () => CivilMonth,
  hectares: () => z.string(),
  boolean: () => z.boolean(),
  code: () => z.string(),
  codes: () => z.array(z.string()),
  id: () => z.string(),
  ids: () => z.array(z.string()),
  text: () => z.string(),
  texts: () => z.array(z.string()),
};

const unitValue = (spec: UnitSpec): z.ZodType => {
  const nullable = spec.endsWith('?');
  const unit = spec.replace('?', '') as TraceUnit;
  const schema = valueOf[unit]();
  return (nullable ? schema.nullable() : schema).describe(nullable ? `${unitWords[unit]} Null where the rule had no such value.` : unitWords[unit]);
};

const mapUnits = <T>(units: InputUnits, f: (u: UnitSpec) => T): Record<string, T> => Object.fromEntries(Object.entries(units).map(([k, u]) => [k, f(u)]));

const TraceParameterSchema = z.strictObject({
  name: z.string().describe('The legal parameter used, e.g. incomeCriteria.singlePerson.'),
  value: z.union([z.number(), z.string()]).describe('Its value on the day, in `unit`.'),
  unit: z.enum(parameterUnits).describe('The unit of the value (grosze, percent, count…).'),
  from: CivilDate.describe('First day of the period the value is in force.'),
  to: CivilDate.nullable().describe('Last day of that period; null while it is the latest.'),
  source: z.string().describe('The source in words (act or regulation, Dz.U. position).'),
  sourceId: z.string().optional().describe('The id of the source in the catalogue legalSources.'),
  confidence: Confidence.describe('How well the value is verified: V text of the act, S secondary source, R not confirmed, C sources disagree.'),
  note: z.string().optional().describe('A note on the value (in Polish, from the law tables).'),
  origin: z.literal('caller').optional().describe("Set when the value came from the caller's law tables, not the SDK's."),
});

const stepWords = {
  rule: 'The id of the rule that recorded the step.',
  basis: 'The legal basis of the step (act, art., ust., pkt).',
  inputs: 'The values the rule read, by name, each in the unit declared in `units.inputs`.',
  units: "The rule's declaration: the unit of each input and of the outcome.",
  unitsInputs: 'The unit of each input.',
  unitsOutcome: 'The unit of the outcome.',
  unitOf: (name: string) => `The unit of ${name}.`,
  parameters: 'The legal parameters used, each with its period, source and confidence.',
  outcome: 'What the rule gave, in `units.outcome`.',
  flags: 'Marks a worker should see: local law, unverified, the centre’s decision, a weak source.',
  reasonInputs: 'The values the reason names, by name, each in the unit declared in `units`.',
  reasonUnits: 'The unit of each input of the reason.',
} as const;

/** @internal The schema of one rule's step. */
const stepSchema = (rule: string, spec: RuleSpec) =>
  z.strictObject({
    rule: z.literal(rule).describe(stepWords.rule),
    basis: LegalBasis.describe(stepWords.basis),
    inputs: z.strictObject(mapUnits(spec.inputs, unitValue)).describe(stepWords.inputs),
    units: z
      .strictObject({
        inputs: z.strictObject(Object.fromEntries(Object.entries(spec.inputs).map(([k, u]) => [k, z.literal(u).describe(stepWords.unitOf(k))]))).describe(stepWords.unitsInputs),
        outcome: z.literal(spec.outcome).describe(stepWords.unitsOutcome),
      })
      .describe(stepWords.units),
    parameters: z.array(TraceParameterSchema).describe(stepWords.parameters),
    outcome: unitValue(spec.outcome).describe(stepWords.outcome),
    flags: z.array(z.enum(traceFlags)).describe(stepWords.flags),
  });

/** @internal The schema of one reason. */
const reasonSchema = (rule: string, units: InputUnits) =>
  z.strictObject({
    rule: z.literal(rule).describe(stepWords.rule),
    basis: LegalBasis.describe(stepWords.basis),
    inputs: z.strictObject(mapUnits(units, unitValue)).describe(stepWords.reasonInputs),
    units: z.strictObject(Object.fromEntries(Object.entries(units).map(([k, u]) => [k, z.literal(u).describe(stepWords.unitOf(k))]))).describe(stepWords.reasonUnits),
    flags: z.array(z.enum(traceFlags)).optional().describe(stepWords.flags),
  });

const union = <T extends z.ZodObject>(options: T[]) => z.discriminatedUnion('rule', options as [T, ...T[]]);

/** @internal The schema of any step of a rule book: a union discriminated by `rule`, each with its typed inputs and units. */
export const stepsSchemaOf = (book: RuleBook) => union(Object.entries(book).map(([rule, spec]) => stepSchema(rule, spec)));

/** @internal The schema of any reason of a reason book. */
export const reasonsSchemaOf = (book: ReasonBook) => union(Object.entries(book).map(([rule, units]) => reasonSchema(rule, units)));
