import type { CivilDate } from './civilDate.js';
import type { Confidence } from './confidence.js';
import type { LegalBasis } from './legalBasis.js';
import type { EffectiveTable } from './period.js';

/**
 * Art. 39a u.p.s.: a purpose allowance (zasiłek celowy) granted to carry out a kontrakt socjalny — „w celu
 * realizacji postanowień kontraktu socjalnego”. What the reference verifies: the rule exists and needs a
 * kontrakt socjalny the person carries out (confidence S: gazetaprawna 549306, gops.miastkowkoscielny.pl).
 * What it does not: the paragraph numbering, whether the income criterion applies to it, and any amount
 * (no statutory minimum or maximum of a purpose allowance was found) — these stay the centre's, and the
 * SDK answers them as unsupported.
 *
 * @example
 * ```ts
 * import { purposeAllowanceForContract } from 'praca-socjalna';
 * purposeAllowanceForContract.basis.article; //=> '39a'
 * ```
 * @category Law
 */
export const purposeAllowanceForContract: {
  readonly basis: LegalBasis;
  readonly confidence: Confidence;
  readonly source: string;
  readonly needsContractInForce: true;
  readonly unsupported: readonly ('amount' | 'incomeCriterion' | 'paragraph')[];
} = {
  basis: { act: 'ups', article: '39a' },
  confidence: 'S',
  source: 'REFERENCE §5.4 and §6.5: gazetaprawna.pl/artykuly/549306; gops.miastkowkoscielny.pl',
  needsContractInForce: true,
  unsupported: ['amount', 'incomeCriterion', 'paragraph'],
};

/**
 * The longest time an allowance may still be paid, regardless of income, after a person carrying out a
 * kontrakt socjalny takes a job: 2 months from the day of employment, and never past the day the decision
 * granting it ends.
 *
 * @remarks Polish (art. 38, periodic allowance, S: gopsszczytniki.pl): „W przypadku podjęcia zatrudnienia
 * przez osobę objętą kontraktem socjalnym pobierającą zasiłek okresowy, może być on wypłacany nadal
 * niezależnie od dochodu, do dnia wynikającego z decyzji przyznającej zasiłek okresowy, nie dłużej jednak niż
 * do 2 miesięcy od dnia, w którym osoba została zatrudniona.” Art. 39a says the same of the purpose allowance
 * (S). In force from the amendment of 2011-05-03 (S: gazetaprawna 549306 and 513248; the amending act is not
 * identified): before that day the table has no period and the answer is unsupported. The paragraph of
 * art. 38 is not verified, so none is cited.
 * @example
 * ```ts
 * import { continuationAfterEmployment, valueAt, type CivilDate } from 'praca-socjalna';
 * const r = valueAt(continuationAfterEmployment, '2025-03-01' as CivilDate);
 * r.ok && r.value.value.maxMonths; //=> 2
 * ```
 * @category Law
 */
export const continuationAfterEmployment: EffectiveTable<{ readonly maxMonths: number }> = {
  name: 'continuationAfterEmployment',
  basis: { act: 'ups', article: '38' },
  periods: [
    {
      from: '2011-05-03' as CivilDate,
      value: { maxMonths: 2 },
      source: 'amendment of u.p.s. in force 2011-05-03 (act not identified; REFERENCE §0.2)',
      confidence: 'S',
      note: 'the in-force day is given as probable by the reference; art. 39a applies the same limit to the purpose allowance',
    },
  ],
};

/**
 * The basis of the continuation for each allowance it applies to: art. 38 for the periodic allowance,
 * art. 39a for the purpose allowance.
 *
 * @example
 * ```ts
 * import { continuationBasis } from 'praca-socjalna';
 * continuationBasis.purposeAllowance.article; //=> '39a'
 * ```
 * @category Law
 */
export const continuationBasis: { readonly periodicAllowance: LegalBasis; readonly purposeAllowance: LegalBasis } = {
  periodicAllowance: { act: 'ups', article: '38' },
  purposeAllowance: { act: 'ups', article: '39a' },
};
