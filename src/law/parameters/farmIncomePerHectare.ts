import type { Confidence } from '../confidence.js';
import type { Grosze } from '../grosze.js';
import { type EffectiveTable, period } from '../period.js';
import type { SourceRef } from '../sources.js';

const p = (from: string, amount: number, source: SourceRef, confidence: Confidence) => period(from, amount as Grosze, source, confidence);

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
    p('2004-05-01', 20700, { id: 'ups2004', cite: 'tekst pierwotny u.p.s.' }, 'R'),
    p('2012-10-01', 25000, 'criteria2012', 'V'),
    p('2015-10-01', 28800, 'criteria2015', 'S'),
    p('2018-10-01', 30800, 'criteria2018', 'S'),
    p('2022-01-01', 34500, 'criteria2021', 'S'),
    p('2025-01-01', 45900, 'criteria2024', 'S'),
  ],
};
