import { match } from 'ts-pattern';
import type { Language } from '../issues/issue.js';
import { formatPln } from '../law/grosze.js';
import { formatLegalBasis } from '../law/legalBasis.js';
import type { Benefit, EligibilityResult } from './result.js';
import type { TraceParameter, TraceStep } from '../law/trace.js';

const benefitNames: Record<Benefit, { readonly pl: string; readonly en: string }> = {
  permanentAllowance: { pl: 'Zasiłek stały (art. 37 u.p.s.)', en: 'Permanent allowance (art. 37 u.p.s.)' },
  periodicAllowance: { pl: 'Zasiłek okresowy (art. 38 u.p.s.)', en: 'Periodic allowance (art. 38 u.p.s.)' },
  purposeAllowance: { pl: 'Zasiłek celowy (art. 39 u.p.s.)', en: 'Purpose allowance (art. 39 u.p.s.)' },
  randomEventPurposeAllowance: { pl: 'Zasiłek celowy w związku ze zdarzeniem losowym lub klęską (art. 40 u.p.s.)', en: 'Purpose allowance after a random event or disaster (art. 40 u.p.s.)' },
  specialPurposeAllowance: { pl: 'Specjalny zasiłek celowy (art. 41 pkt 1 u.p.s.)', en: 'Special purpose allowance (art. 41 pkt 1 u.p.s.)' },
  socialWork: { pl: 'Praca socjalna (art. 45 u.p.s.)', en: 'Social work (art. 45 u.p.s.)' },
};

const words = {
  pl: { eligible: 'przysługuje', notEligible: 'nie przysługuje', unsupported: 'nie można rozstrzygnąć', amount: 'kwota', range: 'w granicach', from: 'od', to: 'do', month: 'miesięcznie', reasons: 'Powody', open: 'Kwestie nierozstrzygnięte', steps: 'Ustalenia', params: 'parametr', inForce: 'w mocy od', until: 'do', conf: 'pewność', flags: { localLaw: 'prawo miejscowe', unverified: 'niezweryfikowane', integratorDecision: 'decyzja ośrodka', lowConfidence: 'słabe źródło' }, none: 'brak', decision: 'Wymaga decyzji administracyjnej (art. 106 ust. 1 u.p.s.).', noDecision: 'Nie wymaga decyzji administracyjnej (art. 106 ust. 2 u.p.s.).' },
  en: { eligible: 'eligible', notEligible: 'not eligible', unsupported: 'cannot be decided', amount: 'amount', range: 'within', from: 'from', to: 'to', month: 'a month', reasons: 'Reasons', open: 'Open questions', steps: 'Findings', params: 'parameter', inForce: 'in force from', until: 'to', conf: 'confidence', flags: { localLaw: 'local law', unverified: 'not verified', integratorDecision: "centre's decision", lowConfidence: 'weak source' }, none: 'none', decision: 'Needs an administrative decision (art. 106 ust. 1 u.p.s.).', noDecision: 'Needs no administrative decision (art. 106 ust. 2 u.p.s.).' },
} as const;

function renderParameter(p: TraceParameter, lang: Language): string {
  const w = words[lang];
  const value = typeof p.value === 'number' && !p.name.toLowerCase().includes('percent') && !p.name.includes('multiplier') ? formatPln(p.value as never) : String(p.value);
  return `${w.params} ${p.name} = ${value} (${w.inForce} ${p.from}${p.to ? ` ${w.until} ${p.to}` : ''}; ${p.source}; ${w.conf} ${p.confidence}${p.note ? `; ${p.note}` : ''})`;
}

function renderStep(s: TraceStep, i: number, lang: Language): string {
  const w = words[lang];
  const flags = s.flags.length > 0 ? ` [${s.flags.map((f) => w.flags[f]).join(', ')}]` : '';
  const lines = [`${i + 1}. ${s.text[lang]} — ${formatLegalBasis(s.basis)}${flags}`];
  for (const p of s.parameters) lines.push(`   ${renderParameter(p, lang)}`);
  return lines.join('\n');
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
  const w = words[lang];
  const name = benefitNames[result.benefit][lang];
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
    for (const r of result.reasons) out.push(`- ${r.text[lang]} (${formatLegalBasis(r.basis)})`);
  }
  if (result.status === 'eligible' && result.unsupportedParts.length > 0) {
    out.push('', `${w.open}:`);
    for (const r of result.unsupportedParts) out.push(`- ${r.text[lang]} (${formatLegalBasis(r.basis)})`);
  }
  if (result.trace.length > 0) {
    out.push('', `${w.steps}:`);
    result.trace.forEach((s, i) => out.push(renderStep(s, i, lang)));
  }
  return out.join('\n');
}
