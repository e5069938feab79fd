import type { Confidence } from '../confidence.js';
import type { Grosze } from '../grosze.js';
import { type EffectiveTable, period } from '../period.js';

const p = (from: string, amount: number, source: string, confidence: Confidence) => period(from, amount as Grosze, source, confidence);

/**
 * Monthly income from 1 conversion hectare (hektar przeliczeniowy) of a farm, by period.
 *
 * @remarks Basis art. 8 u.p.s. (paragraph probably ust. 9, not verified); land under 1 ha is not counted
 * (art. 8 ust. 4 pkt 6). Not the GUS annual figure used for family benefits. The 2004 amount is marked R.
 * @example
 * ```ts
 * import { farmIncomePerHectare, valueAt, type CivilDate } from 'praca-socjalna';
 * const r = valueAt(farmIncomePerHectare, '2025-06-01' as CivilDate);
 * r.ok && r.value.value; //=> 45900
 * ```
 * @category Law
 */
export const farmIncomePerHectare: EffectiveTable<Grosze> = {
  name: 'farmIncomePerHectare',
  basis: { act: 'ups', article: '8' },
  unit: 'grosze',
  periods: [
    p('2004-05-01', 20700, 'tekst pierwotny u.p.s., Dz.U. 2004 Nr 64 poz. 593', 'R'),
    p('2012-10-01', 25000, 'rozp. RM z 17 lipca 2012 r., Dz.U. 2012 poz. 823', 'V'),
    p('2015-10-01', 28800, 'rozp. RM z 14 lipca 2015 r., Dz.U. 2015 poz. 1058', 'S'),
    p('2018-10-01', 30800, 'rozp. RM z 11 lipca 2018 r., Dz.U. 2018 poz. 1358', 'S'),
    p('2022-01-01', 34500, 'rozp. RM z 14 lipca 2021 r., Dz.U. 2021 poz. 1296', 'S'),
    p('2025-01-01', 45900, 'rozp. RM z 12 lipca 2024 r., Dz.U. 2024 poz. 1044', 'S'),
  ],
};
