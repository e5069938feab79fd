import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { ClosureOutcome } from './closureOutcome.js';
import { Id } from './id.js';

/**
 * Why a case is closed.
 *
 * @remarks `goalsAchieved` / `goalsPartlyAchieved` close the methodical process; the others end it early.
 * @example
 * ```ts
 * import { ClosureReason } from 'praca-socjalna';
 * ClosureReason.parse('goalsAchieved');
 * ```
 * @category Case model
 */
export const ClosureReason = z.enum([
  'goalsAchieved',
  'goalsPartlyAchieved',
  'clientWithdrew',
  'noCooperation',
  'movedAway',
  'death',
  'transferred',
  'other',
]);
/** A reason for closure; see {@link ClosureReason}. */
export type ClosureReason = z.infer<typeof ClosureReason>;

/**
 * The closure of a case: when, why, what was achieved, and the worker's final evaluation.
 *
 * @remarks Polish: „zakończenie pracy socjalnej, ocena końcowa”.
 * @example
 * ```ts
 * import { Closure } from 'praca-socjalna';
 * Closure.parse({ date: '2026-01-30', reason: 'goalsAchieved', achievedGoalIds: ['g-main'], evaluation: 'Podjął pracę, wynajął pokój' });
 * ```
 * @category Case model
 */
export const Closure = z.strictObject({
  date: CivilDate.describe('The day the case was closed (data zakończenia pracy socjalnej).'),
  reason: ClosureReason.describe('Why the case was closed (przyczyna zakończenia).'),
  achievedGoalIds: z.array(Id).describe('The goals achieved (osiągnięte cele), by id.'),
  evaluation: z.string().min(1).meta({ sensitivity: 'freeText', personalData: 'text', description: 'The final evaluation of the work (ocena końcowa).' }),
  /** What came of the work, typed from practice (job on the open market, a room co-financed by the centre …): counted by `report`. */
  outcomes: z.array(ClosureOutcome).max(20).describe('What came of the work (rezultaty), typed from practice, at most 20.'),
});
/** A closure; see {@link Closure}. */
export type Closure = z.infer<typeof Closure>;
