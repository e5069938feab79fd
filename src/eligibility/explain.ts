import { match } from 'ts-pattern';
import type { Language } from '../issues/issue.js';
import { formatPlnPl as formatPln } from '../i18n/pln.js';
import { formatLegalBasis } from '../law/legalBasis.js';
import type { Benefit, EligibilityResult } from './result.js';
import type { TraceParameter, TraceStep } from '../law/trace.js';
import type { Confidence } from '../law/confidence.js';
import type { EligibilityWarning } from './result.js';

type Unit = 'grosze' | 'percent' | 'count' | 'text';
/** Each parameter a rule cites: its name as a worker reads it, and its unit (never guessed from the name). */
const parameterNames = {
  'incomeCriteria.singlePerson': { unit: 'grosze', pl: 'kryterium dochodowe osoby samotnie gospodarującej', en: 'single-person income criterion' },
  'incomeCriteria.perPersonInFamily': { unit: 'grosze', pl: 'kryterium dochodowe na osobę w rodzinie', en: 'per-person income criterion' },
  'incomeCriteria.family': { unit: 'grosze', pl: 'kryterium dochodowe rodziny', en: 'family income criterion' },
  'permanentAllowance.percentOfCriterion': { unit: 'percent', pl: 'odsetek kryterium (zasiłek stały)', en: 'percent of the criterion (permanent allowance)' },
  'permanentAllowance.min': { unit: 'grosze', pl: 'najniższa kwota zasiłku stałego', en: 'minimum permanent allowance' },
  'permanentAllowance.maxSinglePerson': { unit: 'grosze', pl: 'najwyższa kwota zasiłku stałego osoby samotnie gospodarującej', en: 'maximum permanent allowance of a single person' },
  'periodicAllowance.minimum': { unit: 'grosze', pl: 'najniższa kwota zasiłku okresowego', en: 'minimum periodic allowance' },
  'periodicMinimumShare.singlePersonPercent': { unit: 'percent', pl: 'minimalny odsetek różnicy (osoba samotnie gospodarująca)', en: 'minimum share of the difference (single person)' },
  'periodicMinimumShare.familyPercent': { unit: 'percent', pl: 'minimalny odsetek różnicy (rodzina)', en: 'minimum share of the difference (family)' },
  periodicCapSinglePerson: { unit: 'grosze', pl: 'górna granica zasiłku okresowego osoby samotnie gospodarującej', en: 'periodic allowance cap of a single person' },
  'lumpSumRules.multiplier': { unit: 'count', pl: 'krotność kryterium dla dochodu jednorazowego', en: 'multiple of the criterion for one-off income' },
  farmIncomePerHectare: { unit: 'grosze', pl: 'dochód z 1 ha przeliczeniowego', en: 'income from 1 conversion hectare' },
  'incomeChangeTolerance.percent': { unit: 'percent', pl: 'dopuszczalna zmiana dochodu', en: 'tolerated income change' },
} as const satisfies Record<string, { readonly unit: Unit; readonly pl: string; readonly en: string }>;

/** Confidence in words a worker understands, never a letter. */
const confidenceWords = {
  pl: {
    V: 'wartość potwierdzona w tekście ustawy',
    S: 'wartość z wtórnego źródła — sprawdź przed decyzją',
    R: 'wartość niepotwierdzona w żadnym tekście — sprawdź przed decyzją',
    C: 'źródła podają różne wartości — sprawdź przed decyzją',
  },
  en: {
    V: 'value confirmed in the text of the act',
    S: 'value from a secondary source — check before deciding',
    R: 'value not confirmed in any text — check before deciding',
    C: 'the sources disagree — check before deciding',
  },
} as const satisfies Record<Language, Record<Confidence, string>>;

