import * as z from 'zod';
import { Id } from '../case/id.js';
import { CivilDate } from '../law/civilDate.js';
import type { Issue } from '../issues/issue.js';
import { addIssue, parseWith } from '../issues/fromZod.js';
import { type Receipt, digestOf, findReceipt, sortedReceipts, withReceipt } from '../machine/digest.js';
import { defineMachine } from '../machine/machine.js';
import { type ReplayResult, type StepNotice, type StepResult, stepFail, stepOk } from '../machine/result.js';
import { groupEventOf } from './envelope.js';
import { checkStep } from './step.js';
import { GroupKind, SocialWorkForm } from './vocabulary.js';

const Text = z.string().min(1).max(2000);

/**
 * The payloads of a group's own stream, by event type: the group formed (kind, facilitator, capacity,
 * recruitment criteria, dates), candidates recruited onto the participant or the reserve list, withdrawals,
 * promotion from the reserve list, the start, sessions with attendance, and the end.
 *
 * @remarks Polish: grupa wsparcia, grupa samopomocowa, klub integracji społecznej, grupa projektowa;
 * regulamin rekrutacji (kryteria), lista uczestników, lista rezerwowa, zajęcia i lista obecności, osoba
 * prowadząca. Every member is linked to their case (`caseId`), so that their group work shows in it.
 * @example
 * ```ts
 * import { groupPayloads } from 'praca-socjalna';
 * groupPayloads.candidateRecruited.parse({ personId: 'p-1', caseId: 'c-1', list: 'reserve', criteriaMet: ['k-1'] });
 * ```
 * @category Practice
 */
export const groupPayloads = {
  groupFormed: z
    .strictObject({
      name: z.string().min(1).max(300).describe('The name of the group.'),
      kind: GroupKind.describe('The kind of group (grupa wsparcia, grupa samopomocowa, …).'),
      facilitator: z
        .strictObject({
          id: Id.describe('The id of the facilitator.'),
          name: z.string().min(1).max(200).describe('The name of the facilitator.'),
          organisation: z.string().min(1).max(300).nullable().describe('The organisation the facilitator comes from, or null for the centre.'),
        })
        .describe('Who leads the group (prowadzący).'),
      capacity: z.int().min(1).max(500).describe('How many participants it takes (1–500); the rest go to the reserve list.'),
      criteria: z
        .array(z.strictObject({ id: Id.describe('The id of the criterion.'), description: Text.describe('The criterion in words.') }))
        .max(50)
        .describe('The recruitment criteria (kryteria rekrutacji), at most 50.'),
      startsOn: CivilDate.describe('The first day of the group.'),
      endsOn: CivilDate.nullable().describe('The last day planned, or null.'),
    })
    .superRefine((p, ctx) => {
      if (p.endsOn !== null && p.endsOn < p.startsOn) addIssue(ctx, { code: 'deadline_before_date', path: ['endsOn'], date: p.startsOn, deadline: p.endsOn });
      if (new Set(p.criteria.map((c) => c.id)).size !== p.criteria.length) {
        addIssue(ctx, { code: 'item_exists', path: ['criteria'], machine: 'group', collection: 'recruitmentCriteria' });
      }
    }),
  candidateRecruited: z.strictObject({
    personId: Id.describe('The person recruited, by person id.'),
    caseId: Id.describe('The case the person comes from.'),
    list: z.enum(['participant', 'reserve']).describe('The participant list or the reserve list (lista rezerwowa).'),
    criteriaMet: z.array(Id).max(50).describe('The recruitment criteria the person meets, by id.'),
  }),
  participantWithdrew: z.strictObject({
    personId: Id.describe('The participant who withdrew, by person id.'),
    reason: Text.nullable().describe('Why, or null.'),
  }),
  reservePromoted: z.strictObject({ personId: Id.describe('The person moved from the reserve list to the participants, by person id.') }),
  groupStarted: z.strictObject({}),
  sessionHeld: z.strictObject({
    sessionId: Id.describe('The id of the session, unique in the group.'),
    topic: Text.describe('The topic of the session (temat zajęć).'),
    form: SocialWorkForm.nullable().describe('The form of social work, or null.'),
    attendance: z
      .array(
        z.strictObject({
          personId: Id.describe('The participant, by person id.'),
          present: z.boolean().describe('Whether present.'),
          excused: z.boolean().describe('Whether an absence was excused (usprawiedliwiona).'),
        }),
      )
      .max(500)
      .describe('The attendance list (lista obecności).'),
  }),
  groupEnded: z.strictObject({ evaluation: Text.describe('The evaluation of the group work (ocena pracy grupy).') }),
} as const;

