import * as z from 'zod';
import { en as enLocale } from 'zod/locales';
import type { Issue, IssuePath } from './issue.js';
import { zodDetailPl } from './zodDetail.pl.js';

const en = enLocale().localeError;

type ZodIssue = z.core.$ZodIssue;

/** zod's English message, without the „Invalid input:” the message of `invalid_input` already says. */
function english(issue: ZodIssue): string {
  const out = en(issue as never);
  const text = typeof out === 'string' ? out : (out?.message ?? issue.message);
  return text.replace(/^Invalid input: /, '');
}

/**
 * @internal Our own refinements carry an issue of this SDK in `params.issue`; zod's own issues are
 * translated. The detail says what is wrong, not where: the path is data, rendered in words by
 * `formatIssues`. Public as `toIssues`.
 */
export function toIssue(raw: ZodIssue, prefix: IssuePath): Issue {
  const path = [...prefix, ...raw.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  if (raw.code === 'custom' && raw.params?.['issue']) {
    const own = raw.params['issue'] as Issue;
    return { ...own, path };
  }
  return {
    code: 'invalid_input',
    path,
    zodCode: raw.code,
    detail: { pl: zodDetailPl(raw), en: english(raw) },
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
