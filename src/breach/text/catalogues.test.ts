import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breachInput } from '../../../test/support/breach.js';
import { polishTextProblems } from '../../../test/support/polishText.js';
import { BreachGround } from '../../law/breachGround.js';
import type { LegalBasis } from '../../law/legalBasis.js';
import type { InputUnits, Reason, TraceStep, TraceUnit, TraceValue, UnitSpec } from '../../law/trace.js';
import { assessBreach } from '../assessBreach.js';
import { explainBreach, explainBreachReason, explainBreachStep } from '../explainBreach.js';
import { Measure } from '../measure.js';
import { breachReasons, breachRules } from '../rules.js';
import { breachEn } from './en.js';
import { breachPl } from './pl.js';

/**
 * Every rule and reason of the art. 11 books has a sentence in both catalogues (`satisfies` makes a missing
 * one a compile error), and every sentence, rendered from any data of the declared units, is whole: no
 * `undefined`, `NaN` or `null`, no id of the caller's data, and in Polish no code, id or English word.
 */
const ids = ['k-1', 'ipwzb-2025-001'];
const texts = ['Odmowa podpisania kontraktu socjalnego.', 'Byłam chora, mam zaświadczenie lekarskie. '];
/** Values of each unit; some inputs take the SDK's codes of their vocabulary, others any code. */
const byName: Readonly<Record<string, fc.Arbitrary<TraceValue>>> = {
  ground: fc.constantFrom(...BreachGround.options, 'unknownGround'),
  hearing: fc.constantFrom('notAsked', 'asked', 'explained', 'noAnswer'),
  wordingConfidence: fc.constantFrom('V', 'S', 'R', 'C'),
  measures: fc.subarray([...Measure.options]),
  available: fc.subarray([...Measure.options]),
};
const byUnit: { readonly [U in TraceUnit]: fc.Arbitrary<TraceValue> } = {
  grosze: fc.integer({ min: 0, max: 1_000_000 }),
  percent: fc.integer({ min: 0, max: 200 }),
  count: fc.nat({ max: 25 }),
  years: fc.nat({ max: 110 }),
  months: fc.nat({ max: 24 }),
  days: fc.nat({ max: 60 }),
  date: fc.constantFrom('2004-05-01', '2011-05-03', '2025-03-03', '2025-06-01', '2033-12-31'),
  month: fc.constantFrom('2025-03'),
  hectares: fc.constantFrom('1.5000'),
  boolean: fc.boolean(),
  code: fc.constantFrom('someCode'),
  codes: fc.constant([]),
  id: fc.constantFrom(...ids),
  ids: fc.subarray([...ids]),
  text: fc.constantFrom(...texts),
  texts: fc.subarray([...texts]),
};
function value(name: string, spec: UnitSpec): fc.Arbitrary<TraceValue> {
  const nullable = spec.endsWith('?');
  const base = byName[name] ?? byUnit[(nullable ? spec.slice(0, -1) : spec) as TraceUnit];
  return nullable ? fc.option(base, { nil: null }) : base;
}
const inputsOf = (units: InputUnits): fc.Arbitrary<Record<string, TraceValue>> =>
  fc.record(Object.fromEntries(Object.entries(units).map(([n, s]) => [n, value(n, s)])));
const basis: fc.Arbitrary<LegalBasis> = fc.constantFrom<LegalBasis>({ act: 'ups', article: '11', paragraph: '1' }, { act: 'ups', article: '11', paragraph: '2' }, { act: 'ups' });

const step: fc.Arbitrary<TraceStep> = fc.constantFrom(...(Object.keys(breachRules) as (keyof typeof breachRules)[])).chain((rule) => {
  const units = breachRules[rule];
  return fc.record({ basis, inputs: inputsOf(units.inputs), outcome: value('outcome', units.outcome) }).map(({ basis: b, inputs, outcome }) => ({ rule, basis: b, inputs, units, parameters: [], outcome, flags: [] }));
});
const reason: fc.Arbitrary<Reason> = fc.constantFrom(...(Object.keys(breachReasons) as (keyof typeof breachReasons)[])).chain((rule) =>
  fc.record({ basis, inputs: inputsOf(breachReasons[rule]) }).map(({ basis: b, inputs }) => ({ rule, basis: b, inputs, units: breachReasons[rule] })),
);

function problems(text: string | undefined, lang: 'pl' | 'en'): string[] {
  if (text === undefined || text.trim() === '') return ['no sentence'];
  const found = ['undefined', 'NaN', 'null', '[object', ...ids].filter((w) => text.includes(w));
  return lang === 'pl' ? [...found, ...polishTextProblems(text)] : found;
}

