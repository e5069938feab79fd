import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netIncome, request } from '../../test/support/eligibility.js';
import { assessEligibility } from './assessEligibility.js';
import type { EligibilityResult } from './result.js';
import { EligibilityResultSchema } from './resultSchema.js';

const benefits = ['permanentAllowance', 'periodicAllowance', 'purposeAllowance', 'randomEventPurposeAllowance', 'specialPurposeAllowance', 'socialWork'] as const;

const assess = (req: Record<string, unknown>): EligibilityResult => {
  const r = assessEligibility(req);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('EligibilityResultSchema', () => {
  it('accepts every result the SDK gives, whatever the benefit, household, income and date', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...benefits),
        fc.constantFrom('2004-04-30', '2006-10-01', '2021-06-15', '2025-03-01', '2031-03-01'),
        fc.array(fc.integer({ min: 0, max: 400_000 }), { maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom(['disability'], ['poverty'], ['disaster'], ['unemployment', 'longTermIllness']),
        (benefit, asOf, amounts, family, someGrounds) => {
          const grounds = [...someGrounds];
          const members = family ? [{ id: 'p', relation: 'applicant' }, { id: 'c', relation: 'child', birthDate: '2015-01-01' }] : undefined;
          const month = `${asOf.slice(0, 4)}-${asOf.slice(5, 7) === '01' ? '01' : String(Number(asOf.slice(5, 7)) - 1).padStart(2, '0')}`;
          const result = assess(request({ benefit, asOf, ...(members ? { members } : {}), grounds, income: amounts.map((a, i) => ({ ...netIncome('p', month, a), id: `i${i}` })), extra: { particularlyJustified: true } }));
          const parsed = EligibilityResultSchema.safeParse(result);
          expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
        },
      ),
      { numRuns: 150, seed: 20261125 },
    );
  });

  it('refuses a step of a rule the books do not declare, an input in the wrong unit, or a missing unit', () => {
    const result = assess(request({ benefit: 'permanentAllowance', asOf: '2025-03-01', income: [netIncome('p', '2025-02', 50000)] }));
    const [first, ...rest] = result.trace;
    if (first === undefined) throw new Error('no trace');
    const tampered = (step: unknown) => EligibilityResultSchema.safeParse({ ...result, trace: [step, ...rest] }).success;
    expect(tampered(first)).toBe(true);
    expect(tampered({ ...first, rule: 'art99.future' })).toBe(false);
    expect(tampered({ ...first, inputs: { ...first.inputs, residesInPoland: 'tak' } })).toBe(false);
    expect(tampered({ ...first, units: { inputs: {}, outcome: first.units.outcome } })).toBe(false);
  });
});
