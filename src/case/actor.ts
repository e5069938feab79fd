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

const actorBase = { id: Id, name: z.string().min(1) };

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
  z.strictObject({ ...actorBase, role: z.literal('socialWorker') }),
  z.strictObject({ ...actorBase, role: z.literal('benefitsOfficer') }),
  z.strictObject({ ...actorBase, role: z.literal('assistant'), assistantKind: AssistantKind }),
  z.strictObject({ ...actorBase, role: z.literal('psychologist') }),
  z.strictObject({ ...actorBase, role: z.literal('head') }),
]);
/** A member of staff with a role; see {@link Actor}. */
export type Actor = z.infer<typeof Actor>;
