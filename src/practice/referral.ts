import * as z from 'zod';
import { Id } from '../case/id.js';
import { CivilDate } from '../law/civilDate.js';
import type { Issue } from '../issues/issue.js';
import { parseWith } from '../issues/fromZod.js';
import { defineMachine } from '../machine/machine.js';
import { stepFail, stepOk, type StepResult } from '../machine/result.js';
import { caseEventOf } from './envelope.js';
import { type CaseAccess, checkStep } from './step.js';
import { InstitutionKind, SocialWorkForm } from './vocabulary.js';

const Text = z.string().min(1).max(2000);

/**
 * The payloads of the referral family of a case stream, by event type: the client's consent (recorded,
 * withdrawn) and outgoing referrals (sent, accepted or rejected by the institution, follow-up date,
 * completed with an outcome).
 *
 * @remarks Polish: zgoda klienta na skierowanie; skierowanie do instytucji (poradni leczenia uzależnień,
 * urzędu pracy, komisji rozwiązywania problemów alkoholowych…). No referral without a consent of the same
 * person, given before and not withdrawn, that covers the kind of institution.
 * @example
 * ```ts
 * import { referralPayloads } from 'praca-socjalna';
 * referralPayloads.consentRecorded.parse({ consentId: 'z-1', personId: 'p-jan', institutionKinds: ['addictionClinic'], form: 'written', purpose: 'Terapia uzależnienia' });
 * ```
 * @category Practice
 */
export const referralPayloads = {
  consentRecorded: z.strictObject({
    consentId: Id.describe('The id of the consent, unique in the case.'),
    personId: Id.describe('The person who consents, by person id.'),
    institutionKinds: z.array(InstitutionKind).min(1).max(InstitutionKind.options.length).describe('The kinds of institution the consent covers (to which data may be passed).'),
    form: z.enum(['written', 'oral']).describe('Written or oral (forma zgody).'),
    purpose: Text.describe('What the data may be passed for (cel przekazania).'),
  }),
  consentWithdrawn: z.strictObject({ consentId: Id.describe('The consent withdrawn (cofnięcie zgody), by id.') }),
  referralSent: z.strictObject({
    referralId: Id.describe('The id of the referral, unique in the case.'),
    personId: Id.describe('The person referred, by person id.'),
    consentId: Id.describe('The consent that allows passing the data, by id.'),
    institution: z
      .strictObject({
        kind: InstitutionKind.describe('The kind of institution.'),
        name: z.string().min(1).max(300).describe('The name of the institution.'),
      })
      .describe('The institution the person is referred to (instytucja).'),
    form: SocialWorkForm.describe('The form of social work the referral is (forma pracy socjalnej).'),
    purpose: Text.describe('What the referral is for (cel skierowania).'),
    followUpOn: CivilDate.nullable().describe('When to check how it went, or null.'),
  }),
  referralAccepted: z.strictObject({
    referralId: Id.describe('The referral, by id.'),
    note: Text.nullable().describe('A note of the answer, or null.'),
  }),
  referralRejected: z.strictObject({
    referralId: Id.describe('The referral, by id.'),
    reason: Text.describe('Why the institution rejected it.'),
  }),
  referralFollowUpSet: z.strictObject({
    referralId: Id.describe('The referral, by id.'),
    followUpOn: CivilDate.describe('When to check how it went.'),
  }),
  referralCompleted: z.strictObject({
    referralId: Id.describe('The referral, by id.'),
    outcome: z.enum(['achieved', 'partlyAchieved', 'notAchieved', 'abandoned']).describe('What came of it.'),
    note: Text.nullable().describe('A note on the outcome, or null.'),
  }),
} as const;

/** @internal The event schemas of the consent family. */
export const consentEventSchemas = [
  caseEventOf('consentRecorded', referralPayloads.consentRecorded),
  caseEventOf('consentWithdrawn', referralPayloads.consentWithdrawn),
] as const;

/** @internal The event schemas of the referral family. */
export const referralEventSchemas = [
  caseEventOf('referralSent', referralPayloads.referralSent),
  caseEventOf('referralAccepted', referralPayloads.referralAccepted),
  caseEventOf('referralRejected', referralPayloads.referralRejected),
  caseEventOf('referralFollowUpSet', referralPayloads.referralFollowUpSet),
  caseEventOf('referralCompleted', referralPayloads.referralCompleted),
] as const;

const schemas = [...consentEventSchemas, ...referralEventSchemas] as const;

