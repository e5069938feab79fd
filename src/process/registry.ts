import * as z from 'zod';
import { parseWith } from '../issues/fromZod.js';
import type { Issue } from '../issues/issue.js';
import { breachEvents, breachFamily } from './families/breach.js';
import { contractEvents, contractFamily } from './families/contract.js';
import { methodicalEvents } from './families/methodical.js';
import { monitoringEvents } from './families/monitoring.js';
import { processFamily } from './families/process.js';
import { teamEvents, teamFamily } from './families/team.js';
import { benefitFamily, consentFamily, referralFamily } from './families/practice.js';
import { benefitEventSchemas } from '../practice/benefitClaim.js';
import { consentEventSchemas, referralEventSchemas } from '../practice/referral.js';
import type { Family } from './family.js';

/**
 * The event families of the case stream. A new family (referrals, benefit decisions, …) is one file with
 * its schemas, machine and apply, plus one line here and its schemas in {@link CaseEvent}.
 */
const families = [processFamily, contractFamily, breachFamily, teamFamily, consentFamily, referralFamily, benefitFamily] as const;

type EventSchema =
  | (typeof methodicalEvents)[keyof typeof methodicalEvents]
  | (typeof monitoringEvents)[keyof typeof monitoringEvents]
  | (typeof contractEvents)[keyof typeof contractEvents]
  | (typeof breachEvents)[keyof typeof breachEvents]
  | (typeof teamEvents)[keyof typeof teamEvents]
  | (typeof consentEventSchemas)[number]
  | (typeof referralEventSchemas)[number]
  | (typeof benefitEventSchemas)[number];

const allSchemas = [
  ...Object.values(methodicalEvents),
  ...Object.values(monitoringEvents),
  ...Object.values(contractEvents),
  ...Object.values(breachEvents),
  ...Object.values(teamEvents),
  ...consentEventSchemas,
  ...referralEventSchemas,
  ...benefitEventSchemas,
] as unknown as readonly [EventSchema, ...EventSchema[]];

/**
 * An event of a case stream: what happened to a case, on which civil date, done by whom — the
 * methodical process, monitoring, each contract's lifecycle, each art. 11 procedure, the team.
 *
 * @remarks One append-only stream per case; the case state is {@link replay} of it. Every event carries
 * `schemaVersion: 2`, an `id` unique in the stream, the `caseId`, a `date` (the civil date of the fact,
 * `YYYY-MM-DD`), an `actor` with a role, a `type` and a `payload`; optionally `recordedAt` (ISO timestamp)
 * and `recordedBy` (the user account) for the audit trail. Dates never go backwards. Streams of
 * `schemaVersion: 1` (0.1.0) are carried over by {@link upcastStream}.
 * @example
 * ```ts
 * import { CaseEvent } from 'praca-socjalna';
 * const e: CaseEvent = CaseEvent.parse({
 *   schemaVersion: 2, id: 'e-2', caseId: 'c-1', date: '2025-01-10', type: 'interviewConducted',
 *   actor: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' },
 *   payload: { summary: 'Wywiad w noclegowni', urgent: false },
 *   recordedAt: '2025-01-10T14:05:00+01:00', recordedBy: 'user-17',
 * });
 * ```
 * @category Process
 */
export const CaseEvent = z.discriminatedUnion('type', allSchemas);
/** An event of a case stream; see {@link CaseEvent}. */
export type CaseEvent = z.output<typeof CaseEvent>;
/**
 * An event of a case stream as a caller writes it (`z.input`): plain `'YYYY-MM-DD'` strings for dates.
 *
 * @example
 * ```ts
 * import { type CaseEventInput } from 'praca-socjalna';
 * const e: CaseEventInput = {
 *   schemaVersion: 2, id: 'e-2', caseId: 'c-1', date: '2025-01-10', type: 'interviewConducted',
 *   actor: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' }, payload: { summary: 'Wywiad', urgent: false },
 * };
 * ```
 * @category Process
 */
export type CaseEventInput = z.input<typeof CaseEvent>;

/**
 * The `type` of a {@link CaseEvent}.
 *
 * @example
 * ```ts
 * import { type CaseEventType } from 'praca-socjalna';
 * const t: CaseEventType = 'contractApproved';
 * ```
 * @category Process
 */
export type CaseEventType = CaseEvent['type'];

/**
 * The event of one type, validated.
 *
 * @example
 * ```ts
 * import { type CaseEventOf } from 'praca-socjalna';
 * type Annexed = CaseEventOf<'contractAnnexed'>; // payload has contractId, content, reason, signedByClientIds
 * ```
 * @category Process
 */
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/**
 * The event of one type as a caller writes it (`z.input`).
 *
 * @example
 * ```ts
 * import { type CaseEventInputOf } from 'praca-socjalna';
 * type SignedInput = CaseEventInputOf<'contractSigned'>;
 * ```
 * @category Process
 */
export type CaseEventInputOf<T extends CaseEventType> = Extract<CaseEventInput, { type: T }>;

/**
 * All event types of the case stream.
 *
 * @example
 * ```ts
 * import { caseEventTypes } from 'praca-socjalna';
 * caseEventTypes.includes('contractApproved'); //=> true
 * ```
 * @category Process
 */
export const caseEventTypes: readonly CaseEventType[] = allSchemas.map((s) => s.shape.type.value);

/**
 * @internal Validates one event: the fast path of zod first, and only for an invalid event the second
 * parse that reports the input and builds this SDK's issues (asking zod to report inputs costs about
 * 40% more on every event, valid or not).
 */
export function parseEvent(input: unknown): { ok: true; value: CaseEvent } | { ok: false; error: Issue[] } {
  const fast = CaseEvent.safeParse(input);
  return fast.success ? { ok: true, value: fast.data } : parseWith(CaseEvent, input);
}

/** @internal The family of every event type. */
export const familyOf: ReadonlyMap<string, Family<CaseEvent>> = new Map(
  families.flatMap((f) => f.schemas.map((s) => [(s.shape['type'] as z.ZodLiteral<string>).value, f as unknown as Family<CaseEvent>] as const)),
);
