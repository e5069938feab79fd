import type { Language } from '../issues/issue.js';
import type { PersonalDataKind, Sensitivity } from './sensitivity.js';

type Words = { readonly pl: string; readonly en: string };

const sensitivity: Readonly<Record<Sensitivity, Words>> = {
  identifying: { pl: 'dane identyfikujące osobę', en: 'identifying data' },
  specialCategory: { pl: 'dane szczególnej kategorii (art. 9 RODO)', en: 'special-category data (GDPR art. 9)' },
  freeText: { pl: 'tekst swobodny, który może zawierać dane osobowe', en: 'free text that may hold personal data' },
};

const kinds: Readonly<Record<PersonalDataKind, Words>> = {
  name: { pl: 'imię i nazwisko', en: 'name' },
  pesel: { pl: 'numer PESEL', en: 'PESEL number' },
  birthDate: { pl: 'data urodzenia', en: 'date of birth' },
  address: { pl: 'adres', en: 'address' },
  contact: { pl: 'dane kontaktowe', en: 'contact details' },
  personId: { pl: 'identyfikator osoby', en: 'person identifier' },
  age: { pl: 'wiek', en: 'age' },
  health: { pl: 'stan zdrowia', en: 'health' },
  addiction: { pl: 'uzależnienie', en: 'addiction' },
  disability: { pl: 'niepełnosprawność', en: 'disability' },
  assistanceGround: { pl: 'powód przyznania pomocy ujawniający stan zdrowia', en: 'assistance ground that reveals health' },
  text: { pl: 'tekst swobodny', en: 'free text' },
};

/**
 * The words for a sensitivity class or a kind of personal data, for a data-protection register or a
 * screen that explains what is masked.
 *
 * @example
 * ```ts
 * import { privacyLabel } from 'praca-socjalna';
 * privacyLabel('specialCategory', 'pl'); //=> 'dane szczególnej kategorii (art. 9 RODO)'
 * ```
 * @category Personal data
 */
export function privacyLabel(code: string, lang: Language): string | undefined {
  if (Object.hasOwn(sensitivity, code)) return sensitivity[code as Sensitivity][lang];
  if (Object.hasOwn(kinds, code)) return kinds[code as PersonalDataKind][lang];
  return undefined;
}
