import * as z from 'zod';
import type { LegalBasis } from '../law/legalBasis.js';
import type { SocialWorkForm } from '../case/socialWorkForm.js';

export { SocialWorkForm } from '../case/socialWorkForm.js';

const art45: LegalBasis = { act: 'ups', article: '45' };
const art36: LegalBasis = { act: 'ups', article: '36' };

/**
 * The legal basis of each form of social work: art. 45 u.p.s. (praca socjalna) for all; specialist
 * counselling (poradnictwo specjalistyczne) and crisis intervention (interwencja kryzysowa) are also
 * benefits of their own in the catalogue of art. 36 (the reference gives the catalogue, its lettering is
 * not verified, so no point is cited). None needs an administrative decision (art. 106 ust. 2).
 *
 * @example
 * ```ts
 * import { socialWorkFormBasis } from 'praca-socjalna';
 * socialWorkFormBasis.crisisIntervention.length; //=> 2
 * ```
 * @category Practice
 */
export const socialWorkFormBasis: { readonly [F in SocialWorkForm]: readonly LegalBasis[] } = {
  documentsForBenefits: [art45],
  alimonyClaim: [art45],
  freeConsultation: [art45, art36],
  clientRepresentation: [art45],
  budgetTraining: [art45],
  therapeuticReferral: [art45],
  employmentHelp: [art45],
  institutionalCooperation: [art45],
  mediation: [art45],
  crisisIntervention: [art45, art36],
  outreach: [art45],
};

/**
 * Kinds of institution a centre cooperates with and refers clients to (seed documents of ZPS nr 3 and
 * OPS Stawiski).
 *
 * @remarks Polish: powiatowy urząd pracy (`countyLabourOffice`), wojewódzki urząd pracy
 * (`regionalLabourOffice`), poradnia leczenia uzależnień (`addictionClinic`), gminna lub miejska komisja
 * rozwiązywania problemów alkoholowych (`alcoholCommission`), poradnia zdrowia psychicznego
 * (`mentalHealthClinic`), poradnia psychologiczno-pedagogiczna (`psychologicalPedagogicalClinic`), sąd
 * rodzinny (`familyCourt`), kurator sądowy (`probationOfficer`), policja (`police`), szkoła (`school`),
 * organizacja pozarządowa (`ngo`), ośrodek rehabilitacji (`rehabilitationCentre`), Narodowy Fundusz Zdrowia
 * (`nfz`), rzecznik osób niepełnosprawnych (`disabilityOmbudsman`), zakład doskonalenia zawodowego
 * (`vocationalTrainingCentre`), lekarz lub pielęgniarka (`healthCare`), klub integracji społecznej
 * (`socialIntegrationClub`), inna instytucja (`other`).
 * @example
 * ```ts
 * import { InstitutionKind } from 'praca-socjalna';
 * InstitutionKind.parse('addictionClinic');
 * ```
 * @category Practice
 */
export const InstitutionKind = z.enum([
  'countyLabourOffice',
  'regionalLabourOffice',
  'addictionClinic',
  'alcoholCommission',
  'mentalHealthClinic',
  'psychologicalPedagogicalClinic',
  'familyCourt',
  'probationOfficer',
  'police',
  'school',
  'ngo',
  'rehabilitationCentre',
  'nfz',
  'disabilityOmbudsman',
  'vocationalTrainingCentre',
  'healthCare',
  'socialIntegrationClub',
  'other',
]);
/** A kind of institution; see {@link InstitutionKind}. */
export type InstitutionKind = z.infer<typeof InstitutionKind>;

/**
 * Kinds of group a centre runs (seed documents of ZPS nr 3 and MOPS Brzeziny).
 *
 * @remarks Polish: grupa wsparcia (`supportGroup`), grupa samopomocowa (`selfHelpGroup`), grupa uczestników
 * klubu integracji społecznej (`socialIntegrationClubCohort`), grupa uczestników projektu (`projectCohort`).
 * @example
 * ```ts
 * import { GroupKind } from 'praca-socjalna';
 * GroupKind.parse('socialIntegrationClubCohort');
 * ```
 * @category Practice
 */
export const GroupKind = z.enum(['supportGroup', 'selfHelpGroup', 'socialIntegrationClubCohort', 'projectCohort']);
/** A kind of group; see {@link GroupKind}. */
export type GroupKind = z.infer<typeof GroupKind>;
