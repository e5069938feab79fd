import { describe, expect, it } from 'vitest';
import { type CivilDate, type CivilMonth, CivilDate as CivilDateSchema, addCivilDays, addCivilMonths, addMonthsToMonth, ageOn, civilDaysBetween, daysInMonth, monthOf } from './civilDate.js';

const d = (s: string) => s as CivilDate;

// The suite runs under several TZ values in CI (.ci/run): none of these may drift by a day.
describe(`civil dates (time zone ${Intl.DateTimeFormat().resolvedOptions().timeZone})`, () => {
  it('refuses days that do not exist', () => {
    expect(CivilDateSchema.safeParse('2025-02-29').success).toBe(false);
    expect(CivilDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(CivilDateSchema.safeParse('2025-1-1').success).toBe(false);
  });

  it('adds days across month, year and DST boundaries', () => {
    expect(addCivilDays(d('2025-02-28'), 1)).toBe('2025-03-01');
    expect(addCivilDays(d('2025-03-29'), 2)).toBe('2025-03-31'); // EU DST starts 2025-03-30
    expect(addCivilDays(d('2025-10-25'), 2)).toBe('2025-10-27'); // EU DST ends 2025-10-26
    expect(addCivilDays(d('2025-12-31'), 1)).toBe('2026-01-01');
  });

  it('adds months, clamping the day', () => {
    expect(addCivilMonths(d('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addMonthsToMonth('2025-12' as CivilMonth, 1)).toBe('2026-01');
    expect(addMonthsToMonth('2025-02' as CivilMonth, 11)).toBe('2026-01');
  });

  it('counts days and days in a month', () => {
    expect(civilDaysBetween(d('2025-04-16'), d('2025-04-30'))).toBe(14);
    expect(civilDaysBetween(d('2025-03-29'), d('2025-03-31'))).toBe(2);
    expect(daysInMonth('2024-02' as CivilMonth)).toBe(29);
    expect(daysInMonth('2025-04' as CivilMonth)).toBe(30);
    expect(monthOf(d('2025-03-15'))).toBe('2025-03');
  });

  it('computes age in whole years', () => {
    expect(ageOn(d('2007-05-02'), d('2025-05-01'))).toBe(17);
    expect(ageOn(d('2007-05-02'), d('2025-05-02'))).toBe(18);
    expect(ageOn(d('2004-02-29'), d('2022-02-28'))).toBe(17);
    expect(ageOn(d('2004-02-29'), d('2022-03-01'))).toBe(18);
  });
});
