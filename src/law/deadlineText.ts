import { ownValue } from '../_lib/ownValue.js';
import type { CivilDate } from './civilDate.js';
import type { Deadline, DeadlineDayOff, DeadlineNote, DeadlineResult, DeadlineRule, DeadlineUnsupported } from './deadline.js';
import { formatLegalBasis } from './legalBasis.js';
import type { PublicHolidayCode } from './holidays.js';
import type { DayKind } from './workingDays.js';

type Lang = 'pl' | 'en';

/**
 * @internal The Polish plural form for a count: `one` (1), `few` (2–4, 22–24, … but not 12–14), `many`
 * (everything else), as Polish grammar and `Intl.PluralRules('pl')` choose them.
 */
export function pluralPl(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(n);
  if (abs === 1) return one;
  const last = abs % 10;
  const lastTwo = abs % 100;
  return last >= 2 && last <= 4 && !(lastTwo >= 12 && lastTwo <= 14) ? few : many;
}

const monthsPl = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const monthsPlNominative = ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'];
const monthsPlLocative = ['styczniu', 'lutym', 'marcu', 'kwietniu', 'maju', 'czerwcu', 'lipcu', 'sierpniu', 'wrześniu', 'październiku', 'listopadzie', 'grudniu'];

/**
 * @internal A civil month (`YYYY-MM`) in words, in the grammatical case the sentence needs: Polish
 * `nominative` („marzec 2025 r.”), `genitive` („z marca 2025 r.”, „od marca 2025 r.”), `locative` („w marcu
 * 2025 r.”); English has one form („March 2025”).
 */
export function formatCivilMonth(month: string, lang: Lang, grammaticalCase: 'nominative' | 'genitive' | 'locative' = 'nominative'): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  if (!(m >= 1 && m <= 12)) return month;
  if (lang === 'en') return `${monthsEn[m - 1]} ${y}`;
  const names = grammaticalCase === 'genitive' ? monthsPl : grammaticalCase === 'locative' ? monthsPlLocative : monthsPlNominative;
  return `${names[m - 1]} ${y} r.`;
}

/** @internal A civil date as a Polish text writes it („6 maja 2025 r.”) or in English („6 May 2025”). */
export function formatCivilDate(date: CivilDate, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return lang === 'pl' ? `${d} ${monthsPl[m - 1]} ${y} r.` : `${d} ${monthsEn[m - 1]} ${y}`;
}

const holidayNames: Record<PublicHolidayCode, { readonly pl: string; readonly en: string }> = {
  newYear: { pl: 'Nowy Rok', en: 'New Year' },
  epiphany: { pl: 'Święto Trzech Króli', en: 'Epiphany' },
  easterSunday: { pl: 'pierwszy dzień Wielkiej Nocy', en: 'Easter Sunday' },
  easterMonday: { pl: 'drugi dzień Wielkiej Nocy', en: 'Easter Monday' },
  labourDay: { pl: 'Święto Państwowe (1 maja)', en: 'Labour Day (1 May)' },
  constitutionDay: { pl: 'Święto Narodowe Trzeciego Maja', en: 'Constitution Day (3 May)' },
  pentecostSunday: { pl: 'pierwszy dzień Zielonych Świątek', en: 'Pentecost Sunday' },
  corpusChristi: { pl: 'dzień Bożego Ciała', en: 'Corpus Christi' },
  assumption: { pl: 'Wniebowzięcie Najświętszej Maryi Panny', en: 'Assumption of Mary' },
  allSaints: { pl: 'Wszystkich Świętych', en: 'All Saints’ Day' },
  independenceDay: { pl: 'Narodowe Święto Niepodległości', en: 'Independence Day' },
  christmasEve: { pl: 'Wigilia Bożego Narodzenia', en: 'Christmas Eve' },
  christmasDay: { pl: 'pierwszy dzień Bożego Narodzenia', en: 'Christmas Day' },
  secondDayOfChristmas: { pl: 'drugi dzień Bożego Narodzenia', en: 'the second day of Christmas' },
};

