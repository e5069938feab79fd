import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Grosze, addGrosze, formatPln, multiplyRatio, splitEvenly, subtractGrosze, sumGrosze } from './grosze.js';

const g = (n: number) => n as Grosze;
const amount = fc.integer({ min: -1e12, max: 1e12 }).map(g);

describe('grosze', () => {
  it('computes 130% of 1010,00 zł as 1313,00 zł exactly', () => {
    expect(multiplyRatio(g(101000), 130, 100, 'halfUp')).toBe(131300);
    expect(multiplyRatio(g(82300), 130, 100, 'halfUp')).toBe(106990);
  });

  it('rounds each way as named', () => {
    expect(multiplyRatio(g(5), 1, 2, 'halfUp')).toBe(3);
    expect(multiplyRatio(g(5), 1, 2, 'down')).toBe(2);
    expect(multiplyRatio(g(5), 1, 3, 'up')).toBe(2);
    expect(multiplyRatio(g(-5), 1, 2, 'halfUp')).toBe(-3);
    expect(multiplyRatio(g(-5), 1, 2, 'down')).toBe(-3);
  });

  it('formats for people in Polish notation', () => {
    expect(formatPln(g(131300))).toBe('1313,00 zł');
    expect(formatPln(g(45))).toBe('0,45 zł');
  });

  describe('properties', () => {
    it('add is commutative and subtract undoes it', () => {
      fc.assert(fc.property(amount, amount, (a, b) => {
        expect(addGrosze(a, b)).toBe(addGrosze(b, a));
        expect(subtractGrosze(addGrosze(a, b), b)).toBe(a);
      }));
    });

    it('sum is associative', () => {
      fc.assert(fc.property(amount, amount, amount, (a, b, c) => {
        expect(sumGrosze([a, b, c])).toBe(addGrosze(addGrosze(a, b), c));
      }));
    });

    it('multiplyRatio returns an integer within one grosz of the exact value, ordered by rounding mode', () => {
      fc.assert(fc.property(amount, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (a, n, d) => {
        const down = multiplyRatio(a, n, d, 'down');
        const half = multiplyRatio(a, n, d, 'halfUp');
        const up = multiplyRatio(a, n, d, 'up');
        for (const v of [down, half, up]) expect(Number.isSafeInteger(v)).toBe(true);
        expect(down <= half && half <= up && up - down <= 1).toBe(true);
      }));
    });

    it('splitEvenly gives parts that sum to the whole and differ by at most a grosz', () => {
      fc.assert(fc.property(fc.integer({ min: 0, max: 1e10 }).map(g), fc.integer({ min: 1, max: 36 }), (a, parts) => {
        const shares = splitEvenly(a, parts);
        expect(sumGrosze(shares)).toBe(a);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      }));
    });
  });
});

import { Grosze as GroszeSchema, MAX_GROSZE, checkedMultiplyRatio, checkedSumGrosze, isGrosze } from './grosze.js';

describe('bounded amounts (issue 11: two receipts of 2^53 - 1 overflowed)', () => {
  it('the schema refuses amounts past MAX_GROSZE and fractions', () => {
    expect(GroszeSchema.safeParse(MAX_GROSZE).success).toBe(true);
    expect(GroszeSchema.safeParse(-MAX_GROSZE).success).toBe(true);
    expect(GroszeSchema.safeParse(MAX_GROSZE + 1).success).toBe(false);
    expect(GroszeSchema.safeParse(Number.MAX_SAFE_INTEGER).success).toBe(false);
    expect(GroszeSchema.safeParse(0.5).success).toBe(false);
  });

  it('checked helpers refuse instead of throwing', () => {
    expect(checkedSumGrosze([Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER])).toBeNull();
    expect(checkedSumGrosze([MAX_GROSZE, 1])).toBeNull();
    expect(checkedSumGrosze([MAX_GROSZE, -1, 1])).toBe(MAX_GROSZE);
    expect(checkedSumGrosze(['1'])).toBeNull();
    expect(checkedSumGrosze(null as never)).toBeNull();
    expect(checkedMultiplyRatio(60000.5, 15, 30, 'halfUp')).toBeNull(); // was a raw BigInt RangeError
    expect(checkedMultiplyRatio(60000, 15.5, 30, 'halfUp')).toBeNull(); // was "ratio terms must be integers"
    expect(checkedMultiplyRatio(60000, 1, 0, 'halfUp')).toBeNull();
    expect(checkedMultiplyRatio(MAX_GROSZE, Number.MAX_SAFE_INTEGER, 1, 'down')).toBeNull();
    expect(checkedMultiplyRatio(60000, 15, 30, 'sideways' as never)).toBeNull();
    expect(checkedMultiplyRatio(90000, 15, 30, 'halfUp')).toBe(45000);
  });

  it('properties: within bounds the checked and trusted helpers agree and stay bounded', () => {
    const bounded = fc.integer({ min: -MAX_GROSZE, max: MAX_GROSZE });
    fc.assert(fc.property(fc.array(bounded, { maxLength: 50 }), (xs) => {
      const checked = checkedSumGrosze(xs);
      const exact = xs.reduce((s, x) => s + x, 0);
      if (checked === null) expect(xs.some((_, i) => Math.abs(xs.slice(0, i + 1).reduce((s, x) => s + x, 0)) > MAX_GROSZE)).toBe(true);
      else { expect(checked).toBe(exact); expect(isGrosze(checked)).toBe(true); }
      expect(sumGrosze(xs as Grosze[])).toBe(exact);
    }));
    fc.assert(fc.property(bounded, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (a, n, dd) => {
      const c = checkedMultiplyRatio(a, n, dd, 'halfUp');
      if (c !== null) expect(c).toBe(multiplyRatio(a as Grosze, n, dd, 'halfUp'));
      else expect(Math.abs((a * n) / dd)).toBeGreaterThan(MAX_GROSZE - 1);
    }));
  });
});
