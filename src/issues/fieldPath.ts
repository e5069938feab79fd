import { fieldsEn } from './fields.en.js';
import { fieldsPl, type FieldName } from './fields.pl.js';
import type { IssuePath, Language } from './issue.js';

const catalogues = { pl: fieldsPl, en: fieldsEn } as const;

/** Words around a path: a list position, a field the SDK does not know (a caller's own prefix), the separator. */
const words = {
  pl: { item: (n: number) => `pozycja ${n}`, unknown: 'pole spoza opisu danych', separator: ' › ' },
  en: { item: (n: number) => `item ${n}`, unknown: 'a field outside the data description', separator: ' › ' },
} as const;

/**
 * The name of a field of the SDK's input, in words: `fieldLabel('employedOn', 'pl')` → „data zatrudnienia”.
 * Every property of every exported schema has one, in Polish and English (a test walks the schemas). An
 * unknown name gives `undefined`, never the name itself, so that a code never reaches a sentence.
 *
 * @example
 * ```ts
 * import { fieldLabel } from 'praca-socjalna';
 * fieldLabel('employedOn', 'pl'); //=> 'data zatrudnienia'
 * fieldLabel('employedOn', 'en'); //=> 'date of employment'
 * fieldLabel('createdAt', 'pl'); //=> undefined
 * ```
 * @category Issues
 */
export function fieldLabel(field: string, lang: Language): string | undefined {
  const catalogue: Readonly<Record<FieldName, string>> = catalogues[lang];
  return Object.hasOwn(catalogue, field) ? catalogue[field as FieldName] : undefined;
}

/**
 * Where an issue is, in words, for a person to read: each named field of the path by its label, a list
 * position 1-based („pozycja 3”), joined by „›”. The event's `payload` is left out (the fields inside it
 * are the event's own), unless it is all the path names. The `path` of the issue stays as it is, for a
 * program to map it to its own form.
 *
 * @example
 * ```ts
 * import { formatIssuePath } from 'praca-socjalna';
 * formatIssuePath(['payload', 'employedOn'], 'pl'); //=> 'data zatrudnienia'
 * formatIssuePath(['income', 2, 'month'], 'pl'); //=> 'dochody (pozycja 3) › miesiąc'
 * formatIssuePath(['income', 2, 'month'], 'en'); //=> 'income (item 3) › month'
 * ```
 * @category Issues
 */
export function formatIssuePath(path: IssuePath, lang: Language): string {
  const w = words[lang];
  const shown = path.length > 1 ? path.filter((p) => p !== 'payload') : path;
  const parts: string[] = [];
  for (const segment of shown) {
    if (typeof segment === 'number') {
      const item = w.item(segment + 1);
      const last = parts.pop();
      parts.push(last === undefined ? item : `${last} (${item})`);
    } else {
      parts.push(fieldLabel(segment, lang) ?? w.unknown);
    }
  }
  return parts.join(w.separator);
}
