import type { CivilDate, CivilMonth } from './civilDate.js';
import type { Confidence } from './confidence.js';
import type { Grosze } from './grosze.js';
import { isCivilDate } from './isCivilDate.js';
import type { LegalBasis } from './legalBasis.js';
import type { ParameterUnit, ValueInForce } from './period.js';
import type { SourceId } from './sources.js';

/**
 * A legal parameter as used in a step: its value, the period it is in force, its source and confidence.
 *
 * @example
 * ```ts
 * import { type TraceParameter, type CivilDate } from 'praca-socjalna';
 * const p: TraceParameter = { name: 'incomeCriteria.singlePerson', value: 101000, unit: 'grosze', from: '2025-01-01' as CivilDate, to: null, source: 'Dz.U. 2024 poz. 1044', confidence: 'S' };
 * ```
 * @category Law
 */
export interface TraceParameter {
  readonly name: string;
  readonly value: number | string;
  /** The unit of `value` (`grosze`, `percent`, `count`…), declared by the rule that used it, never guessed. */
  readonly unit: ParameterUnit;
  readonly from: CivilDate;
  readonly to: CivilDate | null;
  readonly source: string;
  /** The catalogue id of the source (`legalSources`), when the value comes from the SDK's tables. */
  readonly sourceId?: SourceId | undefined;
  readonly confidence: Confidence;
  readonly note?: string | undefined;
  /** `caller`: the value came from a table the caller supplied, not from the SDK's law. */
  readonly origin?: 'caller' | undefined;
}

/**
 * Marks on a step a worker should see: a rule from local law, a fact the reference could not verify, an
 * integrator's explicit decision, or a parameter resting on a weak source.
 *
 * @example
 * ```ts
 * import { type TraceFlag } from 'praca-socjalna';
 * const f: TraceFlag = 'localLaw';
 * ```
 * @category Law
 */
export type TraceFlag = 'localLaw' | 'unverified' | 'integratorDecision' | 'lowConfidence';

/**
 * A text in both languages of the SDK.
 *
 * @example
 * ```ts
 * import { type Bilingual } from 'praca-socjalna';
 * const t: Bilingual = { pl: 'spełnione', en: 'met' };
 * ```
 * @category Law
 */
export interface Bilingual {
  readonly pl: string;
  readonly en: string;
}

/**
 * The unit of a value a rule read or gave, so that a reader (and a renderer) never guesses it from a name:
 * `grosze` money in grosze; `percent` a whole percent; `count` persons or items; `years`, `months`, `days`
 * durations; `date` a civil date; `month` a civil month; `hectares` conversion hectares as a decimal string;
 * `boolean`; `code` one of the SDK's codes (rendered through its label); `codes` a list of them; `id` an id of
 * the caller's data (never rendered in prose), `ids` a list of them; `text` the caller's own words (rendered as
 * given), `texts` a list of them.
 *
 * @example
 * ```ts
 * import { type TraceUnit } from 'praca-socjalna';
 * const u: TraceUnit = 'grosze';
 * ```
 * @category Law
 */
export type TraceUnit = 'grosze' | 'percent' | 'count' | 'years' | 'months' | 'days' | 'date' | 'month' | 'hectares' | 'boolean' | 'code' | 'codes' | 'id' | 'ids' | 'text' | 'texts';

/**
 * A unit as a rule declares it: `'grosze'`, or `'grosze?'` where the value may be absent (`null`).
 *
 * @example
 * ```ts
 * import { type UnitSpec } from 'praca-socjalna';
 * const u: UnitSpec = 'grosze?';
 * ```
 * @category Law
 */
export type UnitSpec = TraceUnit | `${TraceUnit}?`;

/** The TypeScript type of a value in each unit. */
interface UnitValues {
  readonly grosze: Grosze;
  readonly percent: number;
  readonly count: number;
  readonly years: number;
  readonly months: number;
  readonly days: number;
  readonly date: CivilDate;
  readonly month: CivilMonth;
  readonly hectares: string;
  readonly boolean: boolean;
  readonly code: string;
  readonly codes: readonly string[];
  readonly id: string;
  readonly ids: readonly string[];
  readonly text: string;
  readonly texts: readonly string[];
}

/**
 * The type of a value of a declared unit.
 *
 * @example
 * ```ts
 * import { type ValueOfUnit, type Grosze } from 'praca-socjalna';
 * const v: ValueOfUnit<'grosze?'> = null;
 * const w: ValueOfUnit<'grosze'> = 100 as Grosze;
 * ```
 * @category Law
 */
