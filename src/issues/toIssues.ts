import type * as z from 'zod';
import type { Issue, IssuePath } from './issue.js';
import { toIssue } from './fromZod.js';

/**
 * This SDK's typed {@link Issue}s from a zod error, for when you call an exported schema's own
 * `safeParse`: the SDK's checks (PESEL checksum, one applicant, …) come back with their stable code and
 * legal basis, zod's own issues as `invalid_input` with a Polish and an English detail. Render them with
 * `formatIssues(issues, 'pl' | 'en')`. Never throws.
 *
 * @param error - `parsed.error` from `schema.safeParse(…)`, or anything carrying zod issues the same way.
 * @param prefix - prepended to every path, when the parsed value sits inside a larger document.
 * @example
 * ```ts
 * import { Pesel, formatIssues, toIssues } from 'praca-socjalna';
 * const parsed = Pesel.safeParse('44051401358');
 * const issues = parsed.success ? [] : toIssues(parsed.error);
 * issues[0]?.code; //=> 'pesel_invalid_checksum'
 * formatIssues(issues, 'pl'); //=> '✖ Numer PESEL ma nieprawidłową cyfrę kontrolną.'
 * ```
 * @category Issues
 */
export function toIssues(error: { readonly issues: readonly z.core.$ZodIssue[] }, prefix: IssuePath = []): Issue[] {
  return error.issues.map((issue) => toIssue(issue, prefix));
}

/** How many times {@link stripUnknownKeys} re-parses at most: each pass removes every key zod reported. */
const MAX_PASSES = 8;

/**
 * The input without the keys a schema does not know, and where they were: for a row from your database
 * that carries `createdAt`, `tenantId` and the like next to the SDK's fields. Every SDK schema is strict
 * (an unknown key is an error, so a typo is never silently dropped); call this first, per call, where you
 * know the extra keys are yours. Your input is not changed: objects on the way to a removed key are
 * copied. Keys under a plain `z.union` (not discriminated) are left for the schema to report.
 *
 * @param schema - the exported schema the input is meant for (`EligibilityRequest`, `CaseEvent`, …).
 * @param input - any value; never throws.
 * @returns `input`, with the unknown keys removed, and `stripped`, the path of each removed key.
 * @example
 * ```ts
 * import { Person, stripUnknownKeys } from 'praca-socjalna';
 * const row = { id: 'p-1', firstName: 'Jan', lastName: 'Kowalski', birthDate: '1944-05-14', createdAt: '2025-01-01T10:00:00Z' };
 * const { input, stripped } = stripUnknownKeys(Person, row);
 * stripped; //=> [['createdAt']]
 * Person.safeParse(input).success; //=> true
 * ```
 * @category Issues
 */
export function stripUnknownKeys(schema: z.ZodType, input: unknown): { input: unknown; stripped: IssuePath[] } {
  let current = input;
  const stripped: IssuePath[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const parsed = schema.safeParse(current);
    if (parsed.success) break;
    const unknown = parsed.error.issues.filter((i) => i.code === 'unrecognized_keys');
    if (unknown.length === 0) break;
    for (const issue of unknown) {
      const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      for (const key of issue.keys) {
        current = without(current, at, key);
        stripped.push([...at, key]);
      }
    }
  }
  return { input: current, stripped };
}

/** A copy of `value` with `key` removed from the object at `path`; shares everything off that path. */
function without(value: unknown, path: IssuePath, key: string): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (path.length === 0) {
    if (Array.isArray(value)) return value;
    const { [key]: _removed, ...rest } = value as Record<string, unknown>;
    return rest;
  }
  const [head, ...tail] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    if (typeof head === 'number' && head < copy.length) copy[head] = without(copy[head], tail, key);
    return copy;
  }
  const record = value as Record<string, unknown>;
  if (!Object.hasOwn(record, head)) return value;
  return { ...record, [head]: without(record[head], tail, key) };
}
