import type * as z from 'zod';
import { type TagNode, tagRoot } from './schemaTags.js';
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

/** Identity of a node by the schemas it stands for, to stop on recursive schemas. */
function identity(node: TagNode, ids: Map<object, number>): string {
  return node.concrete.map((s) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = ids.size));
    return id;
  }).join(',');
}

function collect(node: TagNode, path: string, out: SensitiveField[], onPath: Set<string>, ids: Map<object, number>, seenPaths: Set<string>): void {
  if (node.tag !== undefined) {
    const p = path === '' ? '(root)' : path;
    if (!seenPaths.has(p)) out.push({ path: p, ...node.tag });
    seenPaths.add(p);
    return; // everything below a tagged field is redacted with it
  }
  const id = identity(node, ids);
  if (onPath.has(id) || onPath.size > 32) return; // a recursive schema: listed once
  onPath.add(id);
  for (const k of node.keys()) {
    const sub = node.field(k);
    if (sub !== null) collect(sub, path === '' ? k : `${path}.${k}`, out, onPath, ids, seenPaths);
  }
  const items = node.items();
  if (items !== null) collect(items, `${path}[]`, out, onPath, ids, seenPaths);
  onPath.delete(id);
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
  collect(tagRoot(schema), '', out, new Set(), new Map(), new Set());
  return out;
}