export type ValueOfUnit<S extends UnitSpec> = S extends `${infer U extends TraceUnit}?` ? UnitValues[U] | null : S extends TraceUnit ? UnitValues[S] : never;

/**
 * Any value a trace holds.
 *
 * @example
 * ```ts
 * import { type TraceValue } from 'praca-socjalna';
 * const v: TraceValue = ['addiction', 'disability'];
 * ```
 * @category Law
 */
export type TraceValue = number | string | boolean | null | readonly string[];

/**
 * The named inputs a rule reads, each with its unit.
 *
 * @example
 * ```ts
 * import { type InputUnits } from 'praca-socjalna';
 * const units: InputUnits = { ownIncome: 'grosze', householdSize: 'count' };
 * ```
 * @category Law
 */
export type InputUnits = Readonly<Record<string, UnitSpec>>;

/**
 * The values of declared inputs, typed by their units.
 *
 * @example
 * ```ts
 * import { type InputsOf, type Grosze } from 'praca-socjalna';
 * const i: InputsOf<{ ownIncome: 'grosze'; householdSize: 'count' }> = { ownIncome: 50000 as Grosze, householdSize: 1 };
 * ```
 * @category Law
 */
export type InputsOf<U extends InputUnits> = { readonly [K in keyof U]: ValueOfUnit<U[K]> };

/**
 * What a rule declares of the step it records: its inputs and the unit of its outcome.
 *
 * @example
 * ```ts
 * import { type RuleSpec } from 'praca-socjalna';
 * const spec: RuleSpec = { inputs: { ownIncome: 'grosze' }, outcome: 'boolean' };
 * ```
 * @category Law
 */
export interface RuleSpec {
  readonly inputs: InputUnits;
  readonly outcome: UnitSpec;
}

/**
 * The rules of an area, by id: the data a trace step is checked against and a catalogue renders from.
 *
 * @example
 * ```ts
 * import { type RuleBook } from 'praca-socjalna';
 * const book = { 'art37.person': { inputs: { age: 'years' }, outcome: 'boolean' } } as const satisfies RuleBook;
 * ```
 * @category Law
 */
export type RuleBook = Readonly<Record<string, RuleSpec>>;

/**
 * The reasons of an area, by id, each with the units of its inputs.
 *
 * @example
 * ```ts
 * import { type ReasonBook } from 'praca-socjalna';
 * const book = { 'art37.adult': {} } as const satisfies ReasonBook;
 * ```
 * @category Law
 */
export type ReasonBook = Readonly<Record<string, InputUnits>>;

/**
 * One step of an explanation, as data: which rule, on which basis, read which values (with their units),
 * used which legal parameters (with period, source and confidence), and gave what. No sentence is built while
 * deciding: `explain*` functions render steps from per-language catalogues on demand.
 *
 * @example
 * ```ts
 * import { type TraceStep } from 'praca-socjalna';
 * declare const step: TraceStep;
 * step.units.inputs; //=> e.g. { ownIncome: 'grosze', householdSize: 'count' }
 * ```
 * @category Law
 */
export interface TraceStep {
  /** A stable id of the rule, e.g. `art37.incomeTest`. */
  readonly rule: string;
  readonly basis: LegalBasis;
  /** The values the rule read, by name; their units are in `units.inputs`. */
  readonly inputs: Readonly<Record<string, TraceValue>>;
  /** The declared units of the inputs and of the outcome (the same object for every step of a rule). */
  readonly units: RuleSpec;
  readonly parameters: readonly TraceParameter[];
  /** What the rule gave, in `units.outcome`. */
  readonly outcome: TraceValue;
  readonly flags: readonly TraceFlag[];
}

/**
 * The step of one rule of a rule book, with its inputs and outcome typed by the declared units.
 *
 * @example
 * ```ts
 * import { type TraceStepOf } from 'praca-socjalna';
 * const book = { 'art37.person': { inputs: { age: 'years' }, outcome: 'boolean' } } as const;
 * declare const s: TraceStepOf<typeof book, 'art37.person'>;
 * s.inputs.age; // number
 * ```
 * @category Law
 */
export interface TraceStepOf<B extends RuleBook, K extends keyof B & string> extends TraceStep {
  readonly rule: K;
  readonly inputs: InputsOf<B[K]['inputs']>;
  readonly units: B[K];
  readonly outcome: ValueOfUnit<B[K]['outcome']>;
}

