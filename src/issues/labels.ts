import { ownValue } from '../_lib/ownValue.js';
import { label as codeLabel } from '../i18n/labels.js';
import { streamLabels } from '../i18n/streamLabels.js';
import type { Language } from './issue.js';

/** Names of stages and roles as a worker reads them, where the stream's words have none. */
const labels: Record<string, { readonly pl: string; readonly en: string }> = {
  // stages of the methodical process
  intake: { pl: 'przyjęcie zgłoszenia', en: 'intake' },
  diagnosis: { pl: 'diagnoza', en: 'diagnosis' },
  resources: { pl: 'zasoby', en: 'resources' },
  limitations: { pl: 'ograniczenia', en: 'limitations' },
  goals: { pl: 'cele i działania', en: 'goals and actions' },
  contract: { pl: 'kontrakt', en: 'contract' },
  monitoring: { pl: 'monitorowanie', en: 'monitoring' },
  closed: { pl: 'zamknięcie', en: 'closure' },
  // roles
  socialWorker: { pl: 'pracownik socjalny', en: 'social worker' },
  benefitsOfficer: { pl: 'pracownik ds. świadczeń', en: 'benefits officer' },
  assistant: { pl: 'asystent', en: 'assistant' },
  psychologist: { pl: 'psycholog', en: 'psychologist' },
  head: { pl: 'kierownik ośrodka', en: 'head of the centre' },
};

/**
 * @internal The word for a stage, role, event type, machine, scope or other code in a message: the stream's
 * words first, then these, then the catalogue of every code. A code none of them has gives a neutral
 * phrase, never the code itself (a Polish message never shows one).
 */
export function label(key: string, lang: Language): string {
  const stream = ownValue(streamLabels, key);
  const own = ownValue(labels, key);
  return (stream ?? own)?.[lang] ?? codeLabel(key, lang) ?? (lang === 'pl' ? 'nienazwany element' : 'an unnamed item');
}

/** @internal A list of labels joined for a message. */
export function labelList(keys: readonly string[], lang: Language): string {
  return keys.map((k) => label(k, lang)).join(', ');
}
