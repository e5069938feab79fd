import * as z from 'zod';
import { CivilDate, CivilMonth } from './civilDate.js';
import { Confidence } from './confidence.js';
import { LegalBasis } from './legalBasis.js';
import type { InputUnits, ReasonBook, RuleBook, RuleSpec, TraceUnit, UnitSpec } from './trace.js';

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

/** @internal The schema of one rule's step. */
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

/** @internal The schema of one reason. */
const reasonSchema = (rule: string, units: InputUnits) =>
  z.strictObject({
    rule: z.literal(rule),
    basis: LegalBasis,
    inputs: z.strictObject(mapUnits(units, unitValue)),
    units: z.strictObject(mapUnits(units, (u) => z.literal(u))),
    flags: z.array(z.enum(traceFlags)).optional(),
  });


const union = <T extends z.ZodObject>(options: T[]) => z.discriminatedUnion('rule', options as [T, ...T[]]);

/** @internal The schema of any step of a rule book: a union discriminated by `rule`, each with its typed inputs and units. */
export const stepsSchemaOf = (book: RuleBook) => union(Object.entries(book).map(([rule, spec]) => stepSchema(rule, spec)));

/** @internal The schema of any reason of a reason book. */
export const reasonsSchemaOf = (book: ReasonBook) => union(Object.entries(book).map(([rule, units]) => reasonSchema(rule, units)));