const schemas = [
  groupEventOf('groupFormed', groupPayloads.groupFormed),
  groupEventOf('candidateRecruited', groupPayloads.candidateRecruited),
  groupEventOf('participantWithdrew', groupPayloads.participantWithdrew),
  groupEventOf('reservePromoted', groupPayloads.reservePromoted),
  groupEventOf('groupStarted', groupPayloads.groupStarted),
  groupEventOf('sessionHeld', groupPayloads.sessionHeld),
  groupEventOf('groupEnded', groupPayloads.groupEnded),
] as const;

/**
 * An event of a group's stream: the case stream's envelope with `groupId` in place of `caseId`.
 *
 * @example
 * ```ts
 * import { GroupEvent } from 'praca-socjalna';
 * GroupEvent.parse({
 *   schemaVersion: 2, id: 'g-e-9', groupId: 'kis-1', date: '2012-10-01', type: 'groupStarted',
 *   actor: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' }, payload: {},
 * });
 * ```
 * @category Practice
 */
export const GroupEvent = z.discriminatedUnion('type', schemas);
/** An event of a group's stream; see {@link GroupEvent}. */
export type GroupEvent = z.output<typeof GroupEvent>;
/**
 * A group event as a caller writes it (`z.input`): plain `YYYY-MM-DD` strings for dates.
 *
 * @example
 * ```ts
 * import { type GroupEventInput } from 'praca-socjalna';
 * const e: GroupEventInput = {
 *   schemaVersion: 2, id: 'g-e-9', groupId: 'kis-1', date: '2012-10-01', type: 'groupStarted',
 *   actor: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' }, payload: {},
 * };
 * ```
 * @category Practice
 */
export type GroupEventInput = z.input<typeof GroupEvent>;

/**
 * A member of a group: a person with their case, on the participant or the reserve list, with the
 * dates they were recruited, admitted (a participant from the start, or promoted from the reserve list)
 * and withdrew.
 *
 * @example
 * ```ts
 * import { type GroupMember } from 'praca-socjalna';
 * declare const m: GroupMember;
 * m.list === 'reserve' && m.admittedOn === null;
 * ```
 * @category Practice
 */
export interface GroupMember {
  readonly personId: string;
  readonly caseId: string;
  readonly list: 'participant' | 'reserve';
  readonly recruitedOn: CivilDate;
  readonly admittedOn: CivilDate | null;
  readonly withdrawnOn: CivilDate | null;
}

/**
 * A session of the group and who attended.
 *
 * @example
 * ```ts
 * import { type GroupSession } from 'praca-socjalna';
 * declare const s: GroupSession;
 * s.attendance.filter((a) => a.present).length;
 * ```
 * @category Practice
 */
export interface GroupSession {
  readonly sessionId: string;
  readonly date: CivilDate;
  readonly topic: string;
  readonly form: SocialWorkForm | null;
  readonly attendance: readonly { readonly personId: string; readonly present: boolean; readonly excused: boolean }[];
  readonly recordedBy: string;
}

/**
 * The states of a group: recruiting, running, ended.
 *
 * @remarks Polish: rekrutacja, zajęcia trwają, grupa zakończyła działalność.
 * @example
 * ```ts
 * import { type GroupStatus } from 'praca-socjalna';
 * const s: GroupStatus = 'recruiting';
 * ```
 * @category Practice
 */
export type GroupStatus = 'recruiting' | 'running' | 'ended';

/**
 * The state of a group, derived from its stream.
 *
 * @example
 * ```ts
 * import { type GroupState } from 'praca-socjalna';
 * declare const g: GroupState;
 * g.members.filter((m) => m.list === 'participant' && m.withdrawnOn === null).length <= g.capacity; //=> true
 * ```
 * @category Practice
 */
