import * as z from 'zod';
import { describe, expect, it } from 'vitest';
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
    expect(formatIssues(issues, 'pl')).toMatch(/^✖ Nieprawidłowe dane: .+\n {2}→ w polu: członkowie gospodarstwa domowego \(pozycja 1\) › imię$/);
    expect(formatIssues(issues, 'en')).toMatch(/^✖ Invalid input: .+\n {2}→ in the field: household members \(item 1\) › first name$/);
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
