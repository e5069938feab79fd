import type { BreachGround } from '../../law/breachGround.js';
import type { CivilDate } from '../../law/civilDate.js';
import type { ReasonTexts, StepTexts, TraceFlag } from '../../law/trace.js';
import type { BreachAssessment, MeasureReason, ProportionalityQuestion } from '../assessBreach.js';
import type { Measure } from '../measure.js';
import type { breachReasons, breachRules } from '../rules.js';
import { breachGrounds } from '../breachGround.js';

/**
 * @internal What one language says of an art. 11 assessment: a sentence for every rule and reason of the books
 * (a missing one does not compile), the words of the document and the labels of its codes. A new language
 * is one more file declared `satisfies BreachCatalogue`, and one line in `catalogues` of explainBreach.ts.
 */
export interface BreachCatalogue {
  readonly steps: StepTexts<typeof breachRules>;
  readonly reasons: ReasonTexts<typeof breachReasons>;
  readonly title: string;
  /** Said instead of an assessment that does not pass `BreachAssessmentSchema` (incomplete, or of another version). */
  readonly malformed: string;
  readonly groundHeading: string;
  /** The ground as this language names it (Polish: the statute's words). */
  readonly ground: (ground: BreachGround) => string;
  readonly outcome: { readonly [K in BreachAssessment['outcome']]: string };
  readonly why: string;
  readonly measuresHeading: string;
  readonly measure: (measure: Measure) => string;
  readonly available: (available: boolean) => string;
  readonly measureWhy: (why: MeasureReason) => string;
  readonly dependantsHeading: string;
  readonly noDependants: string;
  /** One dependant: the name only when the caller asks for names. */
  readonly dependant: (d: BreachAssessment['dependants'][number], withName: boolean) => string;
  readonly checklistHeading: string;
  readonly proportionality: { readonly [K in ProportionalityQuestion]: string };
  readonly findingsHeading: string;
  readonly flags: { readonly [K in TraceFlag]: string };
  readonly discretion: string;
}

/** @internal A clause for the middle of a sentence: the caller's words without trailing full stops or spaces. */
export function clause(text: string): string {
  // A backward scan, linear in the text (a trimming regex backtracked quadratically on long runs of dots).
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    // '.', space, tab, line breaks, no-break space
    if (c === 46 || c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 160) end--;
    else break;
  }
  return text.slice(0, end);
}

/** @internal The law's entry for a ground code, or `undefined` for a code the catalogue does not have. */
export function groundInfo(ground: string): (typeof breachGrounds)[BreachGround] | undefined {
  return Object.hasOwn(breachGrounds, ground) ? breachGrounds[ground as BreachGround] : undefined;
}

/** @internal The law's note on the wording of a ground that took effect on `from` (Polish: the law's own words). */
export function wordingNote(ground: string, from: CivilDate | null): string | null {
  if (from === null) return null;
  return groundInfo(ground)?.wording.periods.find((p) => p.from === from)?.value.note ?? null;
}
