import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseState } from './state.js';
import { replay } from './replay.js';
import { upcastStream } from './upcast.js';

const fixture = (name: string): unknown[] => JSON.parse(readFileSync(new URL(`../../test/fixtures/sopot-0.1.0.${name}.json`, import.meta.url), 'utf8')) as unknown[];
const caseLog = fixture('case-log');
const contractLog = fixture('contract-log');
const outcome = JSON.parse(readFileSync(new URL('../../test/fixtures/sopot-0.1.0.outcome.json', import.meta.url), 'utf8')) as {
  case: { stage: string; closure: unknown; stageHistory: { stage: string; enteredOn: string }[]; actions: { id: string; status: string }[] };
  contract: { status: string; versions: number; approval: string; inForceFrom: string; ending: unknown };
};

describe('0.1.0 streams still replay', () => {
  const up = upcastStream(caseLog, [contractLog]);
  const r = up.ok ? replay(up.value) : undefined;

  it('carries the 0.1.0 Sopot case log and IPWzB contract log into one stream that replays to the same outcome', () => {
    expect(up.ok).toBe(true);
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    const s = r.value;
    expect(CaseState.safeParse(s).success).toBe(true);
    expect(s.stage).toBe(outcome.case.stage);
    expect(s.closure).toEqual(outcome.case.closure);
    // 0.1 recorded the annex as a new contract round (goals → contract → monitoring); the stream records it as
    // an annex of the contract in force, which brings the modified plan straight back to monitoring.
    const annexRound = (h: { stage: string; enteredOn: string }, i: number) => !(h.stage === 'contract' && i > 5);
    expect(s.stageHistory.map((h) => [h.stage, h.enteredOn])).toEqual(outcome.case.stageHistory.filter(annexRound).map((h) => [h.stage, h.enteredOn]));
    expect(s.actions.map((a) => ({ id: a.id, status: a.status }))).toEqual(outcome.case.actions);
    const c = s.contracts[0];
    expect([c?.status, c?.versions.length, c?.approval?.date, c?.inForceFrom, c?.ending]).toEqual([
      outcome.contract.status, outcome.contract.versions, outcome.contract.approval, outcome.contract.inForceFrom, outcome.contract.ending,
    ]);
  });

  it('assigns to the team whoever recorded in the case, from their first entry, and names meetings as meetings', () => {
    if (!r?.ok) throw new Error('replays');
    expect(r.value.team.map((m) => [m.member.id, m.from])).toEqual([['as-piotr', '2025-02-06']]);
    expect(r.value.meetings.length).toBe(3);
    expect(r.value.meetings.every((m) => m.place === null)).toBe(true);
  });

  it('replays a 0.1 case log given alone, and refuses an IPWzB without its contract log (the approval is there)', () => {
    const alone = replay(caseLog);
    expect(alone.ok ? [] : alone.error.issues.map((i) => i.code)).toEqual(['upcast_failed']);
  });

  it('carries a social contract of a 0.1 case log alone: drafted from the case, signed by both parties', () => {
    const social = caseLog.map((e) => {
      const x = e as { type: string; payload: Record<string, unknown> };
      return x.type === 'contractProposed' ? { ...x, payload: { kind: 'socialContract' } } : e;
    });
    const firstRound = social.slice(0, social.findIndex((e) => (e as { type: string }).type === 'planModified'));
    const r2 = replay(firstRound);
    expect(r2.ok && [r2.value.stage, r2.value.contracts[0]?.status, r2.value.contracts[0]?.signatures.length]).toEqual(['monitoring', 'inForce', 2]);
  });

  it('derives ids that are new in the stream and within the 128-character limit', () => {
    const long = 'x'.repeat(128);
    const log = caseLog.map((e, i) => ({ ...(e as object), id: i === 1 ? long : (e as { id: string }).id, actor: i === 1 ? { id: 'as-2', name: 'Ola', role: 'assistant', assistantKind: 'homeless' } : (e as { actor: unknown }).actor }));
    const taken = { ...(log[2] as object), id: `${long.slice(0, 100)}` };
    void taken;
    const out = upcastStream(log, [contractLog]);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const ids = out.value.map((e) => e['id'] as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(128);
    expect(ids.some((id) => id.endsWith('/team'))).toBe(true);
  });

  it('says which event cannot be carried over, never throws', () => {
    expect(upcastStream([null]).ok).toBe(false);
    expect(upcastStream(null as never).ok).toBe(false);
    expect(upcastStream([], [null] as never).ok).toBe(false);
    expect(upcastStream([{ schemaVersion: 3 }]).ok).toBe(false);
    expect(() => replay([{ schemaVersion: 1, type: 'caseOpened' }, 7])).not.toThrow();
  });
});
