import type { Issue } from '../issues/issue.js';
import { sortedReceipts } from '../machine/digest.js';
import type { ReplayResult, StepNotice } from '../machine/result.js';
import { ownedDraft } from './draft.js';
import { type CaseEvent, parseEvent } from './registry.js';
import type { CaseState } from './state.js';
import { stepDraft } from './step.js';
import { openValidated } from './transition.js';
import { upcastStream } from './upcast.js';

function fold(events: readonly unknown[], read: (event: unknown) => { ok: true; value: CaseEvent } | { ok: false; error: Issue[] }): ReplayResult<CaseState> {
  const first = read(events[0]);
  if (!first.ok) return { ok: false, error: { index: 0, issues: first.error } };
  const opened = openValidated(first.value);
  if (!opened.ok) return { ok: false, error: { index: 0, issues: opened.error } };
  const d = ownedDraft(opened.value);
  const seen = new Map<string, string>();
  for (const r of opened.value.received) seen.set(r.id, r.digest);
  const receipts = { find: (id: string) => seen.get(id), add: (id: string, digest: string) => void seen.set(id, digest) };
  const notices: StepNotice[] = [];
  for (let index = 1; index < events.length; index++) {
    const parsed = read(events[index]);
    if (!parsed.ok) return { ok: false, error: { index, issues: parsed.error } };
    const e = parsed.value;
    if (e.type === 'caseOpened' && !seen.has(e.id)) return { ok: false, error: { index, issues: [{ code: 'case_already_opened', path: ['type'] }] } };
    const outcome = stepDraft(d, e, receipts);
    if (outcome === 'duplicate') notices.push({ code: 'already_recorded', eventId: e.id, index });
    else if (outcome !== undefined) return { ok: false, error: { index, issues: outcome } };
  }
  d.s.received = sortedReceipts(seen);
  return { ok: true, value: d.s, notices };
}

function entry(events: unknown, read: (event: unknown) => { ok: true; value: CaseEvent } | { ok: false; error: Issue[] }): ReplayResult<CaseState> {
  if (!Array.isArray(events)) return { ok: false, error: { index: 0, issues: [{ code: 'stream_not_a_list', path: [] }] } };
  if (events.length === 0) return { ok: false, error: { index: 0, issues: [{ code: 'empty_log', path: [] }] } };
  const first: unknown = events[0];
  if (typeof first === 'object' && first !== null && (first as { schemaVersion?: unknown }).schemaVersion === 1) {
    const upcast = upcastStream(events);
    return upcast.ok ? fold(upcast.value, parseEvent) : { ok: false, error: upcast.error };
  }
  return fold(events, read);
}

/**
 * Rebuilds the state of a case from its stream, validating every event once.
 *
 * @remarks Folds into a private draft and hands out one finished state: the work is linear in the
 * stream. Deterministic: the same stream gives the same state, byte for byte, equal to applying its
 * events one by one with {@link transition}. An event delivered twice (same id and content) is skipped
 * with a notice; the same id with other content stops the replay. A `schemaVersion: 1` stream (0.1.0) is
 * carried over by {@link upcastStream} first. Never throws: `replay(null)` is a typed issue.
 * @see {@link CaseEvent} for the shape of each event (JSON Schema `praca-socjalna/schemas/CaseEvent.json`).
 * @example
 * ```ts
 * import { replay } from 'praca-socjalna';
 * replay([]).ok; //=> false (an empty stream has no case)
 * replay(null).ok; //=> false (stream_not_a_list)
 * ```
 * @category Process
 */
export function replay(events: unknown): ReplayResult<CaseState> {
  return entry(events, parseEvent);
}

/**
 * Rebuilds the state of a case from a stream that was validated when its events were appended (each
 * accepted by {@link openCase} or {@link transition}): the fast path, with no schema validation.
 *
 * @remarks Every rule of the method is still checked — only the schemas are skipped — so a trusted
 * stream gives exactly the state {@link replay} gives. Do not use it for events from outside your
 * store: a malformed event there is undefined behaviour, not a typed issue.
 * @example
 * ```ts
 * import { replayTrusted, type CaseEvent } from 'praca-socjalna';
 * declare const stored: readonly CaseEvent[]; // appended through transition()
 * const r = replayTrusted(stored);
 * if (r.ok) r.value.version;
 * ```
 * @category Process
 */
export function replayTrusted(events: readonly CaseEvent[]): ReplayResult<CaseState> {
  return entry(events, (e) => ({ ok: true, value: e as CaseEvent }));
}
