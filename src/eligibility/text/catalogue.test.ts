import { describe, expect, it } from 'vitest';
import type { InputUnits, TraceValue, UnitSpec } from '../../law/trace.js';
import { polishTextProblems } from '../../../test/support/polishText.js';
import { explain, explainEligibilityReason, explainEligibilityStep } from '../explain.js';
import { assessEligibility } from '../assessEligibility.js';
import { netIncome, request } from '../../../test/support/eligibility.js';
import { type EligibilityReason, type EligibilityStep, eligibilityReasons, eligibilityRules } from '../rules.js';

/**
 * Every rule and reason of the books, rendered in both languages from sample data built from the declared
 * units alone: the catalogues must say something sensible for any value of the declared type, and never
 * print an id, a code or an unrendered value.
 */
const itemId = 'item-7f3a9';
const codeSamples: Readonly<Record<string, string>> = {
  source: 'pension',
  legalStatus: 'foreignerHumanitarian',
  benefit: 'periodicAllowance',
  custody: 'pretrialDetention',
  unableToWork: 'complete',
  choice: 'memberOnly',
  formula: 'criterion-minus-income',
  decision: 'exclude',
  event: 'randomEvent',
  capOrigin: 'newWordingByCentreDay',
};
const codesSamples: Readonly<Record<string, readonly string[]>> = {
  grounds: ['disability', 'poverty'],
  qualifying: ['disability'],
  given: ['nursingBenefit', 'socialPension'],
  excluding: ['nursingBenefit'],
};

function sample(name: string, spec: UnitSpec, variant: 0 | 1): TraceValue {
  const nullable = spec.endsWith('?');
  if (nullable && variant === 1) return null;
  const unit = spec.replace('?', '');
  switch (unit) {
    case 'grosze': return variant === 0 ? 123456 : 0;
    case 'percent': return 70;
    case 'count': return variant === 0 ? 3 : 1;
    case 'years': return variant === 0 ? 22 : 1;
    case 'months': return variant === 0 ? 12 : 1;
    case 'days': return variant === 0 ? 5 : 1;
    case 'date': return '2025-03-15';
    case 'month': return variant === 0 ? '2025-02' : '2025-01';
    case 'hectares': return '2.3456';
    case 'boolean': return variant === 0;
    case 'code': return codeSamples[name] ?? 'unknownCode';
    case 'codes': return codesSamples[name] ?? [];
    case 'id': return itemId;
    case 'ids': return [itemId];
    case 'text': return 'słowa ośrodka';
    case 'texts': return ['słowa ośrodka', 'notatka'];
    default: throw new Error(`no sample for unit ${unit}`);
  }
}

const inputsOf = (units: InputUnits, variant: 0 | 1) => Object.fromEntries(Object.entries(units).map(([k, u]) => [k, sample(k, u, variant)]));

const steps: EligibilityStep[] = Object.entries(eligibilityRules).flatMap(([rule, spec]) =>
  ([0, 1] as const).map((v) => ({ rule, basis: { act: 'ups', article: '8' }, inputs: inputsOf(spec.inputs, v), units: spec, parameters: [], outcome: sample('outcome', spec.outcome, v), flags: [] }) as unknown as EligibilityStep),
);
const reasons: EligibilityReason[] = Object.entries(eligibilityReasons).flatMap(([rule, units]) =>
  ([0, 1] as const).map((v) => ({ rule, basis: { act: 'ups', article: '8' }, inputs: inputsOf(units, v), units }) as unknown as EligibilityReason),
);

