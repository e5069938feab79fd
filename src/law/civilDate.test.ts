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

// Regressions from the fuzz run of issue 11 and properties of the integer calendar.
import fc from 'fast-check';
import {
  EARLIEST_CIVIL_DATE, EARLIEST_LEGAL_DATE, LATEST_CIVIL_DATE, LegalDate, CivilMonth as CivilMonthSchema,
  civilDateFromDayNumber, civilDayNumber, compareCivilDates, parseCivilDate, tryAddCivilDays, tryAddCivilMonths, tryAgeOn, tryCivilDaysBetween,
} from './civilDate.js';

describe('civil dates at the edges (never a throw, NaN or a five-digit year)', () => {
  it('refuses dates outside the supported years in the schemas', () => {
    expect(CivilDateSchema.safeParse(EARLIEST_CIVIL_DATE).success).toBe(true);
    expect(CivilDateSchema.safeParse(LATEST_CIVIL_DATE).success).toBe(true);
    expect(CivilDateSchema.safeParse('1899-12-31').success).toBe(false);
    expect(CivilDateSchema.safeParse('2200-01-01').success).toBe(false);
    expect(CivilDateSchema.safeParse('9999-12-31').success).toBe(false);
    expect(LegalDate.safeParse(EARLIEST_LEGAL_DATE).success).toBe(true);
    expect(LegalDate.safeParse('2004-04-30').success).toBe(false);
    expect(CivilMonthSchema.safeParse('2200-01').success).toBe(false);
  });

  it.each([
    ['0000-01-01', -1],
    ['9999-12-31', 1],
    ['2199-12-31', 1],
    ['1900-01-01', -1],
    ['2025-02-30', 1],
    ['16.04.2025', 1],
    ['2018-9-30', 1],
    ['10000-01-01', 0],
    [null, 1],
    [20250101, 1],
    ['2025-01-01', Number.NaN],
    ['2025-01-01', 1.5],
    ['2025-01-01', 1e300],
  ])('tryAddCivilDays(%j, %j) is null', (date, days) => {
    expect(tryAddCivilDays(date, days)).toBeNull();
  });

  it('the trusted addCivilDays never leaves the supported years and never throws', () => {
    expect(addCivilDays(d('2199-12-31'), 1)).toBe('2199-12-31');
    expect(addCivilDays(d('1900-01-01'), -1)).toBe('1900-01-01');
    expect(addCivilDays(d('0000-01-01'), -1)).toBe('0000-01-01'); // not a supported date: returned unchanged
    expect(addCivilDays(d('9999-12-31'), 1)).toBe('9999-12-31');
    expect(addCivilDays(d('16.04.2025'), 1)).toBe('16.04.2025');
    expect(addCivilDays(d('2025-02-30'), 1)).toBe('2025-02-30');
    expect(addCivilDays(d('2025-01-01'), Number.NaN)).toBe('2025-01-01');
    expect(addCivilMonths(d('2199-12-31'), 1)).toBe('2199-12-31');
    expect(addMonthsToMonth('2199-12' as CivilMonth, 1)).toBe('2199-12');
  });

  it('ageOn of an impossible birth date is refused by the validating twin', () => {
    expect(tryAgeOn('1980-13-01', '2025-01-01')).toBeNull();
    expect(tryAgeOn('2025-01-02', '2025-01-01')).toBeNull(); // before birth
    expect(tryAgeOn('2004-02-29', '2022-03-01')).toBe(18);
    expect(Number.isNaN(ageOn(d('1980-13-01'), d('2025-01-01')))).toBe(false);
  });

  it('counts days only between real dates', () => {
    expect(tryCivilDaysBetween('2025-04-16', '2025-04-31')).toBeNull();
    expect(civilDaysBetween(d('2025-04-16'), d('2025-04-31'))).toBe(0);
    expect(tryCivilDaysBetween(EARLIEST_CIVIL_DATE, LATEST_CIVIL_DATE)).toBe(109572);
    expect(daysInMonth('not a month' as CivilMonth)).toBe(30);
  });

  it('parses only real, bounded dates (valueAt-style "2018-9-30" is not a date)', () => {
    expect(parseCivilDate('2018-09-30')).toBe('2018-09-30');
    expect(parseCivilDate('2018-9-30')).toBeNull();
    expect(parseCivilDate('2100-02-29')).toBeNull(); // 2100 is not a leap year
    expect(parseCivilDate('2000-02-29')).toBe('2000-02-29');
    expect(tryAddCivilMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(tryAddCivilMonths('2199-12-01', 1)).toBeNull();
    expect(tryAddCivilMonths('2025-01-01', 0.5)).toBeNull();
  });

  describe('properties', () => {
    const first = civilDayNumber(EARLIEST_CIVIL_DATE) as number;
    const last = civilDayNumber(LATEST_CIVIL_DATE) as number;

    it('round-trips every day from 1900-01-01 to 2199-12-31, one day apart, matching the schema', () => {
      let previous: string | null = null;
      for (let n = first; n <= last; n++) {
        const date = civilDateFromDayNumber(n) as string;
        if (civilDayNumber(date) !== n) throw new Error(`round trip failed at ${n} (${date})`);
        if (previous !== null && !(previous < date)) throw new Error(`not increasing at ${date}`);
        previous = date;
      }
      expect(civilDateFromDayNumber(first - 1)).toBeNull();
      expect(civilDateFromDayNumber(last + 1)).toBeNull();
      expect(civilDateFromDayNumber(0)).toBe('1970-01-01');
    });

    it('agrees with the zod schema on every string of the shape YYYY-MM-DD', () => {
      fc.assert(fc.property(fc.integer({ min: 1850, max: 2250 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, dd) => {
        const s = `${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
        expect(parseCivilDate(s) !== null).toBe(CivilDateSchema.safeParse(s).success);
      }));
    });

    it('addition is monotone, composes, and is undone by its opposite', () => {
      const day = fc.integer({ min: first, max: last }).map((n) => civilDateFromDayNumber(n) as CivilDate);
      fc.assert(fc.property(day, fc.integer({ min: -40000, max: 40000 }), fc.integer({ min: -400, max: 400 }), (date, a, b) => {
        const x = tryAddCivilDays(date, a);
        if (x === null) return;
        expect(tryAddCivilDays(x, -a)).toBe(date);
        expect(tryCivilDaysBetween(date, x)).toBe(a);
        const y = tryAddCivilDays(x, b);
        if (y !== null) expect(compareCivilDates(y, x)).toBe(Math.sign(b));
        expect(addCivilDays(date, a)).toBe(x);
      }));
    });

    it('agrees with UTC Date arithmetic, whatever the machine time zone', () => {
      const day = fc.integer({ min: first, max: last });
      fc.assert(fc.property(day, (n) => {
        expect(civilDateFromDayNumber(n)).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
      }));
    });
  });
});
