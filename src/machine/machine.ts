import type { Role } from '../case/actor.js';
import type { Issue } from '../issues/issue.js';

/**
 * The machines of a case stream: the methodical process, each contract's lifecycle, each art. 11
 * procedure, and the case team. Every refusal names the machine it comes from.
 *
 * @remarks Polish: proces metodyczny, kontrakt (kontrakt socjalny, IPWzB, plan pracy z rodziną),
 * postępowanie z art. 11 u.p.s., zespół sprawy.
 * @example
 * ```ts
 * import { type MachineName } from 'praca-socjalna';
 * const m: MachineName = 'contract';
 * ```
 * @category Machine
 */
export type MachineName = 'process' | 'contract' | 'breach' | 'team' | 'referral' | 'consent' | 'benefitClaim' | 'group';

/**
 * Whose act an event may be, beyond the role. One vocabulary for every machine.
 *
 * @remarks `anyoneOfRole`: anyone holding one of the roles; `owner`: the social worker who owns the case;
 * `teamMember`: the owner or a member of the case team on the event's date; `contractParty`: the worker
 * who is the contract's party; `authorised`: a person whose authorisation (upoważnienie) to decide is
 * recorded in the stream for that date. The head of the centre passes every scope wherever the head's
 * role is allowed.
 * @example
 * ```ts
 * import { type Scope } from 'praca-socjalna';
 * const s: Scope = 'teamMember';
 * ```
 * @category Machine
 */
export type Scope = 'anyoneOfRole' | 'owner' | 'teamMember' | 'contractParty' | 'authorised';

/**
 * Who may record one event: the roles, and the scope within them.
 *
 * @example
 * ```ts
 * import { type Permission } from 'praca-socjalna';
 * const p: Permission = { roles: ['socialWorker', 'head'], scope: 'owner' };
 * ```
 * @category Machine
 */
export interface Permission {
  readonly roles: readonly Role[];
  readonly scope: Scope;
}

/**
 * Where an event leads: a state, or guarded targets tried in order, the first whose condition holds
 * (an entry without `when` always holds).
 *
 * @example
 * ```ts
 * import { type Target } from 'praca-socjalna';
 * const t: Target<'signed' | 'inForce' | 'draft', 'lastSignature'> = [{ target: 'inForce', when: 'lastSignature' }, { target: 'draft' }];
 * ```
 * @category Machine
 */
export type Target<S extends string, C extends string> = S | readonly { readonly target: S; readonly when?: C }[];

/**
 * The transition table of a machine as data: for each state, the events allowed and where they lead.
 *
 * @example
 * ```ts
 * import { type Table } from 'praca-socjalna';
 * const t: Table<'open' | 'closed', 'close', never> = { open: { close: 'closed' }, closed: {} };
 * ```
 * @category Machine
 */
export type Table<S extends string, T extends string, C extends string> = {
  readonly [state in S]: { readonly [type in T]?: Target<S, C> };
};

/**
 * The guards of one machine: for every event type, the checks the method and the law make before the
 * event is accepted (an empty list when all pass). An exhaustive map: a new event type does not compile
 * until someone decides its guards.
 *
 * @example
 * ```ts
 * import { type GuardMap } from 'praca-socjalna';
 * type E = { type: 'a'; n: number } | { type: 'b' };
 * const guards: GuardMap<unknown, E> = { a: (_ctx, e) => (e.n > 0 ? [] : [{ code: 'empty_log', path: [] }]), b: () => [] };
 * ```
 * @category Machine
 */
export type GuardMap<Ctx, E extends { readonly type: string }> = {
  readonly [T in E['type']]: (ctx: Ctx, event: Extract<E, { type: T }>) => readonly Issue[];
};

/**
 * A machine declared in one place, after xstate's `setup`: its name, states, initial state, table
 * (with guarded targets), conditions the table names, permissions and guards per event type. What an
 * accepted event does to the content (apply) is each event family's `switch`.
 *
 * @typeParam Ctx - what conditions and guards read (the case draft).
 * @typeParam E - the machine's own events.
 * @typeParam S - its states.
 * @typeParam C - the names of the conditions its table uses.
 * @typeParam X - every event the machine may follow (its own and those of other machines that move it).
 * @example
 * ```ts
 * import { type Machine } from 'praca-socjalna';
 * declare const m: Machine<unknown, { type: 'close' }, 'open' | 'closed', never>;
 * m.table.open.close; //=> 'closed'
 * ```
 * @category Machine
 */
export interface Machine<Ctx, E extends { readonly type: string }, S extends string, C extends string, X extends { readonly type: string } = E> {
  /** Which machine: named in every issue it raises. */
  readonly name: MachineName;
  /** Every state, in order (for diagrams and tests). */
  readonly states: readonly S[];
  /** The state an instance starts in. */
  readonly initial: S;
  /** The event that creates an instance in the initial state (a contract's draft, an art. 11 report); none for a machine that exists with the case. */
  readonly start?: E['type'] | undefined;
  /** The table: for each state, the own events allowed and where they lead (guarded targets tried in order). */
  readonly table: Table<S, E['type'], C>;
  /** Events of other machines that move this one (e.g. the process follows a contract into force); unlisted ones leave it where it is. */
  readonly follows: { readonly [state in S]?: { readonly [type in Exclude<X['type'], E['type']>]?: Target<S, C> } };
  /** The conditions the table's guarded targets name, as predicates over the case and the event. */
  readonly conditions: { readonly [name in C]: (ctx: Ctx, event: X) => boolean };
  /** Who may record each own event: roles and scope. */
  readonly permissions: { readonly [type in E['type']]: Permission };
  /** The guards of each own event: an exhaustive map, no catch-all. */
  readonly guards: GuardMap<Ctx, E>;
}