/**
 * Any step of a rule book: a union discriminated by `rule`.
 *
 * @example
 * ```ts
 * import { type StepIn } from 'praca-socjalna';
 * const book = { a: { inputs: {}, outcome: 'boolean' }, b: { inputs: { n: 'count' }, outcome: 'count' } } as const;
 * declare const s: StepIn<typeof book>;
 * if (s.rule === 'b') s.inputs.n;
 * ```
 * @category Law
 */
export type StepIn<B extends RuleBook> = { [K in keyof B & string]: TraceStepOf<B, K> }[keyof B & string];

/**
 * A reason a rule gives, as data: why not eligible, why no ground, or why a part of the answer is
 * unsupported; rendered by `explain*` from the catalogues.
 *
 * @example
 * ```ts
 * import { type Reason } from 'praca-socjalna';
 * const r: Reason = { rule: 'art37.adult', basis: { act: 'ups', article: '37', paragraph: '1' }, inputs: {}, units: {} };
 * ```
 * @category Law
 */
export interface Reason {
  readonly rule: string;
  readonly basis: LegalBasis;
  readonly inputs: Readonly<Record<string, TraceValue>>;
  /** The declared units of the inputs (the same object for every reason of a rule). */
  readonly units: InputUnits;
  /** Marks a reason resting on a weak source (`lowConfidence`) or on the centre's decision. */
  readonly flags?: readonly TraceFlag[] | undefined;
}

/**
 * A reason of one id of a reason book, its inputs typed by their units.
 *
 * @example
 * ```ts
 * import { type ReasonOf } from 'praca-socjalna';
 * const book = { 'art38.incomeTest': { income: 'grosze' } } as const;
 * declare const r: ReasonOf<typeof book, 'art38.incomeTest'>;
 * r.inputs.income;
 * ```
 * @category Law
 */
export interface ReasonOf<B extends ReasonBook, K extends keyof B & string> extends Reason {
  readonly rule: K;
  readonly inputs: InputsOf<B[K]>;
  readonly units: B[K];
}

/**
 * Any reason of a reason book: a union discriminated by `rule`.
 *
 * @example
 * ```ts
 * import { type ReasonIn } from 'praca-socjalna';
 * const book = { a: {}, b: { income: 'grosze' } } as const;
 * declare const r: ReasonIn<typeof book>;
 * if (r.rule === 'b') r.inputs.income;
 * ```
 * @category Law
 */
export type ReasonIn<B extends ReasonBook> = { [K in keyof B & string]: ReasonOf<B, K> }[keyof B & string];

/** @internal A trace parameter from a value in force: `value` is the field used, of a composite value too. */
export function param<T>(name: string, unit: ParameterUnit, inForce: ValueInForce<T>, value: number | string): TraceParameter {
  const { period } = inForce;
  return {
    name,
    value,
    unit,
    from: period.from,
    to: period.to,
    source: period.source,
    ...(period.sourceId === undefined ? {} : { sourceId: period.sourceId }),
    confidence: period.confidence,
    ...(period.note === undefined ? {} : { note: period.note }),
    ...(inForce.origin === 'caller' ? { origin: 'caller' as const } : {}),
  };
}

/** @internal Records a step of a rule book; flags for weak parameters are added here, so no rule forgets them. */
export function traceStep<B extends RuleBook, K extends keyof B & string>(
  book: B,
  rule: K,
  basis: LegalBasis,
  inputs: InputsOf<B[K]['inputs']>,
  outcome: ValueOfUnit<B[K]['outcome']>,
  parameters: readonly TraceParameter[] = [],
  flags: readonly TraceFlag[] = [],
): TraceStepOf<B, K> {
  let all = flags;
  for (const p of parameters) {
    if ((p.confidence === 'R' || p.confidence === 'C') && !all.includes('lowConfidence')) {
      all = [...all, 'lowConfidence'];
      break;
    }
  }
  return { rule, basis, inputs, units: book[rule] as B[K], parameters, outcome, flags: all };
}

/** @internal Records a reason of a reason book. */
export function traceReason<B extends ReasonBook, K extends keyof B & string>(
  book: B,
  rule: K,
  basis: LegalBasis,
  inputs: InputsOf<B[K]>,
  flags?: readonly TraceFlag[],
): ReasonOf<B, K> {
  return flags === undefined || flags.length === 0
    ? { rule, basis, inputs, units: book[rule] as B[K] }
    : { rule, basis, inputs, units: book[rule] as B[K], flags };
}

