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
  z.strictObject({ kind: z.literal('client') }),
  z.strictObject({ kind: z.literal('socialWorker') }),
  z.strictObject({ kind: z.literal('assistant'), assistantKind: AssistantKind }),
  z.strictObject({ kind: z.literal('institution'), name: z.string().min(1) }),
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
  id: Id,
  description: z.string().min(1).meta({ sensitivity: 'freeText', personalData: 'text' }),
  goalId: Id.nullable(),
  responsible: ResponsibleParty.nullable(),
  deadline: CivilDate.nullable(),
  expectedResult: z.string().min(1).nullable().meta({ sensitivity: 'freeText', personalData: 'text' }),
  status: ActionStatus,
  /** The form of social work the action is (optional; see {@link SocialWorkForm}). */
  form: SocialWorkForm.optional(),
});
/** An action; see {@link Action}. */
export type Action = z.infer<typeof Action>;
