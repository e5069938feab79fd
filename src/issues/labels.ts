import type { Language } from './issue.js';

/** Names of stages, roles and events as a worker reads them. Unknown keys fall back to the key itself. */
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

/** @internal The label of a stage, role or other vocabulary key in a language. */
export function label(key: string, lang: Language): string {
  return labels[key]?.[lang] ?? key;
}

/** @internal A list of labels joined for a message. */
export function labelList(keys: readonly string[], lang: Language): string {
  return keys.map((k) => label(k, lang)).join(', ');
}
