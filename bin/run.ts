/**
 * The `praca-socjalna` command, as a function of its arguments (bin/praca-socjalna.ts wires it to the
 * process). Thin over the public API: `check` is `replay` and `agenda`, `contract` is `replay` and
 * `renderContract`, `eligibility` is `assessEligibility` and `explain`; so it follows the SDK's shapes
 * without code of its own. Never throws and never prints a stack
 * trace: every failure is a sentence naming the file, the event or the field, and an exit code.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CaseState, type Issue, type Language, agenda, agendaMarkdown, assessEligibility, explain, formatIssue, formatIssues, isCivilDate, label as publicLabel, renderContract, replay,
} from '../src/index.js';
// Internal today; the public `label(code, lang)` replaces it after the i18n merge (one line to re-point).
import { label } from '../src/issues/labels.js';

/** Exit codes, documented in docs/integration.md and `--help`. */
export const exitCodes = { ok: 0, refused: 1, usage: 2, unreadable: 3, internal: 4 } as const;

/** Where the command writes. Tests pass collectors; the bin passes the process streams. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * The clock, the command's only: today's date for the agenda when `--as-of` is not given, and the time a
 * long replay took. Tests pass a fixed one.
 */
export interface Clock {
  today(): string;
  now(): number;
}

/** Today in the local time zone (a centre's day), and milliseconds for the progress line. */
export const systemClock: Clock = { today: () => new Date().toLocaleDateString('sv-SE'), now: () => Date.now() };

/** From this many events, `check` and `contract` say on stderr that they are replaying, and how long it took. */
export const progressFrom = 10_000;

/** Files above this size are refused before reading: the SDK's inputs are bounded. */
const MAX_BYTES = 64 * 1024 * 1024;

