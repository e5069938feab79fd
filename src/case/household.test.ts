import { describe, expect, it } from 'vitest';
import { parseWith } from '../issues/fromZod.js';
import { Household, applicantOf } from './household.js';

const person = (id: string) => ({ id, firstName: 'A', lastName: 'B', birthDate: '1980-01-01' });

describe('Household', () => {
  it('accepts a person keeping house alone (art. 6 pkt 10)', () => {
    const h = Household.parse({ id: 'h', kind: 'singlePerson', members: [{ person: person('p'), relation: 'applicant' }] });
    expect(applicantOf(h).id).toBe('p');
  });

  it('accepts a family with an applicant and members (art. 6 pkt 14)', () => {
    const h = Household.parse({
      id: 'h',
      kind: 'family',
      members: [
        { person: person('c'), relation: 'child' },
        { person: person('a'), relation: 'applicant' },
        { person: person('u'), relation: 'unrelated' },
      ],
    });
    expect(applicantOf(h).id).toBe('a');
  });

  it.each([
    ['a single-person household of two', 'singlePerson', [['a', 'applicant'], ['b', 'spouse']], 'household_single_size'],
    ['a family of one', 'family', [['a', 'applicant']], 'household_family_size'],
    ['no applicant', 'family', [['a', 'spouse'], ['b', 'child']], 'household_applicant_count'],
    ['two applicants', 'family', [['a', 'applicant'], ['b', 'applicant']], 'household_applicant_count'],
    ['the same person twice', 'family', [['a', 'applicant'], ['a', 'child']], 'duplicate_id'],
  ] as const)('refuses %s with %s', (_n, kind, members, code) => {
    const r = parseWith(Household, { id: 'h', kind, members: members.map(([id, relation]) => ({ person: person(id), relation })) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((i) => i.code)).toEqual([code]);
  });

  it('reports a typo in a field as an unrecognised key, in Polish and English', () => {
    const r = parseWith(Household, { id: 'h', kind: 'singlePerson', members: [{ person: person('a'), relation: 'applicant', relaton: 'x' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const issue = r.error[0];
      expect(issue?.code).toBe('invalid_input');
      if (issue?.code === 'invalid_input') {
        expect(issue.path).toEqual(['members', 0]);
        expect(issue.detail.en).toContain('relaton');
        expect(issue.detail.pl).toBe('pole nieznane w tym miejscu'); // a key of the input is a code: Polish does not show it
      }
    }
  });
});
