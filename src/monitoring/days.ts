import type { CivilDate } from '../law/civilDate.js';
import { civilDateOf, dayNumberOf, splitCivilDate } from '../law/dayNumber.js';

/** @internal The day number of a civil date, or `null` for anything that is not a real date. */
export function dayNo(date: unknown): number | null {
  const p = splitCivilDate(date);
  return p === null ? null : dayNumberOf(p.year, p.month, p.day);
}

/** @internal A date `days` after another, both known to be real. */
export function plusDays(date: CivilDate, days: number): CivilDate {
  return civilDateOf((dayNo(date) as number) + days);
}