/**
 * An event of the referral family: consent and referral lifecycle, in the case stream's envelope.
 *
 * @example
 * ```ts
 * import { ReferralEvent } from 'praca-socjalna';
 * ReferralEvent.parse({
 *   schemaVersion: 2, id: 'e-20', caseId: 'c-1', date: '2025-03-03', type: 'consentWithdrawn',
 *   actor: { id: 'sw-anna', name: 'Anna Nowak', role: 'socialWorker' }, payload: { consentId: 'z-1' },
 * });
 * ```
 * @category Practice
 */
export const ReferralEvent = z.discriminatedUnion('type', schemas);
/** An event of the referral family; see {@link ReferralEvent}. */
export type ReferralEvent = z.output<typeof ReferralEvent>;
/**
 * A referral event as a caller writes it (`z.input`): plain `YYYY-MM-DD` strings for dates.
 *
 * @example
 * ```ts
 * import { type ReferralEventInput } from 'praca-socjalna';
 * const e: ReferralEventInput = {
 *   schemaVersion: 2, id: 'e-20', caseId: 'c-1', date: '2025-03-03', type: 'consentWithdrawn',
 *   actor: { id: 'sw-anna', name: 'Anna Nowak', role: 'socialWorker' }, payload: { consentId: 'z-1' },
 * };
 * ```
 * @category Practice
 */
export type ReferralEventInput = z.input<typeof ReferralEvent>;

/**
 * A consent the client gave to be referred, as the stream records it.
 *
 * @example
 * ```ts
 * import { ReferralConsent } from 'praca-socjalna';
 * ReferralConsent.parse({
 *   consentId: 'z-1', personId: 'p-jan', institutionKinds: ['addictionClinic'], form: 'written', purpose: 'Terapia',
 *   givenOn: '2025-03-03', recordedBy: 'sw-anna', withdrawnOn: null,
 * });
 * ```
 * @category Practice
 */
export const ReferralConsent = z.strictObject({
  consentId: Id.describe('The id of the consent, unique in the case.'),
  personId: Id.describe('The person who consented, by person id.'),
  institutionKinds: z.array(InstitutionKind).describe('The kinds of institution the consent covers.'),
  form: z.enum(['written', 'oral']).describe('Written or oral (forma zgody).'),
  purpose: z.string().describe('What the data may be passed for (cel przekazania).'),
  givenOn: CivilDate.describe('The day the consent was recorded.'),
  recordedBy: Id.describe('Who recorded it, by staff id.'),
  withdrawnOn: CivilDate.nullable().describe('The day it was withdrawn (cofnięcie zgody), or null.'),
});
/** A consent to referral; see {@link ReferralConsent}. */
export type ReferralConsent = z.infer<typeof ReferralConsent>;

/**
 * The states of a referral: sent, accepted or rejected by the institution, closed with an outcome.
 *
 * @remarks Polish: wysłane, przyjęte przez instytucję, odrzucone przez instytucję, zakończone z wynikiem.
 * @example
 * ```ts
 * import { ReferralStatus } from 'praca-socjalna';
 * ReferralStatus.parse('acceptedByInstitution');
 * ```
 * @category Practice
 */
export const ReferralStatus = z.enum(['sent', 'acceptedByInstitution', 'rejectedByInstitution', 'closedWithOutcome']);
/** The status of a referral; see {@link ReferralStatus}. */
export type ReferralStatus = z.infer<typeof ReferralStatus>;

/**
 * A referral of the case, derived from its events.
 *
 * @example
 * ```ts
 * import { Referral } from 'praca-socjalna';
 * Referral.parse({
 *   referralId: 'sk-1', personId: 'p-jan', consentId: 'z-1', institution: { kind: 'addictionClinic', name: 'Poradnia' },
 *   form: 'therapeuticReferral', purpose: 'Terapia', sentOn: '2025-03-03', sentBy: 'sw-anna', status: 'sent',
 *   followUpOn: null, answeredOn: null, answer: null, outcome: null, closedOn: null,
 * });
 * ```
 * @category Practice
 */
