import { describe, expect, it } from 'vitest';
import { homelessManSopot } from '../../examples/scenarios/homelessManSopot.js';
import { sampleEvent } from '../../test/support/factory.js';
import { replay } from './replay.js';
import { transition } from './transition.js';

describe('the monitoring id memo', () => {
  it('is not observable: stepping again from an older state still sees exactly its own entries', () => {
    const log = homelessManSopot().slice(0, -1);
    const r = replay(log);
    if (!r.ok) throw new Error('fixture');
    const older = r.value;
    const note = sampleEvent('monitoringNoteAdded', older, { n: 9001 });
    const newer = transition(older, note);
    expect(newer.ok).toBe(true);
    // from the newer state the same entry id is a duplicate …
    const again = newer.ok ? transition(newer.value, { ...sampleEvent('monitoringNoteAdded', newer.value, { n: 9002 }), payload: { entryId: 'm-9001', kind: 'note', text: 'x' } }) : null;
    expect(again && !again.ok && again.error[0]?.code).toBe('duplicate_id');
    // … but from the older state, where it was never added, it is new
    expect(transition(older, note).ok).toBe(true);
  });
});
