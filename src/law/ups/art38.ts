import type { Grosze } from '../grosze.js';
import { type EffectiveTable, period } from '../period.js';

/**
 * The minimum share of the difference (criterion − income) a periodic allowance must reach, by household.
 *
 * @example
 * ```ts
 * import { type PeriodicMinimumShare } from 'praca-socjalna';
 * const s: PeriodicMinimumShare = { singlePersonPercent: 50, familyPercent: 50 };
 * ```
 * @category Law
 */
export interface PeriodicMinimumShare {
  /** Percent, for a person in a single-person household. */
  readonly singlePersonPercent: number;
  /** Percent, for a family. */
  readonly familyPercent: number;
}

/**
 * Zasiłek okresowy: the minimum share of the difference, dated. The act phased it in (art. 147 u.p.s.,
 * transitional): 2004 20 % / 15 %, 2005 30 % / 20 %, 2006–2007 35 % / 25 %, and from 2008-01-01 50 % for
 * both (art. 38 ust. 2). All V (REFERENCE.md §0.0 item 3).
 *
 * @example
 * ```ts
 * import { periodicMinimumShare, valueAt, type CivilDate } from 'praca-socjalna';
 * const r = valueAt(periodicMinimumShare, '2007-12-31' as CivilDate);
 * r.ok && r.value.value.familyPercent; //=> 25
 * ```
 * @category Law
 */
export const periodicMinimumShare: EffectiveTable<PeriodicMinimumShare> = {
  name: 'periodicMinimumShare',
  basis: { act: 'ups', article: '38', paragraph: '2' },
  unit: 'percent',
  periods: [
    period('2004-05-01', { singlePersonPercent: 20, familyPercent: 15 }, 'art. 147 u.p.s. (przepis przejściowy), Dz.U. 2004 Nr 64 poz. 593', 'V'),
    period('2005-01-01', { singlePersonPercent: 30, familyPercent: 20 }, 'art. 147 u.p.s. (przepis przejściowy), Dz.U. 2004 Nr 64 poz. 593', 'V'),
    period('2006-01-01', { singlePersonPercent: 35, familyPercent: 25 }, 'art. 147 u.p.s. (przepis przejściowy), Dz.U. 2004 Nr 64 poz. 593', 'V'),
    period('2008-01-01', { singlePersonPercent: 50, familyPercent: 50 }, 'art. 38 ust. 2 u.p.s., Dz.U. 2004 Nr 64 poz. 593', 'V'),
  ],
};

/**
 * The single-person cap of a periodic allowance in a period: a fixed amount, the per-person criterion in
 * force, or not known (the day the new wording came into force was not found).
 *
 * @example
 * ```ts
 * import { type PeriodicCapRule, type Grosze } from 'praca-socjalna';
 * const c: PeriodicCapRule = { kind: 'amount', amount: 41800 as Grosze };
 * ```
 * @category Law
 */
export type PeriodicCapRule =
  | { readonly kind: 'amount'; readonly amount: Grosze }
  | { readonly kind: 'perPersonCriterion' }
  | { readonly kind: 'unknown' };

/**
 * Zasiłek okresowy, single-person cap (art. 38 ust. 2 pkt 1 u.p.s.), dated (REFERENCE.md §0.0 item 1).
 *
 * @remarks 418 zł, never indexed, from 2004-05-01 (S). The act of 15 April 2021 (Dz.U. 2021 poz. 803)
 * replaced it with „kwota kryterium dochodowego na osobę w rodzinie” (S); the consolidated text Dz.U. 2021
 * poz. 2268 already carries it, so it applies at the latest from 2021-12-31. The day it came into force was
 * not found (R): from 2021-05-01 to 2021-12-30 the cap is `unknown`, and the answer says so unless the centre
 * supplies the day (`periodicCapChangeDay` of the request). Never a guess.
 * @example
 * ```ts
 * import { periodicCapSinglePerson, valueAt, type CivilDate } from 'praca-socjalna';
 * const r = valueAt(periodicCapSinglePerson, '2021-04-30' as CivilDate);
 * r.ok && r.value.value.kind; //=> 'amount'
 * ```
 * @category Law
 */
export const periodicCapSinglePerson: EffectiveTable<PeriodicCapRule> = {
  name: 'periodicCapSinglePerson',
  basis: { act: 'ups', article: '38', paragraph: '2', point: '1' },
  unit: 'grosze',
  periods: [
    period<PeriodicCapRule>('2004-05-01', { kind: 'amount', amount: 41800 as Grosze }, 'art. 38 ust. 2 pkt 1 u.p.s., Dz.U. 2004 Nr 64 poz. 593', 'S'),
    period<PeriodicCapRule>('2021-05-01', { kind: 'unknown' }, 'ustawa z 15 kwietnia 2021 r., Dz.U. 2021 poz. 803 (dzień wejścia w życie nieustalony)', 'R'),
    period<PeriodicCapRule>('2021-12-31', { kind: 'perPersonCriterion' }, 'art. 38 ust. 2 pkt 1 u.p.s., t.j. Dz.U. 2021 poz. 2268', 'S'),
  ],
};

/** @internal The first day the new wording surely applies, and the last day 418 zł surely applies. */
export const periodicCapWindow = { lastDayOfOldCap: '2021-04-30', firstDayOfNewCap: '2021-12-31' } as const;
