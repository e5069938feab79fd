import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodes, progressFrom, run } from '../bin/run.js';
import { contractId, homelessManSopot } from '../examples/scenarios/homelessManSopot.js';
import { unemployedBrzeziny } from '../examples/scenarios/unemployedBrzeziny.js';
import { type CaseEventInput, renderContract, replay } from '../src/index.js';
import { jsonSchemas } from '../scripts/jsonSchemas.js';
import { request } from './support/eligibility.js';

/** The CLI tried as a new user would: on good files, broken files, missing files and wrong arguments. */
const dir = mkdtempSync(join(tmpdir(), 'praca-socjalna-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const events = homelessManSopot();
const replayed = replay(events);
const stream = file('stream.json', JSON.stringify(events));
const req = file('request.json', JSON.stringify(request({ benefit: 'permanentAllowance', asOf: '2025-03-10' })));
const schemasDir = join(dir, 'package-schemas');
{
  // What `npm run build` ships, written here so the test does not need a build.
  mkdirSync(schemasDir);
  const all = jsonSchemas();
  for (const [name, s] of all) writeFileSync(join(schemasDir, `${name}.json`), JSON.stringify(s));
  writeFileSync(join(schemasDir, 'index.json'), JSON.stringify([...all.keys()]));
}

function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  // A fixed clock: today is 2026-02-02 (the agenda's default day), and no time passes.
  const code = run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, schemasDir, { today: () => '2026-02-02', now: () => 0 });
  return { code, stdout, stderr };
}
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|TypeError/);

describe('praca-socjalna check', () => {
  it('replays a good stream and prints the stage in Polish, with no id or code, and its agenda for today', () => {
    const r = cli('check', stream);
    expect(r).toMatchObject({ code: exitCodes.ok, stderr: '' });
    const s = replayed.ok ? replayed.value : null;
    expect(r.stdout).toBe(
      `Sprawa odtworzona z ${events.length} zdarzeń: etap „zamknięcie”, wersja ${events.length}.\n` +
        `Problemy: 3; cele szczegółowe: 3; działania: 6; kontrakty: ${s?.contracts.length}; wpisy monitoringu: ${s?.monitoring.length}.\n` +
        'Terminarz sprawy:\nNa 2 lutego 2026 r. nic nie jest do zrobienia.\n',
    );
    expect(r.stdout).not.toContain(events[0]!.caseId);
  });

  it('prints the agenda on the day of --as-of: what is due, how late, on what basis', () => {
    const open = file('brzeziny.json', JSON.stringify(unemployedBrzeziny()));
    const r = cli('check', open, '--as-of', '2025-04-02');
    expect(r.code).toBe(exitCodes.ok);
    expect(r.stdout).toContain('Terminarz sprawy:\n| termin | sprawa | co | kto | stan | podstawa |\n|---|---|---|---|---|---|\n| 15 marca 2025 r. | Ewa Kamińska | termin działania | Beata Kowalczyk | po terminie o 18 dni | termin zapisany w planie |\n');
    expect(cli('check', open, '--as-of', '2025-03-10', '--lang', 'en').stdout).toContain('| 15 March 2025 | Ewa Kamińska | action deadline | Beata Kowalczyk | in 5 days | deadline set in the plan |');
    const j = JSON.parse(cli('check', open, '--as-of', '2025-04-02', '--json').stdout);
    expect(j.agenda).toMatchObject({ asOf: '2025-04-02', items: [{ kind: 'actionDeadline', subjectId: 'a-pup', daysLate: 18, responsibleIds: ['sw-beata'] }] });
    for (const bad of ['2025-02-30', '2.04.2025', 'today']) expect(cli('check', open, '--as-of', bad)).toMatchObject({ code: exitCodes.usage, stderr: 'Opcja --as-of przyjmuje datę w postaci RRRR-MM-DD, np. 2025-04-01.\n' });
  });

  it('reads a fixture of the package ({ "stream": [...] }) as a stream', () => {
    const r = cli('check', file('fixture.json', JSON.stringify({ name: 'sopot', stream: events })), '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, state: { stage: 'closed' } });
  });

  it(`says on stderr that it is replaying a long stream (from ${progressFrom} events), and nothing for a short one`, () => {
    const beforeCompletion = events.slice(0, events.findIndex((e) => e.type === 'contractCompleted'));
    const last = beforeCompletion.at(-1)!;
    const notes = Array.from({ length: progressFrom - beforeCompletion.length }, (_, i) =>
      ({ ...last, id: `note-${i}`, type: 'monitoringNoteAdded', payload: { kind: 'evaluation', text: 'Spotkanie kontrolne.' } }) as CaseEventInput);
    const long = file('long.json', JSON.stringify([...beforeCompletion, ...notes]));
    const r = cli('check', long, '--as-of', '2026-02-02');
    expect(r.code, r.stderr).toBe(exitCodes.ok);
    expect(r.stderr).toBe(`Odtwarzanie 10 000 zdarzeń z pliku ${long}…\nOdtworzono w 0,0 s.\n`);
    expect(r.stdout).toMatch(/^Sprawa odtworzona z 10000 zdarzeń/);
    expect(cli('check', long, '--lang', 'en').stderr).toBe(`Replaying 10,000 events from ${long}…\nReplayed in 0.0 s.\n`);
    expect(cli('check', stream).stderr).toBe('');
  });

  it('prints the state as JSON with --json, and accepts { "events": [...] }', () => {
    const r = cli('check', file('wrapped.json', JSON.stringify({ events })), '--json');
    expect(r.code).toBe(exitCodes.ok);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, state: { stage: 'closed', version: events.length } });
  });

  it('names the first refused event and why, and exits 1', () => {
    const broken = events.map((e, i) => (i === 3 ? { ...e, date: '2024-01-01' } : e));
    const r = cli('check', file('refused.json', JSON.stringify(broken)), '--lang', 'en');
    expect(r.code).toBe(exitCodes.refused);
    expect(r.stderr).toMatch(/^Event no\. 4 was refused:\n✖ /);
    const j = JSON.parse(cli('check', file('refused.json', JSON.stringify(broken)), '--json').stdout);
    expect(j).toMatchObject({ ok: false, index: 3, issues: [{ code: 'date_before_last_event' }] });
    expect(j.issues[0].message).toMatch(/^Data /);
  });

  it('names the field of an invalid event', () => {
    const bad = [{ ...events[0], caseId: '' }];
    const r = cli('check', file('invalid.json', JSON.stringify(bad)));
    expect(r.code).toBe(exitCodes.refused);
    expect(r.stderr).toContain('w polu: sprawa');
  });

  it('says what is wrong with a file that is not a stream, not JSON, empty, missing or a directory', () => {
    const cases: [string[], number, RegExp][] = [
      [['check', file('obj.json', '{"a":1}')], exitCodes.refused, /powinien zawierać tablicę zdarzeń/],
      [['check', file('cut.json', '[{"a":')], exitCodes.unreadable, /nie jest poprawnym dokumentem JSON \(plik kończy się przedwcześnie\)/],
      [['check', file('typo.json', '[\n  {"a": 1,}\n]')], exitCodes.unreadable, /nie jest poprawnym dokumentem JSON \(wiersz 2, kolumna 11\)/],
      [['check', file('empty.json', '[]')], exitCodes.refused, /Zdarzenie nr 1 zostało odrzucone/],
      [['check', join(dir, 'nope.json')], exitCodes.unreadable, /plik nie istnieje/],
      [['check', dir], exitCodes.unreadable, /to jest katalog/],
    ];
    for (const [args, code, message] of cases) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr, args.join(' ')).toMatch(message);
      noStack(r.stderr);
    }
  });
});

