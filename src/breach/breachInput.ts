import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Household } from '../case/household.js';
import { Id } from '../case/id.js';
import { BreachGround } from '../law/breachGround.js';
import { BenefitSituation } from './measure.js';

/**
 * Where the client's right to be heard stands: not yet asked, asked (with a deadline), explained, or no
 * answer by the deadline.
 *
 * @example
 * ```ts
 * import { Hearing } from 'praca-socjalna';
 * Hearing.parse({ status: 'explained', receivedOn: '2025-03-06', text: 'Byłem chory, mam zaświadczenie.' });
 * ```
 * @category Breach
 */
export const Hearing = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('notAsked').describe('The client has not been asked to explain yet.') }),
  z.strictObject({
    status: z.literal('asked').describe('The client was asked to explain (wezwanie do złożenia wyjaśnień).'),
    requestedOn: CivilDate.describe('The day the client was asked.'),
    deadline: CivilDate.describe('The last day to answer.'),
  }),
  z.strictObject({
    status: z.literal('explained').describe('The client explained (wyjaśnienia).'),
    receivedOn: CivilDate.describe('The day the explanation came.'),
    text: z.string().min(1).max(10_000).describe('The explanation.'),
  }),
  z.strictObject({
    status: z.literal('noAnswer').describe('The deadline passed with no answer.'),
    deadline: CivilDate.describe('The deadline that passed.'),
  }),
]);
/** The hearing of the client; see {@link Hearing}. */
export type Hearing = z.infer<typeof Hearing>;

/**
 * A period in which a contract was in force (from {@link contractPeriodsOf}, which reads the case stream).
 *
 * @example
 * ```ts
 * import { ContractPeriod } from 'praca-socjalna';
 * ContractPeriod.parse({ contractId: 'k-1', from: '2025-02-03', to: '2026-01-31' });
 * ```
 * @category Breach
 */
export const ContractPeriod = z.strictObject({
  contractId: Id.describe('The contract (kontrakt socjalny), by id.'),
  from: CivilDate.describe('The first day it was in force.'),
  to: CivilDate.describe('The last day it was in force.'),
});
/** A contract period; see {@link ContractPeriod}. */
export type ContractPeriod = z.infer<typeof ContractPeriod>;

/**
 * Who the client maintains (art. 11 ust. 3: „osoby pozostające na utrzymaniu”), as the worker records it:
 * a household member with `maintained: true` is a dependant, with `false` is not. Unrecorded members
 * follow the default: a minor is maintained, an adult is not.
 *
 * @example
 * ```ts
 * import { MaintenanceRecord } from 'praca-socjalna';
 * MaintenanceRecord.parse({ personId: 'p-jan', maintained: true });
 * ```
 * @category Breach
 */
export const MaintenanceRecord = z.strictObject({
  personId: Id.describe('The household member, by person id.'),
  maintained: z.boolean().describe('Whether the client maintains the person (osoba pozostająca na utrzymaniu, art. 11 ust. 3 u.p.s.).'),
});
/** A record of whether a member is maintained; see {@link MaintenanceRecord}. */
export type MaintenanceRecord = z.infer<typeof MaintenanceRecord>;

/**
 * What the art. 11 assessment reads: the reported ground and when it happened, the evidence, the hearing,
 * the worker's finding on the client's reason, facts about the client, the contracts in force, the
 * benefits, and the household (for the dependants of art. 11 ust. 3).
 *
 * @example
 * ```ts
 * import { BreachAssessmentInput } from 'praca-socjalna';
 * BreachAssessmentInput.parse({
 *   asOf: '2025-03-10', ground: 'usingAgainstPurpose', occurredOn: '2025-02-20',
 *   description: 'Zasiłek celowy na opał wydany na inny cel', evidence: ['notatka z wizyty'],
 *   clientId: 'p', household: { id: 'h', kind: 'singlePerson', members: [{ person: { id: 'p', firstName: 'A', lastName: 'B', birthDate: '1980-01-01' }, relation: 'applicant' }] },
 *   clientFacts: { unemployed: false, addictedToAlcohol: false },
 *   hearing: { status: 'noAnswer', deadline: '2025-03-07' }, justifiedReason: null,
 *   contractPeriods: [], situation: { pendingApplication: true, benefitGranted: true, cashBeingPaid: false },
 * });
 * ```
 * @category Breach
 */
export const BreachAssessmentInput = z.strictObject({
  asOf: CivilDate.describe('The day of the assessment; it selects the law in force.'),
  ground: BreachGround.describe('The art. 11 u.p.s. ground examined.'),
  occurredOn: CivilDate.describe('The day the circumstance occurred.'),
  description: z.string().min(1).max(10_000).describe('What happened (opis okoliczności).'),
  evidence: z.array(z.string().min(1).max(10_000)).max(100).describe('What documents it (dowody), at most 100 items.'),
  clientId: Id.describe('The client concerned, by person id.'),
  household: Household.describe('The household of the client; its members may be dependants (art. 11 ust. 3 u.p.s.).'),
  clientFacts: z
    .strictObject({
      unemployed: z.boolean().describe('Whether the client is unemployed (bezrobotny).'),
      addictedToAlcohol: z.boolean().describe('Whether the client is addicted to alcohol (uzależniony od alkoholu).'),
    })
    .describe('Facts about the client some grounds need.'),
  hearing: Hearing.describe('Where the right to be heard stands (wysłuchanie klienta).'),
  /** The worker's finding on the client's explanation: a justified reason removes the ground. `null`: not assessed yet. */
  justifiedReason: z
    .strictObject({
      found: z.boolean().describe('Whether the reason is justified.'),
      reasoning: z.string().min(1).max(10_000).describe('Why (uzasadnienie).'),
    })
    .nullable()
    .describe("The worker's finding on the client's explanation: a justified reason removes the ground; null: not assessed yet."),
  contractPeriods: z.array(ContractPeriod).max(1000).describe('The periods social contracts were in force.'),
  situation: BenefitSituation.describe("The client's benefit situation on `asOf`: it decides which measures are possible."),
  /** Art. 11 ust. 3: who the client maintains, where it differs from the default (minors yes, adults no). */
  maintained: z
    .array(MaintenanceRecord)
    .max(100)
    .optional()
    .describe('Art. 11 ust. 3 u.p.s.: who the client maintains, where it differs from the default (minors yes, adults no).'),
});
/** The input of an art. 11 assessment; see {@link BreachAssessmentInput}. */
export type BreachAssessmentInput = z.infer<typeof BreachAssessmentInput>;
