import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../law/civilDate.js';
import { addWorkingDays, isWorkingDay } from './addWorkingDays.js';
import type { HolidayCalendar } from './holidayCalendar.js';
import { interviewDeadline, interviewUpdateDue } from './interviewDeadline.js';

const d = (s: string) => s as CivilDate;
// Only the holidays the examples name: the SDK ships no holiday list (see HolidayCalendar).
const calendar: HolidayCalendar = {
  source: 'examples.md',
  covers: { from: d('2025-01-01'), to: d('2025-12-31') },
  holidays: [d('2025-04-21'), d('2025-05-01'), d('2025-05-03'), d('2025-11-11')],
};

describe('interview deadlines (§ 3 of the 2021 regulation) — examples.md', () => {
  it('information received Monday 2025-04-14, 14 working days → 2025-05-06 (Easter Monday, 1 May, 3 May)', () => {
    const r = interviewDeadline({ informationReceivedOn: '2025-04-14', urgent: false, calendar });
    expect(r.ok && r.value).toMatchObject({ status: 'decided', deadline: '2025-05-06', workingDays: 14 });
  });

  it('urgent, received Friday 2025-11-07, 2 working days → 2025-11-12 (11 November)', () => {
    const r = interviewDeadline({ informationReceivedOn: '2025-11-07', urgent: true, calendar });
    expect(r.ok && r.value).toMatchObject({ status: 'decided', deadline: '2025-11-12' });
  });

  it('is unsupported when the calendar does not cover the period, and before the 2021 regulation', () => {
    const late = interviewDeadline({ informationReceivedOn: '2025-12-22', urgent: false, calendar });
    expect(late.ok && late.value.status).toBe('unsupported');
    const old = interviewDeadline({ informationReceivedOn: '2021-11-10', urgent: false, calendar });
    expect(old.ok && old.value.status).toBe('unsupported');
  });

  it('refuses invalid input with issues naming the field', () => {
    const r = interviewDeadline({ informationReceivedOn: '2025-02-30', urgent: false, calendar });
    expect(r.ok ? [] : r.error.map((i) => i.path.join('.'))).toEqual(['informationReceivedOn']);
  });

  it('counts only Monday to Friday outside holidays, not the start day', () => {
    expect(isWorkingDay(d('2025-04-19'), calendar)).toBe(false); // Saturday
    expect(isWorkingDay(d('2025-04-21'), calendar)).toBe(false); // Easter Monday
    expect(isWorkingDay(d('2025-04-22'), calendar)).toBe(true);
    expect(addWorkingDays(d('2025-04-18'), 1, calendar)).toBe('2025-04-22');
    expect(addWorkingDays(d('2025-04-18'), 0, calendar)).toBe('2025-04-18');
  });

  it('asks for an update of the interview of a person on permanent help at least every 6 months (art. 107 ust. 4)', () => {
    expect(interviewUpdateDue(d('2025-03-31'))).toBe('2025-09-30');
    expect(interviewUpdateDue(d('2025-01-15'))).toBe('2025-07-15');
  });
});
