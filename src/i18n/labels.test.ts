import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import * as api from '../index.js';
import { label, labelVocabularies, type LabelVocabulary } from '../labels/index.js';
import { countPl, pluralPl } from './plural.js';
import { formatPlnPl } from './pln.js';

/** Every exported zod enum, by its export name: a new enum (from any area) without labels fails here. */
const enums: [string, z.ZodEnum][] = Object.entries(api as Record<string, unknown>).flatMap(([name, v]) => (v instanceof z.ZodEnum ? [[name, v as z.ZodEnum] as [string, z.ZodEnum]] : []));

describe('label(code, lang): every code the SDK emits or takes has a label in both languages', () => {
  it('walks every exported enum', () => {
    expect(enums.length).toBeGreaterThan(15);
    const missing: string[] = [];
    for (const [name, schema] of enums) {
      for (const code of schema.options) {
        const vocabulary = name as LabelVocabulary;
        for (const lang of ['pl', 'en'] as const) {
          const l = labelVocabularies.includes(vocabulary) ? label(String(code), lang, vocabulary) : undefined;
          if (l === undefined || l === '' || (lang === 'pl' && l === code)) missing.push(`${name}.${String(code)} (${lang})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
  it('resolves shared codes by vocabulary, never echoes an unknown code', () => {
    expect(label('disability', 'pl', 'AssistanceGround')).toBe('niepełnosprawność');
    expect(label('disability', 'pl', 'AssistantKind')).toBe('asystent osoby z niepełnosprawnością');
    expect(label('refuseBenefit', 'pl')).toBe('odmowa przyznania świadczenia');
    expect(label('noSuchCode', 'pl')).toBeUndefined();
    expect(label('__proto__', 'pl')).toBeUndefined();
    expect(label('toString', 'en', 'Measure')).toBeUndefined();
  });
  it('has no camelCase word in any Polish label', () => {
    const bad = labelVocabularies.flatMap((v) => enums.filter(([n]) => n === v).flatMap(([, s]) => s.options.map((c) => label(String(c), 'pl', v) ?? '')))
      .filter((l) => /\b[a-z]+[A-Z]\w*/.test(l));
    expect(bad).toEqual([]);
  });
});

describe('Polish grammar helpers', () => {
  it.each([
    [1, 'dzień', 'rok', 'osoba'], [2, 'dni', 'lata', 'osoby'], [4, 'dni', 'lata', 'osoby'], [5, 'dni', 'lat', 'osób'],
    [12, 'dni', 'lat', 'osób'], [14, 'dni', 'lat', 'osób'], [22, 'dni', 'lata', 'osoby'], [74, 'dni', 'lata', 'osoby'],
    [111, 'dni', 'lat', 'osób'], [0, 'dni', 'lat', 'osób'],
  ])('%i: %s, %s, %s', (n, day, year, person) => {
    expect(pluralPl(n, ['dzień', 'dni', 'dni'])).toBe(day);
    expect(pluralPl(n, ['rok', 'lata', 'lat'])).toBe(year);
    expect(pluralPl(n, ['osoba', 'osoby', 'osób'])).toBe(person);
  });
  it('counts with the noun', () => {
    expect(countPl(74, ['rok', 'lata', 'lat'])).toBe('74 lata');
    expect(countPl(2, ['dzień roboczy', 'dni robocze', 'dni roboczych'])).toBe('2 dni robocze');
  });
});

describe('formatPlnPl: the SDK’s own money formatter', () => {
  it.each([
    [0, '0,00 zł'], [5, '0,05 zł'], [50, '0,50 zł'], [99999, '999,99 zł'], [100000, '1 000,00 zł'], [131300, '1 313,00 zł'],
    [12345678, '123 456,78 zł'], [100000000000, '1 000 000 000,00 zł'], [-1250, '−12,50 zł'],
  ])('%i gr → %s', (g, text) => {
    expect(formatPlnPl(g)).toBe(text);
  });
});
