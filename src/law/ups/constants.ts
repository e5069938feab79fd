import type { LegalBasis } from '../legalBasis.js';

/**
 * Legal constants the rules read, each with its article.
 *
 * @remarks
 * - `ageOfMajority`: 18 years — pełnoletność (art. 10 § 1 Kodeksu cywilnego); art. 37 u.p.s. grants the
 *   zasiłek stały to a „pełnoletnia” person; art. 11 ust. 3 reads minors as maintained.
 * - `farmThresholdTenThousandthsHa`: 1 hektar przeliczeniowy, in ten-thousandths of a hectare (the SDK reads
 *   hectares with up to 4 decimal places); land below it is not income (art. 8 ust. 4 pkt 6 u.p.s.).
 * - `actInForceFrom`: the day u.p.s. entered into force (art. 150).
 * @example
 * ```ts
 * import { legalConstants } from 'praca-socjalna';
 * legalConstants.ageOfMajority.value; //=> 18
 * ```
 * @category Law
 */
export const legalConstants = {
  ageOfMajority: { value: 18, unit: 'years', basis: { act: 'kc', article: '10', section: '1' } satisfies LegalBasis, confidence: 'V' },
  farmThresholdTenThousandthsHa: { value: 10000, unit: 'tenThousandthsHa', basis: { act: 'ups', article: '8', paragraph: '4', point: '6' } satisfies LegalBasis, confidence: 'V' },
  actInForceFrom: { value: '2004-05-01', unit: 'date', basis: { act: 'ups', article: '150' } satisfies LegalBasis, confidence: 'V' },
} as const;