/**
 * The name of a public holiday in Polish or English.
 *
 * @example
 * ```ts
 * import { publicHolidayName } from 'praca-socjalna';
 * publicHolidayName('christmasEve', 'pl'); //=> 'Wigilia Bożego Narodzenia'
 * ```
 * @category Calendar
 */
export function publicHolidayName(code: PublicHolidayCode, lang: Lang): string {
  return ownValue(holidayNames, code)?.[lang] ?? (lang === 'pl' ? 'dzień ustawowo wolny od pracy' : 'public holiday');
}

const dayKindNames: Record<DayKind, { readonly pl: string; readonly en: string }> = {
  workingDay: { pl: 'dzień roboczy', en: 'working day' },
  saturday: { pl: 'sobota', en: 'Saturday' },
  sunday: { pl: 'niedziela', en: 'Sunday' },
  publicHoliday: { pl: 'dzień ustawowo wolny od pracy', en: 'public holiday' },
  centreDayOff: { pl: 'dzień wolny ośrodka', en: 'a day off of the centre' },
};

/**
 * The name of a kind of day in Polish or English.
 *
 * @example
 * ```ts
 * import { dayKindName } from 'praca-socjalna';
 * dayKindName('centreDayOff', 'pl'); //=> 'dzień wolny ośrodka'
 * ```
 * @category Calendar
 */
export function dayKindName(kind: DayKind, lang: Lang): string {
  return dayKindNames[kind]?.[lang] ?? dayKindNames.workingDay[lang];
}

const ruleNames: Record<DeadlineRule, { readonly pl: string; readonly en: string }> = {
  'rws.interview': { pl: 'Termin przeprowadzenia rodzinnego wywiadu środowiskowego', en: 'Deadline of the family community interview' },
  'rws.interviewUrgent': { pl: 'Termin przeprowadzenia wywiadu w sprawie niecierpiącej zwłoki', en: 'Deadline of the interview in an urgent case' },
  'ups.interviewUpdate': { pl: 'Termin aktualizacji wywiadu osoby korzystającej ze stałych form pomocy', en: 'Deadline to update the interview of a person on permanent help' },
  'kpa.decision': { pl: 'Termin załatwienia sprawy wymagającej postępowania wyjaśniającego', en: 'Time to settle a case needing an inquiry' },
  'kpa.decisionComplicated': { pl: 'Termin załatwienia sprawy szczególnie skomplikowanej', en: 'Time to settle a particularly complicated case' },
};

const noteText: Record<DeadlineNote, { readonly pl: string; readonly en: string }> = {
  kpaSaturdayNotYetInForce: {
    pl: 'Termin upływał przed 1 czerwca 2017 r., więc przesuwał go tylko dzień ustawowo wolny od pracy, nie sobota (data zmiany przepisu ze źródeł wtórnych).',
    en: 'The term ended before 1 June 2017, so only a statutory day off moved it, not a Saturday (the date of that amendment is from secondary sources).',
  },
  sundayRecalled: {
    pl: 'Termin przesunęła niedziela; to, że niedziela jest dniem ustawowo wolnym od pracy, nie jest potwierdzone w materiale źródłowym.',
    en: 'A Sunday moved the term; that Sundays are statutory days off is not confirmed in the reference.',
  },
  monthsReadAsCalendarMonths: {
    pl: 'Miesiące liczone kalendarzowo, z dniem przesuniętym na koniec krótszego miesiąca (ustawa nie określa sposobu liczenia).',
    en: 'Months are counted as calendar months, the day clamped to the end of a shorter month (the act sets no counting method).',
  },
};

function count(d: Deadline, lang: Lang): string {
  const n = d.count.value;
  if (d.count.unit === 'workingDays') return lang === 'pl' ? `${n} ${pluralPl(n, 'dzień roboczy', 'dni robocze', 'dni roboczych')}` : `${n} working day${n === 1 ? '' : 's'}`;
  return lang === 'pl' ? `${n} ${pluralPl(n, 'miesiąc', 'miesiące', 'miesięcy')}` : `${n} month${n === 1 ? '' : 's'}`;
}

