import { describe, expect, it } from 'vitest';
import { breachInput } from '../../test/support/breach.js';
import { BreachGround } from '../law/breachGround.js';
import { assessBreach } from './assessBreach.js';
import { BreachAssessmentSchema } from './assessmentSchema.js';

describe('BreachAssessmentSchema', () => {
  it('accepts every assessment over every ground, hearing, date edge and benefit situation', () => {
    const hearings = [{ status: 'notAsked' }, { status: 'noAnswer', deadline: '2025-03-17' }, { status: 'explained', receivedOn: '2025-03-10', text: 'Wyjaśnienie.' }];
    let checked = 0;
    for (const ground of BreachGround.options) {
      for (const hearing of hearings) {
        for (const o of [{}, { occurredOn: '2004-04-30', asOf: '2004-05-10' }, { occurredOn: '2011-05-02' }, { occurredOn: '2025-06-01', asOf: '2025-06-20' }, { justifiedReason: { found: true, reasoning: 'Uzasadnione.' } }, { contractPeriods: [] }, { situation: { pendingApplication: false, benefitGranted: false, cashBeingPaid: false } }]) {
          const r = assessBreach(breachInput({ ground, hearing, ...o }));
          if (!r.ok) throw new Error(JSON.stringify(r.error));
          const parsed = BreachAssessmentSchema.safeParse(r.value);
          expect(parsed.success ? [] : parsed.error.issues.slice(0, 2), `${ground} ${JSON.stringify(hearing)} ${JSON.stringify(o)}`).toEqual([]);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(BreachGround.options.length * 21);
  });

  it('refuses a step the books do not declare and a measure reason that is not data', () => {
    const r = assessBreach(breachInput());
    if (!r.ok) throw new Error('valid input');
    const [first, ...rest] = r.value.trace;
    expect(BreachAssessmentSchema.safeParse({ ...r.value, trace: [{ ...first, rule: 'art11.future' }, ...rest] }).success).toBe(false);
    const [m, ...ms] = r.value.measures;
    expect(BreachAssessmentSchema.safeParse({ ...r.value, measures: [{ ...m, why: { pl: 'tekst', en: 'text' } }, ...ms] }).success).toBe(false);
  });
});
