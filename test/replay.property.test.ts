import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseEvent, CaseState, addCivilDays, caseEventTypes, openCase, replay, transition, type CaseEvent as Event, type CaseState as State } from '../src/index.js';
import { actors, deepFreeze, sampleEvent } from './support/factory.js';

/** A command: which event type to try, by whom, how many days later. */
const command = fc.record({
  type: fc.constantFrom(...caseEventTypes.filter((t) => t !== 'caseOpened')),
  actor: fc.constantFrom(...actors),
  days: fc.integer({ min: -3, max: 20 }),
});

/** Runs commands against the machine; keeps the accepted events, as an integrator's log would. */
function run(commands: readonly { type: Event['type']; actor: (typeof actors)[number]; days: number }[]) {
  const opened = openCase(sampleEvent('caseOpened', undefined, { date: '2025-01-08', n: 0 }));
  if (!opened.ok) throw new Error('fixture');
  const log: Event[] = [sampleEvent('caseOpened', undefined, { date: '2025-01-08', n: 0 })];
  let state: State = opened.value;
  const states: State[] = [state];
  commands.forEach((c, i) => {
    const event = sampleEvent(c.type, state, { actor: c.actor, date: addCivilDays(state.lastEventDate, c.days), n: i + 1 });
    const before = JSON.stringify(state);
    const result = transition(deepFreeze(state), deepFreeze(event));
    if (result.ok) {
      log.push(event);
      state = result.value;
      states.push(state);
    } else {
      expect(JSON.stringify(state)).toBe(before); // a refused step changes nothing
    }
  });
  return { log, state, states };
}

describe('properties', () => {
  it('replay of the accepted events equals incremental application', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        const { log, state } = run(commands);
        const replayed = replay(log);
        expect(replayed.ok).toBe(true);
        if (replayed.ok) expect(replayed.value).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('replaying any prefix of the log gives the state reached at that point', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), fc.nat(), (commands, cut) => {
        const { log, states } = run(commands);
        const k = (cut % log.length) + 1;
        const replayed = replay(log.slice(0, k));
        expect(replayed.ok && replayed.value).toEqual(states[k - 1]);
      }),
      { numRuns: 200 },
    );
  });

  it('states and events round-trip through JSON and their schemas unchanged', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        const { log, state } = run(commands);
        const json = JSON.parse(JSON.stringify(state)) as unknown;
        expect(CaseState.parse(json)).toEqual(state);
        for (const e of log) expect(CaseEvent.parse(JSON.parse(JSON.stringify(e)))).toEqual(e);
      }),
      { numRuns: 150 },
    );
  });

  it('the version counts events and dates never go backwards', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        const { log, state } = run(commands);
        expect(state.version).toBe(log.length);
        for (let i = 1; i < log.length; i++) expect((log[i] as Event).date >= (log[i - 1] as Event).date).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
