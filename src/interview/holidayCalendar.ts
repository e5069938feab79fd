import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';

/**
 * Public holidays (dni wolne od pracy) over a covered range, supplied by the integrator with its source.
 *
 * @remarks Working days are Monday to Friday except public holidays under the Act of 18 January 1951 on
 * public holidays (from 2025 the list includes 24 December). The SDK's legal reference does not list the
 * holidays themselves, so the SDK does not ship them: pass the calendar your centre uses, and a deadline
 * that runs outside its `covers` range is answered as unsupported, never guessed.
 * @example
 * ```ts
 * import { HolidayCalendar } from 'praca-socjalna';
 * HolidayCalendar.parse({
 *   source: 'ustawa z 18 stycznia 1951 r. o dniach wolnych od pracy (t.j. Dz.U. …)',
 *   covers: { from: '2025-01-01', to: '2025-12-31' },
 *   holidays: ['2025-04-21', '2025-05-01', '2025-05-03', '2025-11-11'],
 * });
 * ```
 * @category Interview
 */
export const HolidayCalendar = z.strictObject({
  source: z.string().min(1),
  covers: z.strictObject({ from: CivilDate, to: CivilDate }),
  holidays: z.array(CivilDate),
});
/** A calendar of public holidays; see {@link HolidayCalendar}. */
export type HolidayCalendar = z.infer<typeof HolidayCalendar>;
