import type { Role } from '../case/actor.js';
import type { Issue } from '../issues/issue.js';
import { type Machine, type ScopeCheck, nextState, permissionIssue } from '../machine/machine.js';

/**
 * How a practice family asks the case who acts: the owner and the team come from the case stream's team
 * family, so that a referral or a decision is checked against the same team as a meeting.
 *
 * @example
 * ```ts
 * import { type CaseAccess } from 'praca-socjalna';
 * const access: CaseAccess = { ownerId: 'sw-anna', isOnTeam: (id) => id === 'sw-anna', isHouseholdMember: (id) => id === 'p-jan' };
 * ```
 * @category Practice
 */
export interface CaseAccess {
  /** The social worker who owns the case. */
  readonly ownerId: string;
  /** Whether a person, in a role, is on the case team now (the owner included). */
  readonly isOnTeam: (id: string, role: Role) => boolean;
  /** Whether a person is a member of the case's household. */
  readonly isHouseholdMember: (personId: string) => boolean;
}

/** @internal One step of a practice machine: permission (role, then scope), table, then the exhaustive guards. */
export function checkStep<Ctx, E extends { readonly type: string; readonly actor: { readonly role: Role } }, S extends string, C extends string>(
  machine: Machine<Ctx, E, S, C>,
  state: S,
  event: E,
  ctx: Ctx,
  holds: ScopeCheck,
): { readonly next: S } | { readonly issues: readonly Issue[] } {
  const permission = machine.permissions[event.type as E['type']];
  const refused = permissionIssue(machine.name, event.type, permission, event.actor.role, holds);
  if (refused !== undefined) return { issues: [refused] };
  const move = nextState(machine, state, event, ctx);
  if ('issue' in move) return { issues: [move.issue] };
  const guard = machine.guards[event.type as E['type']] as (ctx: Ctx, e: E) => readonly Issue[];
  const issues = guard(ctx, event);
  return issues.length > 0 ? { issues } : { next: move.next };
}
