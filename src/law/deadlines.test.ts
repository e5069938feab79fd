import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CivilDate } from './civilDate.js';
import { civilDateOf, dayNumberOf, isoWeekday, splitCivilDate } from './dayNumber.js';
import { dayKindName, explainDeadline, publicHolidayName } from './deadlineText.js';
import { PublicHolidayCode, publicHolidayRules } from './holidays.js';
import { type SourceId, legalSources, sourceText } from './sources.js';
import { DayKind } from './workingDays.js';
import { publicHolidayOn } from './holidays.js';
import { decisionDeadline } from './kpa.js';
import { interviewDeadlineOn } from './rws2021.js';
import { periodicInterviewUpdateDue } from './upsInterviewUpdate.js';
import { addWorkingDays, dayKind, isWorkingDay } from './workingDays.js';

const n = (d: string) => {
  const p = splitCivilDate(d) as { year: number; month: number; day: number };
  return dayNumberOf(p.year, p.month, p.day);
};
const weekday = (d: string) => isoWeekday(n(d));
const date = fc.integer({ min: n('2004-01-01'), max: n('2198-06-30') }).map((x) => civilDateOf(x));

describe('labels', () => {
  it('every holiday and kind of day has a Polish and an English name', () => {
    for (const c of PublicHolidayCode.options) for (const lang of ['pl', 'en'] as const) expect(publicHolidayName(c, lang)).not.toBe(c);
    for (const k of DayKind.options) expect([dayKindName(k, 'pl'), dayKindName(k, 'en')].every((t) => t.length > 0 && t !== k)).toBe(true);
  });
});

describe('day numbers', () => {
  it('round-trip and agree with the platform calendar on weekdays', () => {
    fc.assert(fc.property(fc.integer({ min: n('0001-01-01'), max: n('9999-12-31') }), (x) => {
      const d = civilDateOf(x);
      expect(n(d)).toBe(x);
      expect(isoWeekday(x)).toBe(((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7) + 1);
    }));
  });
});

describe('working days', () => {
  it('counts Monday to Friday outside public holidays, not the start day', () => {
    expect(isWorkingDay('2025-04-19')).toBe(false); // Saturday
    expect(isWorkingDay('2025-04-21')).toBe(false); // Easter Monday
    expect(isWorkingDay('2025-04-22')).toBe(true);
    expect(addWorkingDays('2025-04-18', 1)).toEqual({ ok: true, value: { date: '2025-04-22', skipped: [{ date: '2025-04-21', kind: 'publicHoliday', holiday: 'easterMonday' }] } });
    expect(addWorkingDays('2025-04-18', 0)).toEqual({ ok: true, value: { date: '2025-04-18', skipped: [] } });
  });

  it('adds a centre’s own days off, and cannot remove a statutory holiday', () => {
    const calendar = { source: 'zarządzenie 1/2025', daysOff: ['2025-05-02' as CivilDate] };
    expect(dayKind('2025-05-02', calendar)).toEqual({ ok: true, value: { kind: 'centreDayOff', holiday: null } });
    expect(addWorkingDays('2025-04-30', 1, calendar).ok && (addWorkingDays('2025-04-30', 1, calendar) as { value: { date: string } }).value.date).toBe('2025-05-05');
    // a calendar that forgets 24 December 2025 still gets it
    expect(isWorkingDay('2025-12-24', { source: 'stary kalendarz', daysOff: [] })).toBe(false);
  });

  it('is unsupported, never a throw, for unreal dates, bad counts and results past the supported years', () => {
    expect(addWorkingDays('2199-12-30', 5)).toMatchObject({ ok: false, error: { code: 'outside_calendar_years', field: 'result' } });
    expect(addWorkingDays('9999-12-31', 1)).toMatchObject({ ok: false, error: { code: 'outside_calendar_years', field: 'start' } });
    expect(addWorkingDays('2025-02-30', 1)).toMatchObject({ ok: false, error: { code: 'invalid_date' } });
    expect(addWorkingDays('2025-02-03', -1)).toMatchObject({ ok: false, error: { code: 'invalid_count' } });
    expect(addWorkingDays('2025-02-03', 1e9)).toMatchObject({ ok: false, error: { code: 'invalid_count' } });
    expect(isWorkingDay('10000-01-01')).toBe(false);
    fc.assert(fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
      addWorkingDays(a, b as number, c as never);
      dayKind(a, c as never);
    }));
  });

  describe('properties', () => {
    it('the result is a working day after the start, and adding one more day moves it forward', () => {
      fc.assert(fc.property(date, fc.integer({ min: 1, max: 60 }), (start, k) => {
        const a = addWorkingDays(start, k);
        const b = addWorkingDays(start, k + 1);
        if (!a.ok || !b.ok) return;
        expect(isWorkingDay(a.value.date)).toBe(true);
        expect(a.value.date > start).toBe(true);
        expect(b.value.date > a.value.date).toBe(true);
      }));
    });

    it('is monotone in the start date', () => {
      fc.assert(fc.property(date, date, fc.integer({ min: 0, max: 30 }), (x, y, k) => {
        const [s, t] = x <= y ? [x, y] : [y, x];
        const a = addWorkingDays(s, k);
        const b = addWorkingDays(t, k);
        if (a.ok && b.ok) expect(a.value.date <= b.value.date).toBe(true);
      }));
    });
  });
});

