import type { Language } from '../issues/issue.js';
import { BreachAssessmentSchema } from './assessmentSchema.js';
import { LegalBasis, formatLegalBasis } from '../law/legalBasis.js';
import { type Reason, type TraceStep, renderReasonWith, renderWith } from '../law/trace.js';
import type { BreachAssessment } from './assessBreach.js';
import { breachReasons, breachRules } from './rules.js';
import type { BreachCatalogue } from './text/catalogue.js';
import { breachEn } from './text/en.js';
import { breachPl } from './text/pl.js';

/** The catalogue of each language: a new language is its file and one line here. */
const catalogues: { readonly [L in Language]: BreachCatalogue } = { pl: breachPl, en: breachEn };
const catalogueOf = (lang: unknown): BreachCatalogue | undefined =>
  typeof lang === 'string' && Object.hasOwn(catalogues, lang) ? catalogues[lang as Language] : undefined;

/**
 * Renders an art. 11 assessment as text for the file and the justification of a decision, in Polish or
 * English: the ground, the outcome and why, the measures with their availability, the dependants, the
 * proportionality checklist, the findings with their basis, and that the authority decides. Every sentence
 * comes from the language's catalogue; nothing was written while deciding.
 *
 * @remarks The dependants are named by relation and age. Their names (from `a.dependants`) are written only
 * with `{ names: true }`: a text that may be logged or sent carries no name unless the caller asks for it.
 * The client's own words and the worker's reasoning are quoted as given.
 * @example
 * ```ts
 * import { explainBreach, type BreachAssessment } from 'praca-socjalna';
 * declare const assessment: BreachAssessment;
 * const text: string = explainBreach(assessment, 'pl');
 * const forTheFile: string = explainBreach(assessment, 'pl', { names: true });
 * ```
 * @category Breach
 */
export function explainBreach(a: BreachAssessment, lang: Language, options?: { readonly names?: boolean }): string {
  const t = catalogueOf(lang) ?? breachPl;
  // an assessment read back from storage or JSON is checked first: rendering never throws on what it was given
  if (!BreachAssessmentSchema.safeParse(a).success) return t.malformed;
  const withNames = options?.names === true;
  const out = [t.title, `${t.groundHeading}: ${t.ground(a.ground)} — ${formatLegalBasis(a.basis)}`, `→ ${t.outcome[a.outcome]}`];
  if (a.reasons.length > 0) {
    out.push('', `${t.why}:`);
    for (const r of a.reasons) out.push(`- ${renderReasonWith(breachReasons, t.reasons, r) ?? ''} (${formatLegalBasis(r.basis)})`);
  }
  if (a.outcome === 'groundMayApply' || a.outcome === 'awaitingHearing') {
    out.push('', `${t.measuresHeading}:`);
    for (const m of a.measures) out.push(`- ${t.measure(m.measure)}: ${t.available(m.available)} — ${t.measureWhy(m.why)} (${formatLegalBasis(m.basis)})`);
  }
  out.push('', `${t.dependantsHeading}:`);
  if (a.dependants.length === 0) out.push(`- ${t.noDependants}`);
  for (const d of a.dependants) out.push(`- ${t.dependant(d, withNames)}`);
  if (a.outcome === 'groundMayApply') {
    out.push('', `${t.checklistHeading}:`);
    for (const q of a.proportionality) out.push(`- [ ] ${t.proportionality[q]}`);
  }
  out.push('', `${t.findingsHeading}:`);
  a.trace.forEach((s, i) => out.push(`${i + 1}. ${renderWith(breachRules, t.steps, s) ?? ''} — ${formatLegalBasis(s.basis)}${s.flags.length > 0 ? ` [${s.flags.map((f) => t.flags[f]).join(', ')}]` : ''}`));
  out.push('', t.discretion);
  return out.join('\n');
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/**
 * Renders one step of an art. 11 trace as a sentence, for a vendor that shows steps one by one (or stored
 * them and renders them later). A step of another area, or one whose inputs are not of the units its rule
 * declares in {@link breachRules}, gives `undefined`: never a throw, never a sentence with a gap.
 *
 * @example
 * ```ts
 * import { assessBreach, explainBreachStep } from 'praca-socjalna';
 * declare const input: unknown;
 * const r = assessBreach(input);
 * if (r.ok) r.value.trace.map((s) => explainBreachStep(s, 'pl'));
 * ```
 * @category Breach
 */
export function explainBreachStep(step: TraceStep, lang: Language): string | undefined {
  const t = catalogueOf(lang);
  if (t === undefined || !isObject(step) || typeof step.rule !== 'string' || !Object.hasOwn(breachRules, step.rule) || !LegalBasis.safeParse(step.basis).success) return undefined;
  return renderWith(breachRules, t.steps, step);
}

/**
 * Renders one reason of an art. 11 assessment as a sentence. A reason of another area, or one whose inputs
 * are not of the units declared in {@link breachReasons}, gives `undefined`.
 *
 * @example
 * ```ts
 * import { assessBreach, explainBreachReason } from 'praca-socjalna';
 * declare const input: unknown;
 * const r = assessBreach(input);
 * if (r.ok) r.value.reasons.map((x) => explainBreachReason(x, 'en'));
 * ```
 * @category Breach
 */
export function explainBreachReason(reason: Reason, lang: Language): string | undefined {
  const t = catalogueOf(lang);
  if (t === undefined || !isObject(reason) || typeof reason.rule !== 'string' || !Object.hasOwn(breachReasons, reason.rule)) return undefined;
  return renderReasonWith(breachReasons, t.reasons, reason);
}
