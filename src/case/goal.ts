import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Id } from './id.js';

/**
 * A goal of the plan, with the date by which it should be reached.
 *
 * @remarks Polish: „cel główny” (one per plan) and „cele szczegółowe” (specific goals, each with
 * „czas potrzebny do osiągnięcia”). A specific goal may name the problems it answers.
 * @example
 * ```ts
 * import { Goal } from 'praca-socjalna';
 * Goal.parse({ id: 'g-1', description: 'Uzyskać dowód osobisty', targetDate: '2025-05-01', problemIds: [] });
 * ```
 * @category Case model
 */
export const Goal = z.strictObject({
  id: Id.describe('The id of the goal, unique in the case.'),
  description: z.string().min(1).meta({ sensitivity: 'freeText', personalData: 'text', description: 'The goal in the words of the plan (cel pracy socjalnej).' }),
  targetDate: CivilDate.describe('By when the goal is to be reached (termin osiągnięcia celu).'),
  problemIds: z.array(Id).describe('The diagnosed problems the goal answers, by id.'),
});
/** A goal; see {@link Goal}. */
export type Goal = z.infer<typeof Goal>;
