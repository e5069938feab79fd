import type { CivilDate } from './civilDate.js';
import type { Confidence } from './confidence.js';
import type { LegalBasis } from './legalBasis.js';
import type { ValueInForce } from './period.js';

/**
 * A legal parameter as used in a step: its value, the period it is in force, its source and confidence.
 *
 * @example
 * ```ts
 * import { type TraceParameter, type CivilDate } from 'praca-socjalna';
 * const p: TraceParameter = { name: 'incomeCriteria.singlePerson', value: 101000, from: '2025-01-01' as CivilDate, to: null, source: 'Dz.U. 2024 poz. 1044', confidence: 'S' };
 * ```
 * @category Law
 */
export interface TraceParameter {
  readonly name: string;
  readonly value: number | string;
  readonly from: CivilDate;
  readonly to: CivilDate | null;
  readonly source: string;
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
 * One step of an explanation: which rule, on which basis, with which numbers, giving what.
 *
 * @example
 * ```ts
 * import { type TraceStep } from 'praca-socjalna';
 * declare const step: TraceStep;
 * step.text.pl;
 * ```
 * @category Law
 */
export interface TraceStep {
  /** A stable id of the rule, e.g. `art8.incomeTest`. */
  readonly rule: string;
  readonly basis: LegalBasis;
  /** The step as a sentence with its numbers, ready for the justification of a decision. */
  readonly text: Bilingual;
  readonly inputs: Readonly<Record<string, number | string | boolean | null>>;
  readonly parameters: readonly TraceParameter[];
  readonly output: number | string | boolean | null;
  readonly flags: readonly TraceFlag[];
}

/** @internal A trace parameter from a value in force; `pick` selects a field of a composite value. */
export function param<T>(name: string, inForce: ValueInForce<T>, value: number | string): TraceParameter {
  const { period } = inForce;
  return {
    name,
    value,
    from: period.from,
    to: period.to,
    source: period.source,
    confidence: period.confidence,
    ...(period.note === undefined ? {} : { note: period.note }),
    ...(inForce.origin === 'caller' ? { origin: 'caller' as const } : {}),
  };
}

/** @internal Builds a step; flags for weak parameters are added here, so no rule forgets them. */
export function step(s: Omit<TraceStep, 'flags'> & { readonly flags?: readonly TraceFlag[] }): TraceStep {
  const flags = new Set(s.flags ?? []);
  if (s.parameters.some((p) => p.confidence === 'R' || p.confidence === 'C')) flags.add('lowConfidence');
  return { ...s, flags: [...flags] };
}

/**
 * A reason a rule gives: why not eligible, or why a part of the answer is unsupported.
 *
 * @example
 * ```ts
 * import { type Reason } from 'praca-socjalna';
 * const r: Reason = { rule: 'art37.incomeTest', basis: { act: 'ups', article: '37' }, text: { pl: '…', en: '…' } };
 * ```
 * @category Law
 */
export interface Reason {
  readonly rule: string;
  readonly basis: LegalBasis;
  readonly text: Bilingual;
  /** Marks a reason resting on a weak source (`lowConfidence`) or on the centre's decision. */
  readonly flags?: readonly TraceFlag[] | undefined;
}

