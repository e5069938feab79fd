import type { CivilDate } from '../../law/civilDate.js';
import type { LawTables } from '../../law/lawTables.js';
import type { Household } from '../../case/household.js';
import type { IncomeItem, UnverifiedIncomeDecisions } from '../incomeItem.js';
import type { MaintenanceBeyondIncome } from '../request.js';

/**
 * Input to `computeIncome`.
 *
 * @example
 * ```ts
 * import { type IncomeInput } from 'praca-socjalna';
 * declare const input: IncomeInput;
 * input.applicationDate;
 * ```
 * @category Eligibility
 */
export interface IncomeInput {
  readonly asOf: CivilDate;
  readonly applicationDate: CivilDate;
  readonly incomeLost: boolean;
  readonly household: Household;
  readonly items: readonly IncomeItem[];
  readonly unverifiedDecisions?: UnverifiedIncomeDecisions | undefined;
  /**
   * Whether the income is computed to decide a cash benefit: art. 8 ust. 4a leaves the świadczenie
   * uzupełniające out then, and counts it for other help. Needed only when such an item is present.
   */
  readonly forCashBenefit?: boolean | undefined;
  /** The centre's choice when alimony paid exceeds the payer's income (art. 8 ust. 3 pkt 3, not settled). */
  readonly maintenanceBeyondIncome?: MaintenanceBeyondIncome | undefined;
  /** The law to apply; the SDK's own when absent (see `lawWith`). */
  readonly law?: LawTables | undefined;
}
