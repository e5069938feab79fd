import fc from 'fast-check';

/**
 * The fuzz harness: one table entry per public function, each with an arbitrary of argument lists,
 * and generic checks run on every call. Shared by the quick pass in `npm test` and `npm run fuzz`.
 */
export interface FuzzEntry {
  /** The exported name, or a label of this entry when a function has several (then `fn` is the exported name). */
  readonly name: string;
  /** The exported function, when `name` is a label (`'transition (art. 11)'`). */
  readonly fn?: string;
  /** `validated`: any JavaScript value must give a typed result. `trusted`: typed inputs only (documented so), edge values included. */
  readonly trust: 'validated' | 'trusted';
  /** Argument lists. */
  readonly args: fc.Arbitrary<unknown[]>;
  /** Calls the function. */
  readonly call: (...args: unknown[]) => unknown;
  /** Extra invariants on a result; return a message if broken. */
  readonly check?: (result: unknown, args: readonly unknown[]) => string | undefined;
  /** Why the output may hold NaN or odd text (a copy of its input), if it may. */
  readonly echoesInput?: string;
  /** An open finding in code owned elsewhere: failures whose message matches are counted as known, not failures. */
  readonly open?: { readonly finding: string; readonly matches: RegExp };
}

export interface Outcome {
  inputs: number;
  throws: number;
  known: number;
  failures: number;
  ms: number;
  firstFailure?: string;
}

/** Canonical text of a value, for determinism and no-mutation checks (Maps, NaN, undefined, -0 kept apart). */
export function canon(value: unknown, seen = new Set<unknown>()): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined || value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'function' || typeof value === 'symbol') return typeof value;
  if (isSchema(value)) return 'schema';
  if (seen.has(value)) return '[cycle]';
  seen.add(value);
  let out: string;
  if (Array.isArray(value)) out = `[${value.map((v) => canon(v, seen)).join(',')}]`;
  else if (value instanceof Map) out = `Map{${[...value].map(([k, v]) => `${canon(k, seen)}:${canon(v, seen)}`).join(',')}}`;
  else if (value instanceof Set) out = `Set{${[...value].map((v) => canon(v, seen)).join(',')}}`;
  else out = `{${Reflect.ownKeys(value as object).map((k) => `${String(k)}:${canon((value as Record<PropertyKey, unknown>)[k], seen)}`).join(',')}}`;
  seen.delete(value);
  return out;
}

/** A zod schema passed as an argument: opaque to the checks (freezing zod's internals would break it). */
const isSchema = (value: unknown): boolean => value !== null && typeof value === 'object' && '_zod' in value;

export function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value !== null && typeof value === 'object' && !seen.has(value) && !isSchema(value)) {
    seen.add(value);
    Object.freeze(value);
    for (const k of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[k], seen);
  }
  return value;
}

const dateKey = /(date|Date|On|deadline|Deadline|from|to|due|next|end)$/;

/**
 * Problems any output may not have: NaN or infinite numbers, a reference to Object.prototype, a NaN
 * amount or a time error in a text, and a date field that is not a supported civil date (a five-digit
 * year, an impossible day). Ids and texts copied from the input may hold anything, so only fields
 * named like dates are checked as dates.
 */
export function saneOutput(value: unknown, depth = 0, seen = new Set<unknown>(), key = ''): string | undefined {
  if (depth > 200) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `non-finite number ${value}`;
  if (typeof value === 'string') {
    if (/NaN zł|Invalid time value|Invalid Date/.test(value)) return `suspicious text: ${value.slice(0, 120)}`;
    if (dateKey.test(key) && /^\d{5,}-\d{2}-\d{2}$/.test(value)) return `out-of-range date ${key}: ${value}`;
    return undefined;
  }
  if (value === Object.prototype) return 'a reference to Object.prototype';
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
  seen.add(value);
  // An issue's params are the input's values, whatever they were: dates there are not produced dates.
  const isIssue = 'code' in value && 'path' in value;
  if (isIssue) key = '';
  const items: [string, unknown][] = value instanceof Map ? [...value].map(([k, v]) => [String(k), v]) : Array.isArray(value) ? value.map((v) => [key, v]) : Object.entries(value);
  for (const [k, v] of items) {
    const bad = saneOutput(v, depth + 1, seen, isIssue ? '' : k);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).join(',');

/** Runs one call with every generic check; returns undefined when all hold, else the failure. */
export function checkCall(entry: FuzzEntry, args: unknown[]): { kind: 'throw' | 'failure'; message: string } | undefined {
  const before = prototypeNames();
  const copy = structuredCloneSafe(args);
  const snapshot = canon(args);
  deepFreeze(args);
  let first: unknown;
  try {
    first = entry.call(...args);
  } catch (e) {
    return { kind: 'throw', message: `throws ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}` };
  }
  if (canon(args) !== snapshot) return { kind: 'failure', message: 'mutated its input' };
  if (prototypeNames() !== before || ({} as Record<string, unknown>)['polluted'] !== undefined) return { kind: 'failure', message: 'polluted Object.prototype' };
  if (copy !== undefined) {
    let second: unknown;
    try {
      second = entry.call(...copy);
    } catch (e) {
      return { kind: 'throw', message: `throws on the second call ${e instanceof Error ? e.message : String(e)}` };
    }
    if (canon(first) !== canon(second)) return { kind: 'failure', message: 'not deterministic' };
  }
  const insane = entry.echoesInput === undefined ? saneOutput(first) : undefined;
  if (insane !== undefined) return { kind: 'failure', message: insane };
  const broken = entry.check?.(first, args);
  if (broken !== undefined) return { kind: 'failure', message: broken };
  return undefined;
}

function structuredCloneSafe<T>(value: T): T | undefined {
  // Each argument on its own: a schema or a value holding functions (a policy) is passed as it is.
  if (Array.isArray(value)) {
    return value.map((v: unknown) => {
      if (isSchema(v)) return v;
      try {
        return structuredClone(v);
      } catch {
        return v;
      }
    }) as T;
  }
  return structuredClone(value);
}

/** Runs an entry on `runs` inputs from a seed. */
export function runEntry(entry: FuzzEntry, runs: number, seed: number): Outcome {
  const outcome: Outcome = { inputs: 0, throws: 0, known: 0, failures: 0, ms: 0 };
  const start = performance.now();
  fc.assert(
    fc.property(entry.args, (args) => {
      outcome.inputs++;
      const bad = checkCall(entry, args);
      if (bad === undefined) return;
      if (entry.open !== undefined && entry.open.matches.test(bad.message)) {
        outcome.known++;
        return;
      }
      if (bad.kind === 'throw') outcome.throws++;
      else outcome.failures++;
      outcome.firstFailure ??= `${bad.message} — args ${safeJson(args)}`;
    }),
    { numRuns: runs, seed, endOnFailure: false },
  );
  outcome.ms = performance.now() - start;
  return outcome;
}

export function safeJson(value: unknown): string {
  try {
    const s = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
    return s === undefined ? String(value) : s.length > 400 ? `${s.slice(0, 400)}…` : s;
  } catch {
    return String(value);
  }
}
