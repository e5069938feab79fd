import { formatCivilDate, pluralPl } from '../law/deadlineText.js';
import type { Language } from '../issues/issue.js';
import { formatLegalBasis } from '../law/legalBasis.js';
import type { Agenda, AgendaBasis, AgendaItem } from './agenda.js';
import type { CaseloadWarning } from './caseload.js';
import { monitoringLabel } from './labels.js';
import type { ProgrammeLengthWarning } from './programmeLength.js';
import type { MonitoringReport } from './report.js';
import type { RhythmWarning } from './rhythm.js';

type Lang = Language;

/**
 * How rendered text names cases and staff. Ids never appear in Polish text, so the caller says how a
 * case and a member of staff are called (e.g. the client's name in a worker's own screen, or a number).
 *
 * @example
 * ```ts
 * import { type Names } from 'praca-socjalna';
 * const names: Names = { caseName: (id) => (id === 'c-1' ? 'Marek W.' : 'inna sprawa'), staffName: () => 'Piotr Lis' };
 * ```
 * @category Monitoring
 */
export interface Names {
  /** How a case is named in text (never its id in Polish prose). */
  readonly caseName: (caseId: string) => string;
  /** How a member of staff is named in text. */
  readonly staffName: (actorId: string) => string;
}

const days = (n: number, lang: Lang): string => (lang === 'pl' ? `${n} ${n === 1 ? 'dzień' : 'dni'}` : `${n} day${n === 1 ? '' : 's'}`);
const decimal = (x: number, lang: Lang): string => (lang === 'pl' ? String(x).replace('.', ',') : String(x));

function lateness(daysLate: number, lang: Lang): string {
  if (daysLate > 0) return lang === 'pl' ? `po terminie o ${days(daysLate, 'pl')}` : `${days(daysLate, 'en')} late`;
  if (daysLate === 0) return lang === 'pl' ? 'dziś' : 'today';
  return lang === 'pl' ? `za ${days(-daysLate, 'pl')}` : `in ${days(-daysLate, 'en')}`;
}

function basisText(b: AgendaBasis, lang: Lang): string {
  switch (b.kind) {
    case 'law':
      return b.basis.map(formatLegalBasis).join('; ');
    case 'rhythm':
      return b.source.kind === 'policy'
        ? b.source.source.document
        : lang === 'pl' ? `rytm uzgodniony z rodziną ${formatCivilDate(b.source.agreedOn, 'pl')}` : `rhythm agreed with the family on ${formatCivilDate(b.source.agreedOn, 'en')}`;
    case 'caseRecord':
      return {
        actionDeadline: { pl: 'termin zapisany w planie', en: 'deadline set in the plan' },
        contractReviewCadence: { pl: 'częstotliwość oceny zapisana w kontrakcie', en: 'review cadence set in the contract' },
        hearingDeadline: { pl: 'termin wyznaczony na złożenie wyjaśnień', en: 'time given to answer' },
      }[b.record][lang];
  }
}

const triggerText = {
  periodic: { pl: 'co najmniej co 6 miesięcy', en: 'at least every 6 months' },
  reapplication: { pl: 'ponowny wniosek', en: 'new application' },
  dataChanged: { pl: 'zmiana danych', en: 'data changed' },
} as const;

function what(item: AgendaItem, lang: Lang): string {
  const base = monitoringLabel(item.kind, lang);
  return item.trigger === undefined ? base : `${base} (${triggerText[item.trigger][lang]})`;
}

const cell = (s: string): string => s.replace(/[|\n\r]/g, ' ');

/** Who acts on an item, by the names the caller gives; an id never shows, so an unnamed person is not listed. */
function who(item: AgendaItem, lang: Lang, names: Names): string {
  const named = item.responsibleIds.filter((id) => id !== '').map((id) => names.staffName(id).trim()).filter((n) => n !== '');
  if (named.length === 0) return lang === 'pl' ? 'nie wskazano' : 'not named';
  return [...new Set(named)].join(', ');
}

/**
 * An agenda as a Markdown table in Polish or English: due date, case, what, who acts, how late, basis.
 *
 * @remarks Who acts (Polish „kto”) are the item's `responsibleIds` as `names.staffName` names them: the
 * worker who owns the case, the assistant on its team an action is given to, the benefits officers on the
 * team for a decision. An id the caller cannot name is left out rather than shown; with nobody named the
 * cell says so („nie wskazano”, "not named").
 *
 * @example
 * ```ts
 * import { agenda, agendaMarkdown, type CaseView } from 'praca-socjalna';
 * declare const cases: readonly CaseView[];
 * agendaMarkdown(agenda(cases, '2025-03-03'), 'pl', { caseName: () => 'Marek W.', staffName: () => 'Piotr Lis' });
 * ```
 * @category Monitoring
 */
