import * as z from 'zod';
import type { AssistanceGround } from '../law/assistanceGround.js';

/**
 * How sensitive a piece of personal data is, under the GDPR (Regulation (EU) 2016/679):
 * - `identifying`: it identifies a person (name, PESEL, birth date, address, a person id) — art. 4 pkt 1;
 * - `specialCategory`: it reveals health, addiction or disability — art. 9 ust. 1 (data concerning
 *   health), including the art. 7 u.p.s. grounds that reveal them (`disability`, `longTermIllness`,
 *   `addiction`);
 * - `freeText`: words a worker or a client wrote (descriptions, notes, explanations), which may carry
 *   anything, special-category data included.
 *
 * @remarks Polish: „dane osobowe”, „szczególne kategorie danych” (art. 9 RODO).
 * @example
 * ```ts
 * import { Sensitivity } from 'praca-socjalna';
 * Sensitivity.parse('specialCategory');
 * ```
 * @category Personal data
 */
export const Sensitivity = z.enum(['identifying', 'specialCategory', 'freeText']);
/** A sensitivity class; see {@link Sensitivity}. */
export type Sensitivity = z.infer<typeof Sensitivity>;

/**
 * What kind of personal data a field holds, finer than its {@link Sensitivity}.
 *
 * @example
 * ```ts
 * import { PersonalDataKind } from 'praca-socjalna';
 * PersonalDataKind.parse('pesel');
 * ```
 * @category Personal data
 */
export const PersonalDataKind = z.enum([
  'name',
  'pesel',
  'birthDate',
  'address',
  'contact',
  'personId',
  'age',
  'health',
  'addiction',
  'disability',
  'assistanceGround',
  'text',
]);
/** A kind of personal data; see {@link PersonalDataKind}. */
export type PersonalDataKind = z.infer<typeof PersonalDataKind>;

/**
 * The tag a schema field carries in its zod metadata (`.meta(tag)`), readable at run time with
 * {@link sensitivityOf}. A plain `z.toJSONSchema()` of your own writes it into the JSON Schema; the package's own
 * `schemas/*.json` carry field descriptions only.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { type SensitivityTag } from 'praca-socjalna';
 * const tag: SensitivityTag = { sensitivity: 'identifying', personalData: 'name' };
 * const firstName = z.string().meta(tag);
 * ```
 * @category Personal data
 */
export type SensitivityTag = {
  readonly sensitivity: Sensitivity;
  readonly personalData: PersonalDataKind;
};

/**
 * The art. 7 u.p.s. grounds whose mere presence reveals data concerning health (art. 9 ust. 1 GDPR):
 * disability (pkt 5), long-term or serious illness (pkt 6), alcoholism or drug addiction (pkt 14).
 *
 * @example
 * ```ts
 * import { SPECIAL_CATEGORY_GROUNDS } from 'praca-socjalna';
 * SPECIAL_CATEGORY_GROUNDS.has('addiction'); //=> true
 * ```
 * @category Personal data
 */
export const SPECIAL_CATEGORY_GROUNDS: ReadonlySet<AssistanceGround | string> = new Set<AssistanceGround>(['disability', 'longTermIllness', 'addiction']);

/**
 * The sensitivity tag in a schema's zod metadata (as set by `.meta()`), or `undefined` if it has none
 * or the metadata is not a valid tag.
 *
 * @example
 * ```ts
 * import { Person, sensitivityOf } from 'praca-socjalna';
 * sensitivityOf(Person.shape.lastName); //=> { sensitivity: 'identifying', personalData: 'name' }
 * ```
 * @category Personal data
 */
export function sensitivityOf(schema: z.ZodType): SensitivityTag | undefined {
  const meta = z.globalRegistry.get(schema);
  if (meta === undefined) return undefined;
  const s = Sensitivity.safeParse(meta['sensitivity']);
  const k = PersonalDataKind.safeParse(meta['personalData']);
  return s.success && k.success ? { sensitivity: s.data, personalData: k.data } : undefined;
}

/** @internal Whether a ground (or a list of grounds) reveals data concerning health. */
export function revealsHealth(value: unknown): boolean {
  return typeof value === 'string' ? SPECIAL_CATEGORY_GROUNDS.has(value) : Array.isArray(value) && value.some(revealsHealth);
}
