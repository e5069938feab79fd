import type * as z from 'zod';
import { type TagTree, tagTree } from './schemaTags.js';
import type { SensitivityTag } from './sensitivity.js';

/**
 * One tagged field of a schema: its path (`members[].person.pesel`) and its tag.
 *
 * @example
 * ```ts
 * import { type SensitiveField } from 'praca-socjalna';
 * const f: SensitiveField = { path: 'pesel', sensitivity: 'identifying', personalData: 'pesel' };
 * ```
 * @category Personal data
 */
export interface SensitiveField extends SensitivityTag {
  readonly path: string;
}

function collect(tree: TagTree, path: string, out: SensitiveField[], onPath: Set<TagTree>): void {
  if (tree.tag !== undefined) {
    out.push({ path: path === '' ? '(root)' : path, ...tree.tag });
    return; // everything below a tagged field is redacted with it
  }
  if (onPath.has(tree)) return; // a recursive schema: listed once
  onPath.add(tree);
  for (const [k, sub] of tree.fields) collect(sub, path === '' ? k : `${path}.${k}`, out, onPath);
  if (tree.items !== undefined) collect(tree.items, `${path}[]`, out, onPath);
  onPath.delete(tree);
}

/**
 * The fields a schema tags as personal data, with their paths, for integrators who store, log or
 * export the SDK's values (a record of processing, a field-level encryption list, a log filter).
 *
 * @example
 * ```ts
 * import { Person, sensitiveFields } from 'praca-socjalna';
 * sensitiveFields(Person).map((f) => f.path); //=> ['id', 'firstName', 'lastName', 'birthDate', 'pesel']
 * ```
 * @category Personal data
 */
export function sensitiveFields(schema: z.ZodType): readonly SensitiveField[] {
  const out: SensitiveField[] = [];
  collect(tagTree(schema), '', out, new Set());
  return out;
}