export function agendaMarkdown(a: Agenda, lang: Lang, names: Names): string {
  const head = lang === 'pl' ? '| termin | sprawa | co | kto | stan | podstawa |' : '| due | case | what | who acts | status | basis |';
  if (a.items.length === 0) return lang === 'pl' ? `Na ${formatCivilDate(a.asOf, 'pl')} nic nie jest do zrobienia.` : `Nothing is due on ${formatCivilDate(a.asOf, 'en')}.`;
  const rows = a.items.map(
    (i) => `| ${formatCivilDate(i.dueOn, lang)} | ${cell(names.caseName(i.caseId))} | ${cell(what(i, lang))} | ${cell(who(i, lang, names))} | ${lateness(i.daysLate, lang)} | ${cell(basisText(i.basis, lang))} |`,
  );
  return [head, '|---|---|---|---|---|---|', ...rows].join('\n');
}

/**
 * Any warning of the monitoring policies: caseload, meeting rhythm or programme length.
 *
 * @example
 * ```ts
 * import { type MonitoringWarning } from 'praca-socjalna';
 * const kinds = (ws: readonly MonitoringWarning[]) => ws.length;
 * ```
 * @category Monitoring
 */
export type MonitoringWarning = CaseloadWarning | RhythmWarning | ProgrammeLengthWarning;

/**
 * A policy warning as one sentence in Polish or English, with its source.
 *
 * @example
 * ```ts
 * import { describeWarning, type CaseloadWarning } from 'praca-socjalna';
 * declare const w: CaseloadWarning;
 * describeWarning(w, 'pl', { caseName: () => 'Marek W.', staffName: () => 'Piotr Lis' });
 * //=> 'Piotr Lis (asystent): 8 osób pod opieką, więcej niż 7 (MOPS Sopot, …).'
 * ```
 * @category Monitoring
 */
export function describeWarning(w: MonitoringWarning, lang: Lang, names: Names): string {
  switch (w.kind) {
    case 'caseloadAbove':
    case 'caseloadBelow': {
      const role = w.role === 'assistant' ? (lang === 'pl' ? 'asystent' : 'assistant') : lang === 'pl' ? 'pracownik socjalny' : 'social worker';
      const unit = lang === 'pl'
        ? w.unit === 'persons' ? pluralPl(w.count, 'osoba', 'osoby', 'osób') : pluralPl(w.count, 'sprawa', 'sprawy', 'spraw')
        : w.unit === 'persons' ? (w.count === 1 ? 'person' : 'persons') : w.count === 1 ? 'case' : 'cases';
      const cmp = w.kind === 'caseloadAbove' ? (lang === 'pl' ? 'więcej niż' : 'more than') : lang === 'pl' ? 'mniej niż' : 'fewer than';
      return `${names.staffName(w.actorId)} (${role}): ${w.count} ${unit} ${lang === 'pl' ? 'pod opieką' : 'in care'}, ${cmp} ${w.bound} (${w.source.document}).`;
    }
    case 'meetingsBelowRhythm':
    case 'meetingsAboveRhythm': {
      const meetings = lang === 'pl' ? pluralPl(w.inWindow, 'spotkanie', 'spotkania', 'spotkań') : w.inWindow === 1 ? 'meeting' : 'meetings';
      const bound = w.kind === 'meetingsBelowRhythm' ? w.rhythm.min : (w.rhythm.max as number);
      const cmp = w.kind === 'meetingsBelowRhythm' ? (lang === 'pl' ? 'mniej niż' : 'fewer than') : lang === 'pl' ? 'więcej niż' : 'more than';
      const source = basisText({ kind: 'rhythm', source: w.source }, lang);
      return lang === 'pl'
        ? `${names.staffName(w.actorId)}, ${names.caseName(w.caseId)}: ${w.inWindow} ${meetings} od ${formatCivilDate(w.windowFrom, 'pl')} (${days(w.rhythm.perDays, 'pl')}), ${cmp} ${bound} (${source}).`
        : `${names.staffName(w.actorId)}, ${names.caseName(w.caseId)}: ${w.inWindow} ${meetings} since ${formatCivilDate(w.windowFrom, 'en')} (${days(w.rhythm.perDays, 'en')}), ${cmp} ${bound} (${source}).`;
    }
    case 'rhythmNotAgreed':
      return lang === 'pl'
        ? `${names.staffName(w.actorId)}, ${names.caseName(w.caseId)}: nie zapisano rytmu spotkań uzgodnionego z rodziną.`
        : `${names.staffName(w.actorId)}, ${names.caseName(w.caseId)}: no meeting rhythm agreed with the family is recorded.`;
    case 'programmeShorterThanHomelessness':
      return lang === 'pl'
        ? `${names.caseName(w.caseId)}: program zaplanowano na ${days(w.plannedDays, 'pl')}, a osoba była bezdomna przez ${days(w.homelessDays, 'pl')} przed jego rozpoczęciem; próg: ${decimal(w.minShare, 'pl')} tego czasu (${w.source.document}).`
        : `${names.caseName(w.caseId)}: the programme is planned for ${days(w.plannedDays, 'en')}, and the person had been homeless for ${days(w.homelessDays, 'en')} before it started; threshold: ${w.minShare} of that time (${w.source.document}).`;
  }
}

