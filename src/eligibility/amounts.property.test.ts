import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, netIncome, request } from '../../test/support/eligibility.js';
import type { EligibilityResult } from './result.js';

const dates = fc.constantFrom('2006-10-01', '2012-10-01', '2018-10-01', '2023-06-01', '2024-01-01', '2025-03-01', '2026-11-22');
const amountOf = (r: EligibilityResult) => (r.status === 'eligible' ? r.amount : null);
const prevMonth = (asOf: string) => {
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

describe('properties', () => {
  it.each(['permanentAllowance', 'periodicAllowance'] as const)('%s: integer, never negative, never above the cap, never rising with income', (benefit) => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 200000 }), fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 1, max: 5 }), (asOf, income, more, size) => {
        const members = [{ id: 'p', relation: 'applicant' }, ...Array.from({ length: size - 1 }, (_, i) => ({ id: `m${i}`, relation: 'child' }))];
        const at = (x: number) => assess(request({ benefit, asOf, members, grounds: ['unemployment'], income: [netIncome('p', prevMonth(asOf), x)] }));
        const lo = at(income);
        const hi = at(income + more);
        for (const r of [lo, hi]) {
          const a = amountOf(r);
          if (a !== null) {
            expect(Number.isSafeInteger(a)).toBe(true);
            expect(a).toBeGreaterThan(0);
            if (r.status === 'eligible' && r.bounds?.max != null) expect(a).toBeLessThanOrEqual(r.bounds.max);
          }
        }
        if (benefit === 'permanentAllowance' && size === 1) {
          const a = amountOf(lo);
          if (a !== null) expect(a).toBeLessThanOrEqual(asOf >= '2025-01-01' ? 122900 : asOf >= '2024-01-01' ? 100000 : 71900);
        }
        const a = amountOf(lo);
        const b = amountOf(hi);
        if (b !== null) expect(a).not.toBeNull(); // more income never makes someone eligible
        if (a !== null && b !== null) expect(b).toBeLessThanOrEqual(a);
      }),
      { numRuns: 150 },
    );
  });
});