describe('interview deadline (§ 3 of the 2021 regulation) — examples.md', () => {
  it('information received Monday 2025-04-14, 14 working days → 2025-05-06 (Easter Monday, 1 May; 3 May a Saturday)', () => {
    const r = interviewDeadlineOn({ informationReceivedOn: '2025-04-14', urgent: false });
    expect(r).toMatchObject({ status: 'decided', deadline: { date: '2025-05-06', count: { value: 14, unit: 'workingDays' }, basis: [{ act: 'rozpRws2021', section: '3', paragraph: '2' }] } });
    expect(r.status === 'decided' && r.deadline.daysOff.map((d) => d.holiday)).toEqual(['easterMonday', 'labourDay']);
  });

  it('urgent, received Friday 2025-11-07, 2 working days → 2025-11-12 (11 November)', () => {
    const r = interviewDeadlineOn({ informationReceivedOn: '2025-11-07', urgent: true });
    expect(r).toMatchObject({ status: 'decided', deadline: { date: '2025-11-12', rule: 'rws.interviewUrgent' } });
    expect(explainDeadline(r, 'pl')).toBe(
      'Termin przeprowadzenia wywiadu w sprawie niecierpiącej zwłoki: 2 dni robocze od 7 listopada 2025 r. → do 12 listopada 2025 r. Dni wolne: 11 listopada 2025 r. (Narodowe Święto Niepodległości). Podstawa: § 3 ust. 3 rozp. MRiPS z 8 kwietnia 2021 r. w sprawie rodzinnego wywiadu środowiskowego.',
    );
  });

  it('counts 24 December 2025 (a holiday from 2025) but not 24 December 2024', () => {
    expect(interviewDeadlineOn({ informationReceivedOn: '2025-12-22', urgent: true })).toMatchObject({ deadline: { date: '2025-12-29' } });
    expect(interviewDeadlineOn({ informationReceivedOn: '2024-12-20', urgent: true })).toMatchObject({ deadline: { date: '2024-12-24' } });
  });

  it('before 2021-11-11 another regulation applied: rule_not_verified, with that act and its confidence', () => {
    const r = interviewDeadlineOn({ informationReceivedOn: '2021-11-10', urgent: false });
    expect(r).toMatchObject({ status: 'unsupported', reason: { code: 'rule_not_verified', confidence: 'S', inForceFrom: '2021-11-11' } });
    expect(explainDeadline(r, 'pl')).toContain('Dz.U. 2012 poz. 712');
    expect(interviewDeadlineOn({ informationReceivedOn: '2021-11-11', urgent: false }).status).toBe('decided');
  });

  it('near the end of the supported years and far beyond it: unsupported, never 10000-01-01 or a throw', () => {
    expect(interviewDeadlineOn({ informationReceivedOn: '2199-12-24', urgent: false })).toMatchObject({ status: 'unsupported', reason: { code: 'outside_calendar_years' } });
    expect(interviewDeadlineOn({ informationReceivedOn: '9999-12-31', urgent: false })).toMatchObject({ status: 'unsupported', reason: { code: 'outside_calendar_years' } });
    fc.assert(fc.property(fc.anything(), (x) => { interviewDeadlineOn(x as never); decisionDeadline(x as never); periodicInterviewUpdateDue(x as never); }));
  });

  it('a deadline is always a working day', () => {
    fc.assert(fc.property(date, fc.boolean(), (d, urgent) => {
      const r = interviewDeadlineOn({ informationReceivedOn: d, urgent });
      if (r.status === 'decided') expect(isWorkingDay(r.deadline.date)).toBe(true);
    }));
  });
});

