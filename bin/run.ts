/**
 * The `praca-socjalna` command, as a function of its arguments (bin/praca-socjalna.ts wires it to the
 * process). Thin over the public API: `check` is `replay`, `eligibility` is `assessEligibility` and
 * `explain`; so it follows the SDK's shapes without code of its own. Never throws and never prints a stack
 * trace: every failure is a sentence naming the file, the event or the field, and an exit code.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Issue, type Language, assessEligibility, explain, formatIssue, formatIssues, replay } from '../src/index.js';
// Internal today; the public `label(code, lang)` replaces it after the i18n merge (one line to re-point).
import { label } from '../src/issues/labels.js';

/** Exit codes, documented in docs/integration.md and `--help`. */
export const exitCodes = { ok: 0, refused: 1, usage: 2, unreadable: 3, internal: 4 } as const;

/** Where the command writes. Tests pass collectors; the bin passes the process streams. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Files above this size are refused before reading: the SDK's inputs are bounded. */
const MAX_BYTES = 64 * 1024 * 1024;

const messages = {
  pl: {
    usage: `Użycie:
  praca-socjalna check <strumień.json> [--lang pl|en] [--json]
      odtwarza zapisany strumień zdarzeń sprawy i wypisuje jej stan albo pierwsze odrzucone zdarzenie
  praca-socjalna eligibility <wniosek.json> [--as-of RRRR-MM-DD] [--lang pl|en] [--json]
      ocenia uprawnienie do świadczenia i wypisuje uzasadnienie
  praca-socjalna schemas <katalog>
      zapisuje schematy JSON (draft 2020-12) danych wejściowych i stanów
Kody wyjścia: 0 — gotowe; 1 — dane odrzucone; 2 — błędne wywołanie; 3 — pliku nie da się odczytać; 4 — błąd wewnętrzny.`,
    unknownCommand: (c: string) => `Nieznane polecenie „${c}”.`,
    unknownOption: (o: string) => `Nieznana opcja „${o}”.`,
    missingFile: 'Brak ścieżki do pliku.',
    missingValue: (o: string) => `Opcja ${o} wymaga wartości.`,
    badLang: 'Opcja --lang przyjmuje „pl” albo „en”.',
    notFound: (f: string) => `Nie można odczytać pliku ${f}: plik nie istnieje.`,
    isDir: (f: string) => `Nie można odczytać pliku ${f}: to jest katalog.`,
    denied: (f: string) => `Nie można odczytać pliku ${f}: brak uprawnień.`,
    tooBig: (f: string) => `Plik ${f} jest za duży (ponad 64 MiB).`,
    cannotRead: (f: string) => `Nie można odczytać pliku ${f}.`,
    notJson: (f: string, at: string) => `Plik ${f} nie jest poprawnym dokumentem JSON${at}.`,
    at: (line: number, col: number) => ` (wiersz ${line}, kolumna ${col})`,
    end: ' (plik kończy się przedwcześnie)',
    notArray: (f: string) => `Plik ${f} powinien zawierać tablicę zdarzeń (albo obiekt z polem „events”).`,
    notObject: (f: string) => `Plik ${f} powinien zawierać obiekt wniosku.`,
    refusedEvent: (n: number) => `Zdarzenie nr ${n} zostało odrzucone:`,
    refusedRequest: 'Wniosek został odrzucony:',
    replayed: (n: number, stage: string, version: number) =>
      `Sprawa odtworzona z ${n} ${plural(n, 'zdarzenia', 'zdarzeń', 'zdarzeń')}: etap „${stage}”, wersja ${version}.`,
    counts: (c: Counts) =>
      `Problemy: ${c.problems}; cele szczegółowe: ${c.goals}; działania: ${c.actions}; kontrakty: ${c.contracts}; wpisy monitoringu: ${c.monitoring}.`,
    schemasWritten: (n: number, dir: string) => `Zapisano ${n} ${plural(n, 'schemat', 'schematy', 'schematów')} JSON w katalogu ${dir}.`,
    noSchemas: 'Brak schematów JSON w pakiecie (w repozytorium najpierw: npm run build).',
    cannotWrite: (dir: string) => `Nie można zapisać w katalogu ${dir}.`,
    internal: 'Błąd wewnętrzny; prosimy o zgłoszenie z plikiem, który go wywołał.',
  },
  en: {
    usage: `Usage:
  praca-socjalna check <stream.json> [--lang pl|en] [--json]
      replays a stored case event stream; prints its state, or the first refused event
  praca-socjalna eligibility <request.json> [--as-of YYYY-MM-DD] [--lang pl|en] [--json]
      assesses eligibility for a benefit and prints the explanation
  praca-socjalna schemas <dir>
      writes the JSON Schemas (draft 2020-12) of the inputs and states
Exit codes: 0 done; 1 input refused; 2 bad usage; 3 file unreadable; 4 internal error.`,
    unknownCommand: (c: string) => `Unknown command "${c}".`,
    unknownOption: (o: string) => `Unknown option "${o}".`,
    missingFile: 'Missing file path.',
    missingValue: (o: string) => `Option ${o} needs a value.`,
    badLang: 'Option --lang takes "pl" or "en".',
    notFound: (f: string) => `Cannot read ${f}: no such file.`,
    isDir: (f: string) => `Cannot read ${f}: it is a directory.`,
    denied: (f: string) => `Cannot read ${f}: permission denied.`,
    tooBig: (f: string) => `${f} is too large (over 64 MiB).`,
    cannotRead: (f: string) => `Cannot read ${f}.`,
    notJson: (f: string, at: string) => `${f} is not valid JSON${at}.`,
    at: (line: number, col: number) => ` (line ${line}, column ${col})`,
    end: ' (the file ends too early)',
    notArray: (f: string) => `${f} should hold an array of events (or an object with "events").`,
    notObject: (f: string) => `${f} should hold a request object.`,
    refusedEvent: (n: number) => `Event no. ${n} was refused:`,
    refusedRequest: 'The request was refused:',
    replayed: (n: number, stage: string, version: number) => `Case replayed from ${n} event${n === 1 ? '' : 's'}: stage "${stage}", version ${version}.`,
    counts: (c: Counts) => `Problems: ${c.problems}; specific goals: ${c.goals}; actions: ${c.actions}; contracts: ${c.contracts}; monitoring entries: ${c.monitoring}.`,
    schemasWritten: (n: number, dir: string) => `${n} JSON Schemas written to ${dir}.`,
    noSchemas: 'No JSON Schemas in the package (in the repository, run npm run build first).',
    cannotWrite: (dir: string) => `Cannot write to ${dir}.`,
    internal: 'Internal error; please report it with the file that caused it.',
  },
} as const;