export const Referral = z.strictObject({
  referralId: Id.describe('The id of the referral, unique in the case.'),
  personId: Id.describe('The person referred, by person id.'),
  consentId: Id.describe('The consent it relies on, by id.'),
  institution: z
    .strictObject({ kind: InstitutionKind.describe('The kind of institution.'), name: z.string().describe('The name of the institution.') })
    .describe('The institution referred to (instytucja).'),
  form: SocialWorkForm.describe('The form of social work the referral is (forma pracy socjalnej).'),
  purpose: z.string().describe('What the referral is for (cel skierowania).'),
  sentOn: CivilDate.describe('The day it was sent.'),
  sentBy: Id.describe('Who sent it, by staff id.'),
  status: ReferralStatus.describe('Where the referral stands.'),
  followUpOn: CivilDate.nullable().describe('When to check how it went, or null.'),
  answeredOn: CivilDate.nullable().describe('The day the institution answered, or null.'),
  answer: z.string().nullable().describe('The answer of the institution (a note or the reason of a refusal), or null.'),
  outcome: z.enum(['achieved', 'partlyAchieved', 'notAchieved', 'abandoned']).nullable().describe('What came of it, or null while open.'),
  closedOn: CivilDate.nullable().describe('The day it was closed with an outcome, or null.'),
});
/** A referral; see {@link Referral}. */
export type Referral = z.infer<typeof Referral>;

/**
 * The consents and referrals of a case: the part of the case state the referral family owns.
 *
 * @example
 * ```ts
 * import { emptyReferrals } from 'praca-socjalna';
 * emptyReferrals.referrals.length; //=> 0
 * ```
 * @category Practice
 */
export interface ReferralsState {
  readonly consents: readonly ReferralConsent[];
  readonly referrals: readonly Referral[];
}

/**
 * The referral part of a newly opened case: no consents, no referrals.
 *
 * @example
 * ```ts
 * import { emptyReferrals } from 'praca-socjalna';
 * emptyReferrals.consents; //=> []
 * ```
 * @category Practice
 */
export const emptyReferrals: ReferralsState = { consents: [], referrals: [] };

/** @internal What the referral machines' guards read: the referral part of the case, and the case's household. */
export interface ReferralContext {
  readonly s: ReferralsState;
  readonly access: CaseAccess;
}

/** @internal */
export type ConsentEvent = Extract<ReferralEvent, { type: 'consentRecorded' | 'consentWithdrawn' }>;
/** @internal */
export type ReferralLifecycleEvent = Exclude<ReferralEvent, ConsentEvent>;

const consentOf = (s: ReferralsState, id: string) => s.consents.find((c) => c.consentId === id);
const referralOf = (s: ReferralsState, id: string) => s.referrals.find((r) => r.referralId === id);

/**
 * The client's consent to referral as a machine of the kernel: not given, given, withdrawn.
 *
 * @example
 * ```ts
 * import { consentMachine } from 'praca-socjalna';
 * consentMachine.table.consentGiven.consentWithdrawn; //=> 'consentWithdrawnState'
 * ```
 * @category Practice
 */
export const consentMachine = defineMachine<ReferralContext, ConsentEvent, 'noConsent' | 'consentGiven' | 'consentWithdrawnState', never>({
  name: 'consent',
  states: ['noConsent', 'consentGiven', 'consentWithdrawnState'],
  initial: 'noConsent',
  table: {
    noConsent: { consentRecorded: 'consentGiven' },
    consentGiven: { consentWithdrawn: 'consentWithdrawnState' },
    consentWithdrawnState: {},
  },
  follows: {},
  conditions: {},
  permissions: {
    consentRecorded: { roles: ['socialWorker', 'head'], scope: 'teamMember' },
    consentWithdrawn: { roles: ['socialWorker', 'assistant', 'psychologist', 'head'], scope: 'teamMember' },
  },
  guards: {
    consentRecorded: (ctx, e) =>
      ctx.access.isHouseholdMember(e.payload.personId)
        ? []
        : [{ code: 'unknown_item', path: ['payload', 'personId'], machine: 'consent', collection: 'householdMembers' }],
    consentWithdrawn: () => [],
  },
});

/**
 * An outgoing referral as a machine of the kernel: sent → accepted or rejected by the institution;
 * accepted → closed with an outcome; a follow-up date can be set while it is open. Sending needs the
 * client's consent (the guard of `referralSent`).
 *
 * @example
 * ```ts
 * import { referralMachine } from 'praca-socjalna';
 * referralMachine.table.sent.referralAccepted; //=> 'acceptedByInstitution'
 * ```
 * @category Practice
 */