describe('decision deadline (art. 35 § 3, art. 57 § 3–4 k.p.a.)', () => {
  it('one month, the day clamped to a shorter month (art. 57 § 3)', () => {
    expect(decisionDeadline({ initiatedOn: '2025-01-31', complicated: false })).toMatchObject({ status: 'decided', deadline: { date: '2025-02-28', nominalEnd: '2025-02-28', daysOff: [], confidence: 'V', notes: [] } });
    expect(decisionDeadline({ initiatedOn: '2024-12-31', complicated: true })).toMatchObject({ deadline: { date: '2025-02-28', count: { value: 2, unit: 'months' }, rule: 'kpa.decisionComplicated' } });
  });

  it('a term ending on a Saturday from 2017-06-01 moves past the Saturday and a holiday Sunday', () => {
    // 2017-06-03 is a Saturday, 2017-06-04 Pentecost Sunday
    const r = decisionDeadline({ initiatedOn: '2017-05-03', complicated: false });
    expect(r).toMatchObject({ deadline: { nominalEnd: '2017-06-03', date: '2017-06-05', notes: [] } });
    expect(r.status === 'decided' && r.deadline.daysOff.map((d) => d.kind)).toEqual(['saturday', 'publicHoliday']);
  });

  it('before 2017-06-01 a Saturday did not move the term: marked', () => {
    // 2017-05-27 is a Saturday
    expect(decisionDeadline({ initiatedOn: '2017-04-27', complicated: false })).toMatchObject({ deadline: { date: '2017-05-27', notes: ['kpaSaturdayNotYetInForce'], confidence: 'S' } });
  });

  it('24 December 2025 and the weekend move a term to Monday 29 December', () => {
    const r = decisionDeadline({ initiatedOn: '2025-11-24', complicated: false });
    expect(r).toMatchObject({ deadline: { nominalEnd: '2025-12-24', date: '2025-12-29' } });
    expect(explainDeadline(r, 'pl')).toContain('Wigilia Bożego Narodzenia');
  });

  it('a term ending on a Sunday moves to Monday, marked as resting on a recalled fact', () => {
    // 2025-03-02 is a Sunday
    expect(decisionDeadline({ initiatedOn: '2025-02-02', complicated: false })).toMatchObject({ deadline: { date: '2025-03-03', notes: ['sundayRecalled'], confidence: 'R' } });
  });

  it('a deadline is never a Saturday (from mid-2017), a Sunday or a holiday', () => {
    fc.assert(fc.property(fc.integer({ min: n('2017-06-01'), max: n('2198-01-01') }).map(civilDateOf), fc.boolean(), (d, complicated) => {
      const r = decisionDeadline({ initiatedOn: d, complicated });
      if (r.status !== 'decided') return;
      expect(weekday(r.deadline.date)).toBeLessThan(6);
      expect(publicHolidayOn(r.deadline.date)).toEqual({ ok: true, value: null });
    }));
  });
});

describe('interview update (art. 107 ust. 4 u.p.s.)', () => {
  it('is due at the latest 6 calendar months after the last interview', () => {
    expect(periodicInterviewUpdateDue('2025-03-31')).toMatchObject({ deadline: { date: '2025-09-30', notes: ['monthsReadAsCalendarMonths'] } });
    expect(periodicInterviewUpdateDue('2025-01-15')).toMatchObject({ deadline: { date: '2025-07-15' } });
    expect(periodicInterviewUpdateDue('2025-02-30')).toMatchObject({ status: 'unsupported', reason: { code: 'invalid_date' } });
    expect(periodicInterviewUpdateDue('2199-08-01')).toMatchObject({ status: 'unsupported', reason: { code: 'outside_calendar_years' } });
  });
});

describe('sources through the catalogue', () => {
  it('every deadline cites a catalogue entry, and its words are the catalogue’s', () => {
    const results = [
      interviewDeadlineOn({ informationReceivedOn: '2025-04-14', urgent: false }),
      decisionDeadline({ initiatedOn: '2025-11-24', complicated: true }),
      periodicInterviewUpdateDue('2025-03-31'),
    ];
    const cited = results.map((r) => (r.status === 'decided' ? [r.deadline.sourceId, r.deadline.source] : null));
    expect(cited).toEqual([
      ['rws2021', 'rozporządzenie Ministra Rodziny i Polityki Społecznej z dnia 8 kwietnia 2021 r. w sprawie rodzinnego wywiadu środowiskowego, Dz.U. 2021 poz. 893, § 3 ust. 2–3'],
      ['kpa', 'ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego, art. 35 § 3, art. 57 § 3–4'],
      ['ups', 'art. 107 ust. 4 u.p.s.'],
    ]);
    for (const c of cited) expect(c?.[1]).toContain(legalSources[c?.[0] as SourceId].journal ?? '');
  });
  it('the regulation before 2021-11-11 is named from the catalogue, with its own confidence', () => {
    const r = interviewDeadlineOn({ informationReceivedOn: '2021-11-10', urgent: false });
    expect(r.status === 'unsupported' && r.reason.code === 'rule_not_verified' && [r.reason.beforeSourceId, r.reason.before, r.reason.confidence]).toEqual([
      'rws2012',
      'rozporządzenie MPiPS z dnia 8 czerwca 2012 r. w sprawie rodzinnego wywiadu środowiskowego, Dz.U. 2012 poz. 712',
      legalSources.rws2012.confidence,
    ]);
  });
  it('every public holiday rule cites the 1951 act from the catalogue, in Polish', () => {
    for (const rule of publicHolidayRules) {
      expect(rule.sourceId).toBe('publicHolidays1951');
      expect(rule.source.startsWith(sourceText({ id: 'publicHolidays1951', remark: ', art. 1' }))).toBe(true);
      expect(rule.source).not.toMatch(/REFERENCE|[a-z] (of|from|by) /);
    }
  });
});
