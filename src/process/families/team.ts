import * as z from 'zod';
import { Actor } from '../../case/actor.js';
import { Id } from '../../case/id.js';
import { DecisionAuthorisation } from '../../case/team.js';
import { defineMachine } from '../../machine/machine.js';
import { type Draft, ownItem, push } from '../draft.js';
import { eventsOf } from '../../case/eventEnvelope.js';
import type { Family } from '../family.js';

/**
 * The payloads of the case team, by event type: assigning and releasing a member (an assistant of a
 * kind, a psychologist, a second social worker), and the head's authorisations to decide under art. 11.
 *
 * @remarks The assignment's id is the id of its event; a release names the member. An authorisation
 * (upoważnienie) has its own id, scope, dates and reference: a free-text mention is not enough.
 * @example
 * ```ts
 * import { teamPayloads } from 'praca-socjalna';
 * teamPayloads.teamMemberAssigned.parse({ member: { id: 'as-piotr', name: 'Piotr Lis', role: 'assistant', assistantKind: 'homeless' } });
 * ```
 * @category Process
 */
export const teamPayloads = {
  teamMemberAssigned: z.strictObject({ member: Actor.describe('The staff member joining the team of the case (zespół).') }),
  teamMemberReleased: z.strictObject({
    memberId: Id.describe('The staff member leaving the team, by id.'),
    reason: z.string().min(1).max(10_000).nullable().describe('Why, or null.'),
  }),
  // the authorisation as recorded, but for what the stream derives (the day recorded, a later revocation)
  authorisationGranted: DecisionAuthorisation.omit({ grantedOn: true, revokedOn: true }),
  authorisationRevoked: z.strictObject({ authorisationId: Id.describe('The authorisation revoked, by id.') }),
} as const;

/** @internal The event schemas of the team. */
export const teamEvents = eventsOf(teamPayloads);
/** @internal A team event. */
export type TeamEvent = z.output<(typeof teamEvents)[keyof typeof teamEvents]>;

/** Roles that can be members of a case team (the owner is a member by owning it; the head acts everywhere). */
const memberRoles = ['assistant', 'psychologist', 'socialWorker'] as const;

const activeIndex = (d: Draft, id: string): number => d.s.team.findIndex((m) => m.to === null && m.member.id === id);
const authorisationIndex = (d: Draft, id: string): number => d.s.authorisations.findIndex((a) => a.authorisationId === id);

/**
 * The case team as a machine of the kernel: one state, in which the owner assigns and releases members
 * and the head grants and revokes authorisations.
 *
 * @example
 * ```ts
 * import { teamMachine } from 'praca-socjalna';
 * teamMachine.permissions.authorisationGranted.roles; //=> ['head']
 * ```
 * @category Process
 */
export const teamMachine = defineMachine<Draft, TeamEvent, 'active', never>({
  name: 'team',
  states: ['active'],
  initial: 'active',
  table: {
    active: { teamMemberAssigned: 'active', teamMemberReleased: 'active', authorisationGranted: 'active', authorisationRevoked: 'active' },
  },
  follows: {},
  conditions: {},
  permissions: {
    teamMemberAssigned: { roles: ['socialWorker', 'head'], scope: 'owner' },
    teamMemberReleased: { roles: ['socialWorker', 'head'], scope: 'owner' },
    authorisationGranted: { roles: ['head'], scope: 'anyoneOfRole' },
    authorisationRevoked: { roles: ['head'], scope: 'anyoneOfRole' },
  },
  guards: {
    teamMemberAssigned: (d, e) => {
      const m = e.payload.member;
      if (!(memberRoles as readonly string[]).includes(m.role)) {
        return [{ code: 'role_not_permitted', path: ['payload', 'member', 'role'], machine: 'team', eventType: e.type, role: m.role, allowed: memberRoles }];
      }
      return m.id === d.s.owner.id || activeIndex(d, m.id) >= 0 ? [{ code: 'item_exists', path: ['payload', 'member', 'id'], machine: 'team', collection: 'teamMembers' }] : [];
    },
    teamMemberReleased: (d, e) =>
      activeIndex(d, e.payload.memberId) >= 0 ? [] : [{ code: 'unknown_item', path: ['payload', 'memberId'], machine: 'team', collection: 'teamMembers' }],
    authorisationGranted: (d, e) => {
      const { validFrom, validTo } = e.payload;
      if (authorisationIndex(d, e.payload.authorisationId) >= 0) {
        return [{ code: 'item_exists', path: ['payload', 'authorisationId'], machine: 'team', collection: 'authorisations' }];
      }
      return validTo !== null && validTo < validFrom ? [{ code: 'deadline_before_date', path: ['payload', 'validTo'], date: validFrom, deadline: validTo }] : [];
    },
    authorisationRevoked: (d, e) => {
      const a = d.s.authorisations[authorisationIndex(d, e.payload.authorisationId)];
      return a !== undefined && a.revokedOn === null ? [] : [{ code: 'unknown_item', path: ['payload', 'authorisationId'], machine: 'team', collection: 'authorisations' }];
    },
  },
});

function apply(d: Draft, e: TeamEvent): void {
  switch (e.type) {
    case 'teamMemberAssigned':
      return push(d, 'team', { assignmentId: e.id, member: e.payload.member, from: e.date, to: null });
    case 'teamMemberReleased':
      ownItem(d, 'team', activeIndex(d, e.payload.memberId)).to = e.date;
      return;
    case 'authorisationGranted': {
      const p = e.payload;
      return push(d, 'authorisations', {
        authorisationId: p.authorisationId, holder: p.holder, scope: p.scope, validFrom: p.validFrom, validTo: p.validTo, reference: p.reference, grantedOn: e.date, revokedOn: null,
      });
    }
    case 'authorisationRevoked':
      ownItem(d, 'authorisations', authorisationIndex(d, e.payload.authorisationId)).revokedOn = e.date;
      return;
  }
}

/** @internal The team family of the case stream. */
export const teamFamily: Family<TeamEvent> = {
  schemas: Object.values(teamEvents),
  machine: teamMachine,
  locate: () => ({ state: 'active' }),
  apply,
};
