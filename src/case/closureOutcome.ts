import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';

/**
 * What came of the work with a client, typed from practice (the MOPS Sopot summary of 2009),
 * beside the closure reason: an outcome says what changed, the reason why the case ended.
 *
 * @remarks Polish: podjęcie zatrudnienia na otwartym rynku pracy (`openMarketJob`), podjęcie prac
 * społecznie użytecznych (`sociallyUsefulWork`), samodzielne opłacanie pobytu w schronisku
 * (`paysShelterAlone`), trwałe opuszczenie placówki dla osób bezdomnych (`leftShelterPermanently`),
 * wynajęcie pokoju dofinansowanego przez ośrodek (`roomCoFinancedByCentre`), trening samodzielności w
 * mieszkaniu wspieranym (`supportedHousingTraining`), ukończenie terapii uzależnień
 * (`addictionTherapyCompleted`), wpis na listę oczekujących na lokal socjalny
 * (`socialHousingWaitingList`), otrzymanie lokalu socjalnego (`socialHousingReceived`).
 * @example
 * ```ts
 * import { ClosureOutcome } from 'praca-socjalna';
 * ClosureOutcome.parse('roomCoFinancedByCentre');
 * ```
 * @category Case model
 */
export const ClosureOutcome = z.enum([
  'openMarketJob',
  'sociallyUsefulWork',
  'paysShelterAlone',
  'leftShelterPermanently',
  'roomCoFinancedByCentre',
  'supportedHousingTraining',
  'addictionTherapyCompleted',
  'socialHousingWaitingList',
  'socialHousingReceived',
]);
/** An outcome of the work with a client; see {@link ClosureOutcome}. */
export type ClosureOutcome = z.infer<typeof ClosureOutcome>;

/**
 * An outcome with the day it was reached (at closure, or earlier: a finished therapy while the case goes on).
 *
 * @example
 * ```ts
 * import { RecordedOutcome } from 'praca-socjalna';
 * RecordedOutcome.parse({ outcome: 'addictionTherapyCompleted', date: '2025-08-29' });
 * ```
 * @category Case model
 */
export const RecordedOutcome = z.strictObject({
  outcome: ClosureOutcome.describe('The outcome reached (rezultat).'),
  date: CivilDate.describe('The day it was reached.'),
});
/** A dated outcome; see {@link RecordedOutcome}. */
export type RecordedOutcome = z.infer<typeof RecordedOutcome>;
