import type { Bilingual } from './trace.js';
import type { EffectiveTable } from './period.js';
import { period } from './period.js';

/**
 * The labour-office part of variant B of the kontrakt socjalny in a period: its heading and whether the
 * wording can be relied on.
 *
 * @example
 * ```ts
 * import { type VariantBLabourOffice } from 'praca-socjalna';
 * declare const v: VariantBLabourOffice;
 * v.status;
 * ```
 * @category Law
 */
export interface VariantBLabourOffice {
  /** The heading of the referral field (część I B). */
  readonly referralHeading: Bilingual;
  /** `verified`: the form as in force; `unverified`: the act it points to was repealed — say so on the form. */
  readonly status: 'verified' | 'unverified';
  /** What to print beside the field when `unverified`. */
  readonly caveat: Bilingual | null;
}

/**
 * Variant B of the kontrakt socjalny (rozp. MPiPS z 8 listopada 2010 r., Dz.U. 2010 Nr 218 poz. 1439; old
 * forms usable until 2011-06-30): its labour-office part, dated (REFERENCE.md §0.0 item 9).
 *
 * @remarks Variant B is tied to referrals by the powiatowy urząd pracy under the employment-promotion act,
 * repealed on 2025-06-01 (by the act cited as `legalSources.labourMarket2025`, whose Dz.U. position is unconfirmed, R). The form itself is still listed as in force (V); from
 * 2025-06-01 its labour-office part is unverified (S). A renderer reads `valueAt(contractVariantBLabourOffice,
 * contract date)`: outside coverage (before 2011-07-01) the 2010 form was optional; with `unverified` it prints
 * the caveat beside the referral.
 * @example
 * ```ts
 * import { contractVariantBLabourOffice, valueAt, type CivilDate } from 'praca-socjalna';
 * const r = valueAt(contractVariantBLabourOffice, '2025-06-01' as CivilDate);
 * r.ok && r.value.value.status; //=> 'unverified'
 * ```
 * @category Law
 */
export const contractVariantBLabourOffice: EffectiveTable<VariantBLabourOffice> = {
  name: 'contractVariantBLabourOffice',
  basis: { act: 'rozpKontrakt2010' },
  unit: 'rule',
  periods: [
    period<VariantBLabourOffice>(
      '2011-07-01',
      { referralHeading: { pl: 'Skierowanie powiatowego urzędu pracy', en: 'Referral by the county labour office' }, status: 'verified', caveat: null },
      'contractForm2010',
      'V',
    ),
    period<VariantBLabourOffice>(
      '2025-06-01',
      {
        referralHeading: { pl: 'Skierowanie powiatowego urzędu pracy', en: 'Referral by the county labour office' },
        status: 'unverified',
        caveat: {
          pl: 'Uwaga: część B wzoru odsyła do ustawy o promocji zatrudnienia, uchylonej 2025-06-01; podstawę skierowania należy sprawdzić w ustawie o rynku pracy i służbach zatrudnienia.',
          en: 'Note: part B of the form refers to the employment-promotion act, repealed on 2025-06-01; check the basis of the referral in the act on the labour market and employment services.',
        },
      },
      'labourMarket2025',
      'S',
    ),
  ],
};