describe('eligibility catalogues', () => {
  it.each(steps.map((s) => [s.rule, s] as const))('renders step %s in both languages', (_, s) => {
    for (const lang of ['pl', 'en'] as const) {
      const text = explainEligibilityStep(s, lang);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|NaN|\[object|null|item-7f3a9|\.\.|\d{4}-\d\d/);
    }
    expect(polishTextProblems(explainEligibilityStep(s, 'pl'))).toEqual([]);
  });

  it.each(reasons.map((r) => [r.rule, r] as const))('renders reason %s in both languages', (_, r) => {
    for (const lang of ['pl', 'en'] as const) {
      const text = explainEligibilityReason(r, lang);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|NaN|\[object|null|item-7f3a9|\.\.|\d{4}-\d\d/);
    }
    expect(polishTextProblems(explainEligibilityReason(r, 'pl'))).toEqual([]);
  });

  it('says in words, not with a code, a step or reason it does not know (a trace of a newer version)', () => {
    const future = { ...steps[0], rule: 'art99.future' } as unknown as EligibilityStep;
    expect(explainEligibilityStep(future, 'pl')).toBe('ustalenie spoza katalogu tej wersji');
    expect(explainEligibilityReason({ rule: 'toString', basis: { act: 'ups' }, inputs: {}, units: {} } as unknown as EligibilityReason, 'en')).toBe('a finding this version does not know');
  });

  it('renders in Polish for a language value it does not know, from JavaScript too (`__proto__` is not a catalogue)', () => {
    const s = steps[0] as EligibilityStep;
    for (const lang of ['__proto__', 'constructor', 'de', 7]) expect(explainEligibilityStep(s, lang as never)).toBe(explainEligibilityStep(s, 'pl'));
    expect(explainEligibilityReason(reasons[0] as EligibilityReason, '__proto__' as never)).toBe(explainEligibilityReason(reasons[0] as EligibilityReason, 'pl'));
  });

  it('finds words only by own keys: a code such as constructor or __proto__ reads as an unknown one (a fuzz finding)', () => {
    const g = steps.find((x) => x.rule === 'art8.grounds') as EligibilityStep;
    const text = explainEligibilityStep({ ...g, inputs: { grounds: ['constructor'], qualifying: ['constructor', '__proto__'] }, outcome: true } as EligibilityStep, 'pl');
    expect(text).toBe('Pomoc uzasadnia powód z art. 7 pkt 2–15 lub inna okoliczność — z powodu: innej okoliczności, innej okoliczności.');
    const e = steps.find((x) => x.rule === 'art5.entitlement') as EligibilityStep;
    expect(explainEligibilityStep({ ...e, inputs: { ...e.inputs, legalStatus: 'constructor' }, outcome: 'toString' } as EligibilityStep, 'pl')).toBe('Prawo do świadczeń (art. 5): status nieznany, zamieszkanie w RP: tak → brak.');
  });

  it('says „ze stycznia” and names the kind of income with a noun it agrees with', () => {
    const s = steps.find((x) => x.rule === 'art8.netReceipt') as EligibilityStep;
    expect(explainEligibilityStep({ ...s, inputs: { ...s.inputs, month: '2025-02', referenceMonth: '2025-01' } } as EligibilityStep, 'pl')).toBe(
      'Emerytura lub renta: przychód otrzymany w lutym 2025 r., a dochód ustala się ze stycznia 2025 r.: nie wlicza się.',
    );
  });

  it('renders a whole result read back from JSON or storage without throwing, and says so when it is not a result', () => {
    const r = assessEligibility(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 50000)] }));
    if (!r.ok) throw new Error('valid');
    expect(explain(JSON.parse(JSON.stringify(r.value)), 'pl')).toBe(explain(r.value, 'pl'));
    const broken = [null, {}, { ...r.value, warnings: [{ code: 'future' }] }, { ...r.value, trace: [{ ...r.value.trace[0], parameters: null }] }, { ...r.value, benefit: 'pension' }];
    for (const b of broken) {
      expect(explain(b as never, 'pl')).toBe('Nie można przedstawić wyniku: jego dane są niepełne albo pochodzą z innej wersji — oceń sprawę ponownie.');
      expect(explain(b as never, 'en')).toMatch(/^The result cannot be shown/);
    }
  });

  it('records each step with the units its rule declares, shared, never copied', () => {
    for (const s of steps) expect(Object.keys(s.inputs).sort()).toEqual(Object.keys(s.units.inputs).sort());
  });
});