describe('praca-socjalna contract', () => {
  const state = replayed.ok ? replayed.value : null;
  const ipwzb = state?.contracts.find((c) => c.contractId === contractId);

  it('writes the contract replayed from the stream as HTML, as renderContract renders it, and says what it wrote', () => {
    const out = join(dir, 'ipwzb.html');
    const r = cli('contract', stream, contractId, '--html', out);
    expect(r).toMatchObject({ code: exitCodes.ok, stderr: '' });
    expect(r.stdout).toBe(`Zapisano indywidualny program wychodzenia z bezdomności (stan: zrealizowany) w pliku ${out}.\n`);
    expect(readFileSync(out, 'utf8')).toBe(renderContract(ipwzb!, state!.household, 'pl'));
    expect(cli('contract', stream, contractId, '--html', out, '--lang', 'en').stdout).toBe(`Wrote the individual homelessness exit programme (completed) to ${out}.\n`);
    expect(readFileSync(out, 'utf8')).toBe(renderContract(ipwzb!, state!.household, 'en'));
  });

  it('prints the HTML without --html, and the contract as data with --json', () => {
    expect(cli('contract', stream, contractId).stdout).toBe(renderContract(ipwzb!, state!.household, 'pl'));
    expect(JSON.parse(cli('contract', stream, contractId, '--json').stdout)).toMatchObject({ ok: true, contract: { contractId, status: 'completed' } });
  });

  it('refuses an unknown contract (no id echoed in Polish), a refused stream, a missing id or value, an unwritable file', () => {
    expect(cli('contract', stream, 'ks-404')).toMatchObject({ code: exitCodes.refused, stderr: 'W sprawie nie ma kontraktu o podanym identyfikatorze (kontrakty w sprawie: 1).\n' });
    const broken = file('refused-for-contract.json', JSON.stringify(events.map((e, i) => (i === 3 ? { ...e, date: '2024-01-01' } : e))));
    expect(cli('contract', broken, contractId).stderr).toMatch(/^Zdarzenie nr 4 zostało odrzucone:\n✖ /);
    expect(cli('contract', stream)).toMatchObject({ code: exitCodes.usage, stderr: 'Brak identyfikatora kontraktu.\n' });
    expect(cli('contract', stream, contractId, '--html')).toMatchObject({ code: exitCodes.usage, stderr: 'Opcja --html wymaga wartości.\n' });
    const r = cli('contract', stream, contractId, '--html', join(dir, 'no-such-dir', 'x.html'));
    expect(r.code).toBe(exitCodes.unreadable);
    expect(r.stderr).toMatch(/^Nie można zapisać pliku .*x\.html\.\n$/);
    noStack(r.stderr);
  });
});

