/**
 * Parts (g) and (h): work over a whole centre. (g) `agenda` on 5,000 cases of about 200 events each, for
 * the head (everything) and for one assistant; the case states are built once, outside the timing, by the
 * generator the monitoring tests use. (h) `compareUnder` on 100,000 generated households, parsed once
 * outside the timing, under the built-in law and under the same law without the criteria period of
 * 2025-01-01 (the 2022 criteria still in force): only values the SDK verified, no invented amounts.
 */
import type { Sdk } from './lib/sdk.js';
import { generateCentre } from '../test/support/monitoringCases.js';
import { generatedHousehold, january2025 } from './fixtures/households.js';
import { type Spread, interleave, now, spread } from './lib/stats.js';

export const agendaAsOf = '2025-09-15';
export const agendaActor = { id: 'as-17', role: 'assistant' } as const;

export async function agendaOfCentre(sdk: Sdk, opts: { readonly cases: number; readonly events: number; readonly rounds: number }) {
  const t0 = now();
  const states = generateCentre({ seed: 1, cases: opts.cases, events: opts.events });
  const buildMs = now() - t0;
  const head = sdk.agenda(states, agendaAsOf);
  const mine = sdk.agenda(states, agendaAsOf, { actor: agendaActor });
  // an empty agenda would time nothing: the generated centre must give work to both
  if (head.items.length === 0 || mine.items.length === 0 || head.skipped !== 0) {
    throw new Error(`agenda on the generated centre: ${head.items.length} items for the head, ${mine.items.length} for ${agendaActor.id}, ${head.skipped} skipped`);
  }
  const s = await interleave(
    { head: () => sdk.agenda(states, agendaAsOf), assistant: () => sdk.agenda(states, agendaAsOf, { actor: agendaActor }) },
    { rounds: opts.rounds, targetMs: 300 },
  );
  return {
    cases: opts.cases,
    eventsPerCase: opts.events,
    asOf: agendaAsOf,
    statesBuiltMs: buildMs,
    items: { head: head.items.length, assistant: mine.items.length },
    headMs: spread(s['head'] as number[]),
    assistantMs: spread(s['assistant'] as number[]),
  };
}

/** The built-in law with the criteria of 2025-01-01 removed: what the 2024 indexation changed, read back. */
function withoutLastCriteria(sdk: Sdk) {
  const periods = sdk.incomeCriteria.periods;
  const last = periods.at(-1);
  if (last?.from !== '2025-01-01') throw new Error(`the last income criteria period starts ${String(last?.from)}, not 2025-01-01: adapt the bench`);
  return { incomeCriteria: { ...sdk.incomeCriteria, periods: periods.slice(0, -1) } };
}

export function compareUnderCentre(sdk: Sdk, opts: { readonly households: number; readonly rounds: number }) {
  const t0 = now();
  const requests: Parameters<Sdk['compareUnder']>[0][number][] = [];
  for (let i = 0; i < opts.households; i++) {
    const r = sdk.parseEligibilityRequest(generatedHousehold(i, january2025));
    if (!r.ok) throw new Error(`household ${i} refused by parseEligibilityRequest`);
    requests.push(r.value);
  }
  const parseMs = now() - t0;
  const lawB = withoutLastCriteria(sdk);
  const samples: number[] = [];
  let counts: Record<string, number> = {};
  for (let r = 0; r < opts.rounds; r++) {
    const t = now();
    const c = sdk.compareUnder(requests, {}, lawB);
    samples.push(now() - t);
    counts = { ...c.counts };
  }
  const seconds: Spread = spread(samples.map((ms) => ms / 1000));
  return {
    households: opts.households,
    lawA: 'built-in',
    lawB: 'built-in without the income criteria of 2025-01-01',
    parseSeconds: parseMs / 1000,
    seconds,
    usPerHousehold: (seconds.median * 1e6) / opts.households,
    counts,
  };
}
