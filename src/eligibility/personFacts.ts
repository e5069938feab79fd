import * as z from 'zod';
import { Id } from '../case/id.js';
import { ConcurrentEntitlement } from '../law/ups/art37.js';

/**
 * The residence and citizenship status that art. 5 u.p.s. reads.
 *
 * @remarks
 * - `polishCitizen` — Polish citizen (pkt 1);
 * - `foreignerFullRights` — permanent residence, long-term EU resident, the temporary permits of art. 159
 *   ust. 1 pkt 1 lit. c–d or art. 186 of the Act on foreigners, refugee status, subsidiary protection (pkt 2 lit. a);
 * - `foreignerHumanitarian` — humanitarian stay or tolerated stay: only shelter, meal, necessary clothing and
 *   a purpose allowance (pkt 2 lit. b);
 * - `euEftaCitizen` — EU/EFTA–EEA/Swiss citizen or family member with a right of (permanent) residence (pkt 3);
 * - `traffickingVictim` — art. 5a (limited forms; the list is not verified in the reference);
 * - `noEntitlement` — any other status.
 * Every status except `traffickingVictim` also needs residence and stay in Poland (`residesInPoland`).
 * @example
 * ```ts
 * import { LegalStatus } from 'praca-socjalna';
 * LegalStatus.parse('polishCitizen');
 * ```
 * @category Eligibility
 */
export const LegalStatus = z.enum([
  'polishCitizen',
  'foreignerFullRights',
  'foreignerHumanitarian',
  'euEftaCitizen',
  'traffickingVictim',
  'noEntitlement',
]);
/** A legal status under art. 5; see {@link LegalStatus}. */
export type LegalStatus = z.infer<typeof LegalStatus>;

/**
 * Facts about a person that the eligibility rules need and the case model does not hold.
 *
 * @remarks `custody`: art. 13 u.p.s. — no right to benefits while serving a prison sentence (except under
 * electronic monitoring); the right is suspended during pre-trial detention. `unableToWork`: art. 37 —
 * `age` (niezdolność do pracy z tytułu wieku, art. 6 pkt 7) or `complete` (całkowita niezdolność do pracy,
 * art. 6 pkt 1, including a significant or moderate disability degree). `concurrentEntitlements`: art. 37
 * ust. 5 — renta socjalna, świadczenie pielęgnacyjne, specjalny zasiłek opiekuńczy, zasiłek dla opiekuna.
 * @example
 * ```ts
 * import { PersonFacts } from 'praca-socjalna';
 * PersonFacts.parse({ personId: 'p-1', legalStatus: 'polishCitizen', residesInPoland: true, custody: 'none', unableToWork: 'complete' });
 * ```
 * @category Eligibility
 */
export const PersonFacts = z.strictObject({
  personId: Id.describe('The household member, by person id.'),
  legalStatus: LegalStatus.describe('Citizenship or residence title, which decides the right to benefits (art. 5, 5a u.p.s.).'),
  residesInPoland: z.boolean().describe('Whether the person resides in Poland (zamieszkuje i przebywa na terytorium RP, art. 5 u.p.s.).'),
  custody: z
    .enum(['none', 'servingSentence', 'servingSentenceElectronicMonitoring', 'pretrialDetention'])
    .describe('Whether the person serves a prison sentence or is in pretrial detention (art. 13 u.p.s.); electronic monitoring does not exclude.'),
  unableToWork: z
    .enum(['age', 'complete'])
    .nullable()
    .describe('Inability to work (niezdolność do pracy z tytułu wieku, całkowita niezdolność do pracy, art. 6 u.p.s.), or null.'),
  /** Art. 37 ust. 5: benefits the person is entitled to that exclude the zasiłek stały. Absent: none recorded. */
  concurrentEntitlements: z
    .array(ConcurrentEntitlement)
    .max(4)
    .optional()
    .describe('Art. 37 ust. 5 u.p.s.: benefits the person is entitled to that exclude the zasiłek stały; absent: none recorded.'),
});
/** Facts about a person; see {@link PersonFacts}. */
export type PersonFacts = z.infer<typeof PersonFacts>;
