import * as z from 'zod';
import type { Confidence } from '../../confidence.js';
import type { LegalBasis } from '../../legalBasis.js';
import { type EffectiveTable, type Period, period } from '../../period.js';
import type { SourceRef } from '../../sources.js';
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
 * How a kind of income is treated in a period: counted, excluded, or not verified (the integrator decides),
 * with the provision that says so. The period (from when, source, confidence) is the table's.
 *
 * @example
 * ```ts
 * import { type IncomeTreatment } from 'praca-socjalna';
 * const t: IncomeTreatment = { treatment: 'excluded', basis: { act: 'ups', article: '8', paragraph: '4', point: '2' }, note: 'zasiłek celowy' };
 * ```
 * @category Eligibility
 */
export interface IncomeTreatment {
  /** `excludedForCashBenefits`: not income when deciding a cash benefit, counted for other help (art. 8 ust. 4a). */
  readonly treatment: 'counted' | 'excluded' | 'excludedForCashBenefits' | 'unverified';
  readonly basis: LegalBasis;
  readonly note: string;
}

const sinceAct = legalConstants.actInForceFrom.value;
const actText: SourceRef = { id: 'ups2004', remark: ' ze zmianami' };
const ust3: LegalBasis = { act: 'ups', article: '8', paragraph: '3' };
const ust4 = (point?: string): LegalBasis => ({ act: 'ups', article: '8', paragraph: '4', ...(point === undefined ? {} : { point }) });
const entry = (from: string, treatment: IncomeTreatment['treatment'], basis: LegalBasis, note: string, source: SourceRef, confidence: Confidence) =>
  period<IncomeTreatment>(from, { treatment, basis, note }, source, confidence);
const table = (source: ReceiptSource, basis: LegalBasis, ...periods: Period<IncomeTreatment>[]): EffectiveTable<IncomeTreatment> =>
  ({ name: `incomeTreatments.${source}`, basis, unit: 'rule', periods });
const counted = (source: ReceiptSource, note: string) => table(source, ust3, entry(sinceAct, 'counted', ust3, note, actText, 'V'));
const excluded = (source: ReceiptSource, point: string, note: string) => table(source, ust4(point), entry(sinceAct, 'excluded', ust4(point), note, actText, 'V'));
const unverified = (source: ReceiptSource, note: string, confidence: Confidence = 'R') => table(source, ust4(), entry(sinceAct, 'unverified', ust4(), note, actText, confidence));

/**
 * How each kind of receipt is treated: one dated table per kind, read by `valueAt` like every other
 * parameter, with the basis, source and confidence of each period (REFERENCE.md §3.5–3.6).
 *
 * @remarks The exclusions are spread across many acts and change often: kept as data, not code. The
 * socially-useful-work exclusion cites the employment-promotion act repealed on 2025-06-01; how the
 * cross-reference reads since then is not verified, so from that date it is `unverified`.
 * @example
 * ```ts
 * import { incomeTreatments, valueAt, type CivilDate } from 'praca-socjalna';
 * const r = valueAt(incomeTreatments.purposeAllowance, '2025-03-01' as CivilDate);
 * r.ok && r.value.value.treatment; //=> 'excluded'
 * ```
 * @category Eligibility
 */
export const incomeTreatments: Readonly<Record<ReceiptSource, EffectiveTable<IncomeTreatment>>> = {
  employment: counted('employment', 'wynagrodzenie: przychód bez względu na tytuł i źródło'),
  civilContract: counted('civilContract', 'umowa cywilnoprawna: przychód bez względu na tytuł i źródło'),
  pension: counted('pension', 'emerytura lub renta'),
  unemploymentBenefit: counted('unemploymentBenefit', 'zasiłek dla bezrobotnych'),
  maintenanceReceived: counted('maintenanceReceived', 'alimenty otrzymywane'),
  familyBenefit: counted('familyBenefit', 'świadczenia rodzinne'),
  careBenefit: counted('careBenefit', 'świadczenia opiekuńcze'),
  other: counted('other', 'inny przychód'),
  oneOffSocialBenefit: excluded('oneOffSocialBenefit', '1', 'jednorazowe pieniężne świadczenie socjalne'),
  purposeAllowance: excluded('purposeAllowance', '2', 'zasiłek celowy'),
  schoolSocialAid: excluded('schoolSocialAid', '3', 'pomoc materialna o charakterze socjalnym albo motywacyjnym (system oświaty)'),
  inKindBenefit: excluded('inKindBenefit', '4', 'wartość świadczenia w naturze'),
  sociallyUsefulWork: table('sociallyUsefulWork', ust4('5'),
    entry(sinceAct, 'excluded', ust4('5'), 'świadczenie za prace społecznie użyteczne (ustawa o promocji zatrudnienia)', actText, 'V'),
    entry(
      labourMarketActRepealedOn,
      'unverified',
      ust4('5'),
      'ustawa o promocji zatrudnienia uchylona 2025-06-01; brzmienie odesłania po tej dacie niezweryfikowane',
      'labourMarket2025',
      'R',
    ),
  ),
  thirteenthPension: table('thirteenthPension', ust3,
    entry(sinceAct, 'excluded', ust3, 'dodatkowe roczne świadczenie pieniężne: wyłączone art. 8 ustawy o nim, nie art. 8 ust. 4 u.p.s.', { id: 'thirteenthPensionAct', cite: 'art. 8 ustawy o dodatkowym rocznym świadczeniu pieniężnym dla emerytów i rencistów' }, 'V'),
  ),
  childRaisingBenefit: table('childRaisingBenefit', ust4(),
    entry(sinceAct, 'excluded', ust4(), 'świadczenie wychowawcze (500+ od 2016-04-01, 800+ od 2024-01-01) nie jest dochodem', actText, 'S'),
  ),
  fourteenthPension: table('fourteenthPension', ust3,
    entry(sinceAct, 'excluded', ust3, 'kolejne dodatkowe roczne świadczenie pieniężne („14. emerytura”, od 2021 r.) nie jest dochodem', actText, 'S'),
  ),
  supplementaryBenefit: table('supplementaryBenefit', { act: 'ups', article: '8', paragraph: '4a' },
    entry(
      '2019-10-01',
      'excludedForCashBenefits',
      { act: 'ups', article: '8', paragraph: '4a' },
      'świadczenie uzupełniające dla osób niezdolnych do samodzielnej egzystencji: nie wlicza się przy świadczeniach pieniężnych, wlicza się przy innych formach pomocy',
      actText,
      'S',
    ),
  ),
  supportBenefit: unverified('supportBenefit', 'świadczenie wspierające (od 2024 r.): traktowanie niezweryfikowane'),
  familyCareCapital: unverified('familyCareCapital', 'rodzinny kapitał opiekuńczy: niezweryfikowane'),
  goodStart: unverified('goodStart', 'świadczenie „Dobry start”: niezweryfikowane'),
  protectiveAllowance: unverified('protectiveAllowance', 'dodatek osłonowy / węglowy / bon ciepłowniczy: niezweryfikowane'),
  oppositionActivistBenefit: unverified('oppositionActivistBenefit', 'świadczenie dla działaczy opozycji antykomunistycznej: jedno źródło wtórne (S), numer punktu niezweryfikowany', 'S'),
};