function dayOff(d: DeadlineDayOff, lang: Lang): string {
  const what =
    d.kind === 'publicHoliday' && d.holiday !== null ? publicHolidayName(d.holiday, lang)
    : dayKindName(d.kind, lang);
  return `${formatCivilDate(d.date, lang)} (${what})`;
}

function unsupported(u: DeadlineUnsupported, lang: Lang): string {
  switch (u.code) {
    case 'invalid_date':
      return lang === 'pl' ? 'Podana data nie jest prawidłową datą kalendarzową.' : 'The date given is not a real calendar day.';
    case 'outside_calendar_years':
      return lang === 'pl'
        ? `Termin wypada poza latami, dla których biblioteka liczy dni wolne od pracy (${u.from}–${u.to}).`
        : `The term falls outside the years for which the library computes public holidays (${u.from}–${u.to}).`;
    case 'invalid_count':
      return lang === 'pl' ? `Liczba dni musi być liczbą całkowitą od 0 do ${u.max}.` : `The number of days must be a whole number from 0 to ${u.max}.`;
    case 'rule_not_verified':
      return lang === 'pl'
        ? `Przed ${formatCivilDate(u.inForceFrom, 'pl')} obowiązywało ${u.before}; jego terminów nie potwierdzono w materiale źródłowym, więc biblioteka ich nie liczy.`
        : `Before ${formatCivilDate(u.inForceFrom, 'en')} another regulation applied (${u.before}); its deadlines are not verified in the reference, so the library does not compute them.`;
  }
}

/** @internal Ends a sentence with one full stop (a Polish date already ends with „r.”). */
export function end(sentence: string): string {
  return sentence.endsWith('.') ? sentence : `${sentence}.`;
}

/**
 * A deadline result as sentences a worker can read, in Polish or English: the rule, the count, the last
 * day, the days off that moved it, the basis and any marks; or why it is not computed.
 *
 * @example
 * ```ts
 * import { explainDeadline, interviewDeadlineOn } from 'praca-socjalna';
 * explainDeadline(interviewDeadlineOn({ informationReceivedOn: '2025-11-07', urgent: true }), 'pl');
 * //=> 'Termin przeprowadzenia wywiadu w sprawie niecierpiącej zwłoki: 2 dni robocze od 7 listopada 2025 r. → do 12 listopada 2025 r. …'
 * ```
 * @category Deadlines
 */
export function explainDeadline(result: DeadlineResult, lang: Lang): string {
  if (result.status === 'unsupported') return unsupported(result.reason, lang);
  const d = result.deadline;
  const parts = [
    end(`${ruleNames[d.rule][lang]}: ${count(d, lang)} ${lang === 'pl' ? 'od' : 'from'} ${formatCivilDate(d.from, lang)} → ${lang === 'pl' ? 'do' : 'by'} ${formatCivilDate(d.date, lang)}`),
  ];
  if (d.nominalEnd !== d.date) {
    parts.push(lang === 'pl' ? `Termin upływał ${formatCivilDate(d.nominalEnd, 'pl')}; przesunięty na następny dzień, który nie jest dniem wolnym.` : `The term ended on ${formatCivilDate(d.nominalEnd, 'en')}; moved to the next day that is not a day off.`);
  }
  if (d.daysOff.length > 0) parts.push(end(`${lang === 'pl' ? 'Dni wolne' : 'Days off'}: ${d.daysOff.map((x) => dayOff(x, lang)).join(', ')}`));
  parts.push(end(`${lang === 'pl' ? 'Podstawa' : 'Basis'}: ${d.basis.map(formatLegalBasis).join('; ')}`));
  for (const n of d.notes) parts.push(noteText[n][lang]);
  return parts.join(' ');
}
