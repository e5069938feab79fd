import * as z from 'zod';
import type { CivilDate } from '../../civilDate.js';
import type { Confidence } from '../../confidence.js';
import type { LegalBasis } from '../../legalBasis.js';
import { labourMarketActRepealedOn } from '../art11.js';
import { legalConstants } from '../constants.js';

/**
 * Kinds of receipt (przychód) by title, as far as the income rules treat them differently.
 *
 * @remarks Counted: `employment`, `civilContract`, `pension` (emerytura, renta), `unemploymentBenefit`,
 * `maintenanceReceived` (alimenty otrzymywane), `familyBenefit`, `careBenefit`, `other`. Not counted
 * (art. 8 ust. 4 and other acts): `oneOffSocialBenefit`, `purposeAllowance`, `schoolSocialAid`,
 * `inKindBenefit`, `sociallyUsefulWork`, `thirteenthPension` (13. emerytura), `fourteenthPension`
 * (14. emerytura), `childRaisingBenefit` (świadczenie wychowawcze 500+/800+). Not counted when deciding a
 * cash benefit, counted for other help (art. 8 ust. 4a): `supplementaryBenefit` (świadczenie uzupełniające
 * dla osób niezdolnych do samodzielnej egzystencji, from 2019-10-01). Not verified in the reference — the
 * centre decides each: `supportBenefit` (świadczenie wspierające, 2024), `familyCareCapital`, `goodStart`,
 * `protectiveAllowance`, `oppositionActivistBenefit`.
 *
 * `other` counts: a benefit of a kind listed here must never be entered as `other`.
 * @example
 * ```ts
 * import { ReceiptSource } from 'praca-socjalna';
 * ReceiptSource.parse('employment');
 * ```
 * @category Eligibility
 */
export const ReceiptSource = z.enum([
  'employment',
  'civilContract',
  'pension',
  'unemploymentBenefit',
  'maintenanceReceived',
  'familyBenefit',
  'careBenefit',
  'other',
  'oneOffSocialBenefit',
  'purposeAllowance',
  'schoolSocialAid',
  'inKindBenefit',
  'sociallyUsefulWork',
  'thirteenthPension',
  'childRaisingBenefit',
  'fourteenthPension',
  'familyCareCapital',
  'goodStart',
  'protectiveAllowance',
  'oppositionActivistBenefit',
  'supplementaryBenefit',
  'supportBenefit',
]);
/** A kind of receipt; see {@link ReceiptSource}. */
export type ReceiptSource = z.infer<typeof ReceiptSource>;

/**
 * How a kind of income is treated from a date: counted, excluded, or not verified (the integrator decides).
 *
 * @example
 * ```ts
 * import { type IncomeTreatment, type CivilDate } from 'praca-socjalna';
 * const t: IncomeTreatment = { from: '2004-05-01' as CivilDate, treatment: 'excluded', basis: { act: 'ups', article: '8', paragraph: '4', point: '2' }, confidence: 'V', note: 'zasiłek celowy' };
 * ```
 * @category Eligibility
 */
export interface IncomeTreatment {
  readonly from: CivilDate;
  /** `excludedForCashBenefits`: not income when deciding a cash benefit, counted for other help (art. 8 ust. 4a). */
  readonly treatment: 'counted' | 'excluded' | 'excludedForCashBenefits' | 'unverified';
  readonly basis: LegalBasis;
  readonly confidence: Confidence;
  readonly note: string;
}

const since = (from: string) => from as CivilDate;
const sinceAct = legalConstants.actInForceFrom.value;
const ust3: LegalBasis = { act: 'ups', article: '8', paragraph: '3' };
const ust4 = (point: string): LegalBasis => ({ act: 'ups', article: '8', paragraph: '4', point });
const counted = (note: string): IncomeTreatment[] => [{ from: since(sinceAct), treatment: 'counted', basis: ust3, confidence: 'V', note }];
const unverified = (note: string): IncomeTreatment[] => [{ from: since(sinceAct), treatment: 'unverified', basis: { act: 'ups', article: '8', paragraph: '4' }, confidence: 'R', note }];

/**
 * How each kind of receipt is treated, as dated data with its basis and confidence (REFERENCE.md §3.5–3.6).
 *
 * @remarks The exclusions are spread across many acts and change often: kept as data, not code. The
 * socially-useful-work exclusion cites the employment-promotion act repealed on 2025-06-01; how the
 * cross-reference reads since then is not verified, so from that date it is `unverified`.
 * @example
 * ```ts
 * import { receiptTreatments } from 'praca-socjalna';
 * receiptTreatments.purposeAllowance[0]?.treatment; //=> 'excluded'
 * ```
 * @category Eligibility
 */
