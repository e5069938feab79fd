import type * as z from 'zod';
import { countPl } from '../i18n/plural.js';

type ZodIssue = z.core.$ZodIssue;

/** What zod expected, in the genitive that follows „oczekiwano”. */
const expectedPl: Readonly<Record<string, string>> = {
  string: 'tekstu',
  number: 'liczby',
  int: 'liczby całkowitej',
  boolean: 'wartości „tak” albo „nie”',
  object: 'obiektu z polami',
  array: 'listy',
  null: 'braku wartości',
  literal: 'określonej wartości',
};

/**
 * @internal zod's issue in Polish a centre can read, without the codes zod's own Polish shows: no type names
 * in English („oczekiwano string”), no list of allowed codes, no regular expression, no unknown key. Never
 * a value of the input; a condition of the SDK's own (a `custom` issue) is said in the message of its code.
 */
export function zodDetailPl(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod reports the input only when asked (`reportInput`): a missing field is told apart only then
      if ('input' in issue && issue.input === undefined) return 'brak wymaganej wartości';
      return `oczekiwano ${expectedPl[issue.expected] ?? 'innego rodzaju danych'}`;
    case 'invalid_value':
      return issue.values.length === 1 ? 'nieprawidłowa wartość' : 'wartość spoza listy dozwolonych wartości';
    case 'unrecognized_keys':
      return issue.keys.length === 1 ? 'pole nieznane w tym miejscu' : `pola nieznane w tym miejscu (${countPl(issue.keys.length, ['pole', 'pola', 'pól'])})`;
    case 'too_big':
      return size(issue.origin, 'najwyżej', Number(issue.maximum), issue.inclusive !== false);
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'pole nie może być puste';
      return size(issue.origin, 'co najmniej', Number(issue.minimum), issue.inclusive !== false);
    case 'invalid_format':
      if (issue.format === 'date') return 'oczekiwano dnia kalendarza w postaci RRRR-MM-DD';
      if (issue.format === 'datetime') return 'oczekiwano daty i godziny';
      return 'nieprawidłowy zapis';
    case 'invalid_union':
      return 'dane nie pasują do żadnej z dozwolonych postaci';
    case 'invalid_key':
      return 'nieprawidłowy klucz';
    case 'invalid_element':
      return 'nieprawidłowa pozycja';
    case 'not_multiple_of':
      return `liczba musi być wielokrotnością ${String(issue.divisor)}`;
    default:
      return 'wartość nie spełnia warunku';
  }
}

/** A bound on a length or a number, in words: „najwyżej 200 znaków”, „co najmniej 1 pozycja”. */
function size(origin: string | undefined, bound: 'najwyżej' | 'co najmniej', n: number, inclusive: boolean): string {
  const verb = bound === 'najwyżej' ? 'może' : 'musi';
  if (origin === 'string') return `tekst ${verb} mieć ${bound} ${countPl(n, ['znak', 'znaki', 'znaków'])}`;
  if (origin === 'array' || origin === 'set') return `lista ${verb} mieć ${bound} ${countPl(n, ['pozycję', 'pozycje', 'pozycji'])}`;
  const limit = inclusive ? bound : bound === 'najwyżej' ? 'mniej niż' : 'więcej niż';
  return `liczba musi wynosić ${limit} ${n}`;
}