export const referralMachine = defineMachine<ReferralContext, ReferralLifecycleEvent, 'notSent' | ReferralStatus, never>({
  name: 'referral',
  states: ['notSent', 'sent', 'acceptedByInstitution', 'rejectedByInstitution', 'closedWithOutcome'],
  initial: 'notSent',
  table: {
    notSent: { referralSent: 'sent' },
    sent: { referralAccepted: 'acceptedByInstitution', referralRejected: 'rejectedByInstitution', referralFollowUpSet: 'sent', referralCompleted: 'closedWithOutcome' },
    acceptedByInstitution: { referralFollowUpSet: 'acceptedByInstitution', referralCompleted: 'closedWithOutcome' },
    rejectedByInstitution: {},
    closedWithOutcome: {},
  },
  follows: {},
  conditions: {},
  permissions: {
    referralSent: { roles: ['socialWorker', 'psychologist', 'head'], scope: 'teamMember' },
    referralAccepted: { roles: ['socialWorker', 'assistant', 'psychologist', 'head'], scope: 'teamMember' },
    referralRejected: { roles: ['socialWorker', 'assistant', 'psychologist', 'head'], scope: 'teamMember' },
    referralFollowUpSet: { roles: ['socialWorker', 'assistant', 'psychologist', 'head'], scope: 'teamMember' },
    referralCompleted: { roles: ['socialWorker', 'psychologist', 'head'], scope: 'teamMember' },
  },
  guards: {
    referralSent: (ctx, e) => consentIssues(ctx.s, e).concat(followUpIssues(e.date, e.payload.followUpOn)),
    referralAccepted: () => [],
    referralRejected: () => [],
    referralFollowUpSet: (_ctx, e) => followUpIssues(e.date, e.payload.followUpOn),
    referralCompleted: () => [],
  },
});

function followUpIssues(date: CivilDate, followUpOn: CivilDate | null): Issue[] {
  return followUpOn !== null && followUpOn < date ? [{ code: 'deadline_before_date', path: ['payload', 'followUpOn'], date, deadline: followUpOn }] : [];
}

/** The consent rule: a consent recorded for this person, not withdrawn, covering the institution's kind. */
function consentIssues(s: ReferralsState, e: Extract<ReferralEvent, { type: 'referralSent' }>): Issue[] {
  const path = ['payload', 'consentId'];
  const consent = consentOf(s, e.payload.consentId);
  if (consent === undefined) return [{ code: 'consent_not_recorded', path }];
  if (consent.withdrawnOn !== null) return [{ code: 'consent_withdrawn', path, withdrawnOn: consent.withdrawnOn }];
  if (consent.personId !== e.payload.personId) return [{ code: 'consent_other_person', path: ['payload', 'personId'] }];
  if (!consent.institutionKinds.includes(e.payload.institution.kind)) {
    return [{ code: 'consent_does_not_cover', path: ['payload', 'institution', 'kind'], institutionKind: e.payload.institution.kind }];
  }
  return [];
}

function holdsFor(access: CaseAccess, e: ReferralEvent) {
  return (scope: 'owner' | 'teamMember' | 'contractParty' | 'authorised'): boolean =>
    scope === 'owner' ? e.actor.id === access.ownerId : scope === 'teamMember' ? access.isOnTeam(e.actor.id, e.actor.role) : false;
}

/** @internal Where the event's machine instance stands: the consent's or the referral's state. */
export function locateReferral(s: ReferralsState, e: ReferralEvent): { readonly state: string } | { readonly issue: Issue } {
  switch (e.type) {
    case 'consentRecorded':
      return consentOf(s, e.payload.consentId) === undefined ? { state: 'noConsent' } : { issue: { code: 'item_exists', path: ['payload', 'consentId'], machine: 'consent', collection: 'consents' } };
    case 'consentWithdrawn': {
      const c = consentOf(s, e.payload.consentId);
      return c === undefined ? { issue: { code: 'unknown_item', path: ['payload', 'consentId'], machine: 'consent', collection: 'consents' } } : { state: c.withdrawnOn === null ? 'consentGiven' : 'consentWithdrawnState' };
    }
    case 'referralSent':
      return referralOf(s, e.payload.referralId) === undefined ? { state: 'notSent' } : { issue: { code: 'item_exists', path: ['payload', 'referralId'], machine: 'referral', collection: 'referrals' } };
    default: {
      const r = referralOf(s, e.payload.referralId);
      return r === undefined ? { issue: { code: 'unknown_item', path: ['payload', 'referralId'], machine: 'referral', collection: 'referrals' } } : { state: r.status };
    }
  }
}

/**
 * @internal Applies an accepted referral event to lists the caller owns (changed in place: a replay folds
 * into its own lists without copying them per event).
 */
