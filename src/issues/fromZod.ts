import * as z from 'zod';
import { en as enLocale, pl as plLocale } from 'zod/locales';
import type { Issue, IssuePath } from './issue.js';

const pl = plLocale().localeError;
const en = enLocale().localeError;

type ZodIssue = z.core.$ZodIssue;

function localize(map: typeof pl, issue: ZodIssue): string {
  const out = map(issue as never);
  if (typeof out === 'string') return out;
  return out?.message ?? issue.message;
}

/**
 * @internal Our own refinements carry an issue of this SDK in `params.issue`; zod's own issues are
 * translated. Public as `toIssues`.
 */
export function toIssue(raw: ZodIssue, prefix: IssuePath): Issue {
  const path = [...prefix, ...raw.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  if (raw.code === 'custom' && raw.params?.['issue']) {
    const own = raw.params['issue'] as Issue;
    return { ...own, path };
  }
  const at = path.length > 0 ? path.join('.') : '(root)';
  return {
    code: 'invalid_input',
    path,
    zodCode: raw.code,
    detail: { pl: `${at}: ${localize(pl, raw)}`, en: `${at}: ${localize(en, raw)}` },
  };
}

/**
 * @internal Parses with a zod schema; on failure returns this SDK's issues (with Polish and English
 * detail), never throws. `prefix` is prepended to every path.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: IssuePath = [],
): { ok: true; value: z.output<S> } | { ok: false; error: Issue[] } {
  // Valid input, the usual case, is parsed once without copying the input into issues (the cheaper path);
  // only a refused input is parsed again with it, so that messages can say what type was received.
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const reported = schema.safeParse(input, { reportInput: true });
  const issues = reported.success ? parsed.error.issues : reported.error.issues;
  return { ok: false, error: issues.map((i) => toIssue(i, prefix)) };
}

/** @internal Adds one of this SDK's issues to a zod refinement context. */
export function addIssue(ctx: { issues: unknown[]; value: unknown }, issue: Issue): void {
  (ctx.issues as z.core.$ZodRawIssue[]).push({
    code: 'custom',
    input: ctx.value,
    path: [...issue.path],
    message: issue.code,
    params: { issue },
  });
}