const messages = {
  pl: {
    usage: `Użycie:
  praca-socjalna check <strumień.json> [--as-of RRRR-MM-DD] [--lang pl|en] [--json]
      odtwarza zapisany strumień zdarzeń sprawy i wypisuje jej stan i terminarz na dany dzień (domyślnie
      dzisiejszy) albo pierwsze odrzucone zdarzenie
  praca-socjalna contract <strumień.json> <id-kontraktu> [--html plik.html] [--lang pl|en]
      odtwarza sprawę i zapisuje kontrakt jako dokument HTML do podpisu (bez --html: na wyjście)
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
    notArray: (f: string) => `Plik ${f} powinien zawierać tablicę zdarzeń (albo obiekt z polem „events” lub „stream”).`,
    notObject: (f: string) => `Plik ${f} powinien zawierać obiekt wniosku.`,
    refusedEvent: (n: number) => `Zdarzenie nr ${n} zostało odrzucone:`,
    refusedRequest: 'Wniosek został odrzucony:',
    replayed: (n: number, stage: string, version: number) =>
      `Sprawa odtworzona z ${n} ${plural(n, 'zdarzenia', 'zdarzeń', 'zdarzeń')}: etap „${stage}”, wersja ${version}.`,
    counts: (c: Counts) =>
      `Problemy: ${c.problems}; cele szczegółowe: ${c.goals}; działania: ${c.actions}; kontrakty: ${c.contracts}; wpisy monitoringu: ${c.monitoring}.`,
    schemasWritten: (n: number, dir: string) => `Zapisano ${n} ${plural(n, 'schemat', 'schematy', 'schematów')} JSON w katalogu ${dir}.`,
    agendaTitle: 'Terminarz sprawy:',
    badAsOf: 'Opcja --as-of przyjmuje datę w postaci RRRR-MM-DD, np. 2025-04-01.',
    missingContract: 'Brak identyfikatora kontraktu.',
    noContract: (n: number) => `W sprawie nie ma kontraktu o podanym identyfikatorze (kontrakty w sprawie: ${n}).`,
    contractWritten: (what: string, status: string, file: string) => `Zapisano ${what} (stan: ${status}) w pliku ${file}.`,
    cannotWriteFile: (f: string) => `Nie można zapisać pliku ${f}.`,
    replaying: (n: string, f: string) => `Odtwarzanie ${n} zdarzeń z pliku ${f}…`,
    replayedIn: (seconds: string) => `Odtworzono w ${seconds} s.`,
    noSchemas: 'Brak schematów JSON w pakiecie (w repozytorium najpierw: npm run build).',
    cannotWrite: (dir: string) => `Nie można zapisać w katalogu ${dir}.`,
    internal: 'Błąd wewnętrzny; prosimy o zgłoszenie z plikiem, który go wywołał.',
  },
  en: {
    usage: `Usage:
  praca-socjalna check <stream.json> [--as-of YYYY-MM-DD] [--lang pl|en] [--json]
      replays a stored case event stream; prints its state and its agenda on a day (default today), or
      the first refused event
  praca-socjalna contract <stream.json> <contractId> [--html out.html] [--lang pl|en]
      replays the case and writes the contract as an HTML document for signature (no --html: to stdout)
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
    notArray: (f: string) => `${f} should hold an array of events (or an object with "events" or "stream").`,
    notObject: (f: string) => `${f} should hold a request object.`,
    refusedEvent: (n: number) => `Event no. ${n} was refused:`,
    refusedRequest: 'The request was refused:',
    replayed: (n: number, stage: string, version: number) => `Case replayed from ${n} event${n === 1 ? '' : 's'}: stage "${stage}", version ${version}.`,
    counts: (c: Counts) => `Problems: ${c.problems}; specific goals: ${c.goals}; actions: ${c.actions}; contracts: ${c.contracts}; monitoring entries: ${c.monitoring}.`,
    schemasWritten: (n: number, dir: string) => `${n} JSON Schemas written to ${dir}.`,
    agendaTitle: 'Agenda of the case:',
    badAsOf: 'Option --as-of takes a date as YYYY-MM-DD, e.g. 2025-04-01.',
    missingContract: 'Missing contract id.',
    noContract: (n: number) => `The case has no contract with that id (contracts in the case: ${n}).`,
    contractWritten: (what: string, status: string, file: string) => `Wrote the ${what} (${status}) to ${file}.`,
    cannotWriteFile: (f: string) => `Cannot write ${f}.`,
    replaying: (n: string, f: string) => `Replaying ${n} events from ${f}…`,
    replayedIn: (seconds: string) => `Replayed in ${seconds} s.`,
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
  html: string | undefined;
  positional: string[];
}

class Stop {
  constructor(
    readonly code: number,
    readonly message: string,
  ) {}
}

function parseArgs(args: readonly string[]): Options {
  const o: Options = { lang: 'pl', json: false, asOf: undefined, html: undefined, positional: [] };
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
    } else if (a === '--html') {
      const v = args[++i];
      if (v === undefined) throw new Stop(exitCodes.usage, messages[o.lang].missingValue('--html'));
      o.html = v;
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

/** Thousands grouped as a Polish or English text writes them (10 001, 10,001). */
const count = (n: number, lang: Language) => n.toLocaleString(lang === 'pl' ? 'pl-PL' : 'en-GB').replace(/\u00a0/g, ' ');

/**
 * Reads and replays a stream file: an array of events, `{ "events": [...] }` (a stored stream) or
 * `{ "stream": [...] }` (a fixture of the package). Prints the refused event and returns its exit code,
 * or returns the state. Long streams get a progress line on stderr.
 */
function replayFile(file: string, o: Options, out: Output, clock: Clock): { state: CaseState; events: number } | number {
  const m = messages[o.lang];
  const doc = readJson(file, o.lang);
  const wrapped = typeof doc === 'object' && doc !== null ? (doc as { events?: unknown; stream?: unknown }) : {};
  const events = Array.isArray(doc) ? doc : Array.isArray(wrapped.events) ? wrapped.events : Array.isArray(wrapped.stream) ? wrapped.stream : undefined;
  if (events === undefined) throw new Stop(exitCodes.refused, m.notArray(file));
  // One synchronous call replays the stream; the line says what is going on before it and how long it took.
  const long = events.length >= progressFrom;
  const started = long ? clock.now() : 0;
  if (long) out.stderr(`${m.replaying(count(events.length, o.lang), file)}\n`);
  const r = replay(events);
  if (long) out.stderr(`${m.replayedIn(((clock.now() - started) / 1000).toFixed(1).replace('.', o.lang === 'pl' ? ',' : '.'))}\n`);
  if (!r.ok) {
    if (o.json) out.stdout(json({ ok: false, index: r.error.index, issues: withMessages(r.error.issues, o.lang) }));
    else out.stderr(`${m.refusedEvent(r.error.index + 1)}\n${formatIssues(r.error.issues, o.lang)}\n`);
    return exitCodes.refused;
  }
  return { state: r.value, events: events.length };
}

/** The names of the staff a case records (owners, team, authorised persons), by id, for the agenda's „kto” column. */
function staffNames(s: CaseState): Map<string, string> {
  const names = new Map<string, string>();
  for (const a of [s.owner, ...s.ownerHistory.map((h) => h.owner), ...s.team.map((t) => t.member), ...s.authorisations.map((x) => x.holder)]) names.set(a.id, a.name);
  return names;
}

function check(o: Options, out: Output, clock: Clock): number {
  const file = o.positional[1];
  const m = messages[o.lang];
  if (file === undefined) throw new Stop(exitCodes.usage, m.missingFile);
  const asOf = o.asOf ?? clock.today();
  if (!isCivilDate(asOf)) throw new Stop(exitCodes.usage, m.badAsOf);
  const replayed = replayFile(file, o, out, clock);
  if (typeof replayed === 'number') return replayed;
  const s = replayed.state;
  // The agenda of this one case; the head's view (no actor) shows every item with who must act.
  const due = agenda([s], asOf);
  if (o.json) {
    out.stdout(json({ ok: true, state: s, agenda: due }));
    return exitCodes.ok;
  }
  const counts = { problems: s.problems.length, goals: s.specificGoals.length, actions: s.actions.length, contracts: s.contracts.length, monitoring: s.monitoring.length };
  const applicant = s.household.members.find((x) => x.relation === 'applicant')?.person;
  const caseName = applicant ? `${applicant.firstName} ${applicant.lastName}` : o.lang === 'pl' ? 'ta sprawa' : 'this case';
  const staff = staffNames(s);
  const table = agendaMarkdown(due, o.lang, { caseName: () => caseName, staffName: (id) => staff.get(id) ?? '' });
  out.stdout(`${m.replayed(replayed.events, label(s.stage, o.lang), s.version)}\n${m.counts(counts)}\n${m.agendaTitle}\n${table}\n`);
  return exitCodes.ok;
}

function contract(o: Options, out: Output, clock: Clock): number {
  const [, file, contractId] = o.positional;
  const m = messages[o.lang];
  if (file === undefined) throw new Stop(exitCodes.usage, m.missingFile);
  if (contractId === undefined) throw new Stop(exitCodes.usage, m.missingContract);
  const replayed = replayFile(file, o, out, clock);
  if (typeof replayed === 'number') return replayed;
  const s = replayed.state;
  const found = s.contracts.find((c) => c.contractId === contractId);
  if (found === undefined) throw new Stop(exitCodes.refused, m.noContract(s.contracts.length));
  const html = renderContract(found, s.household, o.lang);
  if (o.html === undefined) {
    out.stdout(o.json ? json({ ok: true, contract: found, html }) : html.endsWith('\n') ? html : `${html}\n`);
    return exitCodes.ok;
  }
  try {
    writeFileSync(o.html, html);
  } catch {
    throw new Stop(exitCodes.unreadable, m.cannotWriteFile(o.html));
  }
  const what = publicLabel(found.kind, o.lang, 'PlanKind') ?? publicLabel(found.kind, o.lang) ?? '';
  const status = publicLabel(found.status, o.lang, 'ContractStatus') ?? '';
  out.stdout(o.json ? json({ ok: true, contract: found, file: o.html }) : `${m.contractWritten(what, status, o.html)}\n`);
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
 * through `out`. `schemasDir` is where the package's JSON Schemas are; `clock` gives today for the agenda.
 */
export function run(args: readonly string[], out: Output, schemasDir: string, clock: Clock = systemClock): number {
  let lang: Language = 'pl';
  try {
    const o = parseArgs(args);
    lang = o.lang;
    const command = o.positional[0];
    if (command === undefined || command === 'help') {
      out.stdout(`${messages[lang].usage}\n`);
      return command === undefined ? exitCodes.usage : exitCodes.ok;
    }
    if (command === 'check') return check(o, out, clock);
    if (command === 'contract') return contract(o, out, clock);
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