export interface GroupState {
  readonly schemaVersion: 2;
  readonly groupId: string;
  readonly status: GroupStatus;
  readonly version: number;
  readonly lastEventDate: CivilDate;
  readonly name: string;
  readonly kind: GroupKind;
  /** The member of staff who formed the group and coordinates it. */
  readonly coordinatorId: string;
  readonly facilitator: { readonly id: string; readonly name: string; readonly organisation: string | null };
  readonly capacity: number;
  readonly criteria: readonly { readonly id: string; readonly description: string }[];
  readonly startsOn: CivilDate;
  readonly endsOn: CivilDate | null;
  readonly members: readonly GroupMember[];
  readonly sessions: readonly GroupSession[];
  readonly evaluation: string | null;
  readonly received: readonly Receipt[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Own = Exclude<GroupEvent, { type: 'groupFormed' }>;

/** Session ids of a replay's own sessions list, so that a replay checks a session id in constant time (a single step scans). */
const sessionIndex = new WeakMap<readonly GroupSession[], Set<string>>();

const isActive = (m: GroupMember) => m.withdrawnOn === null;
const activeParticipants = (g: GroupState) => g.members.filter((m) => isActive(m) && m.list === 'participant').length;
const memberIndex = (g: GroupState, personId: string) => g.members.findIndex((m) => m.personId === personId && isActive(m));
const unknownMember = (collection: string): Issue => ({ code: 'unknown_item', path: ['payload', 'personId'], machine: 'group', collection });

/**
 * A group as a machine of the kernel: recruiting → running → ended. Recruitment follows the criteria and
 * the capacity (a full participant list sends candidates to the reserve list); the reserve list is taken in
 * order. Recruitment is open to any social worker or benefits officer (in Brzeziny both recruited); every
 * other step is the group's staff's — its coordinator (who formed it) or its facilitator, and the head
 * (`not_group_staff` otherwise): the case team's scopes do not apply to a group.
 *
 * @example
 * ```ts
 * import { groupMachine } from 'praca-socjalna';
 * groupMachine.table.recruiting.groupStarted; //=> 'running'
 * ```
 * @category Practice
 */
export const groupMachine = defineMachine<GroupState, Own, GroupStatus, never>({
  name: 'group',
  states: ['recruiting', 'running', 'ended'],
  initial: 'recruiting',
  table: {
    recruiting: { candidateRecruited: 'recruiting', participantWithdrew: 'recruiting', reservePromoted: 'recruiting', groupStarted: 'running', groupEnded: 'ended' },
    running: { candidateRecruited: 'running', participantWithdrew: 'running', reservePromoted: 'running', sessionHeld: 'running', groupEnded: 'ended' },
    ended: {},
  },
  follows: {},
  conditions: {},
  permissions: {
    candidateRecruited: { roles: ['socialWorker', 'benefitsOfficer', 'head'], scope: 'anyoneOfRole' },
    participantWithdrew: { roles: ['socialWorker', 'head'], scope: 'anyoneOfRole' },
    reservePromoted: { roles: ['socialWorker', 'head'], scope: 'anyoneOfRole' },
    groupStarted: { roles: ['socialWorker', 'head'], scope: 'anyoneOfRole' },
    sessionHeld: { roles: ['socialWorker', 'assistant', 'psychologist', 'head'], scope: 'anyoneOfRole' },
    groupEnded: { roles: ['socialWorker', 'head'], scope: 'anyoneOfRole' },
  },
  guards: {
    candidateRecruited: (g, e) => {
      const p = e.payload;
      if (g.members.some((m) => m.personId === p.personId && isActive(m))) {
        return [{ code: 'item_exists', path: ['payload', 'personId'], machine: 'group', collection: 'groupMembers' }];
      }
      const known = new Set(g.criteria.map((c) => c.id));
      const stray = p.criteriaMet.findIndex((id) => !known.has(id));
      if (stray >= 0) return [{ code: 'unknown_item', path: ['payload', 'criteriaMet', stray], machine: 'group', collection: 'recruitmentCriteria' }];
      const met = new Set(p.criteriaMet);
      const missing = g.criteria.filter((c) => !met.has(c.id)).length;
      if (missing > 0) return [{ code: 'recruitment_criteria_not_met', path: ['payload', 'criteriaMet'], missing }];
      return p.list === 'participant' && activeParticipants(g) >= g.capacity ? [{ code: 'group_full', path: ['payload', 'list'], capacity: g.capacity }] : [];
    },
    participantWithdrew: (g, e) => (memberIndex(g, e.payload.personId) >= 0 ? [] : [unknownMember('groupMembers')]),
    reservePromoted: (g, e) => {
      const i = memberIndex(g, e.payload.personId);
      if (i < 0 || (g.members[i] as GroupMember).list !== 'reserve') return [unknownMember('groupReserve')];
      const first = g.members.find((m) => isActive(m) && m.list === 'reserve');
      if (first !== undefined && first.personId !== e.payload.personId) return [{ code: 'reserve_not_first', path: ['payload', 'personId'] }];
      return activeParticipants(g) >= g.capacity ? [{ code: 'group_full', path: ['payload', 'personId'], capacity: g.capacity }] : [];
    },
    groupStarted: () => [],
    sessionHeld: (g, e) => {
      const known = sessionIndex.get(g.sessions);
      if (known !== undefined ? known.has(e.payload.sessionId) : g.sessions.some((s) => s.sessionId === e.payload.sessionId)) {
        return [{ code: 'item_exists', path: ['payload', 'sessionId'], machine: 'group', collection: 'groupSessions' }];
      }
      const issues: Issue[] = [];
      const seen = new Set<string>();
      e.payload.attendance.forEach((a, i) => {
        const at = memberIndex(g, a.personId);
        if (at < 0 || (g.members[at] as GroupMember).list !== 'participant' || seen.has(a.personId)) {
          issues.push({ code: 'unknown_item', path: ['payload', 'attendance', i, 'personId'], machine: 'group', collection: 'groupParticipants' });
        }
        seen.add(a.personId);
      });
      return issues;
    },
    groupEnded: () => [],
  },
});

function apply(d: Mutable<GroupState> & { members: GroupMember[]; sessions: GroupSession[] }, e: Own): void {
  const replace = (personId: string, patch: Partial<GroupMember>) => {
    const i = memberIndex(d, personId);
    d.members[i] = { ...(d.members[i] as GroupMember), ...patch };
  };
  switch (e.type) {
    case 'candidateRecruited': {
      const p = e.payload;
      d.members.push({ personId: p.personId, caseId: p.caseId, list: p.list, recruitedOn: e.date, admittedOn: p.list === 'participant' ? e.date : null, withdrawnOn: null });
      return;
    }
    case 'participantWithdrew':
      return replace(e.payload.personId, { withdrawnOn: e.date });
    case 'reservePromoted':
      return replace(e.payload.personId, { list: 'participant', admittedOn: e.date });
    case 'groupStarted':
      return;
    case 'sessionHeld':
      sessionIndex.get(d.sessions)?.add(e.payload.sessionId);
      d.sessions.push({ sessionId: e.payload.sessionId, date: e.date, topic: e.payload.topic, form: e.payload.form, attendance: e.payload.attendance, recordedBy: e.actor.id });
      return;
    case 'groupEnded':
      d.evaluation = e.payload.evaluation;
      return;
  }
}

function formed(e: Extract<GroupEvent, { type: 'groupFormed' }>): GroupState {
  const p = e.payload;
  return {
    schemaVersion: 2, groupId: e.groupId, status: 'recruiting', version: 1, lastEventDate: e.date, name: p.name, kind: p.kind, coordinatorId: e.actor.id,
    facilitator: p.facilitator, capacity: p.capacity, criteria: p.criteria, startsOn: p.startsOn, endsOn: p.endsOn, members: [], sessions: [], evaluation: null,
    received: [{ id: e.id, digest: digestOf(e) }],
  };
}

const formPermission = { roles: ['socialWorker', 'head'], scope: 'anyoneOfRole' } as const;

/** Checks one parsed event against a group (or its absence) and returns the next state, or the issues; `fold` is a draft this replay owns. */
function check(g: GroupState | null, e: GroupEvent, fold: boolean): { readonly state: GroupState; readonly notice?: StepNotice } | { readonly issues: readonly Issue[] } {
  if (g === null) {
    if (e.type !== 'groupFormed') return { issues: [{ code: 'step_not_allowed', path: ['type'], machine: 'group', state: 'notFormed', eventType: e.type, allowed: ['groupFormed'] }] };
    if (!formPermission.roles.includes(e.actor.role as 'head')) {
      return { issues: [{ code: 'role_not_permitted', path: ['actor', 'role'], machine: 'group', eventType: e.type, role: e.actor.role, allowed: formPermission.roles }] };
    }
    return { state: formed(e) };
  }
  if (e.groupId !== g.groupId) return { issues: [{ code: 'group_mismatch', path: ['groupId'] }] };
  const digest = digestOf(e);
  const seen = findReceipt(g.received, e.id);
  if (seen !== undefined) return seen.digest === digest ? { state: g, notice: { code: 'already_recorded', eventId: e.id, index: 0 } } : { issues: [{ code: 'event_id_reused', path: ['id'] }] };
  if (e.type === 'groupFormed') return { issues: [{ code: 'item_exists', path: ['type'], machine: 'group', collection: 'groups' }] };
  if (e.date < g.lastEventDate) return { issues: [{ code: 'date_before_last_event', path: ['date'], date: e.date, lastEventDate: g.lastEventDate }] };
  const checked = checkStep(groupMachine, g.status, e, g, () => false);
  if ('next' in checked && e.type !== 'candidateRecruited' && e.actor.role !== 'head' && e.actor.id !== g.coordinatorId && e.actor.id !== g.facilitator.id) {
    return { issues: [{ code: 'not_group_staff', path: ['actor', 'id'] }] };
  }
  if ('issues' in checked) return checked;
  const d = (fold ? g : { ...g, members: g.members.slice(), sessions: g.sessions.slice() }) as Mutable<GroupState> & { members: GroupMember[]; sessions: GroupSession[] };
  apply(d, e);
  d.status = checked.next;
  d.version = g.version + 1;
  d.lastEventDate = e.date;
  if (!fold) d.received = withReceipt(g.received, { id: e.id, digest });
  return { state: d };
}

/**
 * One step of a group's stream: the first event forms the group; every later one is checked for its
 * group, its id (a redelivered event is a no-op that says so), its date, who acts (the coordinator and the
 * facilitator), the table and the guards. Never throws.
 *
 * @example
 * ```ts
 * import { stepGroup } from 'praca-socjalna';
 * const r = stepGroup(null, {
 *   schemaVersion: 2, id: 'g-1', groupId: 'kis-1', date: '2012-06-01', type: 'groupFormed',
 *   actor: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' },
 *   payload: { name: 'KIS', kind: 'socialIntegrationClubCohort', facilitator: { id: 'f-1', name: 'Jan Wójcik', organisation: 'Stowarzyszenie' }, capacity: 20, criteria: [], startsOn: '2012-10-01', endsOn: null },
 * });
 * r.ok && r.value.status; //=> 'recruiting'
 * ```
 * @category Practice
 */
export function stepGroup(state: GroupState | null, event: GroupEventInput | unknown): StepResult<GroupState> {
  const parsed = parseWith(GroupEvent, event);
  if (!parsed.ok) return stepFail(parsed.error);
  const r = check(state, parsed.value, false);
  return 'issues' in r ? stepFail(r.issues) : stepOk(r.state, r.notice === undefined ? [] : [r.notice]);
}

/**
 * Replays a group's stream into its state, in one pass (linear): each event validated once, receipts
 * kept in a map and sorted once at the end.
 *
 * @example
 * ```ts
 * import { replayGroup } from 'praca-socjalna';
 * replayGroup([]).ok; //=> false
 * ```
 * @category Practice
 */
export function replayGroup(events: readonly GroupEventInput[] | unknown): ReplayResult<GroupState> {
  if (!Array.isArray(events)) return { ok: false, error: { index: 0, issues: [{ code: 'stream_not_a_list', path: [] }] } };
  if (events.length === 0) return { ok: false, error: { index: 0, issues: [{ code: 'empty_log', path: [] }] } };
  let g: GroupState | null = null;
  const byId = new Map<string, string>();
  const notices: StepNotice[] = [];
  for (let index = 0; index < events.length; index++) {
    const parsed = parseWith(GroupEvent, events[index]);
    if (!parsed.ok) return { ok: false, error: { index, issues: parsed.error } };
    const e = parsed.value;
    const digest = digestOf(e);
    const seen = byId.get(e.id);
    if (seen !== undefined) {
      if (seen !== digest) return { ok: false, error: { index, issues: [{ code: 'event_id_reused', path: ['id'] }] } };
      notices.push({ code: 'already_recorded', eventId: e.id, index });
      continue;
    }
    const r = check(g === null ? null : { ...g, received: [] }, e, g !== null);
    if ('issues' in r) return { ok: false, error: { index, issues: r.issues } };
    g = r.state;
    if (!sessionIndex.has(g.sessions)) sessionIndex.set(g.sessions, new Set(g.sessions.map((x) => x.sessionId)));
    byId.set(e.id, digest);
  }
  const done = g as GroupState;
  return { ok: true, value: { ...done, received: sortedReceipts(byId) }, notices };
}

/**
 * One entry of a participant's group work, as their case's monitoring shows it.
 *
 * @example
 * ```ts
 * import { type GroupWorkEntry } from 'praca-socjalna';
 * declare const e: GroupWorkEntry;
 * e.kind === 'session' && e.present;
 * ```
 * @category Practice
 */
export type GroupWorkEntry =
  | { readonly kind: 'recruited'; readonly groupId: string; readonly date: CivilDate; readonly list: 'participant' | 'reserve' }
  | { readonly kind: 'admitted'; readonly groupId: string; readonly date: CivilDate }
  | { readonly kind: 'withdrew'; readonly groupId: string; readonly date: CivilDate }
  | { readonly kind: 'session'; readonly groupId: string; readonly date: CivilDate; readonly sessionId: string; readonly topic: string; readonly form: SocialWorkForm | null; readonly present: boolean; readonly excused: boolean | null };

/**
 * A participant's group work for their case's monitoring: a pure reading of the group's state into the
 * entries of one case (recruitment, admission from the reserve list, withdrawal, every session held while
 * they were a participant, with their attendance — `present: false, excused: null` when the list did not
 * name them), and a summary.
 *
 * @example
 * ```ts
 * import { groupWorkForCase, type GroupState } from 'praca-socjalna';
 * declare const kis: GroupState;
 * groupWorkForCase(kis, 'c-ewa').summary.attended;
 * ```
 * @category Practice
 */
export function groupWorkForCase(
  group: GroupState,
  caseId: string,
): { readonly entries: readonly GroupWorkEntry[]; readonly summary: { readonly sessions: number; readonly attended: number; readonly excused: number } } {
  const entries: GroupWorkEntry[] = [];
  let sessions = 0;
  let attended = 0;
  let excused = 0;
  for (const m of group.members) {
    if (m.caseId !== caseId) continue;
    entries.push({ kind: 'recruited', groupId: group.groupId, date: m.recruitedOn, list: m.list === 'participant' && m.admittedOn !== m.recruitedOn ? 'reserve' : m.list });
    if (m.admittedOn !== null && m.admittedOn !== m.recruitedOn) entries.push({ kind: 'admitted', groupId: group.groupId, date: m.admittedOn });
    for (const s of group.sessions) {
      if (m.admittedOn === null || s.date < m.admittedOn || (m.withdrawnOn !== null && s.date > m.withdrawnOn)) continue;
      const a = s.attendance.find((x) => x.personId === m.personId);
      sessions++;
      if (a?.present === true) attended++;
      if (a?.present === false && a.excused) excused++;
      entries.push({ kind: 'session', groupId: group.groupId, date: s.date, sessionId: s.sessionId, topic: s.topic, form: s.form, present: a?.present ?? false, excused: a === undefined ? null : a.present ? false : a.excused });
    }
    if (m.withdrawnOn !== null) entries.push({ kind: 'withdrew', groupId: group.groupId, date: m.withdrawnOn });
  }
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { entries, summary: { sessions, attended, excused } };
}