/**
 * Declares a machine: returns the declaration, typed, so that its table, conditions, permissions and
 * guards are checked against each other at compile time.
 *
 * @example
 * ```ts
 * import { defineMachine } from 'praca-socjalna';
 * const door = defineMachine<null, { type: 'close' } | { type: 'open' }, 'opened' | 'closed', never>({
 *   name: 'team', states: ['opened', 'closed'], initial: 'opened',
 *   table: { opened: { close: 'closed' }, closed: { open: 'opened' } }, follows: {}, conditions: {},
 *   permissions: { close: { roles: ['head'], scope: 'anyoneOfRole' }, open: { roles: ['head'], scope: 'anyoneOfRole' } },
 *   guards: { close: () => [], open: () => [] },
 * });
 * door.initial; //=> 'opened'
 * ```
 * @category Machine
 */
export function defineMachine<Ctx, E extends { readonly type: string }, S extends string, C extends string, X extends { readonly type: string } = E>(
  machine: Machine<Ctx, E, S, C, X>,
): Machine<Ctx, E, S, C, X> {
  return machine;
}

function resolve<Ctx, S extends string, C extends string, X extends { readonly type: string }>(
  target: Target<S, C>,
  conditions: { readonly [name in C]: (ctx: Ctx, event: X) => boolean },
  ctx: Ctx,
  event: X,
): S | undefined {
  if (typeof target === 'string') return target as S;
  for (const t of target as readonly { readonly target: S; readonly when?: C }[]) {
    if (t.when === undefined || conditions[t.when](ctx, event)) return t.target;
  }
  return undefined;
}

/**
 * Where an own event leads from a state, by the machine's table: the next state, or the issue that
 * refuses it (`step_not_allowed`, or `step_condition_not_met` when no guarded target holds).
 *
 * @example
 * ```ts
 * import { nextState, type Machine } from 'praca-socjalna';
 * declare const m: Machine<null, { type: 'close' }, 'open' | 'closed', never>;
 * const r = nextState(m, 'open', { type: 'close' }, null);
 * if ('next' in r) r.next; //=> 'closed'
 * ```
 * @category Machine
 */
export function nextState<Ctx, E extends { readonly type: string }, S extends string, C extends string, X extends { readonly type: string }>(
  machine: Machine<Ctx, E, S, C, X>,
  state: S,
  event: E & X,
  ctx: Ctx,
): { readonly next: S } | { readonly issue: Issue } {
  const moves = machine.table[state] as { readonly [type: string]: Target<S, C> | undefined };
  const target = Object.hasOwn(moves, event.type) ? moves[event.type] : undefined;
  if (target === undefined) {
    return { issue: { code: 'step_not_allowed', path: ['type'], machine: machine.name, state, eventType: event.type, allowed: Object.keys(moves) } };
  }
  const next = resolve(target, machine.conditions, ctx, event);
  if (next === undefined) {
    const conditions = typeof target === 'string' ? [] : target.flatMap((t) => (t.when === undefined ? [] : [t.when as string]));
    return { issue: { code: 'step_condition_not_met', path: ['type'], machine: machine.name, state, eventType: event.type, conditions } };
  }
  return { next };
}

/**
 * Where a machine goes when another machine's event is accepted: the `follows` table, or where it is.
 *
 * @example
 * ```ts
 * import { followState, type Machine } from 'praca-socjalna';
 * declare const m: Machine<null, { type: 'close' }, 'open' | 'closed', never, { type: 'close' } | { type: 'alarm' }>;
 * followState(m, 'open', { type: 'alarm' }, null); //=> 'open' unless `follows` says otherwise
 * ```
 * @category Machine
 */
export function followState<Ctx, E extends { readonly type: string }, S extends string, C extends string, X extends { readonly type: string }>(
  machine: Machine<Ctx, E, S, C, X>,
  state: S,
  event: X,
  ctx: Ctx,
): S {
  const moves = machine.follows[state] as { readonly [type: string]: Target<S, C> | undefined } | undefined;
  const target = moves !== undefined && Object.hasOwn(moves, event.type) ? moves[event.type] : undefined;
  return target === undefined ? state : (resolve(target, machine.conditions, ctx, event) ?? state);
}

/**
 * How a machine checks who acts: the scopes, answered by the stream for one actor and event.
 *
 * @example
 * ```ts
 * import { type ScopeCheck } from 'praca-socjalna';
 * const everyone: ScopeCheck = () => true;
 * ```
 * @category Machine
 */
export type ScopeCheck = (scope: Exclude<Scope, 'anyoneOfRole'>) => boolean;

/**
 * Whether an actor may record an event: the role first (`role_not_permitted`), then the scope
 * (`scope_not_met`). The head of the centre passes every scope wherever the head's role is allowed.
 *
 * @example
 * ```ts
 * import { permissionIssue } from 'praca-socjalna';
 * permissionIssue('contract', 'contractApproved', { roles: ['head'], scope: 'anyoneOfRole' }, 'assistant', () => true)?.code; //=> 'role_not_permitted'
 * ```
 * @category Machine
 */
export function permissionIssue(machine: MachineName, eventType: string, permission: Permission, role: Role, holds: ScopeCheck): Issue | undefined {
  if (!permission.roles.includes(role)) {
    return { code: 'role_not_permitted', path: ['actor', 'role'], machine, eventType, role, allowed: permission.roles };
  }
  if (role === 'head' || permission.scope === 'anyoneOfRole' || holds(permission.scope)) return undefined;
  return { code: 'scope_not_met', path: ['actor', 'id'], machine, eventType, role, scope: permission.scope };
}
