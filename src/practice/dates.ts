import { type CivilDate, daysInMonth, monthOf } from '../law/civilDate.js';

export type { CivilDate };

/** @internal The last day of the month of a civil date. */
export function lastDayOfMonthOf(date: CivilDate): CivilDate {
  const month = monthOf(date);
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}` as CivilDate;
}
