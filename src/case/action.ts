import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { AssistantKind } from './actor.js';
import { Id } from './id.js';
import { SocialWorkForm } from './socialWorkForm.js';

/**
 * Who carries out an action: the client, the social worker, an assistant of a kind, or another institution.
 *
 * @remarks Polish: „osoba odpowiedzialna”.
 * @example
 * ```ts
 * import { ResponsibleParty } from 'praca-socjalna';
 * ResponsibleParty.parse({ kind: 'institution', name: 'Poradnia leczenia uzależnień' });
 * ```
 * @category Case model
 */
export const ResponsibleParty = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('client').describe('The client acts (klient).') }),
  z.strictObject({ kind: z.literal('socialWorker').describe('The social worker acts (pracownik socjalny).') }),
  z.strictObject({ kind: z.literal('assistant').describe('An assistant acts (asystent).'), assistantKind: AssistantKind.describe('Which kind of assistant (rodzaj asystenta).') }),
  z.strictObject({ kind: z.literal('institution').describe('Another institution acts (instytucja).'), name: z.string().min(1).describe('The name of the institution.') }),
]);
/** A responsible party; see {@link ResponsibleParty}. */
export type ResponsibleParty = z.infer<typeof ResponsibleParty>;

/**
 * How far an action has got: planned, in progress, done, missed, or cancelled.
 *
 * @example
 * ```ts
 * import { ActionStatus } from 'praca-socjalna';
 * ActionStatus.parse('done');
 * ```
 * @category Case model
 */
export const ActionStatus = z.enum(['planned', 'inProgress', 'done', 'missed', 'cancelled']);
/** The status of an action; see {@link ActionStatus}. */
export type ActionStatus = z.infer<typeof ActionStatus>;

/**
 * An action of the plan: what, for which goal, who is responsible, by when, and the expected result.
 *
 * @remarks Polish: „działanie, osoba odpowiedzialna, termin realizacji, oczekiwany rezultat”. While the
 * plan is drafted, `responsible` and `deadline` may still be `null`; a contract needs at least one action
 * with both.
 * @example
 * ```ts
 * import { Action } from 'praca-socjalna';
 * Action.parse({
 *   id: 'a-1', description: 'Zarejestrować się w PUP', goalId: 'g-2',
 *   responsible: { kind: 'client' }, deadline: '2025-03-31', expectedResult: 'Status bezrobotnego', status: 'planned',
 * });
 * ```
 * @category Case model
 */
export const Action = z.strictObject({
  id: Id.describe('The id of the action, unique in the case.'),
  description: z.string().min(1).meta({ sensitivity: 'freeText', personalData: 'text', description: 'What is to be done (działanie), in the words of the plan.' }),
  goalId: Id.nullable().describe('The goal the action serves (cel), or null for an action outside the goals.'),
  responsible: ResponsibleParty.nullable().describe('Who carries the action out (osoba odpowiedzialna), or null when not set.'),
  deadline: CivilDate.nullable().describe('By when the action is to be done (termin realizacji), or null.'),
  expectedResult: z.string().min(1).nullable().meta({ sensitivity: 'freeText', personalData: 'text', description: 'The expected result (oczekiwany rezultat), or null.' }),
  status: ActionStatus.describe('Where the action stands (status działania).'),
  /** The form of social work the action is (optional; see {@link SocialWorkForm}). */
  form: SocialWorkForm.optional().describe('The form of social work the action is (forma pracy socjalnej), if recorded.'),
});
/** An action; see {@link Action}. */
export type Action = z.infer<typeof Action>;
