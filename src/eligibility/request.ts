import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Grosze } from '../law/grosze.js';
import { LocalLaw } from '../law/localLaw.js';
import { Household } from '../case/household.js';
import { Problem } from '../case/problem.js';
import { addIssue } from '../issues/fromZod.js';
import { IncomeItem, UnverifiedIncomeDecisions } from './incomeItem.js';
import { PersonFacts } from './personFacts.js';

/**
 * The single-person cap of the periodic allowance, which the sources report differently (418 zł in older
 * texts, the per-person criterion in a newer one): the integrator states which applies, and its source.
 *
 * @example
 * ```ts
 * import { PeriodicCapSinglePerson } from 'praca-socjalna';
 * PeriodicCapSinglePerson.parse({ kind: 'perPersonCriterion', source: 'opinia radcy prawnego MOPS z 2025-01-10' });
 * PeriodicCapSinglePerson.parse({ kind: 'amount', amount: 41800, source: 'art. 38 ust. 2 pkt 1 u.p.s. (t.j. 2021)' });
 * ```
 * @category Eligibility
 */
export const PeriodicCapSinglePerson = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('amount'), amount: Grosze, source: z.string().min(1) }),
  z.strictObject({ kind: z.literal('perPersonCriterion'), source: z.string().min(1) }),
]);
/** The periodic-allowance cap for a single person; see {@link PeriodicCapSinglePerson}. */
export type PeriodicCapSinglePerson = z.infer<typeof PeriodicCapSinglePerson>;

/**
 * Everything an eligibility check reads: the benefit, the dates, the household and its diagnosed problems,
 * facts about the applicant, income items, and the integrator's configuration (local law, decisions).
 *
 * @remarks `asOf` selects the law in force; `application.date` selects the reference month.
 * `problems` are the case's diagnosed problems (their art. 7 grounds are read, not re-typed).
 * @example
 * ```ts
 * import { EligibilityRequest } from 'praca-socjalna';
 * EligibilityRequest.parse({
 *   benefit: 'socialWork', asOf: '2025-03-20', application: { date: '2025-03-15', incomeLost: false },
 *   household: { id: 'h', kind: 'singlePerson', members: [{ person: { id: 'p', firstName: 'A', lastName: 'B', birthDate: '1980-01-01' }, relation: 'applicant' }] },
 *   problems: [{ id: 'pr', ground: 'unemployment', description: 'Bezrobocie', personIds: [] }],
 *   persons: [{ personId: 'p', legalStatus: 'polishCitizen', residesInPoland: true, custody: 'none', unableToWork: null }],
 *   income: [],
 * });
 * ```
 * @category Eligibility
 */
export const EligibilityRequest = z
  .strictObject({
    benefit: z.enum(['permanentAllowance', 'periodicAllowance', 'purposeAllowance', 'randomEventPurposeAllowance', 'specialPurposeAllowance', 'socialWork']),
    asOf: CivilDate,
    application: z.strictObject({ date: CivilDate, incomeLost: z.boolean() }),
    household: Household,
    problems: z.array(Problem),
    persons: z.array(PersonFacts).min(1),
    income: z.array(IncomeItem),
    unverifiedIncomeDecisions: UnverifiedIncomeDecisions.optional(),
    localLaw: LocalLaw.optional(),
    periodicCapSinglePerson: PeriodicCapSinglePerson.optional(),
    /** Art. 41: the worker's finding of a particularly justified case. */
    particularlyJustified: z.boolean().optional(),
  })
  .superRefine((r, ctx) => {
    const members = new Set(r.household.members.map((m) => m.person.id));
    r.income.forEach((item, i) => {
      if (!members.has(item.personId)) {
        addIssue(ctx, { code: 'unknown_reference', path: ['income', i, 'personId'], id: item.personId, collection: 'household members' });
      }
    });
    r.persons.forEach((p, i) => {
      if (!members.has(p.personId)) {
        addIssue(ctx, { code: 'unknown_reference', path: ['persons', i, 'personId'], id: p.personId, collection: 'household members' });
      }
    });
    const applicant = r.household.members.find((m) => m.relation === 'applicant')?.person.id;
    if (applicant !== undefined && !r.persons.some((p) => p.personId === applicant)) {
      addIssue(ctx, { code: 'unknown_reference', path: ['persons'], id: applicant, collection: 'facts of the applicant' });
    }
    if (r.asOf < r.application.date) {
      addIssue(ctx, { code: 'deadline_before_date', path: ['asOf'], date: r.application.date, deadline: r.asOf });
    }
  });
/** An eligibility request; see {@link EligibilityRequest}. */
export type EligibilityRequest = z.infer<typeof EligibilityRequest>;
