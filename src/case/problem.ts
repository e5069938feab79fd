import * as z from 'zod';
import { AssistanceGround } from '../law/assistanceGround.js';
import { CivilDate } from '../law/civilDate.js';
import { addIssue } from '../issues/fromZod.js';
import { Id } from './id.js';

/**
 * A diagnosed problem of the client or family, typed by its art. 7 ground.
 *
 * @remarks Polish: „problem / przyczyna trudnej sytuacji życiowej”. `ground: 'other'` needs a
 * `justification` („inne okoliczności uzasadniające udzielenie pomocy”, art. 8 ust. 1 u.p.s.).
 * `personIds` names the household members it concerns (empty: the whole household).
 * @example
 * ```ts
 * import { Problem } from 'praca-socjalna';
 * const p: Problem = Problem.parse({ id: 'pr-1', ground: 'addiction', description: 'Uzależnienie od alkoholu', personIds: [] });
 * ```
 * @category Case model
 */
export const Problem = z
  .strictObject({
    id: Id.describe('The id of the problem, unique in the case.'),
    ground: AssistanceGround.meta({ sensitivity: 'specialCategory', personalData: 'assistanceGround', description: 'The ground of assistance (powód udzielenia pomocy, art. 7 u.p.s.).' }),
    description: z.string().min(1).meta({ sensitivity: 'freeText', personalData: 'text', description: 'The problem in the words of the diagnosis.' }),
    justification: z.string().min(1).optional().meta({ sensitivity: 'freeText', personalData: 'text', description: 'Why the ground applies (uzasadnienie); required for `other` (art. 8 ust. 1 u.p.s.).' }),
    personIds: z.array(Id).meta({ sensitivity: 'identifying', personalData: 'personId', description: 'The household members it concerns, by person id.' }),
    /**
     * Since when the problem has lasted, as the diagnosis found it (e.g. homeless since): leaving
     * homelessness takes about as long as the crisis lasted (MOPS Sopot), so an IPWzB is held against it.
     */
    since: CivilDate.optional().describe('Since when the problem has lasted, as the diagnosis found it, if known.'),
  })
  .superRefine((p, ctx) => {
    if (p.ground === 'other' && p.justification === undefined) {
      addIssue(ctx, { code: 'other_ground_needs_justification', path: ['justification'], basis: { act: 'ups', article: '8', paragraph: '1' } });
    }
  });
/** A diagnosed problem; see {@link Problem}. */
export type Problem = z.infer<typeof Problem>;
