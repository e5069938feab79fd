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
  z.strictObject({ status: z.literal('notAsked') }),
  z.strictObject({ status: z.literal('asked'), requestedOn: CivilDate, deadline: CivilDate }),
  z.strictObject({ status: z.literal('explained'), receivedOn: CivilDate, text: z.string().min(1).max(10_000) }),
  z.strictObject({ status: z.literal('noAnswer'), deadline: CivilDate }),
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
export const ContractPeriod = z.strictObject({ contractId: Id, from: CivilDate, to: CivilDate });
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
export const MaintenanceRecord = z.strictObject({ personId: Id, maintained: z.boolean() });
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
  asOf: CivilDate,
  ground: BreachGround,
  occurredOn: CivilDate,
  description: z.string().min(1).max(10_000),
  evidence: z.array(z.string().min(1).max(10_000)).max(100),
  clientId: Id,
  household: Household,
  clientFacts: z.strictObject({ unemployed: z.boolean(), addictedToAlcohol: z.boolean() }),
  hearing: Hearing,
  /** The worker's finding on the client's explanation: a justified reason removes the ground. `null`: not assessed yet. */
  justifiedReason: z.strictObject({ found: z.boolean(), reasoning: z.string().min(1).max(10_000) }).nullable(),
  contractPeriods: z.array(ContractPeriod).max(1000),
  situation: BenefitSituation,
  /** Art. 11 ust. 3: who the client maintains, where it differs from the default (minors yes, adults no). */
  maintained: z.array(MaintenanceRecord).max(100).optional(),
});
/** The input of an art. 11 assessment; see {@link BreachAssessmentInput}. */
export type BreachAssessmentInput = z.infer<typeof BreachAssessmentInput>;
