/**
 * JSON Schemas (draft 2020-12) of every zod schema the package exports, generated with zod's own
 * `z.toJSONSchema`. Nothing is listed by hand: whatever `src/index.ts` exports that is a zod schema gets a
 * file, so a new or changed shape is picked up by the next build. Each file is self-contained: a nested
 * exported schema (a `Person` inside a `Household`) goes to `$defs` under its own name and is `$ref`ed.
 * The root carries the TSDoc of the export (summary and remarks) as `description`; every field carries the
 * `description` its zod schema declares with `.describe()`/`.meta({ description })` (test/jsonSchemas.test.ts
 * requires one on every property). Other metadata (the sensitivity tags of src/privacy/) stays in zod: it is
 * not a JSON Schema keyword.
 *
 * `io: 'input'`: a schema describes what the SDK accepts, the document a vendor stores and sends.
 */
import ts from 'typescript';
import * as z from 'zod';
import * as sdk from '../src/index.js';

const indexFile = new URL('../src/index.ts', import.meta.url).pathname;

/** The exported zod schemas by name, sorted. */
export function exportedSchemas(): Map<string, z.ZodType> {
  const found = Object.entries(sdk as Record<string, unknown>)
    .flatMap(([name, value]) => (value instanceof z.ZodType ? [[name, value] as const] : []))
    .sort(([a], [b]) => a.localeCompare(b, 'en'));
  return new Map(found);
}

/** The TSDoc summary and `@remarks` of each export, as plain text (`{@link X}` becomes `X`). */
export function tsdocOf(names: Iterable<string>): Map<string, string> {
  const program = ts.createProgram([indexFile], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(indexFile)!)!;
  const wanted = new Set(names);
  const docs = new Map<string, string>();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    if (!wanted.has(exported.name)) continue;
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    // The schema's own comment (on the `const`), not the type alias of the same name beside it.
    const declaration = symbol.valueDeclaration;
    const jsdoc = declaration ? ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc).at(-1) : undefined;
    if (!jsdoc) continue;
    const summary = ts.getTextOfJSDocComment(jsdoc.comment) ?? '';
    const remarks = (jsdoc.tags ?? []).filter((t) => t.tagName.text === 'remarks').map((t) => ts.getTextOfJSDocComment(t.comment) ?? '');
    const text = [summary, ...remarks].join('\n\n').replace(/\{@link\s+([^}|\s]+)[^}]*\}/g, '$1').trim();
    if (text) docs.set(exported.name, text);
  }
  return docs;
}

type Meta = { id?: string; description?: string };

/**
 * The description set on this schema itself, not inherited from the schema it was cloned from (zod's
 * registry passes metadata down to clones: `CivilDate.meta(tag)` would repeat CivilDate's own words).
 */
function describedHere(schema: z.core.$ZodType): string | undefined {
  const description: unknown = z.globalRegistry.get(schema)?.description;
  const parent = schema._zod.parent;
  const inherited: unknown = parent === undefined ? undefined : z.globalRegistry.get(parent)?.description;
  return typeof description === 'string' && description !== inherited ? description : undefined;
}

/**
 * The metadata `z.toJSONSchema` reads: the id and TSDoc of each export (registered here), and for every
 * other schema the `description` set on it in zod's global registry (a field's `.describe()`). Only the
 * description is taken from the global registry, so the sensitivity tags never become unknown keywords.
 */
class Described extends z.core.$ZodRegistry<Meta> {
  override get(schema: z.core.$ZodType): Meta | undefined {
    const own = super.get(schema);
    if (own?.id !== undefined) return own;
    const description = describedHere(schema);
    return description === undefined ? own : { ...own, description };
  }
}

/** One JSON Schema per exported zod schema, by name. Deterministic: the same source gives the same bytes. */
export function jsonSchemas(): Map<string, Record<string, unknown>> {
  const schemas = exportedSchemas();
  const docs = tsdocOf(schemas.keys());
  const registry = new Described();
  for (const [name, schema] of schemas) {
    const description = docs.get(name);
    registry.add(schema, description ? { id: name, description } : { id: name });
  }
  const out = new Map<string, Record<string, unknown>>();
  for (const [name, schema] of schemas) {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', metadata: registry, unrepresentable: 'throw', cycles: 'ref', reused: 'inline' });
    out.set(name, { $schema: json['$schema'], title: name, ...json });
  }
  return out;
}

/**
 * What zod checks but JSON Schema cannot say: rules across fields or needing arithmetic. A document can
 * pass its JSON Schema and still be refused by the SDK with one of these codes (docs/integration.md lists
 * them; test/jsonSchemas.test.ts proves each with a document ajv accepts and zod refuses).
 */
export const zodOnlyChecks = [
  { code: 'pesel_invalid_checksum', schema: 'Pesel', rule: 'the PESEL check digit, and a real birth date encoded in it' },
  { code: 'pesel_birth_date_mismatch', schema: 'Person', rule: 'the birth date encoded in the PESEL equals `birthDate`' },
  { code: 'household_applicant_count', schema: 'Household', rule: 'exactly one member is the applicant' },
  { code: 'household_single_size', schema: 'Household', rule: 'a single-person household has one member (art. 6 pkt 10)' },
  { code: 'household_family_size', schema: 'Household', rule: 'a family has at least two members (art. 6 pkt 14)' },
  { code: 'duplicate_id', schema: 'Household', rule: 'person ids are unique within the household' },
  { code: 'other_ground_needs_justification', schema: 'Problem', rule: 'a problem on the ground `other` carries a justification' },
  { code: 'unknown_reference', schema: 'EligibilityRequest', rule: 'income and facts name members of the household; the applicant has facts' },
  { code: 'as_of_before_application', schema: 'EligibilityRequest', rule: '`asOf` is not before the application date' },
] as const;
