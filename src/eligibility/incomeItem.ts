import * as z from 'zod';
import { CivilMonth } from '../law/civilDate.js';
import { Grosze, MAX_GROSZE } from '../law/grosze.js';
import { Id } from '../case/id.js';
import { ReceiptSource } from './incomeSource.js';

/**
 * The largest amount one item may carry: 100 000 000,00 zł (10¹⁰ grosze). With at most
 * {@link maxIncomeItems} items, every sum and product the rules form stays below 2⁵³ (exact integers), so no
 * input can make the arithmetic overflow or throw.
 *
 * @example
 * ```ts
 * import { maxItemAmount } from 'praca-socjalna';
 * maxItemAmount; //=> 10000000000
 * ```
 * @category Eligibility
 */
export const maxItemAmount = 10_000_000_000;

/**
 * The most income items one request may carry.
 *
 * @example
 * ```ts
 * import { maxIncomeItems } from 'praca-socjalna';
 * maxIncomeItems; //=> 1000
 * ```
 * @category Eligibility
 */
export const maxIncomeItems = 1000;

/**
 * The longest period (in months) an income due for a period may be spread over (art. 8 ust. 12): 240
 * months, a bound of the SDK so the work per item stays small; the act names none.
 *
 * @example
 * ```ts
 * import { maxForPeriodMonths } from 'praca-socjalna';
 * maxForPeriodMonths; //=> 240
 * ```
 * @category Eligibility
 */
export const maxForPeriodMonths = 240;

// An amount above MAX_GROSZE is already refused by Grosze itself: one issue per field, not two.
const NonNegative = Grosze.refine((g) => g >= 0, { error: 'must not be negative' }).refine((g) => g <= maxItemAmount || g > MAX_GROSZE, {
  error: 'must not exceed 100 000 000,00 zł',
});

const monthIndex = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

/** „Dochód należny za dany okres” (art. 8 ust. 12): first and last month, in order, at most {@link maxForPeriodMonths}. */
const ForPeriod = z
  .strictObject({ from: CivilMonth, to: CivilMonth })
  .refine((p) => p.from <= p.to, { error: 'the period must not end before it starts', path: ['to'] })
  .refine((p) => monthIndex(p.to) - monthIndex(p.from) < maxForPeriodMonths, { error: 'the period must not exceed 240 months', path: ['to'] });

/**
 * One item of income of a household member, by kind.
 *
 * @remarks Polish: „dochód” (art. 8 ust. 3–12 u.p.s.).
 * - `receipt`: gross receipts (przychód) of a {@link ReceiptSource} in a month, less income tax, health and
 *   social-insurance contributions. `oneOff` marks a one-off income (art. 8 ust. 11); `forPeriod` an income
 *   due for a period, received at once (ust. 12).
 * - `business`: non-agricultural business on the general PIT rules (ust. 5 pkt 1): revenue − costs − tax −
 *   contributions.
 * - `flatRateBusiness`: business on lump-sum tax or tax card: the income declared by the person (rule not
 *   verified in the reference; the integrator must decide to count it).
 * - `farm`: conversion hectares (hektary przeliczeniowe), as a decimal string with up to 4 places, and the
 *   monthly farmers' social-insurance contribution (składka KRUS) paid for the farm, deducted from the
 *   flat-rate farm income as art. 8 ust. 3 pkt 2 deducts social-insurance contributions (centres' practice,
 *   S). When it is not given, nothing is deducted and the result warns.
 * - `maintenancePaid`: alimony paid to persons outside the household, deducted (ust. 3 pkt 3).
 * @example
 * ```ts
 * import { IncomeItem } from 'praca-socjalna';
 * IncomeItem.parse({
 *   kind: 'receipt', id: 'i-1', personId: 'p-1', source: 'employment', month: '2025-02',
 *   gross: 400000, incomeTax: 22000, healthContribution: 31000, socialContributions: 54800, oneOff: false, forPeriod: null,
 * });
 * IncomeItem.parse({ kind: 'farm', id: 'i-2', personId: 'p-1', conversionHectares: '3.5' });
 * ```
 * @category Eligibility
 */
export const IncomeItem = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('receipt'),
    id: Id,
    personId: Id,
    source: ReceiptSource,
    month: CivilMonth,
    gross: NonNegative,
    incomeTax: NonNegative,
    healthContribution: NonNegative,
    socialContributions: NonNegative,
    oneOff: z.boolean(),
    forPeriod: ForPeriod.nullable(),
  }),
  z.strictObject({
    kind: z.literal('business'),
    id: Id,
    personId: Id,
    month: CivilMonth,
    revenue: NonNegative,
    costs: NonNegative,
    incomeTax: NonNegative,
    healthContribution: NonNegative,
    socialContributions: NonNegative,
  }),
  z.strictObject({ kind: z.literal('flatRateBusiness'), id: Id, personId: Id, month: CivilMonth, declaredIncome: NonNegative }),
  z.strictObject({
    kind: z.literal('farm'),
    id: Id,
    personId: Id,
    conversionHectares: z.string().regex(/^\d{1,5}(\.\d{1,4})?$/, { error: 'hectares as a decimal, e.g. 3.5 or 0.8123' }),
    /** The monthly KRUS contribution for the farm, in grosze; deducted (art. 8 ust. 3 pkt 2). */
    monthlyContribution: NonNegative.optional(),
  }),
  z.strictObject({ kind: z.literal('maintenancePaid'), id: Id, personId: Id, month: CivilMonth, amount: NonNegative }),
]);
/** An item of income; see {@link IncomeItem}. */
export type IncomeItem = z.infer<typeof IncomeItem>;

/**
 * What the integrator decided for income kinds the reference could not verify: count it or exclude it.
 * The decision is the centre's (or its legal adviser's); the trace records it as theirs.
 *
 * @example
 * ```ts
 * import { UnverifiedIncomeDecisions } from 'praca-socjalna';
 * UnverifiedIncomeDecisions.parse({ childRaisingBenefit: 'exclude', flatRateBusiness: 'count' });
 * ```
 * @category Eligibility
 */
export const UnverifiedIncomeDecisions = z
  .partialRecord(z.union([ReceiptSource, z.literal('flatRateBusiness')]), z.enum(['count', 'exclude']));
/** Decisions on unverified income kinds; see {@link UnverifiedIncomeDecisions}. */
export type UnverifiedIncomeDecisions = z.infer<typeof UnverifiedIncomeDecisions>;
