import { ownValue } from '../_lib/ownValue.js';
import { streamLabels } from '../i18n/streamLabels.js';
import type { Language } from './issue.js';

/**
 * The lists an id is looked up in (`collection` of `duplicate_id`, `unknown_reference`, `unknown_item`,
 * `item_exists`), by the name the rules give them, in the nominative plural a worker uses. The names of the
 * case stream's own lists are in `streamLabels`; these are the others.
 */
const collections: Readonly<Record<string, { readonly pl: string; readonly en: string }>> = {
  'household members': { pl: 'członkowie gospodarstwa domowego', en: 'household members' },
  members: { pl: 'członkowie gospodarstwa domowego', en: 'household members' },
  'facts of the applicant': { pl: 'dane o sytuacji wnioskodawcy', en: 'facts of the applicant' },
  'art. 11 circumstances in the case': { pl: 'okoliczności z art. 11 odnotowane w sprawie', en: 'art. 11 circumstances in the case' },
  'community activities': { pl: 'działania środowiskowe', en: 'community activities' },
  goals: { pl: 'cele', en: 'goals' },
  actions: { pl: 'działania', en: 'actions' },
  problems: { pl: 'problemy', en: 'problems' },
  resources: { pl: 'zasoby', en: 'resources' },
  limitations: { pl: 'ograniczenia', en: 'limitations' },
};

/** @internal The name of a list in words; a name no catalogue has gives a neutral phrase, never the name. */
export function collectionName(collection: string, lang: Language): string {
  const own = ownValue(collections, collection);
  const stream = ownValue(streamLabels, collection);
  return (own ?? stream)?.[lang] ?? (lang === 'pl' ? 'wskazana lista' : 'the list named');
}
