import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarYears, easterSunday, publicHolidayOn, publicHolidaysIn } from './holidays.js';

/** Easter by Gauss's method with Lichtenberg's correction: a second algorithm, independent of the one in src. */
function gaussEaster(year: number): { month: number; day: number } {
  const k = Math.floor(year / 100);
  const m = 15 + Math.floor((3 * k + 3) / 4) - Math.floor((8 * k + 13) / 25);
  const s = 2 - Math.floor((3 * k + 3) / 4);
  const a = year % 19;
  const d = (19 * a + m) % 30;
  const r = Math.floor((d + Math.floor(a / 11)) / 29);
  const og = 21 + d - r;
  const sz = 7 - ((year + Math.floor(year / 4) + s) % 7);
  const oe = 7 - ((og - sz) % 7);
  const march = og + oe;
  return march > 31 ? { month: 4, day: march - 31 } : { month: 3, day: march };
}

/** Dates through the platform's UTC calendar, not the SDK's day numbers. */
function utc(year: number, month: number, day: number, plus = 0): string {
  return new Date(Date.UTC(year, month - 1, day + plus)).toISOString().slice(0, 10);
}

function expectedHolidays(year: number): string[] {
  const e = gaussEaster(year);
  const days = [
    utc(year, 1, 1), utc(year, e.month, e.day), utc(year, e.month, e.day, 1), utc(year, 5, 1), utc(year, 5, 3),
    utc(year, e.month, e.day, 49), utc(year, e.month, e.day, 60), utc(year, 8, 15), utc(year, 11, 1), utc(year, 11, 11),
    utc(year, 12, 25), utc(year, 12, 26),
  ];
  if (year >= 2011) days.push(utc(year, 1, 6));
  if (year >= 2025) days.push(utc(year, 12, 24));
  return days.sort();
}

describe('public holidays (Act of 18 January 1951)', () => {
  it.each(Array.from({ length: 2035 - 2004 + 1 }, (_, i) => 2004 + i))('%i: every holiday, against Gauss’s Easter', (year) => {
    const r = publicHolidaysIn(year);
    expect(r.ok && r.value.map((h) => h.date)).toEqual(expectedHolidays(year));
  });

  it('agrees with known Easter Sundays', () => {
    expect([2004, 2008, 2011, 2019, 2024, 2025, 2026, 2035].map(easterSunday)).toEqual([
      '2004-04-11', '2008-03-23', '2011-04-24', '2019-04-21', '2024-03-31', '2025-04-20', '2026-04-05', '2035-03-25',
    ]);
  });

  it('Easter from two algorithms agrees in every supported year', () => {
    for (let y = calendarYears.from; y <= calendarYears.to; y++) {
      const e = gaussEaster(y);
      expect(easterSunday(y)).toBe(utc(y, e.month, e.day));
    }
  });

  it('adds 6 January from 2011 and 24 December from 2025, each with its dated rule', () => {
    expect(publicHolidayOn('2010-01-06')).toEqual({ ok: true, value: null });
    expect(publicHolidayOn('2011-01-06').ok && (publicHolidayOn('2011-01-06') as { value: { code: string } }).value.code).toBe('epiphany');
    expect(publicHolidayOn('2024-12-24')).toEqual({ ok: true, value: null });
    const eve = publicHolidayOn('2025-12-24');
    expect(eve.ok && eve.value).toMatchObject({ code: 'christmasEve', rule: { inForceFrom: '2025-02-01', confidence: 'S', basis: { act: 'dniWolne1951', article: '1' } } });
  });

  it('Good Friday is not a holiday; Corpus Christi is Easter + 60', () => {
    expect(publicHolidayOn('2025-04-18')).toEqual({ ok: true, value: null });
    const cc = publicHolidayOn('2025-06-19');
    expect(cc.ok && cc.value?.code).toBe('corpusChristi');
  });

  it('answers unsupported outside the supported years and for unreal dates, never throws', () => {
    expect(publicHolidaysIn(2003)).toMatchObject({ ok: false, error: { code: 'outside_calendar_years', year: 2003 } });
    expect(publicHolidaysIn(2200)).toMatchObject({ ok: false, error: { code: 'outside_calendar_years' } });
    expect(publicHolidaysIn(Number.NaN)).toMatchObject({ ok: false, error: { code: 'outside_calendar_years', year: null } });
    expect(publicHolidayOn('9999-12-31')).toMatchObject({ ok: false, error: { code: 'outside_calendar_years' } });
    expect(publicHolidayOn('2025-02-30')).toEqual({ ok: false, error: { code: 'invalid_date', field: 'date' } });
    expect(publicHolidayOn('16.04.2025')).toMatchObject({ ok: false, error: { code: 'invalid_date' } });
    fc.assert(fc.property(fc.anything(), (x) => { publicHolidayOn(x); }));
  });
});