const warningWords = {
  pl: {
    title: 'Uwagi',
    outside: (w: Extract<EligibilityWarning, { code: 'income_outside_reference_month' }>) =>
      `Nie wliczono ${w.items.length === 1 ? 'pozycji dochodu' : 'pozycji dochodu w liczbie ' + String(w.items.length)} z ${[...new Set(w.items.map((i) => i.month))].join(', ')}, bo dochód ustala się z miesiąca ${w.referenceMonth} (art. 8 ust. 3 u.p.s.): sprawdź, czy data jest właściwa.`,
    farm: (w: Extract<EligibilityWarning, { code: 'farm_contribution_missing' }>) =>
      `Nie podano składki KRUS dla ${w.itemIds.length === 1 ? 'gospodarstwa rolnego' : 'gospodarstw rolnych'}: nic nie odliczono od dochodu z gospodarstwa (art. 8 ust. 3 pkt 2 u.p.s.).`,
    stale: (w: Extract<EligibilityWarning, { code: 'parameter_unverified' }>) =>
      `Wartość parametru „${tableNames[w.table]?.pl ?? 'parametr prawa'}” jest niezweryfikowana od ${w.unverifiedFrom}: użyto ostatniej znanej; kryteria dochodowe weryfikuje się co trzy lata (art. 9 u.p.s.), najbliższa weryfikacja w 2027 r.`,
  },
  en: {
    title: 'Notes',
    outside: (w: Extract<EligibilityWarning, { code: 'income_outside_reference_month' }>) =>
      `${w.items.length} income item(s) of ${[...new Set(w.items.map((i) => i.month))].join(', ')} not counted: income is taken from ${w.referenceMonth} (art. 8 ust. 3 u.p.s.); check the date.`,
    farm: (w: Extract<EligibilityWarning, { code: 'farm_contribution_missing' }>) =>
      `No KRUS contribution given for ${w.itemIds.length} farm item(s): nothing was deducted from the farm income (art. 8 ust. 3 pkt 2 u.p.s.).`,
    stale: (w: Extract<EligibilityWarning, { code: 'parameter_unverified' }>) =>
      `The value of "${tableNames[w.table]?.en ?? 'a legal parameter'}" is unverified from ${w.unverifiedFrom}: the last known value was used; the criteria are verified every three years (art. 9 u.p.s.), next in 2027.`,
  },
} as const;

const tableNames: Readonly<Record<string, { readonly pl: string; readonly en: string }>> = {
  incomeCriteria: { pl: 'kryteria dochodowe', en: 'income criteria' },
  permanentAllowanceRules: { pl: 'zasiłek stały: kwoty', en: 'permanent allowance amounts' },
  periodicAllowanceRules: { pl: 'zasiłek okresowy: najniższa kwota', en: 'periodic allowance minimum' },
  periodicMinimumShare: { pl: 'zasiłek okresowy: minimalny odsetek różnicy', en: 'periodic allowance minimum share' },
  farmIncomePerHectare: { pl: 'dochód z 1 ha przeliczeniowego', en: 'income from 1 conversion hectare' },
};

function renderWarning(w: EligibilityWarning, lang: Language): string {
  const t = warningWords[lang];
  return match(w)
    .with({ code: 'income_outside_reference_month' }, (x) => t.outside(x))
    .with({ code: 'farm_contribution_missing' }, (x) => t.farm(x))
    .with({ code: 'parameter_unverified' }, (x) => t.stale(x))
    .exhaustive();
}

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
  const known = (parameterNames as Readonly<Record<string, { readonly unit: Unit; readonly pl: string; readonly en: string }>>)[p.name];
  const unit: Unit = known?.unit ?? (typeof p.value === 'number' ? 'count' : 'text');
  const value = typeof p.value !== 'number' ? String(p.value) : unit === 'grosze' ? formatPln(p.value as never) : unit === 'percent' ? `${p.value}%` : String(p.value);
  const name = known?.[lang] ?? (lang === 'pl' ? 'parametr prawa' : 'legal parameter');
  const caller = p.origin === 'caller' ? (lang === 'pl' ? '; wartość podana przez ośrodek, nie z ustawy w SDK' : "; the caller's value, not the SDK's law") : '';
  return `${name}: ${value} (${w.inForce} ${p.from}${p.to ? ` ${w.until} ${p.to}` : ''}; ${p.source}; ${confidenceWords[lang][p.confidence]}${caller}${p.note ? `; ${p.note}` : ''})`;
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
  if (result.warnings.length > 0) {
    out.push('', `${warningWords[lang].title}:`);
    for (const x of result.warnings) out.push(`- ${renderWarning(x, lang)}`);
  }
  if (result.trace.length > 0) {
    out.push('', `${w.steps}:`);
    result.trace.forEach((s, i) => out.push(renderStep(s, i, lang)));
  }
  return out.join('\n');
}
