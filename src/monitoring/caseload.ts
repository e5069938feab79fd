import type { CivilDate } from '../law/civilDate.js';
import { assignmentsOn, type CaseView, closedOn, isCaseView, list, personsOf } from './caseView.js';
import { dayNo } from './days.js';
import type { MonitoringPolicy, PolicySource } from './policy.js';

/**
 * The caseload of one member of staff on a date: the open cases they own or are on the team of, and
 * how many persons those households hold.
 *
 * @example
 * ```ts
 * import { type Caseload } from 'praca-socjalna';
 * declare const load: Caseload;
 * load.persons;
 * ```
 * @category Monitoring
 */
export interface Caseload {
  readonly actorId: string;
  readonly caseIds: readonly string[];
  readonly persons: number;
}

/**
 * The caseload of a member of staff on a date: open cases (not closed by `asOf`) they own or are
 * assigned to on that date, with the number of persons in them.
 *
 * @remarks Reads states; linear in the size of the cases. Anything that is not a case is skipped; an
 * `asOf` that is not a real date gives an empty caseload.
 * @example
 * ```ts
 * import { caseloadOf, type CaseView } from 'praca-socjalna';
 * declare const cases: readonly CaseView[];
 * caseloadOf(cases, 'as-piotr', '2025-03-01').caseIds.length;
 * ```
 * @category Monitoring
 */
export function caseloadOf(cases: readonly CaseView[], actorId: string, asOf: CivilDate | string): Caseload {
  const caseIds: string[] = [];
  let persons = 0;
  // A date compared with `<=` must be a string: an object without a primitive value (JSON's null-prototype objects) throws.
  if (dayNo(asOf) === null) return { actorId, caseIds, persons };
  for (const c of list(cases)) {
    if (!isCaseView(c) || closedOn(c, asOf as CivilDate)) continue;
    if (c.owner?.id === actorId || assignmentsOn(c, asOf as CivilDate).some((t) => t.member.id === actorId)) {
      caseIds.push(c.caseId);
      persons += personsOf(c);
    }
  }
  return { actorId, caseIds, persons };
}

/**
 * A warning that a caseload is outside the bounds the centre set, with the count, the bound and its source.
 *
 * @example
 * ```ts
 * import { type CaseloadWarning } from 'praca-socjalna';
 * declare const w: CaseloadWarning;
 * w.kind; //=> 'caseloadAbove' | 'caseloadBelow'
 * ```
 * @category Monitoring
 */
export interface CaseloadWarning {
  readonly kind: 'caseloadAbove' | 'caseloadBelow';
  readonly actorId: string;
  readonly role: 'assistant' | 'socialWorker';
  readonly count: number;
  readonly unit: 'persons' | 'cases';
  readonly bound: number;
  readonly source: PolicySource;
}

/**
 * Caseload warnings for every assistant and social worker found in the cases on a date, against the
 * centre's policy (Sopot: 4–7 persons per homeless person's assistant).
 *
 * @remarks A social worker's caseload counts the cases they own and those whose team they are on. One
 * pass over the cases; staff with no case are not seen. An `asOf` that is not a real date gives no warning.
 * @example
 * ```ts
 * import { caseloadWarnings, sopotPolicy, type CaseView } from 'praca-socjalna';
 * declare const cases: readonly CaseView[];
 * caseloadWarnings(cases, '2025-03-01', sopotPolicy).filter((w) => w.kind === 'caseloadAbove');
 * ```
 * @category Monitoring
 */
export function caseloadWarnings(cases: readonly CaseView[], asOf: CivilDate | string, policy: MonitoringPolicy): readonly CaseloadWarning[] {
  const loads = new Map<string, { role: 'assistant' | 'socialWorker'; cases: number; persons: number }>();
  const add = (id: string, role: 'assistant' | 'socialWorker', persons: number) => {
    const key = `${role}\u0000${id}`;
    const l = loads.get(key) ?? { role, cases: 0, persons: 0 };
    l.cases += 1;
    l.persons += persons;
    loads.set(key, l);
  };
  if (dayNo(asOf) === null) return [];
  for (const c of list(cases)) {
    if (!isCaseView(c) || closedOn(c, asOf as CivilDate)) continue;
    const persons = personsOf(c);
    const seen = new Set<string>();
    if (c.owner?.role === 'socialWorker') {
      add(c.owner.id, 'socialWorker', persons);
      seen.add(`socialWorker\u0000${c.owner.id}`);
    }
    for (const t of assignmentsOn(c, asOf as CivilDate)) {
      const role = t.member.role;
      if (role !== 'assistant' && role !== 'socialWorker') continue;
      const key = `${role}\u0000${t.member.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      add(t.member.id, role, persons);
    }
  }
  const warnings: CaseloadWarning[] = [];
  for (const [key, l] of loads) {
    const rule = l.role === 'assistant' ? policy.assistantCaseload : policy.socialWorkerCaseload;
    if (rule === null) continue;
    const count = rule.unit === 'persons' ? l.persons : l.cases;
    const actorId = key.slice(key.indexOf('\u0000') + 1);
    if (rule.max !== null && count > rule.max) warnings.push({ kind: 'caseloadAbove', actorId, role: l.role, count, unit: rule.unit, bound: rule.max, source: rule.source });
    if (rule.min !== null && count < rule.min) warnings.push({ kind: 'caseloadBelow', actorId, role: l.role, count, unit: rule.unit, bound: rule.min, source: rule.source });
  }
  return warnings;
}
