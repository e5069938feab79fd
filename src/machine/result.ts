import type { Issue } from '../issues/issue.js';

/**
 * Something a step says without refusing: today, that the event was already recorded (same id, same
 * content), so the step changed nothing.
 *
 * @remarks A delivery retried by a queue or a double click is harmless: the stream stays as it was and
 * the caller learns why. The same id with different content is refused (`event_id_reused`).
 * @example
 * ```ts
 * import { type StepNotice } from 'praca-socjalna';
 * const n: StepNotice = { code: 'already_recorded', eventId: 'e-7', index: 3 };
 * ```
 * @category Machine
 */
export interface StepNotice {
  readonly code: 'already_recorded';
  readonly eventId: string;
  /** The position of the event in the list given to `replay`; 0 for `transition`. */
  readonly index: number;
}

/**
 * The outcome of one step of any machine: the new state and any notices, or the issues that refused it
 * (the given state unchanged).
 *
 * @example
 * ```ts
 * import { type StepResult } from 'praca-socjalna';
 * declare const r: StepResult<{ version: number }>;
 * if (r.ok) r.value.version; else r.error[0]?.code;
 * ```
 * @category Machine
 */
export type StepResult<S> =
  | { readonly ok: true; readonly value: S; readonly notices: readonly StepNotice[] }
  | { readonly ok: false; readonly error: readonly Issue[] };

/**
 * Why a stream could not be replayed: the index of the first refused event and its issues.
 *
 * @example
 * ```ts
 * import { type ReplayError } from 'praca-socjalna';
 * const e: ReplayError = { index: 0, issues: [{ code: 'empty_log', path: [] }] };
 * ```
 * @category Machine
 */
export interface ReplayError {
  readonly index: number;
  readonly issues: readonly Issue[];
}

/**
 * The outcome of a replay: the finished state and any notices, or where and why it stopped.
 *
 * @example
 * ```ts
 * import { type ReplayResult } from 'praca-socjalna';
 * declare const r: ReplayResult<{ version: number }>;
 * if (!r.ok) r.error.index;
 * ```
 * @category Machine
 */
export type ReplayResult<S> =
  | { readonly ok: true; readonly value: S; readonly notices: readonly StepNotice[] }
  | { readonly ok: false; readonly error: ReplayError };

/** @internal A successful step. */
export function stepOk<S>(value: S, notices: readonly StepNotice[] = []): { readonly ok: true; readonly value: S; readonly notices: readonly StepNotice[] } {
  return { ok: true, value, notices };
}

/** @internal A refused step. */
export function stepFail(error: readonly Issue[]): { readonly ok: false; readonly error: readonly Issue[] } {
  return { ok: false, error };
}
