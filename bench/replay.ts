/**
 * Parts (b) and (c) for the process: replay of a valid case, validated (`replay`) and trusted
 * (`replayTrusted`, when the package has it), against an XState v5 actor on the equivalent machine;
 * how replay scales as the case doubles; one `transition` on a long case's newest and an older state.
 */
import { type Sdk, optional } from './lib/sdk.js';
import { caseStream, finalStage, nextEvent } from './fixtures/caseStream.js';
import { interleave, now, pairedRatio, spread } from './lib/stats.js';
import { caseMachine, replayXState } from './xstateCase.js';

type Replay = (events: readonly unknown[]) => ReturnType<Sdk['replay']>;

function stateOf(r: ReturnType<Sdk['replay']>, who: string): { stage: string; entries: number } {
  if (!r.ok) throw new Error(`${who} refused the bench stream at event ${r.error.index}: ${JSON.stringify(r.error.issues[0])}`);
  const s = r.value as unknown as { stage: string; monitoring?: readonly unknown[] };
  return { stage: s.stage, entries: s.monitoring?.length ?? -1 };
}

export function replayPaths(sdk: Sdk) {
  return { validated: sdk.replay as Replay, trusted: optional<Replay>(sdk, 'replayTrusted') };
}

/** Checks the SDK paths and the XState actor reach the same stage with the same monitoring entries. */
export function checkSameReplay(sdk: Sdk, n: number) {
  const events = caseStream(n);
  const machine = caseMachine(sdk);
  const { validated, trusted } = replayPaths(sdk);
  const want = stateOf(validated(events), 'replay');
  const got = { xstate: replayXState(machine, events), ...(trusted ? { replayTrusted: stateOf(trusted(events), 'replayTrusted') } : {}) };
  if (want.stage !== finalStage) throw new Error(`replay ends in ${want.stage}, not ${finalStage}`);
  for (const [name, s] of Object.entries(got)) {
    if (s.stage !== want.stage || s.entries !== want.entries) throw new Error(`${name} gives ${JSON.stringify(s)}, replay ${JSON.stringify(want)}`);
  }
  return want;
}

export async function replayVsXState(sdk: Sdk, n: number, rounds: number) {
  const events = caseStream(n);
  const machine = caseMachine(sdk);
  const { validated, trusted } = replayPaths(sdk);
  const variants: Record<string, () => unknown> = { validated: () => validated(events), xstate: () => replayXState(machine, events) };
  if (trusted) variants['trusted'] = () => trusted(events);
  const s = await interleave(variants, { rounds, targetMs: 100 });
  const x = s['xstate'] as number[];
  return {
    events: n,
    validatedMs: spread(s['validated'] as number[]),
    trustedMs: s['trusted'] ? spread(s['trusted']) : null,
    xstateMs: spread(x),
    vsXState: { validated: pairedRatio(x, s['validated'] as number[]), trusted: s['trusted'] ? pairedRatio(x, s['trusted']) : null },
  };
}

/**
 * Replay at each size, the sizes interleaved in rounds; a size whose rounds would take more than
 * `budgetMs` runs once (64k events of a quadratic replay take seconds: `n` says how many samples).
 */
export async function replayScaling(sdk: Sdk, sizes: readonly number[], rounds: number, budgetMs: number) {
  const { validated, trusted } = replayPaths(sdk);
  const streams = new Map(sizes.map((n) => [n, caseStream(n)]));
  const samples = new Map<string, number[]>();
  const push = (key: string, ms: number) => samples.set(key, [...(samples.get(key) ?? []), ms]);
  // warm-up: the first replays run before the JIT has compiled the hot paths
  for (let w = 0; w < 3; w++) {
    validated(streams.get(sizes[0] as number) as unknown[]);
    trusted?.(streams.get(sizes[0] as number) as unknown[]);
  }
  for (let r = 0; r < rounds; r++) {
    for (const n of sizes) {
      // a size is repeated only while its rounds fit the budget: 64k events of a quadratic replay take seconds
      const first = samples.get(`validated:${n}`)?.[0] ?? 0;
      if (r > 0 && first * rounds > budgetMs) continue;
      const events = streams.get(n) as unknown[];
      for (const [path, fn] of [['validated', validated], ['trusted', trusted]] as const) {
        if (!fn) continue;
        const t = now();
        fn(events);
        push(`${path}:${n}`, now() - t);
      }
    }
  }
  const table = (path: string) => {
    if (!samples.has(`${path}:${sizes[0]}`)) return null;
    return sizes.map((n, i) => {
      const ms = spread(samples.get(`${path}:${n}`) ?? []);
      const prev = i > 0 ? spread(samples.get(`${path}:${sizes[i - 1]}`) ?? []) : null;
      const ratio = prev ? ms.median / prev.median : null;
      // a step of 4× (16k → 64k) is two doublings: the ratio per doubling is its square root
      const doublings = i > 0 ? Math.log2(n / (sizes[i - 1] as number)) : 1;
      return { events: n, ms, ratioToPrevious: ratio, ratioPerDoubling: ratio === null ? null : ratio ** (1 / doublings), usPerEvent: (ms.median * 1000) / n };
    });
  };
  return { validated: table('validated'), trusted: table('trusted') };
}

/**
 * One `transition` on the newest state of an `n`-event case, and on a state half-way through the same
 * chain of states (an older object a vendor might still hold: a cache kept for the newest state only
 * would show here).
 */
export async function transitionOnLongCase(sdk: Sdk, n: number, rounds: number) {
  const events = caseStream(n);
  let state = sdk.openCase(events[0]);
  let older = state;
  for (let i = 1; i < events.length && state.ok; i++) {
    state = sdk.transition(state.value, events[i]);
    if (i === n >> 1) older = state;
  }
  if (!state.ok || !older.ok) throw new Error('the bench stream was refused');
  const newest = state.value;
  const half = older.value;
  const eNew = nextEvent(n, 'newest');
  const eOld = nextEvent(n, 'older');
  for (const [s, e] of [[newest, eNew], [half, eOld]] as const) {
    const r = sdk.transition(s, e);
    if (!r.ok) throw new Error(`transition refused: ${JSON.stringify(r.error[0])}`);
  }
  const s = await interleave({ newest: () => sdk.transition(newest, eNew), older: () => sdk.transition(half, eOld) }, { rounds, targetMs: 50 });
  return { events: n, newestMs: spread(s['newest'] as number[]), olderMs: spread(s['older'] as number[]) };
}
