import * as z from 'zod';

/**
 * The forms of social work a centre carries out, as typed activities (seed documents of OPS Stawiski
 * and ZPS nr 3): a plan's action and a meeting's work name one of them.
 *
 * @remarks Polish: pomoc w kompletowaniu dokumentów do renty, emerytury i innych świadczeń
 * (`documentsForBenefits`); działania w zakresie uzyskania alimentów (`alimonyClaim`); bezpłatne konsultacje
 * z prawnikiem lub psychologiem (`freeConsultation`); występowanie w charakterze przedstawiciela i rzecznika
 * klienta (`clientRepresentation`); nauka racjonalnego gospodarowania środkami, trening budżetowy
 * (`budgetTraining`); pomoc terapeutyczna, kierowanie do poradni (`therapeuticReferral`); pomoc w zatrudnieniu,
 * rejestracja w powiatowym urzędzie pracy, prace społecznie użyteczne (`employmentHelp`); współpraca ze szkołą,
 * sądem rodzinnym, kuratorami, policją, lekarzami i pielęgniarkami (`institutionalCooperation`); mediacja
 * (`mediation`); interwencja kryzysowa (`crisisIntervention`); docieranie do osób bezdomnych w miejscach
 * niemieszkalnych, streetworking (`outreach`). Each is praca socjalna (art. 45 u.p.s.); see {@link socialWorkFormBasis}.
 * @example
 * ```ts
 * import { SocialWorkForm } from 'praca-socjalna';
 * SocialWorkForm.parse('budgetTraining');
 * ```
 * @category Practice
 */
export const SocialWorkForm = z.enum([
  'documentsForBenefits',
  'alimonyClaim',
  'freeConsultation',
  'clientRepresentation',
  'budgetTraining',
  'therapeuticReferral',
  'employmentHelp',
  'institutionalCooperation',
  'mediation',
  'crisisIntervention',
  'outreach',
]);
/** A form of social work; see {@link SocialWorkForm}. */
export type SocialWorkForm = z.infer<typeof SocialWorkForm>;
