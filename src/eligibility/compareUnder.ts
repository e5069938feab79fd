import type { Grosze } from '../law/grosze.js';
import type { LawOverrides } from '../law/lawTables.js';
import { formatPlnPl } from '../i18n/pln.js';
import type { Language } from '../issues/issue.js';
import { assessValidatedEligibility } from './assessEligibility.js';
import { fastAmount } from './eligibleAmount.js';
import type { EligibilityRequest } from './request.js';
import type { EligibilityResult } from './result.js';

/**
 * How one household fares under law B compared with law A.
 *
 * @remarks `becomesEligible` / `becomesNotEligible`: the status changes; `gains` / `loses`: eligible under
 * both, the amount (the statutory minimum where the law gives a range) rises or falls; `unchanged`;
 * `undecided`: unsupported under either law (the centre must look).
 * @example
 * ```ts
 * import { type ReformChange } from 'praca-socjalna';
 * const c: ReformChange = 'gains';
 * ```
 * @category Eligibility
 */
export type ReformChange = 'becomesEligible' | 'becomesNotEligible' | 'gains' | 'loses' | 'unchanged' | 'undecided';

/**
 * One household in a comparison: its status and amount under each law and the change, in grosze.
 *
 * @example
 * ```ts
 * import { type ReformRow } from 'praca-socjalna';
 * declare const row: ReformRow;
 * row.delta;
 * ```
 * @category Eligibility
 */
export interface ReformRow {
  readonly index: number;
  readonly householdId: string;
  readonly before: { readonly status: EligibilityResult['status']; readonly amount: Grosze | null };
  readonly after: { readonly status: EligibilityResult['status']; readonly amount: Grosze | null };
  readonly change: ReformChange;
  /** After − before, counting a missing amount as 0. */
  readonly delta: number;
}

/**
 * What a change of the law does to a caseload: per household and in total, as data.
 *
 * @example
 * ```ts
 * import { type ReformComparison } from 'praca-socjalna';
 * declare const c: ReformComparison;
 * c.counts.becomesEligible;
 * ```
 * @category Eligibility
 */
export interface ReformComparison {
  readonly rows: readonly ReformRow[];
  readonly counts: Readonly<Record<ReformChange, number>>;
  /** The sum of all deltas: the monthly cost of the change, in grosze. */
  readonly totalDelta: number;
}

const amountOf = (r: EligibilityResult): Grosze | null => (r.status === 'eligible' ? r.amount : null);

/** Status and amount: the direct path where it applies (it returns `null` only when not eligible), else the full rules. */
function outcome(req: EligibilityRequest, law: LawOverrides): { readonly status: EligibilityResult['status']; readonly amount: Grosze | null } {
  const fast = fastAmount(req, law);
  if (fast !== undefined) return { status: fast === null ? 'notEligible' : 'eligible', amount: fast };
  const r = assessValidatedEligibility(req, law);
  return { status: r.status, amount: amountOf(r) };
}

/**
 * Compares a centre's households under two laws — what OpenFisca and PolicyEngine call a reform: who gains,
 * who loses, who becomes eligible or not, and by how much. The requests are parsed ones
 * ({@link parseEligibilityRequest}); each law is the built-in law with the caller's tables (`lawWith`).
 *
 * @example
 * ```ts
 * import { compareUnder, type EligibilityRequest } from 'praca-socjalna';
 * declare const households: EligibilityRequest[];
 * const c = compareUnder(households, {}, {});
 * c.counts.unchanged === households.length; //=> true
 * ```
 * @category Eligibility
 */
export function compareUnder(requests: readonly EligibilityRequest[], lawA: LawOverrides, lawB: LawOverrides): ReformComparison {
  const counts: Record<ReformChange, number> = { becomesEligible: 0, becomesNotEligible: 0, gains: 0, loses: 0, unchanged: 0, undecided: 0 };
  const rows: ReformRow[] = [];
  let totalDelta = 0;
  requests.forEach((req, index) => {
    const before = outcome(req, lawA);
    const after = outcome(req, lawB);
    const a = before;
    const b = after;
    const delta = (after.amount ?? 0) - (before.amount ?? 0);
    const change: ReformChange =
      a.status === 'unsupported' || b.status === 'unsupported' ? 'undecided'
      : a.status !== 'eligible' && b.status === 'eligible' ? 'becomesEligible'
      : a.status === 'eligible' && b.status !== 'eligible' ? 'becomesNotEligible'
      : delta > 0 ? 'gains'
      : delta < 0 ? 'loses'
      : 'unchanged';
    counts[change]++;
    if (change !== 'undecided') totalDelta += delta;
    rows.push({ index, householdId: req.household.id, before, after, change, delta });
  });
  return { rows, counts, totalDelta };
}

const summaryWords = {
  pl: {
    title: 'Skutki zmiany prawa', households: 'Liczba gospodarstw', change: 'Zmiana', count: 'Gospodarstwa', total: 'Łączna zmiana miesięcznych kwot',
    changes: { becomesEligible: 'uzyskują prawo', becomesNotEligible: 'tracą prawo', gains: 'otrzymują więcej', loses: 'otrzymują mniej', unchanged: 'bez zmian', undecided: 'do rozstrzygnięcia przez ośrodek' },
    biggest: 'Największe zmiany', row: (r: ReformRow) => `gospodarstwo nr ${r.index + 1}: ${r.before.amount === null ? '—' : formatPlnPl(r.before.amount)} → ${r.after.amount === null ? '—' : formatPlnPl(r.after.amount)}`,
  },
  en: {
    title: 'Effects of the change of law', households: 'Households', change: 'Change', count: 'Households', total: 'Total change of monthly amounts',
    changes: { becomesEligible: 'become eligible', becomesNotEligible: 'lose eligibility', gains: 'receive more', loses: 'receive less', unchanged: 'unchanged', undecided: 'for the centre to decide' },
    biggest: 'Largest changes', row: (r: ReformRow) => `household no. ${r.index + 1}: ${r.before.amount === null ? '—' : formatPlnPl(r.before.amount)} → ${r.after.amount === null ? '—' : formatPlnPl(r.after.amount)}`,
  },
} as const;

/**
 * A comparison as a Markdown summary for a head of a centre or a council: counts by change, the total monthly
 * cost, and the largest changes (households by their number in the list, never by an id).
 *
 * @example
 * ```ts
 * import { compareUnder, reformSummary, type EligibilityRequest } from 'praca-socjalna';
 * declare const households: EligibilityRequest[];
 * reformSummary(compareUnder(households, {}, {}), 'pl').startsWith('## Skutki zmiany prawa'); //=> true
 * ```
 * @category Eligibility
 */
export function reformSummary(c: ReformComparison, lang: Language, top = 5): string {
  const w = summaryWords[lang];
  const out = [`## ${w.title}`, '', `${w.households}: ${c.rows.length}`, '', `| ${w.change} | ${w.count} |`, '|---|---:|'];
  for (const k of Object.keys(c.counts) as ReformChange[]) out.push(`| ${w.changes[k]} | ${c.counts[k]} |`);
  out.push('', `${w.total}: ${c.totalDelta < 0 ? '−' : '+'}${formatPlnPl(Math.abs(c.totalDelta))}`);
  const biggest = [...c.rows].filter((r) => r.change !== 'undecided' && r.delta !== 0).sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.index - y.index).slice(0, top);
  if (biggest.length > 0) {
    out.push('', `${w.biggest}:`);
    for (const r of biggest) out.push(`- ${w.row(r)} (${w.changes[r.change]})`);
  }
  return out.join('\n');
}
