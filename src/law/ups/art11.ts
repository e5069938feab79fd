import type { CivilDate } from '../civilDate.js';

/**
 * The day the employment-promotion act (ustawa o promocji zatrudnienia i instytucjach rynku pracy) was
 * repealed by the act of 20 March 2025 on the labour market and employment services (catalogue entry
 * `labourMarket2025`; its Dz.U. position is unconfirmed, R).
 * Art. 11 ust. 2 and the kontrakt socjalny's variant B point to it: their labour-market wording is
 * unverified from this day (REFERENCE.md §0.0 items 7 and 9).
 *
 * @example
 * ```ts
 * import { labourMarketActRepealedOn } from 'praca-socjalna';
 * labourMarketActRepealedOn; //=> '2025-06-01'
 * ```
 * @category Law
 */
export const labourMarketActRepealedOn = '2025-06-01' as CivilDate;
