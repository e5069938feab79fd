/**
 * The baseline of part (b): the methodical process as an idiomatic XState v5 machine — the same stages and
 * moves (built from the SDK's own `processMachine.table` and the stage moves that follow a contract), context updated immutably with `assign`, and the
 * guards a vendor would write (new entry ids, known action ids, dates not going back). No schema validation:
 * compare it with the trusted path first.
 */
import { assign, createActor, createMachine } from 'xstate';
import type { Sdk } from './lib/sdk.js';

interface Entry { readonly entryId: string; readonly date: string; readonly type: string }
interface Ctx {
  readonly date: string;
  readonly problems: readonly { id: string }[];
  readonly resources: readonly { id: string }[];
  readonly limitations: readonly { id: string }[];
  readonly goals: readonly { id: string }[];
  readonly actions: readonly { id: string; status: string }[];
  readonly contracts: readonly object[];
  readonly monitoring: readonly Entry[];
  readonly meetings: readonly Entry[];
}
interface Payload {
  readonly problem?: { id: string };
  readonly resource?: { id: string };
  readonly limitation?: { id: string };
  readonly goal?: { id: string };
  readonly action?: { id: string; status: string };
  readonly entryId?: string;
  readonly actionId?: string;
  readonly status?: string;
}
type Ev = { id: string; type: string; date: string; payload: Payload };
const some = <T>(x: T | undefined): T => x as T;

/** How each event changes the context, immutably. */
function update(context: Ctx, e: Ev): Partial<Ctx> {
  const p = e.payload;
  switch (e.type) {
    case 'problemDiagnosed': return { problems: [...context.problems, some(p.problem)] };
    case 'resourceIdentified': return { resources: [...context.resources, some(p.resource)] };
    case 'limitationIdentified': return { limitations: [...context.limitations, some(p.limitation)] };
    case 'mainGoalSet':
    case 'specificGoalAdded': return { goals: [...context.goals, some(p.goal)] };
    case 'actionPlanned': return { actions: [...context.actions, some(p.action)] };
    case 'actionRevised': return { actions: context.actions.map((a) => (a.id === p.action?.id ? some(p.action) : a)) };
    case 'contractDrafted': return { contracts: [...context.contracts, p as object] };
    case 'meetingRecorded': return { meetings: [...context.meetings, { entryId: e.id, date: e.date, type: e.type }] };
    case 'monitoringNoteAdded':
    case 'goalProgressRecorded':
    case 'breachCircumstanceNoted': return { monitoring: [...context.monitoring, { entryId: e.id, date: e.date, type: e.type }] };
    case 'actionProgressRecorded':
      return {
        monitoring: [...context.monitoring, { entryId: e.id, date: e.date, type: e.type }],
        actions: context.actions.map((a) => (a.id === p.actionId ? { ...a, status: some(p.status) } : a)),
      };
    default: return {};
  }
}

/** The guards, as a vendor would write them against the context. */
function allowed(context: Ctx, e: Ev): boolean {
  if (e.date < context.date) return false;
  const p = e.payload;
  if (context.monitoring.some((m) => m.entryId === e.id) || context.meetings.some((m) => m.entryId === e.id)) return false;
  if (e.type === 'actionProgressRecorded' && !context.actions.some((a) => a.id === p.actionId)) return false;
  return true;
}

export function caseMachine(sdk: Sdk) {
  const states: Record<string, object> = {};
  const { table, follows } = sdk.processMachine as unknown as {
    table: Record<string, Record<string, unknown>>;
    follows: Record<string, Record<string, unknown>>;
  };
  // A guarded target (the stage following a contract) becomes a self-transition here; the approval moves on.
  const plain = (stage: string, t: unknown): string => (typeof t === 'string' ? t : stage);
  const contractEvents = ['contractDrafted', 'contractSigned', 'contractApproved', 'contractReviewed', 'contractAnnexed', 'teamMemberAssigned'];
  for (const [stage, tableMoves] of Object.entries(table)) {
    const on: Record<string, object> = {};
    const moves: Record<string, string> = Object.fromEntries([
      ...(stage === 'closed' ? [] : contractEvents.map((t) => [t, stage])),
      ...Object.entries(tableMoves).map(([t, target]) => [t, plain(stage, target)]),
      ...Object.entries(follows[stage] ?? {}).map(([t, target]) => [t, plain(stage, target)]),
    ]);
    for (const [type, target] of Object.entries(moves)) {
      on[type] = {
        ...(target === stage ? {} : { target }),
        guard: ({ context, event }: { context: Ctx; event: Ev }) => allowed(context, event),
        actions: assign(({ context, event }: { context: Ctx; event: Ev }) => ({ ...update(context, event), date: event.date })),
      };
    }
    states[stage] = stage === 'closed' ? { type: 'final' } : { on };
  }
  return createMachine({
    id: 'case',
    initial: 'intake',
    context: { date: '0000-00-00', problems: [], resources: [], limitations: [], goals: [], actions: [], contracts: [], monitoring: [], meetings: [] } as Ctx,
    states,
  } as never);
}

/** Replays a stream on a fresh actor (the first event, `caseOpened`, is the actor's creation). */
export function replayXState(machine: ReturnType<typeof caseMachine>, events: readonly object[]): { stage: string; entries: number } {
  const actor = createActor(machine).start();
  for (let i = 1; i < events.length; i++) actor.send(events[i] as never);
  const snap = actor.getSnapshot() as unknown as { value: string; context: Ctx };
  actor.stop();
  return { stage: snap.value, entries: snap.context.monitoring.length };
}