export const receiptTreatments: Readonly<Record<ReceiptSource, readonly IncomeTreatment[]>> = {
  employment: counted('wynagrodzenie: przychód bez względu na tytuł i źródło'),
  civilContract: counted('umowa cywilnoprawna: przychód bez względu na tytuł i źródło'),
  pension: counted('emerytura lub renta'),
  unemploymentBenefit: counted('zasiłek dla bezrobotnych'),
  maintenanceReceived: counted('alimenty otrzymywane'),
  familyBenefit: counted('świadczenia rodzinne'),
  careBenefit: counted('świadczenia opiekuńcze'),
  other: counted('inny przychód'),
  oneOffSocialBenefit: [{ from: since(sinceAct), treatment: 'excluded', basis: ust4('1'), confidence: 'V', note: 'jednorazowe pieniężne świadczenie socjalne' }],
  purposeAllowance: [{ from: since(sinceAct), treatment: 'excluded', basis: ust4('2'), confidence: 'V', note: 'zasiłek celowy' }],
  schoolSocialAid: [{ from: since(sinceAct), treatment: 'excluded', basis: ust4('3'), confidence: 'V', note: 'pomoc materialna o charakterze socjalnym albo motywacyjnym (system oświaty)' }],
  inKindBenefit: [{ from: since(sinceAct), treatment: 'excluded', basis: ust4('4'), confidence: 'V', note: 'wartość świadczenia w naturze' }],
  sociallyUsefulWork: [
    { from: since(sinceAct), treatment: 'excluded', basis: ust4('5'), confidence: 'V', note: 'świadczenie za prace społecznie użyteczne (ustawa o promocji zatrudnienia)' },
    {
      from: labourMarketActRepealedOn,
      treatment: 'unverified',
      basis: ust4('5'),
      confidence: 'R',
      note: 'ustawa o promocji zatrudnienia uchylona 2025-06-01; brzmienie odesłania po tej dacie niezweryfikowane',
    },
  ],
  thirteenthPension: [
    { from: since(sinceAct), treatment: 'excluded', basis: ust3, confidence: 'V', note: 'dodatkowe roczne świadczenie pieniężne: wyłączone art. 8 ustawy o nim, nie art. 8 ust. 4 u.p.s.' },
  ],
  childRaisingBenefit: [
    { from: since(sinceAct), treatment: 'excluded', basis: { act: 'ups', article: '8', paragraph: '4' }, confidence: 'S', note: 'świadczenie wychowawcze (500+ od 2016-04-01, 800+ od 2024-01-01) nie jest dochodem' },
  ],
  fourteenthPension: [
    { from: since(sinceAct), treatment: 'excluded', basis: ust3, confidence: 'S', note: 'kolejne dodatkowe roczne świadczenie pieniężne („14. emerytura”, od 2021 r.) nie jest dochodem' },
  ],
  supplementaryBenefit: [
    {
      from: since('2019-10-01'),
      treatment: 'excludedForCashBenefits',
      basis: { act: 'ups', article: '8', paragraph: '4a' },
      confidence: 'S',
      note: 'świadczenie uzupełniające dla osób niezdolnych do samodzielnej egzystencji: nie wlicza się przy świadczeniach pieniężnych, wlicza się przy innych formach pomocy',
    },
  ],
  supportBenefit: unverified('świadczenie wspierające (od 2024 r.): traktowanie niezweryfikowane'),
  familyCareCapital: unverified('rodzinny kapitał opiekuńczy: niezweryfikowane'),
  goodStart: unverified('świadczenie „Dobry start”: niezweryfikowane'),
  protectiveAllowance: unverified('dodatek osłonowy / węglowy / bon ciepłowniczy: niezweryfikowane'),
  oppositionActivistBenefit: [
    { from: since(sinceAct), treatment: 'unverified', basis: { act: 'ups', article: '8', paragraph: '4' }, confidence: 'S', note: 'świadczenie dla działaczy opozycji antykomunistycznej: jedno źródło wtórne (S), numer punktu niezweryfikowany' },
  ],
};

/** @internal The treatment of a kind of receipt on a date; `undefined` before the first dated entry. */
export function treatmentAt(source: ReceiptSource, asOf: CivilDate): IncomeTreatment | undefined {
  const entries = receiptTreatments[source];
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as IncomeTreatment;
    if (e.from <= asOf) return e;
  }
  return undefined;
}
