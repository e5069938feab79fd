import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CaseEvent, CaseState, addCivilDays, caseEventTypes, openCase, replay, replayTrusted, transition, type CaseEvent as Event, type CaseState as State,
} from '../src/index.js';
import { actors, deepFreeze, sampleEvent } from './support/factory.js';

/** A command: which event type to try, by whom, how many days later; or redeliver an earlier event. */
const command = fc.oneof(
  { weight: 9, arbitrary: fc.record({ type: fc.constantFrom(...caseEventTypes.filter((t) => t !== 'caseOpened')), actor: fc.constantFrom(...actors), days: fc.integer({ min: -3, max: 20 }) }) },
  { weight: 1, arbitrary: fc.record({ redeliver: fc.nat() }) },
);
type Command = { type: Event['type']; actor: (typeof actors)[number]; days: number } | { redeliver: number };

/** Runs commands against the machine; keeps every delivered event as a store that appends without checking would. */
function run(commands: readonly Command[]) {
  const first = sampleEvent('caseOpened', undefined, { date: '2025-01-08', n: 0 });
  const opened = openCase(first);
  if (!opened.ok) throw new Error('fixture');
  const accepted: Event[] = [first];
  const delivered: Event[] = [first];
  let state: State = opened.value;
  const states: State[] = [state];
  commands.forEach((c, i) => {
    const event = 'redeliver' in c ? (accepted[c.redeliver % accepted.length] as Event) : sampleEvent(c.type, state, { actor: c.actor, date: addCivilDays(state.lastEventDate, c.days), n: i + 1 });
    const before = JSON.stringify(state);
    const result = transition(deepFreeze(state), deepFreeze(event));
    if (result.ok && result.notices.length === 0) {
      accepted.push(event);
      delivered.push(event);
      state = result.value;
      states.push(state);
    } else {
      if (result.ok) {
        expect(result.value).toBe(state); // a redelivery is a no-op that says so
        expect(result.notices).toEqual([{ code: 'already_recorded', eventId: event.id, index: 0 }]);
        delivered.push(event);
      }
      expect(JSON.stringify(state)).toBe(before); // a refused or repeated step changes nothing
    }
  });
  return { accepted, delivered, state, states };
}

describe('properties of the case stream', () => {
  it('replay of the accepted events equals step-by-step application, validated or trusted', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        const { accepted, state } = run(commands);
        const replayed = replay(accepted);
        expect(replayed.ok && replayed.value).toEqual(state);
        const trusted = replayTrusted(accepted);
        expect(trusted.ok && trusted.value).toEqual(state);
      }),
      { numRuns: 250 },
    );
  });

  it('redelivered events are skipped with a notice: the stream with duplicates replays to the same state', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 50 }), (commands) => {
        const { delivered, accepted, state } = run(commands);
        const r = replay(delivered);
        expect(r.ok && r.value).toEqual(state);
        if (r.ok) expect(r.notices.length).toBe(delivered.length - accepted.length);
      }),
      { numRuns: 150 },
    );
  });

  it('an id reused with other content is refused, and so is a stream whose dates go back', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 5, maxLength: 40 }), fc.nat(), (commands, pick) => {
        const { accepted } = run(commands);
        if (accepted.length < 3) return;
        const i = 1 + (pick % (accepted.length - 1));
        const original = accepted[i] as Event;
        const reused = { ...original, date: addCivilDays(accepted.at(-1)?.date ?? original.date, 1), recordedBy: 'another-user' };
        const r = replay([...accepted, reused]);
        expect(r.ok ? [] : r.error.issues.map((x) => x.code)).toEqual(['event_id_reused']);
        const last = accepted.at(-1) as Event;
        const earlier = { ...last, id: `${last.id}-late`, date: addCivilDays(accepted[0]?.date ?? last.date, -1) };
        const back = replay([...accepted, earlier]);
        expect(back.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('replaying any prefix of the stream gives the state reached at that point', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), fc.nat(), (commands, cut) => {
        const { accepted, states } = run(commands);
        const k = (cut % accepted.length) + 1;
        const replayed = replay(accepted.slice(0, k));
        expect(replayed.ok && replayed.value).toEqual(states[k - 1]);
      }),
      { numRuns: 150 },
    );
  });

  it('every state the SDK produces passes its own schema, and states and events round-trip through JSON', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        const { accepted, states } = run(commands);
        for (const s of states) expect(CaseState.safeParse(s).success).toBe(true);
        const last = states.at(-1) as State;
        expect(CaseState.parse(JSON.parse(JSON.stringify(last)) as unknown)).toEqual(last);
        for (const e of accepted) expect(CaseEvent.parse(JSON.parse(JSON.stringify(e)))).toEqual(e);
      }),
      { numRuns: 150 },
    );
  });

  it('the version counts accepted events and dates never go backwards', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        const { accepted, state } = run(commands);
        expect(state.version).toBe(accepted.length);
        for (let i = 1; i < accepted.length; i++) expect((accepted[i] as Event).date >= (accepted[i - 1] as Event).date).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on garbage: replay and transition return typed issues', () => {
    const opened = openCase(sampleEvent('caseOpened', undefined, { n: 0 }));
    if (!opened.ok) throw new Error('fixture');
    for (const junk of [null, undefined, 0, 'x', {}, { length: 3 }, [null], [1, 2], [{ schemaVersion: 1 }], [{ schemaVersion: 2, type: '__proto__' }]]) {
      expect(() => replay(junk)).not.toThrow();
      expect(replay(junk).ok).toBe(false);
      expect(() => transition(opened.value, junk)).not.toThrow();
      expect(transition(opened.value, junk).ok).toBe(false);
    }
    expect(replay(null)).toEqual({ ok: false, error: { index: 0, issues: [{ code: 'stream_not_a_list', path: [] }] } });
    fc.assert(fc.property(fc.anything(), (x) => {
      expect(() => replay(x)).not.toThrow();
    }), { numRuns: 300 });
  });
});