const planForms = {
  socialContract: ['kontrakt socjalny', 'kontrakty socjalne', 'kontraktów socjalnych'],
  homelessnessExitProgramme: ['indywidualny program wychodzenia z bezdomności', 'indywidualne programy wychodzenia z bezdomności', 'indywidualnych programów wychodzenia z bezdomności'],
  familyWorkPlan: ['plan pracy z rodziną', 'plany pracy z rodziną', 'planów pracy z rodziną'],
} as const;

const planPluralEn = {
  socialContract: 'social contracts',
  homelessnessExitProgramme: 'individual programmes for getting out of homelessness',
  familyWorkPlan: 'family work plans',
} as const;

function persons(o: { readonly cases: number; readonly persons: number }, lang: Lang): string {
  const people = lang === 'pl' ? `${o.persons} ${pluralPl(o.persons, 'osoba', 'osoby', 'osób')}` : `${o.persons} ${o.persons === 1 ? 'person' : 'persons'}`;
  if (o.cases === o.persons) return people;
  return lang === 'pl'
    ? `${people} (${o.cases} ${pluralPl(o.cases, 'gospodarstwo domowe', 'gospodarstwa domowe', 'gospodarstw domowych')})`
    : `${people} (${o.cases} ${o.cases === 1 ? 'household' : 'households'})`;
}

function sexes(men: number, women: number, unknown: number, lang: Lang): string {
  const parts: string[] = [];
  if (lang === 'pl') {
    if (men > 0) parts.push(`${men} ${pluralPl(men, 'mężczyzna', 'mężczyźni', 'mężczyzn')}`);
    if (women > 0) parts.push(`${women} ${pluralPl(women, 'kobieta', 'kobiety', 'kobiet')}`);
    if (unknown > 0) parts.push(`${unknown} ${pluralPl(unknown, 'osoba', 'osoby', 'osób')} bez zapisanej płci`);
  } else {
    if (men > 0) parts.push(`${men} ${men === 1 ? 'man' : 'men'}`);
    if (women > 0) parts.push(`${women} ${women === 1 ? 'woman' : 'women'}`);
    if (unknown > 0) parts.push(`${unknown} with no sex recorded`);
  }
  return parts.join(lang === 'pl' ? ' i ' : ' and ');
}

