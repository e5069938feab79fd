import type * as z from 'zod';
import { type TagNode, tagRoot } from './schemaTags.js';
import { personObjectKeys, sensitiveKeys } from './sensitiveKeys.js';
import { type Sensitivity, type SensitivityTag, revealsHealth } from './sensitivity.js';

/**
 * What {@link redact} does with a value of one sensitivity:
 * - `keep`: leave it;
 * - `mask`: replace every string and number in it by `'[identifying]'`, `'[specialCategory]'` or
 *   `'[freeText]'` (the shape stays, so a log is still readable);
 * - `drop`: remove the field (in an array, the item becomes `null`, so positions stay);
 * - `pseudonymise`: replace every string and number in it by `policy.pseudonymise(value, tag)`, a
 *   deterministic function the caller supplies (e.g. a keyed hash), so the same PESEL or id gives the
 *   same pseudonym everywhere and links survive. Without that function, pseudonymise masks.
 *
 * @example
 * ```ts
 * import { type RedactionAction } from 'praca-socjalna';
 * const a: RedactionAction = 'pseudonymise';
 * ```
 * @category Personal data
 */
export type RedactionAction = 'keep' | 'mask' | 'drop' | 'pseudonymise';

/**
 * A redaction policy: an action per {@link Sensitivity}, and the pseudonymising function if any action
 * is `pseudonymise`. The SDK has no randomness: pseudonyms come from the caller.
 *
 * @example
 * ```ts
 * import { type RedactionPolicy } from 'praca-socjalna';
 * const forFixtures: RedactionPolicy = {
 *   identifying: 'pseudonymise', specialCategory: 'mask', freeText: 'mask',
 *   pseudonymise: (value) => `p-${value.length}`,
 * };
 * ```
 * @category Personal data
 */
export interface RedactionPolicy {
  /** What to do with names, PESEL, birth dates, addresses, person ids. */
  readonly identifying: RedactionAction;
  /** What to do with data concerning health, addiction, disability (art. 9 GDPR). */
  readonly specialCategory: RedactionAction;
  /** What to do with words a person wrote. */
  readonly freeText: RedactionAction;
  /** The caller's deterministic pseudonym of a value (e.g. a keyed hash); used by `pseudonymise`. */
  readonly pseudonymise?: (value: string, tag: SensitivityTag) => string;
}

/**
 * The policy for logs: identifying data masked, special-category data dropped, free text masked.
 *
 * @example
 * ```ts
 * import { logPolicy, redact } from 'praca-socjalna';
 * redact({ pesel: '44051401359', eventType: 'caseOpened' }, logPolicy); //=> { pesel: '[identifying]', eventType: 'caseOpened' }
 * ```
 * @category Personal data
 */
export const logPolicy: RedactionPolicy = { identifying: 'mask', specialCategory: 'drop', freeText: 'mask' };

const DROP = Symbol('drop');
const MAX_DEPTH = 64;

function transformLeaves(value: unknown, tag: SensitivityTag, policy: RedactionPolicy, action: RedactionAction, depth: number): unknown {
  if (depth > MAX_DEPTH) return `[${tag.sensitivity}]`;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
    if (action === 'pseudonymise' && policy.pseudonymise !== undefined) return policy.pseudonymise(String(value), tag);
    return `[${tag.sensitivity}]`;
  }
  if (Array.isArray(value)) return value.map((v) => transformLeaves(v, tag, policy, action, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) define(out, k, transformLeaves(v, tag, policy, action, depth + 1));
    return out;
  }
  return value; // booleans and null: masking them would change nothing a reader can use
}

function apply(value: unknown, tag: SensitivityTag, policy: RedactionPolicy, depth: number): unknown {
  const action = policy[tag.sensitivity satisfies Sensitivity];
  if (action === 'keep') return walk(value, undefined, policy, depth);
  if (action === 'drop') return DROP;
  return transformLeaves(value, tag, policy, action, depth);
}

/** Own data property, even for a key `__proto__`: never a prototype change. */
function define(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

const personId: SensitivityTag = { sensitivity: 'identifying', personalData: 'personId' };

function keyTag(key: string, value: unknown, inPerson: boolean): SensitivityTag | undefined {
  if (inPerson && key === 'id') return personId;
  const entry = sensitiveKeys.get(key);
  if (entry === undefined || (entry.when !== undefined && !entry.when(value))) return undefined;
  return { sensitivity: entry.sensitivity, personalData: entry.personalData };
}

/** A ground is special-category only when it reveals health (see SPECIAL_CATEGORY_GROUNDS). */
function schemaTag(tag: SensitivityTag | undefined, value: unknown): SensitivityTag | undefined {
  return tag !== undefined && tag.personalData === 'assistanceGround' && !revealsHealth(value) ? undefined : tag;
}

function walk(value: unknown, tree: TagNode | null | undefined, policy: RedactionPolicy, depth: number, inPerson = false): unknown {
  if (depth > MAX_DEPTH) return '[truncated]';
  if (Array.isArray(value)) {
    const items = tree?.items();
    return value.map((item) => {
      const r = items?.tag !== undefined ? apply(item, items.tag, policy, depth + 1) : walk(item, items, policy, depth + 1, inPerson);
      return r === DROP ? null : r;
    });
  }
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, walk(v, undefined, policy, depth + 1)]));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const sub = tree?.field(key);
    const tag = schemaTag(sub?.tag, v) ?? keyTag(key, v, inPerson);
    const r = tag !== undefined ? apply(v, tag, policy, depth + 1) : walk(v, sub, policy, depth + 1, personObjectKeys.has(key));
    if (r !== DROP) define(out, key, r);
  }
  return out;
}

/**
 * A copy of any value with its personal data masked, dropped or pseudonymised as the policy says: for
 * logs and test fixtures. Works on persons, households, case states, event streams, eligibility
 * requests and results, traces and issues.
 *
 * @remarks A field is sensitive if the schema given (if any) tags it with `.meta()` (see
 * {@link sensitivityOf}), or if its key is in {@link sensitiveKeys}, at any depth, or if it is the `id`
 * of an object under one of the {@link personObjectKeys}. The input is never
 * changed; the copy has plain objects and arrays (no prototypes, no functions, at most 64 levels deep).
 * It never throws unless the caller's `pseudonymise` does.
 * @example
 * ```ts
 * import { Person, logPolicy, redact } from 'praca-socjalna';
 * const jan = { id: 'p-1', firstName: 'Jan', lastName: 'Kowalski', birthDate: '1944-05-14' };
 * redact(jan, logPolicy, Person);
 * //=> { id: '[identifying]', firstName: '[identifying]', lastName: '[identifying]', birthDate: '[identifying]' }
 * ```
 * @category Personal data
 */
export function redact<T>(value: T, policy: RedactionPolicy, schema?: z.ZodType): unknown {
  const tree = schema === undefined ? undefined : tagRoot(schema);
  if (tree?.tag !== undefined) {
    const r = apply(value, tree.tag, policy, 0);
    return r === DROP ? undefined : r;
  }
  return walk(value, tree, policy, 0);
}
