import * as z from 'zod';
import { Id } from './id.js';

/**
 * The roles of the people who work on a case.
 *
 * @remarks Polish: pracownik socjalny (`socialWorker`), pracownik ds. świadczeń (`benefitsOfficer`),
 * asystent (`assistant`, with an {@link AssistantKind}), psycholog (`psychologist`), kierownik ośrodka (`head`).
 * The benefits officer is kept apart from social work, as the Brzeziny standard asks.
 * @example
 * ```ts
 * import { Role } from 'praca-socjalna';
 * Role.parse('socialWorker');
 * ```
 * @category Case model
 */
export const Role = z.enum(['socialWorker', 'benefitsOfficer', 'assistant', 'psychologist', 'head']);
/** A role on a case; see {@link Role}. */
export type Role = z.infer<typeof Role>;

/**
 * The kinds of assistant in the source documents.
 *
 * @remarks Polish: asystent rodziny (`family`, Act of 9 June 2011 on supporting the family), asystent osoby
 * bezdomnej (`homeless`), asystent osoby z niepełnosprawnością (`disability`), asystent międzykulturowy /
 * integracyjny (`intercultural`).
 * @example
 * ```ts
 * import { AssistantKind } from 'praca-socjalna';
 * AssistantKind.parse('homeless');
 * ```
 * @category Case model
 */
export const AssistantKind = z.enum(['family', 'homeless', 'disability', 'intercultural']);
/** A kind of assistant; see {@link AssistantKind}. */
export type AssistantKind = z.infer<typeof AssistantKind>;

const actorBase = {
  id: Id.describe('The id of the staff member in the integrating system.'),
  name: z.string().min(1).describe('The name shown on documents (imię i nazwisko pracownika).'),
};

/**
 * A member of staff acting on a case: id, name and role (an assistant also has a kind).
 *
 * @example
 * ```ts
 * import { Actor } from 'praca-socjalna';
 * const worker: Actor = Actor.parse({ id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' });
 * const assistant: Actor = Actor.parse({ id: 'as-1', name: 'Piotr Lis', role: 'assistant', assistantKind: 'homeless' });
 * ```
 * @category Case model
 */
export const Actor = z.discriminatedUnion('role', [
  z.strictObject({ ...actorBase, role: z.literal('socialWorker').describe('A social worker (pracownik socjalny).') }),
  z.strictObject({ ...actorBase, role: z.literal('benefitsOfficer').describe('A benefits officer (pracownik ds. świadczeń).') }),
  z.strictObject({ ...actorBase, role: z.literal('assistant').describe('An assistant (asystent rodziny, osoby bezdomnej, osoby z niepełnosprawnością, międzykulturowy).'), assistantKind: AssistantKind.describe('Which kind of assistant (rodzaj asystenta).') }),
  z.strictObject({ ...actorBase, role: z.literal('psychologist').describe('A psychologist (psycholog).') }),
  z.strictObject({ ...actorBase, role: z.literal('head').describe('The head of the centre (kierownik ośrodka) or a deputy.') }),
]);
/** A member of staff with a role; see {@link Actor}. */
export type Actor = z.infer<typeof Actor>;