/** „a, b oraz c” / “a, b and c”. */
function listed(parts: readonly string[], last: string): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${last} ${parts[parts.length - 1]}`;
}

function period(r: MonitoringReport, lang: Lang): string {
  return lang === 'pl' ? `od ${formatCivilDate(r.period.from, 'pl')} do ${formatCivilDate(r.period.to, 'pl')}` : `from ${formatCivilDate(r.period.from, 'en')} to ${formatCivilDate(r.period.to, 'en')}`;
}

/**
 * The report's main figures as sentences, in the shape of the MOPS Sopot summary of 2009: programmes and
 * contracts concluded with how many persons and by sex, then the outcomes.
 *
 * @example
 * ```ts
 * import { report, reportSummary, type CaseView } from 'praca-socjalna';
 * declare const cases: readonly CaseView[];
 * reportSummary(report(cases, { from: '2009-01-01', to: '2009-12-31' }), 'pl');
 * //=> 'W okresie od 1 stycznia 2009 r. do 31 grudnia 2009 r. zawarto 7 indywidualnych programów wychodzenia z bezdomności z 6 osobami (5 mężczyzn i 1 kobieta) …'
 * ```
 * @category Monitoring
 */
export function reportSummary(r: MonitoringReport, lang: Lang): string {
  const concluded = r.contracts.filter((t) => t.concluded > 0).map((t) => {
    const who = sexes(t.men, t.women, t.sexNotRecorded, lang);
    if (lang === 'pl') {
      const [one, few, many] = planForms[t.kind];
      return `${t.concluded} ${pluralPl(t.concluded, one, few, many)} z ${t.persons} ${t.persons === 1 ? 'osobą' : 'osobami'}${who ? ` (${who})` : ''}`;
    }
    const name = t.concluded === 1 ? monitoringLabel(t.kind, 'en') : planPluralEn[t.kind];
    return `${t.concluded} ${name} with ${t.persons} ${t.persons === 1 ? 'person' : 'persons'}${who ? ` (${who})` : ''}`;
  });
  const first = concluded.length === 0
    ? lang === 'pl' ? `W okresie ${period(r, 'pl')} nie zawarto żadnego kontraktu ani programu.` : `No contract or programme was concluded ${period(r, 'en')}.`
    : lang === 'pl' ? `W okresie ${period(r, 'pl')} zawarto ${listed(concluded, 'oraz')}.` : `${period(r, 'en').replace(/^f/, 'F')}, ${listed(concluded, 'and')} were concluded.`;
  const reached = r.outcomes.filter((o) => o.persons > 0).map((o) => `${monitoringLabel(o.outcome, lang)}: ${persons(o, lang)}`);
  return reached.length === 0 ? first : `${first} ${lang === 'pl' ? 'Efekty' : 'Outcomes'}: ${reached.join('; ')}.`;
}

/**
 * The report as Markdown tables in Polish or English: contracts by kind, outcomes by type, goals, and
 * contracts per social worker.
 *
 * @example
 * ```ts
 * import { report, reportMarkdown, type CaseView } from 'praca-socjalna';
 * declare const cases: readonly CaseView[];
 * reportMarkdown(report(cases, { from: '2009-01-01', to: '2009-12-31' }), 'pl', { caseName: () => '', staffName: () => 'Anna Nowak' });
 * ```
 * @category Monitoring
 */
export function reportMarkdown(r: MonitoringReport, lang: Lang, names: Names): string {
  const pl = lang === 'pl';
  const out: string[] = [pl ? `## Sprawozdanie za okres ${period(r, 'pl')}` : `## Report ${period(r, 'en')}`, ''];
  out.push(pl ? '| rodzaj | zawarte | osoby | mężczyźni | kobiety | płeć niezapisana | zrealizowane | rozwiązane | wygasłe |' : '| kind | concluded | persons | men | women | sex not recorded | completed | terminated | expired |');
  out.push('|---|---|---|---|---|---|---|---|---|');
  for (const t of r.contracts) out.push(`| ${monitoringLabel(t.kind, lang)} | ${t.concluded} | ${t.persons} | ${t.men} | ${t.women} | ${t.sexNotRecorded} | ${t.completed} | ${t.terminated} | ${t.expired} |`);
  out.push('', pl ? '| efekt | sprawy | osoby |' : '| outcome | cases | persons |', '|---|---|---|');
  for (const o of r.outcomes) out.push(`| ${monitoringLabel(o.outcome, lang)} | ${o.cases} | ${o.persons} |`);
  out.push('', pl ? '| cele w sprawach zakończonych | liczba |' : '| goals in cases closed | number |', '|---|---|');
  out.push(pl ? `| sprawy zakończone | ${r.goals.closedCases} |` : `| cases closed | ${r.goals.closedCases} |`);
  out.push(pl ? `| cele wyznaczone | ${r.goals.set} |` : `| goals set | ${r.goals.set} |`);
  out.push(pl ? `| cele osiągnięte | ${r.goals.achieved} |` : `| goals achieved | ${r.goals.achieved} |`);
  out.push('', pl ? '| pracownik socjalny | zawarte kontrakty i programy |' : '| social worker | contracts and programmes concluded |', '|---|---|');
  for (const w of r.perSocialWorker) out.push(`| ${cell(names.staffName(w.workerId))} | ${w.concluded} |`);
  const { contracts, workers } = r.contractsPerSocialWorker;
  const ratio = workers === 0 ? 0 : Math.round((contracts * 10) / workers) / 10;
  out.push('', pl ? `Kontrakty i programy na jednego pracownika socjalnego: ${decimal(ratio, 'pl')} (${contracts} / ${workers}).` : `Contracts and programmes per social worker: ${ratio} (${contracts} / ${workers}).`);
  return out.join('\n');
}
