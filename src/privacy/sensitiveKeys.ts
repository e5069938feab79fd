import type { SensitivityTag } from './sensitivity.js';
import { revealsHealth } from './sensitivity.js';

/**
 * One entry of the table of known sensitive keys: its tag, and optionally a test on the value (a key
 * like `ground` is special-category only when its value reveals health).
 *
 * @example
 * ```ts
 * import { type SensitiveKey } from 'praca-socjalna';
 * const k: SensitiveKey = { sensitivity: 'identifying', personalData: 'pesel' };
 * ```
 * @category Personal data
 */
export interface SensitiveKey extends SensitivityTag {
  /** When present, the key is sensitive only for values it accepts. */
  readonly when?: (value: unknown) => boolean;
}

const identifying = (personalData: SensitivityTag['personalData']): SensitiveKey => ({ sensitivity: 'identifying', personalData });
const special = (personalData: SensitivityTag['personalData'], when?: (value: unknown) => boolean): SensitiveKey =>
  when === undefined ? { sensitivity: 'specialCategory', personalData } : { sensitivity: 'specialCategory', personalData, when };
const freeText: SensitiveKey = { sensitivity: 'freeText', personalData: 'text' };

/**
 * Keys that hold personal data wherever they appear in a value: {@link redact} masks them even in
 * shapes no schema describes (traces, results, issues, events added later). Adding a key is one line.
 *
 * @remarks The table is deliberately broad: a key that sometimes holds personal data (`name`, `text`)
 * is always treated as if it did. Plain `id` is not listed (it links records); the schemas tag a
 * person's `id`, and keys that name a person (`personId`, `actorId`, …) are listed.
 * @example
 * ```ts
 * import { sensitiveKeys } from 'praca-socjalna';
 * sensitiveKeys.get('pesel')?.sensitivity; //=> 'identifying'
 * ```
 * @category Personal data
 */
export const sensitiveKeys: ReadonlyMap<string, SensitiveKey> = new Map<string, SensitiveKey>([
  // identifying (art. 4 pkt 1 GDPR)
  ['firstName', identifying('name')],
  ['lastName', identifying('name')],
  ['fullName', identifying('name')],
  // a person's or worker's name; a value that looks like a code (`incomeCriterion`) is a parameter's name
  ['name', { ...identifying('name'), when: (v) => !(typeof v === 'string' && /^[a-z][A-Za-z0-9.]*$/.test(v)) }],
  ['familyName', identifying('name')],
  ['pesel', identifying('pesel')],
  ['birthDate', identifying('birthDate')],
  ['peselBirthDate', identifying('birthDate')],
  ['address', identifying('address')],
  ['street', identifying('address')],
  ['phone', identifying('contact')],
  ['email', identifying('contact')],
  ['personId', identifying('personId')],
  ['personIds', identifying('personId')],
  ['memberIds', identifying('personId')],
  ['clientId', identifying('personId')],
  ['actorId', identifying('personId')],
  ['ownerId', identifying('personId')],
  ['workerId', identifying('personId')],
  ['signerId', identifying('personId')],
  ['partyIds', identifying('personId')],
  ['dependants', identifying('personId')],
  ['age', identifying('age')],
  // special category (art. 9 ust. 1 GDPR): health, addiction, disability, and the grounds revealing them
  ['health', special('health')],
  ['healthCondition', special('health')],
  ['disability', special('disability')],
  ['disabilityDegree', special('disability')],
  ['addiction', special('addiction')],
  ['addictedToAlcohol', special('addiction')],
  // a closure outcome such as a finished addiction therapy reveals the addiction
  ['outcomes', special('addiction', (v) => Array.isArray(v) && v.includes('addictionTherapyCompleted'))],
  ['clientFacts', special('health')],
  ['ground', special('assistanceGround', revealsHealth)],
  ['grounds', special('assistanceGround', revealsHealth)],
  // free text: whatever a person wrote
  ['description', freeText],
  ['justification', freeText],
  ['text', freeText],
  ['summary', freeText],
  ['assessment', freeText],
  ['reason', freeText],
  ['note', freeText],
  ['notes', freeText],
  ['comment', freeText],
  ['evaluation', freeText],
  ['expectedResult', freeText],
  ['reasoning', freeText],
  ['explanation', freeText],
  ['evidence', freeText],
]);

/**
 * Keys whose value is a person (or a list of persons): inside them, `id` is a person id and is treated
 * as `identifying` (where integrators use the PESEL as the id, it is one). Adding a key is one line.
 *
 * @example
 * ```ts
 * import { personObjectKeys } from 'praca-socjalna';
 * personObjectKeys.has('person'); //=> true
 * ```
 * @category Personal data
 */
export const personObjectKeys: ReadonlySet<string> = new Set([
  'person',
  'persons',
  'client',
  'applicant',
  'member',
  'dependant',
  'actor',
  'owner',
  'newOwner',
  'author',
  'worker',
]);
