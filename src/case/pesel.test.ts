import { describe, expect, it } from 'vitest';
import { Person } from './person.js';
import { Pesel, birthDateFromPesel, hasValidPeselChecksum } from './pesel.js';

describe('PESEL', () => {
  it.each([
    ['44051401359', '1944-05-14'], // the classic example
    ['77030212356', '1977-03-02'],
    ['02270803624', '2002-07-08'], // 2000s: month + 20
    ['00921500010', '1800-12-15'], // 1800s: month + 80 (check digit computed)
  ])('accepts %s and decodes the birth date %s', (pesel, date) => {
    expect(hasValidPeselChecksum(pesel)).toBe(true);
    expect(birthDateFromPesel(pesel)).toBe(date);
    expect(Pesel.safeParse(pesel).success).toBe(true);
  });

  it.each(['44051401358', '77030212357', '02270803620'])('refuses %s: wrong check digit', (pesel) => {
    expect(hasValidPeselChecksum(pesel)).toBe(false);
    expect(Pesel.safeParse(pesel).success).toBe(false);
  });

  it.each(['4405140135', '440514013590', '4405140135a', ''])('refuses %j: not 11 digits', (pesel) => {
    expect(hasValidPeselChecksum(pesel)).toBe(false);
    expect(Pesel.safeParse(pesel).success).toBe(false);
  });

  it('refuses a number whose checksum is right but whose date is impossible (30 February)', () => {
    const prefix = '9902300012';
    const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    const sum = [...prefix].reduce((s, d, i) => s + Number(d) * (w[i] as number), 0);
    const pesel = prefix + String((10 - (sum % 10)) % 10);
    expect(hasValidPeselChecksum(pesel)).toBe(true);
    expect(birthDateFromPesel(pesel)).toBeUndefined();
    expect(Pesel.safeParse(pesel).success).toBe(false);
  });

  it('refuses a person whose PESEL encodes another birth date', () => {
    const r = Person.safeParse({ id: 'p', firstName: 'Jan', lastName: 'Nowak', birthDate: '1944-05-15', pesel: '44051401359' });
    expect(r.success).toBe(false);
    expect((r.error?.issues[0] as { params?: unknown } | undefined)?.params).toMatchObject({ issue: { code: 'pesel_birth_date_mismatch', peselBirthDate: '1944-05-14' } });
  });

  it('accepts a person without a PESEL', () => {
    expect(Person.safeParse({ id: 'p', firstName: 'Jan', lastName: 'Nowak', birthDate: '1944-05-15' }).success).toBe(true);
  });
});
