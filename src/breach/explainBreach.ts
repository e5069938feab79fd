import type { Language } from '../issues/issue.js';
import { formatLegalBasis } from '../law/legalBasis.js';
import { countPl } from '../i18n/plural.js';
import { label } from '../i18n/labels.js';
import type { BreachAssessment } from './assessBreach.js';

/** Relations by their labels (gender-neutral in Polish where the person's sex is not recorded). */
const relation = (r: BreachAssessment['dependants'][number]['relation'], lang: Language): string => label(r, lang, 'Relation') ?? '';

const w = {
  pl: { title: 'Ocena okoliczności z art. 11 ustawy o pomocy społecznej', ground: 'Podstawa', outcome: { groundMayApply: 'okoliczność może stanowić podstawę do zastosowania środka', noGround: 'brak podstawy', awaitingHearing: 'ocena niekompletna — najpierw wysłuchanie osoby', unsupported: 'nie można rozstrzygnąć na podstawie materiału źródłowego' }, why: 'Dlaczego', measures: 'Środki', available: 'środek dostępny', unavailable: 'środek niedostępny', dependants: 'Osoby pozostające na utrzymaniu (art. 11 ust. 3)', none: 'brak w gospodarstwie domowym', checklist: 'Proporcjonalność — do rozważenia', findings: 'Ustalenia', minor: 'osoba małoletnia', years: 'l.' },
  en: { title: 'Assessment of the circumstances of art. 11 of the Social Assistance Act', ground: 'Ground', outcome: { groundMayApply: 'the circumstance may be a basis for a measure', noGround: 'no ground', awaitingHearing: 'incomplete — hear the client first', unsupported: 'cannot be settled from the reference' }, why: 'Why', measures: 'Measures', available: 'available', unavailable: 'not available', dependants: 'Dependants (art. 11 ust. 3)', none: 'none in the household', checklist: 'Proportionality — to consider', findings: 'Findings', minor: 'a minor', years: 'years' },
} as const;

const flagWords = {
  pl: { localLaw: 'prawo miejscowe', unverified: 'brzmienie niezweryfikowane — sprawdź przed decyzją', integratorDecision: 'decyzja ośrodka', lowConfidence: 'słabe źródło — sprawdź przed decyzją' },
  en: { localLaw: 'local law', unverified: 'wording not verified — check before deciding', integratorDecision: "centre's decision", lowConfidence: 'weak source — check before deciding' },
} as const;

/**
 * Renders an art. 11 assessment as text for the file and the justification of a decision, in Polish or
 * English: the ground, the outcome and why, the measures with their availability, the dependants, the
 * proportionality checklist, the findings with their basis, and that the authority decides.
 *
 * @example
 * ```ts
 * import { explainBreach, type BreachAssessment } from 'praca-socjalna';
 * declare const assessment: BreachAssessment;
 * const text: string = explainBreach(assessment, 'pl');
 * ```
 * @category Breach
 */
export function explainBreach(a: BreachAssessment, lang: Language): string {
  const t = w[lang];
  const out = [`${t.title}`, `${t.ground}: ${a.statutePl} — ${formatLegalBasis(a.basis)}`, `→ ${t.outcome[a.outcome]}`];
  if (a.reasons.length > 0) {
    out.push('', `${t.why}:`);
    for (const r of a.reasons) out.push(`- ${r.text[lang]} (${formatLegalBasis(r.basis)})`);
  }
  if (a.outcome === 'groundMayApply' || a.outcome === 'awaitingHearing') {
    out.push('', `${t.measures}:`);
    for (const m of a.measures) out.push(`- ${label(m.measure, lang, 'Measure') ?? ''}: ${m.available ? t.available : t.unavailable} — ${m.why[lang]} (${formatLegalBasis(m.basis)})`);
  }
  out.push('', `${t.dependants}:`);
  if (a.dependants.length === 0) out.push(`- ${t.none}`);
  for (const d of a.dependants) out.push(`- ${d.name}, ${relation(d.relation, lang)}, ${lang === 'pl' ? countPl(d.age, ['rok', 'lata', 'lat']) : `${d.age} ${t.years}`}${d.minor ? `, ${t.minor}` : ''}`);
  if (a.outcome === 'groundMayApply') {
    out.push('', `${t.checklist}:`);
    for (const q of a.proportionality) out.push(`- [ ] ${q[lang]}`);
  }
  out.push('', `${t.findings}:`);
  a.trace.forEach((s, i) => out.push(`${i + 1}. ${s.text[lang]} — ${formatLegalBasis(s.basis)}${s.flags.length > 0 ? ` [${s.flags.map((f) => flagWords[lang][f]).join(', ')}]` : ''}`));
  out.push('', a.discretion[lang]);
  return out.join('\n');
}
