import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Grosze } from '../law/grosze.js';
import { LocalLaw } from '../law/localLaw.js';
import { Household } from '../case/household.js';
import { Problem } from '../case/problem.js';
import { addIssue } from '../issues/fromZod.js';
import { IncomeItem, UnverifiedIncomeDecisions } from './incomeItem.js';
import { PersonFacts } from './personFacts.js';
import { maxIncomeItems } from './incomeItem.js';
import { periodicCapWindow } from '../law/ups/art38.js';

/**
 * The day, established by the centre, from which the new single-person cap of the periodic allowance (the
 * per-person criterion, act of 15 April 2021, Dz.U. 2021 poz. 803) applies. The SDK does not know it
 * (REFERENCE.md §0.0 item 1); it must fall between 2021-05-01 and 2021-12-31. Read only for an `asOf` in that
 * window.
 *
 * @example
 * ```ts
 * import { PeriodicCapChangeDay } from 'praca-socjalna';
 * PeriodicCapChangeDay.parse({ date: '2021-06-01', source: 'ustalenie radcy prawnego ośrodka' });
 * ```
 * @category Eligibility
 */
export const PeriodicCapChangeDay = z
  .strictObject({
    date: CivilDate.describe('The first day the new cap applies, between 2021-05-01 and 2021-12-31.'),
    source: z.string().min(1).max(500).describe('Where the centre takes the day from (e.g. a legal opinion).'),
  })
  .refine((d) => d.date > periodicCapWindow.lastDayOfOldCap && d.date <= periodicCapWindow.firstDayOfNewCap, {
    error: 'the day must fall between 2021-05-01 and 2021-12-31',
    path: ['date'],
  });
/** The day the new periodic cap applies; see {@link PeriodicCapChangeDay}. */
export type PeriodicCapChangeDay = z.infer<typeof PeriodicCapChangeDay>;

/**
 * How alimony paid by a member (art. 8 ust. 3 pkt 3) is deducted when it exceeds that member's own income.
 * The law does not settle it (REFERENCE.md §0.0 item 12), so the centre chooses and the trace records it:
 * - `memberOnly`: deducted from the paying member's income only, which stops at 0;
 * - `wholeFamily`: the excess also reduces the family's income (never below 0).
 *
 * @example
 * ```ts
 * import { MaintenanceBeyondIncome } from 'praca-socjalna';
 * MaintenanceBeyondIncome.parse('memberOnly');
 * ```
 * @category Eligibility
 */
export const MaintenanceBeyondIncome = z.enum(['memberOnly', 'wholeFamily']);
/** The centre's choice on alimony above income; see {@link MaintenanceBeyondIncome}. */
export type MaintenanceBeyondIncome = z.infer<typeof MaintenanceBeyondIncome>;

/**
 * A centre's own statement of the single-person cap of the periodic allowance, overriding the dated default
 * ({@link periodicCapSinglePerson}: 418 zł up to 2021-04-30, the per-person criterion from 2021-12-31). The
 * trace marks the value as the centre's, with its source. Most centres should pass nothing: the default is
 * applied. For the days in 2021 when the cap is not known, prefer `periodicCapChangeDay`.
 *
 * @example
 * ```ts
 * import { PeriodicCapSinglePerson } from 'praca-socjalna';
 * PeriodicCapSinglePerson.parse({ kind: 'perPersonCriterion', source: 'opinia radcy prawnego MOPS z 2025-01-10' });
 * ```
 * @category Eligibility
 */
export const PeriodicCapSinglePerson = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('amount').describe('The centre states the cap as an amount.'),
    amount: Grosze.describe('The cap in grosze.'),
    source: z.string().min(1).describe('Where the centre takes it from.'),
  }),
  z.strictObject({
    kind: z.literal('perPersonCriterion').describe('The cap is the per-person income criterion.'),
    source: z.string().min(1).describe('Where the centre takes it from.'),
  }),
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
    benefit: z
      .enum(['permanentAllowance', 'periodicAllowance', 'purposeAllowance', 'randomEventPurposeAllowance', 'specialPurposeAllowance', 'socialWork'])
      .describe('The benefit assessed: zasiłek stały (art. 37 u.p.s.), okresowy (art. 38), celowy (art. 39, 40), specjalny zasiłek celowy (art. 41) or praca socjalna.'),
    asOf: CivilDate.describe('The day of the assessment; it selects the law in force.'),
    application: z
      .strictObject({
        date: CivilDate.describe('The day the application was filed (data złożenia wniosku); it selects the reference month.'),
        incomeLost: z.boolean().describe('Whether income was lost (utrata dochodu, art. 8 ust. 3 u.p.s.): the reference month is then the month of the application.'),
      })
      .describe('The application (wniosek).'),
    household: Household.describe('The household (rodzina or osoba samotnie gospodarująca); its size sets the criterion (art. 8 ust. 1 u.p.s.).'),
    problems: z.array(Problem).describe('The diagnosed problems of the case; their art. 7 u.p.s. grounds are read.'),
    persons: z.array(PersonFacts).min(1).describe('Facts about members that eligibility needs; the applicant is among them.'),
    income: z.array(IncomeItem).max(maxIncomeItems).describe('The income items of the members (dochód, art. 8 ust. 3 u.p.s.).'),
    unverifiedIncomeDecisions: UnverifiedIncomeDecisions.optional().describe('The centre\'s decisions on income kinds the reference could not verify: count or exclude.'),
    localLaw: LocalLaw.optional().describe('The local law of the gmina (uchwała rady gminy), if any.'),
    periodicCapSinglePerson: PeriodicCapSinglePerson.optional().describe('The centre\'s statement of the single-person cap of the periodic allowance; usually absent.'),
    periodicCapChangeDay: PeriodicCapChangeDay.optional().describe('The day in 2021 the new periodic cap applies, as the centre takes it.'),
    /** Art. 8 ust. 3 pkt 3: the centre's choice when alimony paid exceeds the payer's income. */
    maintenanceBeyondIncome: MaintenanceBeyondIncome.optional().describe('Art. 8 ust. 3 pkt 3 u.p.s.: the centre\'s choice when alimony paid exceeds the payer\'s income.'),
    /** Art. 41: the worker's finding of a particularly justified case. */
    particularlyJustified: z.boolean().optional().describe('Art. 41 u.p.s.: the worker\'s finding of a particularly justified case (szczególnie uzasadniony przypadek).'),
  })
  .superRefine((r, ctx) => {
    const members = new Set(r.household.members.map((m) => m.person.id));
    const applicationMonth = r.application.date.slice(0, 7);
    r.income.forEach((item, i) => {
      if (!members.has(item.personId)) {
        addIssue(ctx, { code: 'unknown_reference', path: ['income', i, 'personId'], id: item.personId, collection: 'household members' });
      }
      // income received after the month of the application cannot be the income of its reference month
      if ('month' in item && item.month > applicationMonth) {
        addIssue(ctx, { code: 'income_after_application', path: ['income', i, 'month'], month: item.month, applicationDate: r.application.date });
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
      addIssue(ctx, { code: 'as_of_before_application', path: ['asOf'], asOf: r.asOf, applicationDate: r.application.date });
    }
  });
/** An eligibility request; see {@link EligibilityRequest}. */
export type EligibilityRequest = z.infer<typeof EligibilityRequest>;
