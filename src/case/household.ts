import * as z from 'zod';
import { addIssue } from '../issues/fromZod.js';
import { Id } from './id.js';
import { Person } from './person.js';

/**
 * How a household member is related to the applicant.
 *
 * @remarks A family (art. 6 pkt 14 u.p.s.) may include unrelated persons who live and keep house together.
 * @example
 * ```ts
 * import { Relation } from 'praca-socjalna';
 * Relation.parse('child');
 * ```
 * @category Case model
 */
export const Relation = z.enum([
  'applicant',
  'spouse',
  'partner',
  'child',
  'parent',
  'sibling',
  'grandparent',
  'grandchild',
  'otherRelative',
  'unrelated',
]);
/** A relation to the applicant; see {@link Relation}. */
export type Relation = z.infer<typeof Relation>;

/**
 * A member of a household with their relation to the applicant.
 *
 * @example
 * ```ts
 * import { HouseholdMember } from 'praca-socjalna';
 * HouseholdMember.parse({ person: { id: 'p-1', firstName: 'Jan', lastName: 'Nowak', birthDate: '1977-03-02' }, relation: 'applicant' });
 * ```
 * @category Case model
 */
export const HouseholdMember = z.strictObject({
  person: Person.describe('The member (osoba).'),
  relation: Relation.describe('The relation to the applicant (stopień pokrewieństwa lub powinowactwa).'),
});
/** A household member; see {@link HouseholdMember}. */
export type HouseholdMember = z.infer<typeof HouseholdMember>;

/**
 * A household (gospodarstwo domowe): a person keeping house alone, or a family.
 *
 * @remarks `singlePerson` is „osoba samotnie gospodarująca” — one who runs a one-person household
 * (art. 6 pkt 10 u.p.s.); `family` is „rodzina” — persons living and keeping house together (art. 6 pkt 14).
 * Kept as its own entity: several households can share one flat, so it is never derived from an address.
 * @example
 * ```ts
 * import { Household } from 'praca-socjalna';
 * const h: Household = Household.parse({
 *   id: 'h-1', kind: 'singlePerson',
 *   members: [{ person: { id: 'p-1', firstName: 'Jan', lastName: 'Nowak', birthDate: '1977-03-02' }, relation: 'applicant' }],
 * });
 * ```
 * @category Case model
 */
export const Household = z
  .strictObject({
    id: Id.describe('The id of the household.'),
    kind: z
      .enum(['singlePerson', 'family'])
      .describe('A single-person household (osoba samotnie gospodarująca, art. 6 pkt 10 u.p.s.) or a family (rodzina, art. 6 pkt 14).'),
    members: z.array(HouseholdMember).min(1).describe('The members, the applicant (wnioskodawca) among them exactly once.'),
  })
  .superRefine((h, ctx) => {
    const applicants = h.members.filter((m) => m.relation === 'applicant').length;
    if (applicants !== 1) addIssue(ctx, { code: 'household_applicant_count', path: ['members'], count: applicants });
    if (h.kind === 'singlePerson' && h.members.length !== 1) {
      addIssue(ctx, { code: 'household_single_size', path: ['members'], count: h.members.length, basis: { act: 'ups', article: '6', point: '10' } });
    }
    if (h.kind === 'family' && h.members.length < 2) {
      addIssue(ctx, { code: 'household_family_size', path: ['members'], count: h.members.length, basis: { act: 'ups', article: '6', point: '14' } });
    }
    const seen = new Set<string>();
    h.members.forEach((m, i) => {
      if (seen.has(m.person.id)) {
        addIssue(ctx, { code: 'duplicate_id', path: ['members', i, 'person', 'id'], id: m.person.id, collection: 'members' });
      }
      seen.add(m.person.id);
    });
  });
/** A household; see {@link Household}. */
export type Household = z.infer<typeof Household>;

/**
 * The applicant of a household.
 *
 * @example
 * ```ts
 * import { applicantOf, Household } from 'praca-socjalna';
 * const h = Household.parse({ id: 'h', kind: 'singlePerson', members: [{ person: { id: 'p', firstName: 'A', lastName: 'B', birthDate: '1980-01-01' }, relation: 'applicant' }] });
 * applicantOf(h).id; //=> 'p'
 * ```
 * @category Case model
 */
export function applicantOf(household: Household): Person {
  const member = household.members.find((m) => m.relation === 'applicant') ?? household.members[0];
  // A parsed household always has one applicant; the fallback keeps the type total.
  return (member as HouseholdMember).person;
}
