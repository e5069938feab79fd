import { match } from 'ts-pattern';
import type { Language } from '../issues/issue.js';
import { formatLegalBasis } from '../law/legalBasis.js';
import type { EligibilityResult, EligibilityWarning } from './result.js';
import { type TraceParameter, renderReasonWith, renderWith } from '../law/trace.js';
import { type EligibilityReason, type EligibilityStep, eligibilityReasons, eligibilityRules } from './rules.js';
import type { EligibilityCatalogue } from './text/catalogue.js';
import { ownValue } from '../_lib/ownValue.js';
import { eligibilityPl } from './text/pl.js';
import { EligibilityResultSchema } from './resultSchema.js';
import { eligibilityEn } from './text/en.js';

const catalogues: Readonly<Record<Language, EligibilityCatalogue>> = { pl: eligibilityPl, en: eligibilityEn };
/** The catalogue of a language; Polish for anything else (a language value from JavaScript, `__proto__` included). */
const catalogueOf = (lang: Language): EligibilityCatalogue => (typeof lang === 'string' ? ownValue(catalogues, lang) : undefined) ?? eligibilityPl;

function renderParameter(p: TraceParameter, t: EligibilityCatalogue): string {
  const w = t.words;
  const value = typeof p.value !== 'number' ? String(p.value) : p.unit === 'grosze' ? t.money(p.value) : p.unit === 'percent' ? `${p.value}%` : String(p.value);
  const name = ownValue<string>(t.parameters, p.name) ?? w.unknownParameter;
  const caller = p.origin === 'caller' ? `; ${w.callerValue}` : '';
  return `${name}: ${value} (${w.inForce} ${t.date(p.from)}${p.to ? ` ${w.until} ${t.date(p.to)}` : ''}; ${p.source}; ${t.confidence[p.confidence]}${caller}${p.note ? `; ${p.note}` : ''})`;
}

/**
 * One step of an eligibility trace as a sentence, from the language's catalogue: what `explain` prints for
 * it, without the number, basis and parameters.
 *
 * @example
 * ```ts
 * import { computeProRata, explainEligibilityStep, type CivilDate, type Grosze } from 'praca-socjalna';
 * const r = computeProRata(90000 as Grosze, '2025-04-16' as CivilDate, '2025-04-30' as CivilDate);
 * if (r.amount !== null) explainEligibilityStep(r.trace, 'pl'); //=> 'Niepełny miesiąc (kwiecień 2025 r.): 900,00 zł ÷ 30 dni × 15 dni (od 16 kwietnia 2025 r. do 30 kwietnia 2025 r.) = 450,00 zł.'
 * ```
 * @category Eligibility
 */
export function explainEligibilityStep(step: EligibilityStep, lang: Language): string {
  const t = catalogueOf(lang);
  return renderWith(eligibilityRules, t.steps, step) ?? t.words.unknownRule;
}

/**
 * One reason of an eligibility result as a sentence, from the language's catalogue.
 *
 * @example
 * ```ts
 * import { assessEligibility, explainEligibilityReason } from 'praca-socjalna';
 * declare const request: unknown;
 * const r = assessEligibility(request);
 * if (r.ok && r.value.status === 'notEligible') r.value.reasons.map((x) => explainEligibilityReason(x, 'pl'));
 * ```
 * @category Eligibility
 */
export function explainEligibilityReason(reason: EligibilityReason, lang: Language): string {
  const t = catalogueOf(lang);
  return renderReasonWith(eligibilityReasons, t.reasons, reason) ?? t.words.unknownRule;
}

function renderStep(s: EligibilityStep, i: number, t: EligibilityCatalogue, lang: Language): string {
  const flags = s.flags.length > 0 ? ` [${s.flags.map((f) => t.flags[f]).join(', ')}]` : '';
  const lines = [`${i + 1}. ${explainEligibilityStep(s, lang)} — ${formatLegalBasis(s.basis)}${flags}`];
  for (const p of s.parameters) lines.push(`   ${renderParameter(p, t)}`);
  return lines.join('\n');
}

function renderWarning(w: EligibilityWarning, t: EligibilityCatalogue): string {
  return match(w)
    .with({ code: 'income_outside_reference_month' }, (x) => t.warnings.outside(x))
    .with({ code: 'farm_contribution_missing' }, (x) => t.warnings.farm(x))
    .with({ code: 'parameter_unverified' }, (x) => t.warnings.stale(x, ownValue<string>(t.tables, x.table) ?? t.words.unknownParameter))
    .exhaustive();
}

/**
 * Renders an eligibility result as text a worker can paste into the justification of a decision: the
 * outcome, every finding with its legal basis and the parameters used (value, period, source,
 * confidence), the reasons, and what stayed open.
 *
 * @example
 * ```ts
 * import { assessEligibility, explain } from 'praca-socjalna';
 * declare const request: unknown;
 * const r = assessEligibility(request);
 * if (r.ok) explain(r.value, 'pl'); //=> 'Zasiłek stały (art. 37 u.p.s.): przysługuje — kwota 813,00 zł miesięcznie …'
 * ```
 * @category Eligibility
 */
export function explain(result: EligibilityResult, lang: Language): string {
  const t = catalogueOf(lang);
  // a result read back from storage or JSON is checked first: rendering never throws on what it was given
  if (!EligibilityResultSchema.safeParse(result).success) return t.words.malformed;
  const w = t.words;
  const formatPln = t.money;
  const name = t.benefits[result.benefit];
  const head = match(result)
    .with({ status: 'eligible' }, (r) => {
      const amount = r.amount !== null ? ` — ${w.amount} ${formatPln(r.amount)}${r.benefit === 'specialPurposeAllowance' ? '' : ` ${w.month}`}` : '';
      const range = r.bounds ? ` (${w.range}: ${r.bounds.min !== null ? `${w.from} ${formatPln(r.bounds.min)} ` : ''}${r.bounds.max !== null ? `${w.to} ${formatPln(r.bounds.max)}` : ''})`.replace(' )', ')') : '';
      return `${name}: ${w.eligible}${amount}${range}.\n${r.decisionRequired ? w.decision : w.noDecision}`;
    })
    .with({ status: 'notEligible' }, () => `${name}: ${w.notEligible}.`)
    .with({ status: 'unsupported' }, () => `${name}: ${w.unsupported}.`)
    .exhaustive();
  const out = [head];
  if (result.status !== 'eligible' && result.reasons.length > 0) {
    out.push('', `${result.status === 'notEligible' ? w.reasons : w.open}:`);
    for (const r of result.reasons) out.push(`- ${explainEligibilityReason(r, lang)} (${formatLegalBasis(r.basis)})`);
  }
  if (result.status === 'eligible' && result.unsupportedParts.length > 0) {
    out.push('', `${w.open}:`);
    for (const r of result.unsupportedParts) out.push(`- ${explainEligibilityReason(r, lang)} (${formatLegalBasis(r.basis)})`);
  }
  if (result.warnings.length > 0) {
    out.push('', `${t.warnings.title}:`);
    for (const x of result.warnings) out.push(`- ${renderWarning(x, t)}`);
  }
  if (result.trace.length > 0) {
    out.push('', `${w.steps}:`);
    result.trace.forEach((s, i) => out.push(renderStep(s, i, t, lang)));
  }
  return out.join('\n');
}