describe('praca-socjalna eligibility', () => {
  it('prints the explanation of a good request', () => {
    const r = cli('eligibility', req);
    expect(r.code).toBe(exitCodes.ok);
    expect(r.stdout).toMatch(/^Zasiłek stały \(art\. 37 u\.p\.s\.\): przysługuje/);
    expect(cli('eligibility', req, '--lang', 'en').stdout).toMatch(/^Permanent allowance \(art\. 37 u\.p\.s\.\): eligible/);
  });

  it('gives the result as data with --json, and takes the date from --as-of', () => {
    const r = JSON.parse(cli('eligibility', req, '--json', '--as-of', '2025-04-10').stdout);
    expect(r).toMatchObject({ ok: true, result: { status: 'eligible', benefit: 'permanentAllowance' } });
    expect(r.explanation).toMatch(/^Zasiłek stały/);
  });

  it('names the field of an invalid request, never its value', () => {
    const r = cli('eligibility', req, '--as-of', '2025-13-45');
    expect(r.code).toBe(exitCodes.refused);
    expect(r.stderr).toContain('w polu: dzień oceny');
    expect(r.stderr).not.toContain('2025-13-45');
    const missing = cli('eligibility', file('nobenefit.json', JSON.stringify({ asOf: '2025-03-10' })), '--lang', 'en');
    expect(missing.code).toBe(exitCodes.refused);
    expect(missing.stderr).toContain('in the field: benefit');
    expect(cli('eligibility', file('arr.json', '[]')).stderr).toMatch(/powinien zawierać obiekt wniosku/);
  });
});

describe('praca-socjalna schemas and usage', () => {
  it('writes the JSON Schemas to a directory', () => {
    const out = join(dir, 'out', 'schemas');
    const r = cli('schemas', out);
    expect(r.code).toBe(exitCodes.ok);
    const written = readdirSync(out).filter((f) => f !== 'index.json');
    expect(r.stdout).toMatch(new RegExp(`^Zapisano ${written.length} schemat(y|ów) JSON w katalogu `));
    expect(JSON.parse(readFileSync(join(out, 'CaseEvent.json'), 'utf8'))['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('prints usage for no command (exit 2) and --help (exit 0); refuses unknown commands and options', () => {
    expect(cli()).toMatchObject({ code: exitCodes.usage });
    expect(cli('--help', '--lang', 'en')).toMatchObject({ code: exitCodes.ok, stdout: expect.stringMatching(/^Usage:/) });
    expect(cli('frob').code).toBe(exitCodes.usage);
    expect(cli('check', stream, '--frob').stderr).toBe('Nieznana opcja „--frob”.\n');
    expect(cli('check').stderr).toBe('Brak ścieżki do pliku.\n');
    expect(cli('check', stream, '--lang', 'de').code).toBe(exitCodes.usage);
    expect(cli('eligibility', req, '--as-of').stderr).toBe('Opcja --as-of wymaga wartości.\n');
  });
});

describe('docs/integration.md', () => {
  it('shows the CLI sessions exactly as the CLI prints them on examples/cli/', () => {
    const doc = readFileSync(new URL('../docs/integration.md', import.meta.url), 'utf8');
    const examples = new URL('../examples/cli/', import.meta.url).pathname;
    const sessions = [...doc.matchAll(/```console\n\$ praca-socjalna (.*)\n([\s\S]*?)\[exit (\d)\]\n```/g)];
    expect(sessions.length).toBeGreaterThanOrEqual(5);
    for (const [, command, shown, code] of sessions) {
      const args = command!.split(' ').map((a) => (a.endsWith('.json') ? join(examples, a) : a.endsWith('.html') ? join(dir, a) : a));
      const r = cli(...args);
      expect({ command, code: r.code, output: (r.stdout + r.stderr).replaceAll(examples, '').replaceAll(`${dir}/`, '') }).toEqual({ command, code: Number(code), output: shown });
    }
  });
});
