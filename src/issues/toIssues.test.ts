import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { polishTextProblems } from '../../test/support/polishText.js';
import { EligibilityRequest, Household, Pesel, Person, formatIssues, stripUnknownKeys, toIssues } from '../index.js';

const person = { id: 'p-1', firstName: 'Jan', lastName: 'Kowalski', birthDate: '1944-05-14' };

describe('toIssues', () => {
  it('gives the SDK code for its own refinements, with messages in both languages', () => {
    const parsed = Pesel.safeParse('44051401358');
    expect(parsed.success).toBe(false);
    const issues = parsed.success ? [] : toIssues(parsed.error);
    expect(issues).toEqual([{ code: 'pesel_invalid_checksum', path: [] }]);
    expect(formatIssues(issues, 'pl')).toBe('✖ Numer PESEL ma nieprawidłową cyfrę kontrolną.');
    expect(formatIssues(issues, 'en')).toBe('✖ The PESEL number has an invalid check digit.');
  });

  it('translates zod issues into invalid_input with the path, a Polish and English detail, and the field in words', () => {
    const parsed = Person.safeParse({ ...person, firstName: 7 });
    const issues = parsed.success ? [] : toIssues(parsed.error, ['members', 0]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid_input', path: ['members', 0, 'firstName'], zodCode: 'invalid_type' });
    expect(formatIssues(issues, 'pl')).toBe('✖ Nieprawidłowe dane: oczekiwano tekstu\n  → w polu: członkowie gospodarstwa domowego (pozycja 1) › imię');
    expect(formatIssues(issues, 'en')).toMatch(/^✖ Invalid input: .+\n {2}→ in the field: household members \(item 1\) › first name$/);
  });

  it('says zod’s issues in Polish with no code, no English word and no value of the input', () => {
    const shape = z.strictObject({
      name: z.string().min(1).max(5), kind: z.enum(['socialContract', 'familyWorkPlan']), count: z.int().min(1).max(3),
      day: z.iso.date(), code: z.string().regex(/^[A-Z]{2}$/), tags: z.array(z.string()).max(1), flag: z.boolean(), fixed: z.literal('A'),
      either: z.union([z.string(), z.int()]), tenth: z.number().multipleOf(10),
    });
    const input = { name: 'Grzegorzewski', kind: 'supportBenefit', count: 9, day: '2025-02-30', code: 'xy1', tags: ['a', 'b'], flag: 'tak', fixed: 'B', either: true, tenth: 7, createdAt: 1 };
    const parsed = shape.safeParse(input, { reportInput: true });
    const issues = parsed.success ? [] : toIssues(parsed.error);
    expect(issues.map((i) => (i.code === 'invalid_input' ? i.zodCode : i.code)).sort()).toEqual(
      ['invalid_format', 'invalid_format', 'invalid_type', 'invalid_union', 'invalid_value', 'invalid_value', 'not_multiple_of', 'too_big', 'too_big', 'too_big', 'unrecognized_keys'],
    );
    const text = formatIssues(issues, 'pl');
    expect(polishTextProblems(text)).toEqual([]);
    for (const value of ['Grzegorzewski', 'supportBenefit', 'socialContract', '2025-02-30', 'xy1', 'createdAt', 'string', 'number', 'undefined']) expect(text).not.toContain(value);
    expect(text).toContain('tekst może mieć najwyżej 5 znaków');
    expect(text).toContain('lista może mieć najwyżej 1 pozycję');
    expect(text).toContain('oczekiwano dnia kalendarza w postaci RRRR-MM-DD');
  });

  it('never echoes the value in a message', () => {
    const parsed = Person.safeParse({ ...person, pesel: '4405140135X' });
    const issues = parsed.success ? [] : toIssues(parsed.error);
    expect(issues.length).toBeGreaterThan(0);
    for (const lang of ['pl', 'en'] as const) expect(formatIssues(issues, lang)).not.toContain('4405140135X');
  });

  it('accepts any object carrying zod issues (a ZodError from the vendor own schema)', () => {
    const mine = z.object({ applicant: Person });
    const parsed = mine.safeParse({ applicant: { ...person, id: '' } });
    expect(parsed.success ? [] : toIssues(parsed.error).map((i) => i.path.join('.'))).toEqual(['applicant.id']);
  });
});

describe('stripUnknownKeys', () => {
  it('removes the keys a schema does not know, at every depth, and says where', () => {
    const row = {
      id: 'h-1', kind: 'singlePerson', tenantId: 't-9',
      members: [{ relation: 'applicant', person: { ...person, createdAt: '2025-01-01T10:00:00Z' } }],
    };
    expect(Household.safeParse(row).success).toBe(false);
    const { input, stripped } = stripUnknownKeys(Household, row);
    expect(stripped).toEqual(expect.arrayContaining([['tenantId'], ['members', 0, 'person', 'createdAt']]));
    expect(stripped).toHaveLength(2);
    expect(Household.safeParse(input).success).toBe(true);
  });

  it('does not change the input it was given', () => {
    const row = { ...person, createdAt: 'x' };
    const copy = structuredClone(row);
    stripUnknownKeys(Person, row);
    expect(row).toEqual(copy);
  });

  it('leaves a valid input as it is, and a non-object untouched', () => {
    expect(stripUnknownKeys(Person, person)).toEqual({ input: person, stripped: [] });
    for (const v of [null, undefined, 7, 'x', [1, 2]]) expect(stripUnknownKeys(EligibilityRequest, v).input).toBe(v);
  });

  it('keeps the other issues for the schema to report', () => {
    const { input, stripped } = stripUnknownKeys(Person, { ...person, firstName: '', extra: 1 });
    expect(stripped).toEqual([['extra']]);
    const parsed = Person.safeParse(input);
    expect(parsed.success ? [] : toIssues(parsed.error).map((i) => i.path.join('.'))).toEqual(['firstName']);
  });
});
