import * as z from 'zod';

/**
 * The grounds of art. 11 u.p.s. on which a benefit may be limited, refused, revoked or suspended.
 *
 * @remarks ust. 1 (stated by a social worker): `wastingGrantedBenefits` (marnotrawienie przyznanych
 * świadczeń), `destroyingBenefits` (ich celowe niszczenie), `usingAgainstPurpose` (korzystanie w sposób
 * niezgodny z przeznaczeniem), `wastingOwnResources` (marnotrawienie własnych zasobów finansowych).
 * ust. 2: `noCooperation` (brak współdziałania z pracownikiem socjalnym lub asystentem rodziny),
 * `refusingContract` (odmowa zawarcia kontraktu socjalnego), `breakingContract` (niedotrzymywanie jego
 * postanowień), `refusingJob` (nieuzasadniona odmowa podjęcia zatrudnienia lub innej pracy zarobkowej przez
 * osobę bezrobotną), `refusingActivation` (odmowa podjęcia lub przerwanie szkolenia, stażu, przygotowania
 * zawodowego, prac interwencyjnych, robót publicznych, prac społecznie użytecznych), `refusingSocialIntegration`
 * (odmowa lub przerwanie udziału w działaniach w zakresie integracji społecznej), `refusingAddictionTreatment`
 * (bezzasadna odmowa podjęcia leczenia odwykowego w zakładzie lecznictwa odwykowego przez osobę uzależnioną
 * od alkoholu).
 * @example
 * ```ts
 * import { BreachGround } from 'praca-socjalna';
 * BreachGround.parse('refusingContract');
 * ```
 * @category Law
 */
export const BreachGround = z.enum([
  'wastingGrantedBenefits',
  'destroyingBenefits',
  'usingAgainstPurpose',
  'wastingOwnResources',
  'noCooperation',
  'refusingContract',
  'breakingContract',
  'refusingJob',
  'refusingActivation',
  'refusingSocialIntegration',
  'refusingAddictionTreatment',
]);
/** A ground of art. 11; see {@link BreachGround}. */
export type BreachGround = z.infer<typeof BreachGround>;

