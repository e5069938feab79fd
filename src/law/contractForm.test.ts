import { describe, expect, it } from 'vitest';
import type { CivilDate } from './civilDate.js';
import { contractVariantBLabourOffice } from './contractForm.js';
import { valueAt } from './period.js';

describe('kontrakt socjalny, variant B: the labour-office part is dated (§0.0 item 9)', () => {
  const status = (d: string) => {
    const r = valueAt(contractVariantBLabourOffice, d as CivilDate);
    return r.ok ? [r.value.value.status, r.value.period.confidence] : r.error.code;
  };
  it('2011-06-30: the 2010 form was not yet the only one (outside coverage); 2011-07-01: verified', () => {
    expect(status('2011-06-30')).toBe('outside_coverage');
    expect(status('2011-07-01')).toEqual(['verified', 'V']);
  });
  it('2025-05-31: verified; 2025-06-01 (the employment-promotion act repealed): unverified, with a caveat to print', () => {
    expect(status('2025-05-31')).toEqual(['verified', 'V']);
    expect(status('2025-06-01')).toEqual(['unverified', 'S']);
    const r = valueAt(contractVariantBLabourOffice, '2025-06-01' as CivilDate);
    expect(r.ok && r.value.value.caveat?.pl).toContain('uchylonej 2025-06-01');
  });
});
