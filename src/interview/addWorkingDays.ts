import { getISODay } from 'date-fns/getISODay';
import { parseISO } from 'date-fns/parseISO';
import { type CivilDate, addCivilDays } from '../law/civilDate.js';
import type { HolidayCalendar } from './holidayCalendar.js';

/**
 * Whether a date is a working day: Monday to Friday and not a public holiday of the calendar.
 *
 * @example
 * ```ts
 * import { isWorkingDay, type CivilDate } from 'praca-socjalna';
 * const calendar = { source: 'test', covers: { from: '2025-01-01' as CivilDate, to: '2025-12-31' as CivilDate }, holidays: ['2025-11-11' as CivilDate] };
 * isWorkingDay('2025-11-11' as CivilDate, calendar); //=> false
 * ```
 * @category Interview
 */
export function isWorkingDay(date: CivilDate, calendar: HolidayCalendar): boolean {
  const weekday = getISODay(parseISO(date)); // 1 = Monday … 7 = Sunday
  return weekday <= 5 && !calendar.holidays.includes(date);
}

/**
 * The date `days` working days after `start` (the start day itself is not counted), or `null` when the
 * count runs outside the range the calendar covers.
 *
 * @example
 * ```ts
 * import { addWorkingDays, type CivilDate } from 'praca-socjalna';
 * const calendar = { source: 'test', covers: { from: '2025-01-01' as CivilDate, to: '2025-12-31' as CivilDate }, holidays: ['2025-11-11' as CivilDate] };
 * addWorkingDays('2025-11-07' as CivilDate, 2, calendar); //=> '2025-11-12'
 * ```
 * @category Interview
 */
export function addWorkingDays(start: CivilDate, days: number, calendar: HolidayCalendar): CivilDate | null {
  let date = start;
  let counted = 0;
  while (counted < days) {
    date = addCivilDays(date, 1);
    if (date < calendar.covers.from || date > calendar.covers.to) return null;
    if (isWorkingDay(date, calendar)) counted += 1;
  }
  return date;
}
