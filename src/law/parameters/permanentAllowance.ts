import type { Confidence } from '../confidence.js';
import type { Grosze } from '../grosze.js';
import { type EffectiveTable, period } from '../period.js';

/**
 * The rule of the permanent allowance in force in a period: its formula, cap and floor.
 *
 * @remarks The *shape* changed on 2024-01-01: `criterion-minus-income` became
 * `percent-of-criterion-minus-income` (130%), and the floor rose from 30 zł to 100 zł.
 * @example
 * ```ts
 * import { type PermanentAllowanceRule, type Grosze } from 'praca-socjalna';
 * const r: PermanentAllowanceRule = { formula: 'percent-of-criterion-minus-income', percentOfCriterion: 130, maxSinglePerson: 122900 as Grosze, min: 10000 as Grosze };
 * ```
 * @category Law
 */
export interface PermanentAllowanceRule {
  readonly formula: 'criterion-minus-income' | 'percent-of-criterion-minus-income';
  /** Percent of the criterion the income is subtracted from (100 before 2024, 130 since). */
  readonly percentOfCriterion: number;
  /** The cap for a person in a single-person household; no separate cap for a person in a family was found. */
  readonly maxSinglePerson: Grosze;
  /** The floor: no permanent allowance is lower (art. 37 ust. 3). */
  readonly min: Grosze;
}

const p = (
  from: string,
  formula: PermanentAllowanceRule['formula'],
  percentOfCriterion: number,
  maxSinglePerson: number,
  min: number,
  source: string,
  confidence: Confidence,
  note?: string,
) => period(from, { formula, percentOfCriterion, maxSinglePerson: maxSinglePerson as Grosze, min: min as Grosze }, source, confidence, note);

/**
 * Permanent allowance (zasiłek stały, art. 37 u.p.s.): formula, cap and floor by period.
 *
 * @remarks Values from parameters.json. The cap was the statute's own 418 zł from 2004-05-01 to 2006-09-30
 * (the original art. 37 ust. 2 pkt 1, quoted by a published commentary: S) and 444 zł from 2006-10-01 (the
 * first verification under art. 9) — REFERENCE.md §0.0 item 2.
 * @example
 * ```ts
 * import { permanentAllowanceRules, valueAt, type CivilDate } from 'praca-socjalna';
 * const r = valueAt(permanentAllowanceRules, '2023-12-31' as CivilDate);
 * r.ok && r.value.value.min; //=> 3000 (30 zł until 2023-12-31)
 * ```
 * @category Law
 */
export const permanentAllowanceRules: EffectiveTable<PermanentAllowanceRule> = {
  name: 'permanentAllowanceRules',
  basis: { act: 'ups', article: '37' },
  unit: 'grosze',
  periods: [
    p('2004-05-01', 'criterion-minus-income', 100, 41800, 3000, 'art. 37 ust. 2 pkt 1 u.p.s., tekst pierwotny, Dz.U. 2004 Nr 64 poz. 593', 'S'),
    p('2006-10-01', 'criterion-minus-income', 100, 44400, 3000, 'rozp. RM z 24 lipca 2006 r., Dz.U. 2006 Nr 135 poz. 950', 'S'),
    p('2012-10-01', 'criterion-minus-income', 100, 52900, 3000, 'rozp. RM z 17 lipca 2012 r., Dz.U. 2012 poz. 823', 'V'),
    p('2015-10-01', 'criterion-minus-income', 100, 60400, 3000, 'rozp. RM z 14 lipca 2015 r., Dz.U. 2015 poz. 1058', 'S'),
    p('2018-10-01', 'criterion-minus-income', 100, 64500, 3000, 'rozp. RM z 11 lipca 2018 r., Dz.U. 2018 poz. 1358', 'S'),
    p('2022-01-01', 'criterion-minus-income', 100, 71900, 3000, 'rozp. RM z 14 lipca 2021 r., Dz.U. 2021 poz. 1296', 'S'),
    p('2024-01-01', 'percent-of-criterion-minus-income', 130, 100000, 10000, 'ustawa z 28 lipca 2023 r., Dz.U. 2023 poz. 1693', 'S'),
    p('2025-01-01', 'percent-of-criterion-minus-income', 130, 122900, 10000, 'rozp. RM z 12 lipca 2024 r., Dz.U. 2024 poz. 1044', 'S'),
  ],
};