/**
 * How a catalogue renders each step of a rule book in one language: a function per rule id, given the typed
 * step. Declared with `satisfies`, so a rule without its sentence does not compile.
 *
 * @example
 * ```ts
 * import { type StepTexts } from 'praca-socjalna';
 * const book = { 'art37.person': { inputs: { age: 'years' }, outcome: 'boolean' } } as const;
 * const pl = { 'art37.person': (s) => (s.outcome ? 'Osoba pełnoletnia.' : 'Osoba małoletnia.') } satisfies StepTexts<typeof book>;
 * ```
 * @category Law
 */
export type StepTexts<B extends RuleBook> = { readonly [K in keyof B & string]: (step: TraceStepOf<B, K>) => string };

/**
 * How a catalogue renders each reason of a reason book in one language.
 *
 * @example
 * ```ts
 * import { type ReasonTexts } from 'praca-socjalna';
 * const book = { 'art37.adult': {} } as const;
 * const pl = { 'art37.adult': () => 'Zasiłek stały przysługuje osobie pełnoletniej.' } satisfies ReasonTexts<typeof book>;
 * ```
 * @category Law
 */
export type ReasonTexts<B extends ReasonBook> = { readonly [K in keyof B & string]: (reason: ReasonOf<B, K>) => string };

const isNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;
const isString = (v: unknown): boolean => typeof v === 'string';
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every(isString);
/** What a value of each unit must be, checked before a catalogue renders data from outside. */
const unitChecks: { readonly [U in TraceUnit]: (v: unknown) => boolean } = {
  grosze: (v) => Number.isSafeInteger(v),
  percent: isNumber,
  count: isCount,
  years: isCount,
  months: isCount,
  days: isCount,
  date: isCivilDate,
  month: (v) => isString(v) && isCivilDate(`${v as string}-01`),
  hectares: isString,
  boolean: (v) => typeof v === 'boolean',
  code: isString,
  codes: isStrings,
  id: isString,
  ids: isStrings,
  text: isString,
  texts: isStrings,
};

/** @internal Whether a value is of a declared unit (`null` only where the unit is nullable). */
export function ofUnit(value: unknown, spec: UnitSpec): boolean {
  const nullable = spec.endsWith('?');
  if (value === null) return nullable;
  const check = unitChecks[(nullable ? spec.slice(0, -1) : spec) as TraceUnit];
  return check !== undefined && check(value);
}

/**
 * @internal Whether inputs from outside (JavaScript, a database) hold every input the rule declares, each of
 * its unit: a catalogue is only ever given data of the shape its book promises, so rendering never throws.
 */
export function conforms(inputs: unknown, units: InputUnits): boolean {
  if (inputs === null || typeof inputs !== 'object') return false;
  for (const name of Object.keys(units)) {
    if (!Object.hasOwn(inputs, name) || !ofUnit((inputs as Record<string, unknown>)[name], units[name] as UnitSpec)) return false;
  }
  return true;
}

/**
 * @internal Renders a step with its catalogue; `undefined` for a rule the book does not declare or a step
 * whose inputs or outcome are not of the declared units.
 */
export function renderWith<B extends RuleBook>(book: B, texts: StepTexts<B>, step: TraceStep): string | undefined {
  if (step === null || typeof step !== 'object' || typeof step.rule !== 'string' || !Object.hasOwn(book, step.rule)) return undefined;
  const spec = book[step.rule] as RuleSpec;
  if (!conforms(step.inputs, spec.inputs) || !ofUnit(step.outcome, spec.outcome) || !Array.isArray(step.flags)) return undefined;
  const render = (texts as unknown as Readonly<Record<string, ((s: TraceStep) => string) | undefined>>)[step.rule];
  return typeof render === 'function' ? render(step) : undefined;
}

/** @internal Renders a reason with its catalogue; `undefined` for a reason the book does not declare or malformed inputs. */
export function renderReasonWith<B extends ReasonBook>(book: B, texts: ReasonTexts<B>, reason: Reason): string | undefined {
  if (reason === null || typeof reason !== 'object' || typeof reason.rule !== 'string' || !Object.hasOwn(book, reason.rule)) return undefined;
  if (!conforms(reason.inputs, book[reason.rule] as InputUnits)) return undefined;
  if (reason.flags !== undefined && !Array.isArray(reason.flags)) return undefined;
  const render = (texts as unknown as Readonly<Record<string, ((r: Reason) => string) | undefined>>)[reason.rule];
  return typeof render === 'function' ? render(reason) : undefined;
}