export function applyReferralInPlace(consents: ReferralConsent[], referrals: Referral[], e: ReferralEvent): void {
  const update = (id: string, patch: Partial<Referral>): void => {
    const i = referrals.findIndex((r) => r.referralId === id);
    referrals[i] = { ...(referrals[i] as Referral), ...patch };
  };
  switch (e.type) {
    case 'consentRecorded':
      consents.push({ ...e.payload, givenOn: e.date, recordedBy: e.actor.id, withdrawnOn: null });
      return;
    case 'consentWithdrawn': {
      const i = consents.findIndex((c) => c.consentId === e.payload.consentId);
      consents[i] = { ...(consents[i] as ReferralConsent), withdrawnOn: e.date };
      return;
    }
    case 'referralSent': {
      const p = e.payload;
      referrals.push({ referralId: p.referralId, personId: p.personId, consentId: p.consentId, institution: p.institution, form: p.form, purpose: p.purpose, sentOn: e.date, sentBy: e.actor.id, status: 'sent', followUpOn: p.followUpOn, answeredOn: null, answer: null, outcome: null, closedOn: null });
      return;
    }
    case 'referralAccepted':
      return update(e.payload.referralId, { status: 'acceptedByInstitution', answeredOn: e.date, answer: e.payload.note });
    case 'referralRejected':
      return update(e.payload.referralId, { status: 'rejectedByInstitution', answeredOn: e.date, answer: e.payload.reason });
    case 'referralFollowUpSet':
      return update(e.payload.referralId, { followUpOn: e.payload.followUpOn });
    case 'referralCompleted':
      return update(e.payload.referralId, { status: 'closedWithOutcome', outcome: e.payload.outcome, closedOn: e.date, answer: e.payload.note });
  }
}

/** @internal Applies an accepted referral event (a new state; the given one is never changed). */
export function applyReferral(s: ReferralsState, e: ReferralEvent): ReferralsState {
  const consents = s.consents.slice();
  const referrals = s.referrals.slice();
  applyReferralInPlace(consents, referrals, e);
  return { consents, referrals };
}

/**
 * One step of the referral family: validates the event, checks who acts (role, then the case team),
 * the table and the guards (the consent rule among them), and returns the new referral part of the case
 * or the issues that refused the step. Never throws.
 *
 * @remarks Until the case stream's registry carries this family, a caller keeps {@link ReferralsState}
 * beside the case and passes the case's team as {@link CaseAccess}.
 * @example
 * ```ts
 * import { emptyReferrals, stepReferral } from 'praca-socjalna';
 * const access = { ownerId: 'sw-anna', isOnTeam: (id: string) => id === 'sw-anna', isHouseholdMember: () => true };
 * const r = stepReferral(emptyReferrals, {
 *   schemaVersion: 2, id: 'e-9', caseId: 'c-1', date: '2025-03-03', type: 'referralSent',
 *   actor: { id: 'sw-anna', name: 'Anna Nowak', role: 'socialWorker' },
 *   payload: { referralId: 'sk-1', personId: 'p-jan', consentId: 'z-1', institution: { kind: 'addictionClinic', name: 'Poradnia' }, form: 'therapeuticReferral', purpose: 'Terapia', followUpOn: null },
 * }, access);
 * r.ok; //=> false (no consent recorded)
 * ```
 * @category Practice
 */
export function stepReferral(state: ReferralsState, event: ReferralEventInput | unknown, access: CaseAccess): StepResult<ReferralsState> {
  const parsed = parseWith(ReferralEvent, event);
  if (!parsed.ok) return stepFail(parsed.error);
  const e = parsed.value;
  const at = locateReferral(state, e);
  if ('issue' in at) return stepFail([at.issue]);
  const ctx: ReferralContext = { s: state, access };
  const holds = holdsFor(access, e);
  const checked =
    e.type === 'consentRecorded' || e.type === 'consentWithdrawn'
      ? checkStep(consentMachine, at.state as 'noConsent', e, ctx, holds)
      : checkStep(referralMachine, at.state as 'notSent', e, ctx, holds);
  if ('issues' in checked) return stepFail(checked.issues);
  return stepOk(applyReferral(state, e));
}

/**
 * Referrals whose follow-up date has come by `asOf` and which are still open (sent or accepted): the
 * worker's reminders.
 *
 * @example
 * ```ts
 * import { referralsToFollowUp, emptyReferrals, type CivilDate } from 'praca-socjalna';
 * referralsToFollowUp(emptyReferrals, '2025-04-01' as CivilDate); //=> []
 * ```
 * @category Practice
 */
export function referralsToFollowUp(state: ReferralsState, asOf: CivilDate): readonly Referral[] {
  return state.referrals.filter((r) => r.followUpOn !== null && r.followUpOn <= asOf && (r.status === 'sent' || r.status === 'acceptedByInstitution'));
}