interface Counts {
  problems: number;
  goals: number;
  actions: number;
  contracts: number;
  monitoring: number;
}

/** Polish plural: 1 → one; 2–4 (not 12–14) → few; else many. The `one` form here follows a number (z 1 zdarzenia). */
function plural(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one;
  const tens = n % 100;
  return n % 10 >= 2 && n % 10 <= 4 && (tens < 12 || tens > 14) ? few : many;
}

interface Options {
  lang: Language;
  json: boolean;
  asOf: string | undefined;
  positional: string[];
}

class Stop {
  constructor(
    readonly code: number,
    readonly message: string,
  ) {}
}

function parseArgs(args: readonly string[]): Options {
  const o: Options = { lang: 'pl', json: false, asOf: undefined, positional: [] };
  // --lang first, so that usage errors are already in the asked language.
  const langAt = args.indexOf('--lang');
  if (langAt >= 0) {
    const v = args[langAt + 1];
    if (v !== 'pl' && v !== 'en') throw new Stop(exitCodes.usage, messages.en.badLang);
    o.lang = v;
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--lang') i++;
    else if (a === '--json') o.json = true;
    else if (a === '--help') o.positional.unshift('help');
    else if (a === '--as-of') {
      const v = args[++i];
      if (v === undefined) throw new Stop(exitCodes.usage, messages[o.lang].missingValue('--as-of'));
      o.asOf = v;
    } else if (a.startsWith('--')) throw new Stop(exitCodes.usage, messages[o.lang].unknownOption(a));
    else o.positional.push(a);
  }
  return o;
}

function readJson(file: string, lang: Language): unknown {
  const m = messages[lang];
  let text: string;
  try {
    const size = statSync(file);
    if (size.isDirectory()) throw new Stop(exitCodes.unreadable, m.isDir(file));
    if (size.size > MAX_BYTES) throw new Stop(exitCodes.unreadable, m.tooBig(file));
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof Stop) throw e;
    const code = (e as { code?: string }).code;
    throw new Stop(exitCodes.unreadable, code === 'ENOENT' ? m.notFound(file) : code === 'EACCES' ? m.denied(file) : m.cannotRead(file));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = String((e as Error).message);
    const position = /position (\d+)/.exec(why)?.[1];
    let at = /end of JSON/.test(why) ? m.end : '';
    if (position !== undefined) {
      const before = text.slice(0, Number(position)).split('\n');
      at = m.at(before.length, (before.at(-1)?.length ?? 0) + 1);
    }
    throw new Stop(exitCodes.unreadable, m.notJson(file, at));
  }
}

