import { formatLegalBasis } from '../law/legalBasis.js';
import { formatIssuePath } from './fieldPath.js';
import type { Issue, IssueCode, IssueOf, Language } from './issue.js';
import { messagesEn } from './messages.en.js';
import { messagesPl } from './messages.pl.js';

const catalogues = { pl: messagesPl, en: messagesEn } as const;

/**
 * The message of one issue, in Polish or English.
 *
 * @example
 * ```ts
 * import { formatIssue } from 'praca-socjalna';
 * formatIssue({ code: 'no_main_goal', path: [] }, 'pl'); //=> 'Kontrakt wymaga celu głównego.'
 * ```
 * @category Issues
 */
export function formatIssue(issue: Issue, lang: Language): string {
  const render = catalogues[lang][issue.code] as (i: IssueOf<IssueCode>) => string;
  return render(issue);
}

/**
 * Issues as a readable block, like `z.prettifyError`: `✖ message`, then the field in words (`  → w polu:
 * dochody (pozycja 3) › miesiąc`, see {@link formatIssuePath}) and the legal basis. The text names fields,
 * never a key of the input and never a value.
 *
 * @example
 * ```ts
 * import { formatIssues } from 'praca-socjalna';
 * formatIssues([{ code: 'case_closed', path: ['type'] }], 'pl');
 * //=> '✖ Sprawa jest zamknięta: po zamknięciu nie można niczego dodać.\n  → w polu: rodzaj zdarzenia'
 * formatIssues([{ code: 'case_closed', path: ['type'] }], 'en');
 * //=> '✖ The case is closed: nothing can be added after closure.\n  → in the field: event type'
 * ```
 * @category Issues
 */
export function formatIssues(issues: readonly Issue[], lang: Language): string {
  return issues
    .map((issue) => {
      const lines = [`✖ ${formatIssue(issue, lang)}`];
      if (issue.path.length > 0) lines.push(`  → ${lang === 'pl' ? 'w polu:' : 'in the field:'} ${formatIssuePath(issue.path, lang)}`);
      if (issue.basis) lines.push(`  § ${formatLegalBasis(issue.basis)}`);
      return lines.join('\n');
    })
    .join('\n');
}
