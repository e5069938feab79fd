import type * as z from 'zod';
import { type SensitivityTag, sensitivityOf } from './sensitivity.js';

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

/**
 * @internal Where a value stands in a schema: the tag that applies to it (if any) and the concrete
 * object, array and record schemas it may match (the options of unions, unwrapped). Children are built
 * on demand and memoised, so walking a value costs its size times the width of its unions, and a
 * recursive (lazy) schema is never unfolded further than the value goes.
 */
export class TagNode {
  readonly tag: SensitivityTag | undefined;
  readonly concrete: readonly z.ZodType[];
  readonly #fields = new Map<string, TagNode | null>();
  #items: TagNode | null | undefined;

  constructor(schemas: readonly z.ZodType[]) {
    const concrete: z.ZodType[] = [];
    let tag: SensitivityTag | undefined;
    const seen = new Set<z.ZodType>();
    const expand = (s: z.ZodType, depth: number): void => {
      if (seen.has(s) || depth > 64) return;
      seen.add(s);
      tag ??= sensitivityOf(s);
      const def = defOf(s);
      const inner = def.innerType ?? def.in ?? (def.type === 'lazy' && def.getter ? def.getter() : undefined);
      if (inner !== undefined) expand(inner, depth + 1);
      for (const o of def.options ?? []) expand(o, depth + 1);
      if (def.left) expand(def.left, depth + 1);
      if (def.right) expand(def.right, depth + 1);
      if (def.type === 'object' || def.type === 'array' || def.type === 'record') concrete.push(s);
    };
    for (const s of schemas) expand(s, 0);
    this.tag = tag;
    this.concrete = concrete;
  }

  /** The node of a field, or `null` if no schema here has it. */
  field(key: string): TagNode | null {
    const known = this.#fields.get(key);
    if (known !== undefined) return known;
    const children: z.ZodType[] = [];
    for (const s of this.concrete) {
      const def = defOf(s);
      const child = def.type === 'object' ? (Object.hasOwn(def.shape ?? {}, key) ? def.shape?.[key] : undefined) : def.type === 'record' ? def.valueType : undefined;
      if (child !== undefined) children.push(child);
    }
    const node = children.length === 0 ? null : new TagNode(children);
    this.#fields.set(key, node);
    return node;
  }

  /** The node of the items of an array, or `null`. */
  items(): TagNode | null {
    if (this.#items !== undefined) return this.#items;
    const children = this.concrete.flatMap((s) => {
      const def = defOf(s);
      return def.type === 'array' && def.element ? [def.element] : [];
    });
    this.#items = children.length === 0 ? null : new TagNode(children);
    return this.#items;
  }

  /** The keys of the object schemas here, in declaration order. */
  keys(): string[] {
    const keys = new Set<string>();
    for (const s of this.concrete) for (const k of Object.keys(defOf(s).shape ?? {})) keys.add(k);
    return [...keys];
  }
}

const roots = new WeakMap<z.ZodType, TagNode>();

/** @internal The root node of a schema, memoised per schema. */
export function tagRoot(schema: z.ZodType): TagNode {
  let node = roots.get(schema);
  if (node === undefined) {
    node = new TagNode([schema]);
    roots.set(schema, node);
  }
  return node;
}
