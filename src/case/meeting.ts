import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Actor } from './actor.js';
import { Id } from './id.js';
import { SocialWorkForm } from './socialWorkForm.js';

/**
 * Where a meeting with the client took place.
 *
 * @remarks Polish: miejsce zamieszkania (`home`), ośrodek (`centre`), placówka dla osób bezdomnych —
 * noclegownia, schronisko (`shelter`), ulica, streetworking (`street`), inna instytucja (`institution`).
 * @example
 * ```ts
 * import { MeetingPlace } from 'praca-socjalna';
 * MeetingPlace.parse('shelter');
 * ```
 * @category Case model
 */
export const MeetingPlace = z.enum(['home', 'centre', 'shelter', 'street', 'institution']);
/** A meeting place; see {@link MeetingPlace}. */
export type MeetingPlace = z.infer<typeof MeetingPlace>;

/**
 * Whether the meeting took place.
 *
 * @remarks Polish: spotkanie odbyte (`attended`), nieobecność klienta (`clientAbsent`), spotkanie odwołane (`cancelled`).
 * @example
 * ```ts
 * import { Attendance } from 'praca-socjalna';
 * Attendance.parse('clientAbsent');
 * ```
 * @category Case model
 */
export const Attendance = z.enum(['attended', 'clientAbsent', 'cancelled']);
/** Attendance at a meeting; see {@link Attendance}. */
export type Attendance = z.infer<typeof Attendance>;

/**
 * The assistant's forms of work named in the MOPS Sopot material: towarzyszenie (`accompanying`),
 * wspieranie (`supporting`), obserwowanie (`observing`), motywowanie (`motivating`), monitorowanie
 * (`monitoringForm`).
 *
 * @remarks Observing here is the assistant's way of working with the client; an art. 11 circumstance
 * is recorded with `breachCircumstanceNoted`, never as an observation.
 * @example
 * ```ts
 * import { FormOfWork } from 'praca-socjalna';
 * FormOfWork.parse('accompanying');
 * ```
 * @category Case model
 */
export const FormOfWork = z.enum(['accompanying', 'supporting', 'observing', 'motivating', 'monitoringForm']);
/** A form of the assistant's work; see {@link FormOfWork}. */
export type FormOfWork = z.infer<typeof FormOfWork>;

/**
 * A meeting with the client, as the stream records it: date, place, who took part, attendance and the
 * forms of work. Its id is the id of the event that recorded it.
 *
 * @example
 * ```ts
 * import { Meeting } from 'praca-socjalna';
 * Meeting.parse({
 *   id: 'e-40', date: '2025-02-06', author: { id: 'as-piotr', name: 'Piotr Lis', role: 'assistant', assistantKind: 'homeless' },
 *   place: 'shelter', clientIds: ['p-marek'], staffIds: ['as-piotr'], attendance: 'attended',
 *   formsOfWork: ['motivating'], note: 'Plan tygodnia',
 * });
 * ```
 * @category Case model
 */
export const Meeting = z.strictObject({
  id: Id.describe('The id of the meeting, unique in the case.'),
  date: CivilDate.describe('The day of the meeting (data spotkania).'),
  author: Actor.describe('Who recorded the meeting.'),
  place: MeetingPlace.nullable().describe('Where it took place (miejsce spotkania), or null.'),
  clientIds: z.array(Id).max(50).describe('The household members present, by person id (at most 50).'),
  staffIds: z.array(Id).max(50).describe('The staff present, by id (at most 50).'),
  attendance: Attendance.describe('Whether the meeting took place and the client came (obecność).'),
  formsOfWork: z.array(FormOfWork).max(5).describe('The forms of work used (formy pracy), at most 5.'),
  note: z.string().min(1).max(10_000).nullable().describe('The note of the meeting (notatka), or null.'),
  /** The form of social work done at the meeting (optional; see {@link SocialWorkForm}). */
  form: SocialWorkForm.optional().describe('The form of social work done at the meeting (forma pracy socjalnej), if recorded.'),
});
/** A meeting; see {@link Meeting}. */
export type Meeting = z.infer<typeof Meeting>;
