import type * as z from 'zod';
import { type SensitivityTag, sensitivityOf } from './sensitivity.js';

/** @internal The tags a schema puts on a value, as a tree that follows the value's shape. */
export interface TagTree {
  tag?: SensitivityTag;
  readonly fields: Map<string, TagTree>;
  items?: TagTree;
}

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly in?: z.ZodType;
  readonly left?: z.ZodType;
  readonly right?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function merge(into: TagTree, from: TagTree): void {
  if (from.tag !== undefined && into.tag === undefined) into.tag = from.tag;
  for (const [k, v] of from.fields) {
    const existing = into.fields.get(k);
    if (existing === undefined) into.fields.set(k, v);
    else if (existing !== v) merge(existing, v);
  }
  if (from.items !== undefined) {
    if (into.items === undefined) into.items = from.items;
    else if (into.items !== from.items) merge(into.items, from.items);
  }
}

/**
 * @internal Builds the tag tree of a schema: tags from `.meta()`, through optional, nullable, default,
 * pipe, array, object, union (the shapes of all options merged), intersection, record and lazy
 * schemas. Memoised per schema, so recursive (lazy) schemas terminate.
 */
export function tagTree(schema: z.ZodType, seen: Map<z.ZodType, TagTree> = new Map()): TagTree {
  const known = seen.get(schema);
  if (known !== undefined) return known;
  const tree: TagTree = { fields: new Map() };
  seen.set(schema, tree);
  const tag = sensitivityOf(schema);
  if (tag !== undefined) tree.tag = tag;
  const def = defOf(schema);
  const inner = def.innerType ?? def.in ?? (def.type === 'lazy' && def.getter ? def.getter() : undefined);
  if (inner !== undefined) merge(tree, tagTree(inner, seen));
  if (def.type === 'object' && def.shape) for (const [k, v] of Object.entries(def.shape)) tree.fields.set(k, tagTree(v, seen));
  if (def.type === 'array' && def.element) tree.items = tagTree(def.element, seen);
  if (def.type === 'record' && def.valueType) tree.items = tagTree(def.valueType, seen);
  for (const option of def.options ?? []) merge(tree, tagTree(option, seen));
  if (def.left) merge(tree, tagTree(def.left, seen));
  if (def.right) merge(tree, tagTree(def.right, seen));
  return tree;
}
