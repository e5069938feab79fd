/**
 * What must never appear in Polish text a centre signs: a code (a camelCase identifier), an id (a short
 * prefix and a hyphen, like `p-ewa`, `k-1`, `i-p-2025-02-50000`), or an English word.
 */
const english = ['the', 'and', 'of', 'is', 'was', 'with', 'for', 'none', 'available', 'not', 'which', 'income', 'benefit', 'allowance', 'note', 'verified', 'unverified', 'true', 'false', 'null', 'undefined', 'confidence', 'parameter'];
const englishWord = new RegExp(`(^|[^\\p{L}])(${english.join('|')})(?=[^\\p{L}]|$)`, 'giu');
const camelCase = /(^|[^\p{L}])([a-z]+[A-Z][A-Za-z]*)/gu;
const id = /(^|[^\p{L}\d])([a-z]{1,2}-[a-z0-9]+(?:-[a-z0-9]+)*)(?=[^\p{L}\d]|$)/gu;

/** The offending words of a Polish text, each with a little context; empty when the text is clean. */
export function polishTextProblems(text: string): string[] {
  const found: string[] = [];
  for (const re of [camelCase, englishWord, id]) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      found.push(`${m[2]} ← …${text.slice(Math.max(0, at - 30), at + 40).replace(/\n/g, ' ')}…`);
    }
  }
  return found;
}