const withMessages = (issues: readonly Issue[], lang: Language) => issues.map((i) => ({ ...i, message: formatIssue(i, lang) }));
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function check(o: Options, out: Output): number {
  const file = o.positional[1];
  const m = messages[o.lang];
  if (file === undefined) throw new Stop(exitCodes.usage, m.missingFile);
  const doc = readJson(file, o.lang);
  const events = Array.isArray(doc) ? doc : typeof doc === 'object' && doc !== null && Array.isArray((doc as { events?: unknown }).events) ? (doc as { events: unknown[] }).events : undefined;
  if (events === undefined) throw new Stop(exitCodes.refused, m.notArray(file));
  const r = replay(events);
  if (!r.ok) {
    if (o.json) out.stdout(json({ ok: false, index: r.error.index, issues: withMessages(r.error.issues, o.lang) }));
    else out.stderr(`${m.refusedEvent(r.error.index + 1)}\n${formatIssues(r.error.issues, o.lang)}\n`);
    return exitCodes.refused;
  }
  const s = r.value;
  if (o.json) {
    out.stdout(json({ ok: true, state: s }));
    return exitCodes.ok;
  }
  const counts = { problems: s.problems.length, goals: s.specificGoals.length, actions: s.actions.length, contracts: s.contracts.length, monitoring: s.monitoring.length };
  out.stdout(`${m.replayed(events.length, label(s.stage, o.lang), s.version)}\n${m.counts(counts)}\n`);
  return exitCodes.ok;
}

function eligibility(o: Options, out: Output): number {
  const file = o.positional[1];
  const m = messages[o.lang];
  if (file === undefined) throw new Stop(exitCodes.usage, m.missingFile);
  const doc = readJson(file, o.lang);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new Stop(exitCodes.refused, m.notObject(file));
  const request = o.asOf === undefined ? doc : { ...doc, asOf: o.asOf };
  const r = assessEligibility(request);
  if (!r.ok) {
    if (o.json) out.stdout(json({ ok: false, issues: withMessages(r.error, o.lang) }));
    else out.stderr(`${m.refusedRequest}\n${formatIssues(r.error, o.lang)}\n`);
    return exitCodes.refused;
  }
  const explanation = explain(r.value, o.lang);
  out.stdout(o.json ? json({ ok: true, result: r.value, explanation }) : `${explanation}\n`);
  return exitCodes.ok;
}

function schemas(o: Options, out: Output, schemasDir: string): number {
  const dir = o.positional[1];
  const m = messages[o.lang];
  if (dir === undefined) throw new Stop(exitCodes.usage, m.missingFile);
  const names = existsSync(schemasDir) ? readdirSync(schemasDir).filter((f) => f.endsWith('.json') && f !== 'index.json') : [];
  if (names.length === 0) throw new Stop(exitCodes.internal, m.noSchemas);
  try {
    mkdirSync(dir, { recursive: true });
    for (const f of [...names, 'index.json']) copyFileSync(join(schemasDir, f), join(dir, f));
  } catch {
    throw new Stop(exitCodes.unreadable, m.cannotWrite(dir));
  }
  out.stdout(`${m.schemasWritten(names.length, dir)}\n`);
  return exitCodes.ok;
}

/**
 * Runs the command line `args` (without `node` and the script). Returns the exit code; writes only
 * through `out`. `schemasDir` is where the package's JSON Schemas are.
 */
export function run(args: readonly string[], out: Output, schemasDir: string): number {
  let lang: Language = 'pl';
  try {
    const o = parseArgs(args);
    lang = o.lang;
    const command = o.positional[0];
    if (command === undefined || command === 'help') {
      out.stdout(`${messages[lang].usage}\n`);
      return command === undefined ? exitCodes.usage : exitCodes.ok;
    }
    if (command === 'check') return check(o, out);
    if (command === 'eligibility') return eligibility(o, out);
    if (command === 'schemas') return schemas(o, out, schemasDir);
    throw new Stop(exitCodes.usage, `${messages[lang].unknownCommand(command)}\n${messages[lang].usage}`);
  } catch (e) {
    if (e instanceof Stop) {
      out.stderr(`${e.message}\n`);
      return e.code;
    }
    out.stderr(`${messages[lang].internal}\n`);
    return exitCodes.internal;
  }
}
