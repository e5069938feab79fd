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
  .strictObject({ from: CivilMonth.describe('The first month it is paid for.'), to: CivilMonth.describe('The last month it is paid for.') })
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
    kind: z.literal('receipt').describe('A receipt (przychód) from a title or source other than a business or a farm.'),
    id: Id.describe('The id of the income item, unique in the request.'),
    personId: Id.describe('The household member whose income it is, by person id.'),
    source: ReceiptSource.describe('Its title or source (tytuł, źródło przychodu): it decides whether it counts (art. 8 ust. 4 u.p.s.).'),
    month: CivilMonth.describe('The month it was received, YYYY-MM.'),
    gross: NonNegative.describe('The gross receipt in grosze (przychód).'),
    incomeTax: NonNegative.describe('The income tax on it in grosze, deducted (podatek dochodowy, art. 8 ust. 3 pkt 1 u.p.s.).'),
    healthContribution: NonNegative.describe('The health-insurance contribution in grosze, deducted (składka na ubezpieczenie zdrowotne, art. 8 ust. 3 pkt 2 u.p.s.).'),
    socialContributions: NonNegative.describe('The social-insurance contributions in grosze, deducted (składki na ubezpieczenia społeczne, art. 8 ust. 3 pkt 2 u.p.s.).'),
    oneOff: z.boolean().describe('Whether it is a one-off income (dochód jednorazowy, art. 8 ust. 11 u.p.s.), which may be spread over months.'),
    forPeriod: ForPeriod.nullable().describe('The months it is paid for, for back pay or a lump sum for a period (art. 8 ust. 11–12 u.p.s.); otherwise null.'),
  }),
  z.strictObject({
    kind: z.literal('business').describe('Income from a business taxed on general rules (pozarolnicza działalność gospodarcza, art. 8 ust. 5 pkt 1 u.p.s.).'),
    id: Id.describe('The id of the income item, unique in the request.'),
    personId: Id.describe('The household member whose income it is, by person id.'),
    month: CivilMonth.describe('The month, YYYY-MM.'),
    revenue: NonNegative.describe('The revenue in grosze (przychód z działalności).'),
    costs: NonNegative.describe('The costs of earning it in grosze (koszty uzyskania przychodu).'),
    incomeTax: NonNegative.describe('The income tax due in grosze (podatek należny).'),
    healthContribution: NonNegative.describe('The health-insurance contribution in grosze.'),
    socialContributions: NonNegative.describe('The social-insurance contributions deducted from income, in grosze.'),
  }),
  z.strictObject({
    kind: z.literal('flatRateBusiness').describe('A business on a lump-sum tax (ryczałt, karta podatkowa, art. 8 ust. 5 pkt 2 u.p.s.).'),
    id: Id.describe('The id of the income item, unique in the request.'),
    personId: Id.describe('The household member whose income it is, by person id.'),
    month: CivilMonth.describe('The month, YYYY-MM.'),
    declaredIncome: NonNegative.describe('The income the person declares (oświadczenie o dochodzie), in grosze.'),
  }),
  z.strictObject({
    kind: z.literal('farm').describe('A farm (gospodarstwo rolne), counted at a flat income per conversion hectare.'),
    id: Id.describe('The id of the income item, unique in the request.'),
    personId: Id.describe('The household member whose income it is, by person id.'),
    conversionHectares: z
      .string()
      .regex(/^\d{1,5}(\.\d{1,4})?$/, { error: 'hectares as a decimal, e.g. 3.5 or 0.8123' })
      .describe('The area in conversion hectares (hektary przeliczeniowe), as a decimal string, e.g. "3.5".'),
    /** The monthly KRUS contribution for the farm, in grosze; deducted (art. 8 ust. 3 pkt 2). */
    monthlyContribution: NonNegative.optional().describe('The monthly KRUS contribution for the farm, in grosze; deducted (art. 8 ust. 3 pkt 2 u.p.s.).'),
  }),
  z.strictObject({
    kind: z.literal('maintenancePaid').describe('Alimony the member pays to others, deducted (kwota alimentów, art. 8 ust. 3 pkt 3 u.p.s.).'),
    id: Id.describe('The id of the income item, unique in the request.'),
    personId: Id.describe('The household member whose income it is, by person id.'),
    month: CivilMonth.describe('The month it was paid, YYYY-MM.'),
    amount: NonNegative.describe('The amount paid in grosze.'),
  }),
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
