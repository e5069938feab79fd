import type { Grosze } from '../grosze.js';
import { type EffectiveTable, period } from '../period.js';

/**
 * The two income criteria in force together.
 *
 * @example
 * ```ts
 * import { type IncomeCriteria, type Grosze } from 'praca-socjalna';
 * const c: IncomeCriteria = { singlePerson: 101000 as Grosze, perPersonInFamily: 82300 as Grosze };
 * ```
 * @category Law
 */
export interface IncomeCriteria {
  /** „Kryterium dochodowe osoby samotnie gospodarującej” (art. 8 ust. 1 pkt 1). */
  readonly singlePerson: Grosze;
  /** „Kryterium dochodowe na osobę w rodzinie” (art. 8 ust. 1 pkt 2); × members = the family criterion (pkt 3). */
  readonly perPersonInFamily: Grosze;
}

const p = (from: string, singlePerson: number, perPersonInFamily: number, source: string, confidence: 'V' | 'S') =>
  period(from, { singlePerson: singlePerson as Grosze, perPersonInFamily: perPersonInFamily as Grosze }, source, confidence);

/**
 * Income criteria of art. 8 ust. 1 u.p.s., verified under art. 9, from the act's entry into force.
 *
 * @remarks Polish: „kryterium dochodowe”. Values from the project's parameters.json (REFERENCE.md §3.3).
 * No regulation changing them after 2025-01-01 was found (searched to late 2026): when one is
 * published, add a period at the end.
 * @example
 * ```ts
 * import { incomeCriteria, valueAt, type CivilDate } from 'praca-socjalna';
 * const r = valueAt(incomeCriteria, '2012-10-01' as CivilDate);
 * r.ok && r.value.value.perPersonInFamily; //=> 45600
 * ```
 * @category Law
 */
export const incomeCriteria: EffectiveTable<IncomeCriteria> = {
  name: 'incomeCriteria',
  basis: { act: 'ups', article: '8', paragraph: '1' },
  unit: 'grosze',
  periods: [
    p('2004-05-01', 46100, 31600, 'tekst pierwotny u.p.s., Dz.U. 2004 Nr 64 poz. 593', 'S'),
    p('2006-10-01', 47700, 35100, 'rozp. RM z 24 lipca 2006 r., Dz.U. 2006 Nr 135 poz. 950', 'V'),
    p('2009-10-01', 47700, 35100, 'rozp. RM z 29 lipca 2009 r., Dz.U. 2009 Nr 127 poz. 1055 (weryfikacja, kwoty bez zmian)', 'V'),
    p('2012-10-01', 54200, 45600, 'rozp. RM z 17 lipca 2012 r., Dz.U. 2012 poz. 823', 'V'),
    p('2015-10-01', 63400, 51400, 'rozp. RM z 14 lipca 2015 r., Dz.U. 2015 poz. 1058', 'S'),
    p('2018-10-01', 70100, 52800, 'rozp. RM z 11 lipca 2018 r., Dz.U. 2018 poz. 1358', 'S'),
    p('2022-01-01', 77600, 60000, 'rozp. RM z 14 lipca 2021 r., Dz.U. 2021 poz. 1296', 'S'),
    p('2025-01-01', 101000, 82300, 'rozp. RM z 12 lipca 2024 r., Dz.U. 2024 poz. 1044', 'S'),
  ],
};
