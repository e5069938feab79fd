/**
 * What the examples print, line by line, with the language of each line: `pl` for text a centre would
 * read (the SDK's Polish and the example's own), `en` for the English twin or a developer's note. The
 * test test/examplesPolish.test.ts reads the Polish lines of every example and rejects a code, an id or
 * an English word in them, as it does for the golden files.
 */
export type Language = 'pl' | 'en';

/** One line an example printed. */
export interface SaidLine {
  readonly lang: Language;
  readonly text: string;
}

const said: SaidLine[] = [];
let printing = true;

/** Prints a line (or several, joined by newlines) in a language, and keeps it for the test. */
export function say(lang: Language, text = ''): void {
  said.push({ lang, text });
  if (printing) process.stdout.write(`${text}\n`);
}

/** A line in Polish. */
export const pl = (text = ''): void => say('pl', text);
/** A line in English. */
export const en = (text = ''): void => say('en', text);

/** For the test: stop printing (and writing files), keep collecting. */
export function silence(): void {
  printing = false;
}

/** Whether an example may write its files (not under the test). */
export function writesFiles(): boolean {
  return printing;
}

/** For the test: the lines said since the last call, and forget them. */
export function takeSaid(): SaidLine[] {
  return said.splice(0, said.length);
}
