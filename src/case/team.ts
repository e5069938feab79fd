import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Actor } from './actor.js';
import { Id } from './id.js';

/**
 * A member of the case team (zespół): an assistant of a kind, a psychologist or a second social worker,
 * from the day of assignment until release. Released members stay on record: reassignment keeps history.
 * The assignment's id is the id of the event that made it.
 *
 * @example
 * ```ts
 * import { TeamMember } from 'praca-socjalna';
 * TeamMember.parse({
 *   assignmentId: 'e-30', member: { id: 'as-piotr', name: 'Piotr Lis', role: 'assistant', assistantKind: 'homeless' },
 *   from: '2025-02-03', to: null,
 * });
 * ```
 * @category Case model
 */
export const TeamMember = z.strictObject({
  assignmentId: Id.describe('The id of the assignment, unique in the case.'),
  member: Actor.describe('The staff member on the team (członek zespołu).'),
  from: CivilDate.describe('The first day on the team.'),
  to: CivilDate.nullable().describe('The last day on the team, or null while on it.'),
});
/** A member of the case team; see {@link TeamMember}. */
export type TeamMember = z.infer<typeof TeamMember>;

/**
 * What an authorisation covers. `breachDecisions`: deciding under art. 11 u.p.s. (refusal, revocation,
 * suspension of benefits) in the head's name; `benefitDecisions`: deciding on claims for benefits (granting,
 * refusing, suspending, revoking) in the head's name.
 *
 * @example
 * ```ts
 * import { AuthorisationScope } from 'praca-socjalna';
 * AuthorisationScope.parse('breachDecisions');
 * ```
 * @category Case model
 */
export const AuthorisationScope = z.enum(['breachDecisions', 'benefitDecisions']);
/** The scope of an authorisation; see {@link AuthorisationScope}. */
export type AuthorisationScope = z.infer<typeof AuthorisationScope>;

/**
 * An authorisation (upoważnienie) of the head of the centre, recorded in the stream: who holds it, for
 * what, from when until when, under which reference. A decision under art. 11 by anyone but the head
 * needs one valid on its date.
 *
 * @example
 * ```ts
 * import { DecisionAuthorisation } from 'praca-socjalna';
 * DecisionAuthorisation.parse({
 *   authorisationId: 'upo-12', holder: { id: 'sw-anna', name: 'Anna Nowak', role: 'socialWorker' }, scope: 'breachDecisions',
 *   validFrom: '2025-01-02', validTo: '2025-12-31', reference: 'upoważnienie nr 12/2025', grantedOn: '2025-01-02', revokedOn: null,
 * });
 * ```
 * @category Case model
 */
export const DecisionAuthorisation = z.strictObject({
  authorisationId: Id.describe('The id of the authorisation, unique in the case.'),
  holder: Actor.describe('Who is authorised (upoważniony pracownik).'),
  scope: AuthorisationScope.describe('What decisions it covers (zakres upoważnienia).'),
  validFrom: CivilDate.describe('The first day it is valid.'),
  validTo: CivilDate.nullable().describe('The last day it is valid, or null with no end.'),
  reference: z.string().min(1).max(500).describe('The reference of the written authorisation (znak upoważnienia).'),
  grantedOn: CivilDate.describe('The day it was recorded.'),
  revokedOn: CivilDate.nullable().describe('The day it was revoked (cofnięte), or null.'),
});
/** An authorisation recorded in the stream; see {@link DecisionAuthorisation}. */
export type DecisionAuthorisation = z.infer<typeof DecisionAuthorisation>;