describe('the art. 11 catalogues', () => {
  it('have a sentence for every rule and reason id, in both languages', () => {
    for (const c of [breachPl, breachEn]) {
      expect(Object.keys(c.steps).sort()).toEqual(Object.keys(breachRules).sort());
      expect(Object.keys(c.reasons).sort()).toEqual(Object.keys(breachReasons).sort());
    }
  });

  it('render every step from any data of its declared units: whole sentences, correct Polish', () => {
    fc.assert(fc.property(step, (s) => {
      for (const lang of ['pl', 'en'] as const) expect(problems(explainBreachStep(s, lang), lang), `${s.rule} ${lang} ${JSON.stringify(s.inputs)}`).toEqual([]);
    }), { numRuns: 600 });
  });

  it('render every reason from any data of its declared units', () => {
    fc.assert(fc.property(reason, (r) => {
      for (const lang of ['pl', 'en'] as const) expect(problems(explainBreachReason(r, lang), lang), `${r.rule} ${lang}`).toEqual([]);
    }), { numRuns: 300 });
  });

  it('render every proportionality question, flag, outcome and measure reason in both languages', () => {
    for (const c of [breachPl, breachEn]) {
      for (const v of [...Object.values(c.proportionality), ...Object.values(c.flags), ...Object.values(c.outcome)]) expect(v.length).toBeGreaterThan(0);
    }
    for (const code of ['met', 'needsAnyOf', 'cashOnly'] as const) {
      const why = { code, situation: ['pendingApplication', 'cashBeingPaid'] as const };
      expect(problems(breachPl.measureWhy(why), 'pl')).toEqual([]);
      expect(problems(breachEn.measureWhy(why), 'en')).toEqual([]);
    }
  });

  it('say counts in correct Polish: 1 osoba małoletnia, 2 osoby małoletnie, 5 osób małoletnich', () => {
    const dependants = (minors: number, recorded: number): string | undefined =>
      explainBreachStep({ rule: 'art11.dependants', basis: { act: 'ups', article: '11', paragraph: '3' }, inputs: { members: 9, maintainedRecorded: recorded, minors, recorded }, units: breachRules['art11.dependants'], parameters: [], outcome: minors + recorded, flags: [] }, 'pl');
    expect(dependants(1, 0)).toBe('Przy decyzji bierze się pod uwagę sytuację osób pozostających na utrzymaniu: 1 osoba małoletnia.');
    expect(dependants(2, 1)).toBe('Przy decyzji bierze się pod uwagę sytuację osób pozostających na utrzymaniu: 2 osoby małoletnie i 1 osoba na utrzymaniu według ustaleń pracownika.');
    expect(dependants(5, 22)).toBe('Przy decyzji bierze się pod uwagę sytuację osób pozostających na utrzymaniu: 5 osób małoletnich i 22 osoby na utrzymaniu według ustaleń pracownika.');
    expect(dependants(0, 0)).toContain('nikt z gospodarstwa domowego');
  });

  it('refuse to render a step of another area or with inputs not of their units, never throwing', () => {
    const good = assessBreach(breachInput());
    if (!good.ok) throw new Error('valid input');
    const s = good.value.trace[0] as TraceStep;
    expect(explainBreachStep(s, 'pl')).toMatch(/^Zgłoszono: /);
    for (const bad of [
      { ...s, rule: 'art37.adult' }, { ...s, rule: '__proto__' }, { ...s, inputs: { ...s.inputs, occurredOn: '2025-02-30' } }, { ...s, inputs: null }, { ...s, outcome: 7 }, { ...s, basis: null }, null, 'x',
    ]) expect(explainBreachStep(bad as never, 'pl')).toBeUndefined();
    expect(explainBreachStep(s, 'de' as never)).toBeUndefined();
    expect(explainBreachReason({ rule: 'art11.justifiedReason', basis: { act: 'ups' }, inputs: {}, units: {} }, 'pl')).toBeUndefined();
  });

  it('render whole assessments over every ground, hearing and date edge with no gap and no code in Polish', () => {
    const hearings = [{ status: 'notAsked' }, { status: 'asked', requestedOn: '2025-03-05', deadline: '2025-03-12' }, { status: 'asked', requestedOn: '2025-03-10', deadline: '2025-03-24' }, { status: 'noAnswer', deadline: '2025-03-17' }, { status: 'explained', receivedOn: '2025-03-10', text: 'Wyjaśnienie.' }];
    for (const ground of BreachGround.options) {
      for (const hearing of hearings) {
        for (const o of [{}, { occurredOn: '2004-04-30', asOf: '2004-05-10' }, { occurredOn: '2011-05-02' }, { occurredOn: '2025-06-01', asOf: '2025-06-20' }, { justifiedReason: { found: true, reasoning: 'Uzasadnione.' } }, { contractPeriods: [] }, { maintained: [{ personId: 'p-jan', maintained: true }] }]) {
          const r = assessBreach(breachInput({ ground, hearing, ...o }));
          if (!r.ok) throw new Error(JSON.stringify(r.error));
          const pl = explainBreach(r.value, 'pl');
          expect(problems(pl, 'pl'), `${ground} ${JSON.stringify(hearing)} ${JSON.stringify(o)}`).toEqual([]);
          expect(problems(explainBreach(r.value, 'en'), 'en')).toEqual([]);
          for (const s of r.value.trace) expect(explainBreachStep(s, 'pl')).toBeDefined();
        }
      }
    }
  });
});
