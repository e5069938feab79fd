import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interviewDeadline, interviewUpdateDue } from './interviewDeadline.js';

describe('interviewDeadline (validated)', () => {
  it('computes the examples.md deadlines with the SDK’s own holidays', () => {
    const r = interviewDeadline({ informationReceivedOn: '2025-04-14', urgent: false });
    expect(r.ok && r.value).toMatchObject({ status: 'decided', deadline: { date: '2025-05-06' } });
    const urgent = interviewDeadline({ informationReceivedOn: '2025-11-07', urgent: true, calendar: { source: 'MOPS', daysOff: [] } });
    expect(urgent.ok && urgent.value).toMatchObject({ status: 'decided', deadline: { date: '2025-11-12' } });
  });

  it('a centre’s day off lengthens the interview deadline', () => {
    const r = interviewDeadline({ informationReceivedOn: '2025-11-07', urgent: true, calendar: { source: 'MOPS', daysOff: ['2025-11-10'] } });
    expect(r.ok && r.value).toMatchObject({ deadline: { date: '2025-11-13' } });
  });

  it('refuses invalid input with issues naming the field', () => {
    const r = interviewDeadline({ informationReceivedOn: '2025-02-30', urgent: false });
    expect(r.ok ? [] : r.error.map((i) => i.path.join('.'))).toEqual(['informationReceivedOn']);
    const old = interviewDeadline({ informationReceivedOn: '2025-01-01', urgent: false, calendar: { source: 'x', covers: {}, holidays: [] } });
    expect(old.ok).toBe(false);
  });

  it('is refused near 9999-12-31 (outside the supported years), never a throw', () => {
    const r = interviewDeadline({ informationReceivedOn: '9999-12-31', urgent: false });
    expect(r.ok ? r.value : r.error.map((i) => i.path.join('.'))).toEqual(['informationReceivedOn']);
    const late = interviewDeadline({ informationReceivedOn: '2199-12-20', urgent: false });
    expect(late.ok && late.value).toMatchObject({ status: 'unsupported', reason: { code: 'outside_calendar_years' } });
    fc.assert(fc.property(fc.anything(), (x) => { interviewDeadline(x); interviewUpdateDue(x); }));
  });
});

describe('interviewUpdateDue (art. 107 ust. 4 u.p.s.)', () => {
  it('asks for an update of a person on permanent help at least every 6 months', () => {
    const r = interviewUpdateDue({ lastInterviewOn: '2025-03-31', permanentHelp: true });
    expect(r.ok && r.value.earliest).toBe('2025-09-30');
  });

  it('a new application or changed data after the last interview make it due from that day', () => {
    const r = interviewUpdateDue({ lastInterviewOn: '2025-03-31', permanentHelp: true, reappliedOn: '2025-06-02', dataChangedOn: '2025-05-10' });
    expect(r.ok && r.value.earliest).toBe('2025-05-10');
    expect(r.ok && r.value.triggers.map((t) => t.reason)).toEqual(['reapplication', 'dataChanged', 'periodic']);
    const covered = interviewUpdateDue({ lastInterviewOn: '2025-03-31', permanentHelp: false, reappliedOn: '2025-03-31' });
    expect(covered.ok && covered.value).toEqual({ triggers: [], earliest: null });
  });

  it('refuses 2025-02-30 with an issue instead of throwing', () => {
    const r = interviewUpdateDue({ lastInterviewOn: '2025-02-30', permanentHelp: true });
    expect(r.ok ? [] : r.error.map((i) => i.path.join('.'))).toEqual(['lastInterviewOn']);
    // the 0.1 call shape, a bare date string, is refused as input rather than thrown on
    expect(interviewUpdateDue('2025-02-30')).toMatchObject({ ok: false, error: [{ code: 'invalid_input' }] });
  });
});
