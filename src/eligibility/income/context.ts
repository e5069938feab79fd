import type { CivilMonth } from '../../law/civilDate.js';
import type { Grosze } from '../../law/grosze.js';
import type { LawTables } from '../../law/lawTables.js';
import type { IncomeCriteria } from '../../law/parameters/incomeCriteria.js';
import type { LumpSumRule } from '../../law/parameters/statutoryRules.js';
import type { ValueInForce, valueAt } from '../../law/period.js';
import type { EligibilityReason, EligibilityStep } from '../rules.js';
import type { IncomeInput } from './input.js';
import type { IncomeItem } from '../incomeItem.js';
import type { EligibilityWarning } from '../result.js';

/** @internal An income item of one kind. */
export type IncomeItemOf<K extends IncomeItem['kind']> = Extract<IncomeItem, { kind: K }>;
/** @internal A receipt (przychód). */
export type ReceiptItem = IncomeItemOf<'receipt'>;

/**
 * @internal What the paragraph rules of art. 8 share while one household's income is computed: the input, the
 * law and the reference month, and where each rule writes (trace, open questions, warnings, amounts per person).
 */
export interface IncomeContext {
  readonly input: IncomeInput;
  readonly law: LawTables;
  readonly month: CivilMonth;
  readonly criteria: ValueInForce<IncomeCriteria>;
  readonly lump: ReturnType<typeof valueAt<LumpSumRule>>;
  /** The criterion art. 8 ust. 11 multiplies: the single person's, or the family's (per person × members). */
  readonly criterionForLump: number;
  readonly family: boolean;
  readonly trace: EligibilityStep[];
  readonly unsupported: EligibilityReason[];
  readonly warnings: EligibilityWarning[];
  readonly outside: { itemId: string; month: CivilMonth }[];
  /** Members who pay alimony in the reference month (art. 8 ust. 3 pkt 3). */
  readonly payers: Set<string>;
  readonly add: (personId: string, amount: Grosze) => void;
}
