/**
 * A typedoc plugin (loaded by typedoc.json) that shows the zod schemas as a vendor reads them:
 *
 * - a schema constant (`export const Person = z.strictObject({…})`) is shown as `ZodType<Person>`, a link to
 *   its type, instead of the zod class with its whole inferred shape (a page of 300 kB for `CaseState`);
 *   an object of schemas (the payloads of a family of events) lists each schema as `ZodType<{ fields }>`;
 * - a type inferred from a schema (`export type Person = z.infer<typeof Person>`) is shown by its fields,
 *   each with its TSDoc, or else the description its schema declares (`.describe('…')`, the words of the
 *   JSON Schemas), a field whose type is another such type linking to it (`household: Household`).
 *
 * Only what typedoc shows changes: the source and the published `.d.ts` are untouched. Plain JavaScript
 * because typedoc loads plugins with Node, without a TypeScript loader.
 */
import * as td from 'typedoc';
import ts from 'typescript';

const { Comment, Converter, ReflectionKind, ReflectionFlag, DeclarationReflection, ReflectionType, ArrayType, UnionType, ReferenceType, makeRecursiveVisitor } = td;

/** How deep nested object types are shown field by field before typedoc's own rendering takes over. */
const maxDepth = 4;

/** Whether a type alias is written `z.infer<…>`, or `z.output<…>` (a `z.input<…>` keeps its one-line form: it differs from the output only by defaults). */
function isInferred(declaration) {
  const t = declaration.type;
  return ts.isTypeReferenceNode(t) && /^z\.(infer|output)$/.test(t.typeName.getText());
}

/** The `_zod.output` type of a zod schema type, or `undefined` if the type is not a zod schema. */
function zodOutput(checker, type) {
  const internals = type.getProperty('_zod');
  if (internals === undefined || !(type.getProperty('safeParse') !== undefined)) return undefined;
  const inner = checker.getTypeOfSymbol(internals);
  const output = inner.getProperty('output');
  return output === undefined ? undefined : checker.getTypeOfSymbol(output);
}

/**
 * The description a field's schema declares in its source, the outermost one: `.describe('…')` or
 * `.meta({ …, description: '…' })` anywhere on the chain that builds it.
 */
function declaredDescription(expression) {
  let e = expression;
  while (e !== undefined && ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
    const method = e.expression.name.text;
    const [argument] = e.arguments;
    if (method === 'describe' && argument && ts.isStringLiteralLike(argument)) return argument.text;
    if (method === 'meta' && argument && ts.isObjectLiteralExpression(argument)) {
      const found = argument.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'description');
      if (found && ts.isStringLiteralLike(found.initializer)) return found.initializer.text;
    }
    e = e.expression.expression;
  }
  return undefined;
}

/** @param {td.Application} app */
export function load(app) {
  /** The types of the aliases written `z.infer<typeof X>`, to link a field to its alias instead of expanding it. */
  let inferredAliases;
  /** Alias reflections and the field-by-field type to give them once typedoc has set its own. */
  const pending = new Map();

  function aliasesOf(context) {
    if (inferredAliases !== undefined) return inferredAliases;
    inferredAliases = new Map();
    const checker = context.checker;
    for (const file of context.program.getRootFileNames()) {
      const source = context.program.getSourceFile(file);
      const module = source && checker.getSymbolAtLocation(source);
      if (!module) continue;
      for (const exported of checker.getExportsOfModule(module)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const declaration = symbol.declarations?.find(ts.isTypeAliasDeclaration);
        if (declaration && isInferred(declaration)) inferredAliases.set(checker.getDeclaredTypeOfSymbol(symbol), symbol);
      }
    }
    return inferredAliases;
  }

  /**
   * The inferred alias `type` is the type of, if any. A bare primitive is never linked: `Id` is `string`,
   * and a field typed `string` is not an id.
   */
  function aliasOf(context, type) {
    if (type.getFlags() & (ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Boolean | ts.TypeFlags.Null | ts.TypeFlags.Undefined)) return undefined;
    return aliasesOf(context).get(type);
  }

  /** A typedoc type for `type`, field by field for object types, linking the inferred aliases it meets. */
  function expand(context, type, depth, root) {
    const checker = context.checker;
    const alias = aliasOf(context, type);
    if (alias !== undefined && type !== root) return context.createSymbolReference(alias, context);
    if (depth > maxDepth) return context.converter.convertType(context, type);
    if (type.isUnion()) {
      // `X | null`, `X | undefined`: the alias of X, not its members one by one.
      const present = checker.getNonNullableType(type);
      const presentAlias = present !== type ? aliasOf(context, present) : undefined;
      if (presentAlias !== undefined) {
        const absent = type.types.filter((t) => t.getFlags() & (ts.TypeFlags.Null | ts.TypeFlags.Undefined));
        return new UnionType([context.createSymbolReference(presentAlias, context), ...absent.map((t) => context.converter.convertType(context, t))]);
      }
    }
    if (type.isUnion() && type.types.some((t) => t.getFlags() & ts.TypeFlags.Object || aliasOf(context, t) !== undefined)) {
      return new UnionType(type.types.map((t) => expand(context, t, depth, root)));
    }
    if (checker.isArrayType(type)) {
      const [element] = checker.getTypeArguments(type);
      return new ArrayType(expand(context, element, depth, root));
    }
    const isPlainObject = type.getFlags() & ts.TypeFlags.Object && type.getCallSignatures().length === 0 && !type.isClassOrInterface() && type.getProperties().length > 0;
    if (!isPlainObject) return context.converter.convertType(context, type);
    const literal = new DeclarationReflection('__type', ReflectionKind.TypeLiteral, context.scope);
    context.registerReflection(literal, undefined);
    const inner = context.withScope(literal);
    for (const property of type.getProperties()) {
      const field = inner.createDeclarationReflection(ReflectionKind.Property, property, undefined);
      if (property.flags & ts.SymbolFlags.Optional) field.setFlag(ReflectionFlag.Optional, true);
      const written = property.declarations?.find(ts.isPropertyAssignment);
      const described = written === undefined ? undefined : declaredDescription(written.initializer);
      if (field.comment === undefined && described !== undefined) field.comment = new Comment([{ kind: 'text', text: described }]);
      field.type = expand(inner.withScope(field), checker.getTypeOfSymbol(property), depth + 1, root);
      inner.finalizeDeclarationReflection(field);
    }
    return new ReflectionType(literal);
  }

  /** Removes the reflections a replaced type created (the fields of a zod type dump), so none is orphaned. */
  function discard(project, type) {
    type?.visit(makeRecursiveVisitor({ reflection: (t) => project.removeReflection(t.declaration) }));
  }

  /** The type to show for a value: `ZodType<Alias>` for a schema with an alias of its name, `ZodType<{ fields }>` without. */
  function schemaType(context, symbol, type, depth) {
    const output = zodOutput(context.checker, type);
    if (output === undefined) return undefined;
    const argument = symbol.flags & ts.SymbolFlags.TypeAlias ? context.createSymbolReference(symbol, context) : expand(context, output, depth, undefined);
    const zodType = ReferenceType.createBrokenReference('ZodType', context.project, 'zod');
    zodType.typeArguments = [argument];
    return zodType;
  }

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const symbol = context.getSymbolFromReflection(reflection);
    if (symbol === undefined) return;
    if (reflection.kindOf(ReflectionKind.TypeAlias)) {
      const declaration = symbol.declarations?.find(ts.isTypeAliasDeclaration);
      if (declaration && isInferred(declaration)) {
        const type = context.checker.getDeclaredTypeOfSymbol(symbol);
        pending.set(reflection, expand(context.withScope(reflection), type, 0, type));
      }
      return;
    }
    if (!reflection.kindOf(ReflectionKind.Variable)) return;
    const declaration = symbol.valueDeclaration;
    if (declaration === undefined) return;
    const type = context.checker.getTypeOfSymbolAtLocation(symbol, declaration);
    const scope = context.withScope(reflection);
    let shown = schemaType(scope, symbol, type, 0);
    if (shown === undefined && type.getFlags() & ts.TypeFlags.Object && type.getCallSignatures().length === 0) {
      // An object of schemas (`contractPayloads`): each member shown as a schema of its fields.
      const members = type.getProperties().map((p) => [p, context.checker.getTypeOfSymbol(p)]);
      if (members.length > 0 && members.every(([, t]) => zodOutput(context.checker, t) !== undefined)) {
        const literal = new DeclarationReflection('__type', ReflectionKind.TypeLiteral, reflection);
        context.registerReflection(literal, undefined);
        const inner = scope.withScope(literal);
        for (const [property, t] of members) {
          const field = inner.createDeclarationReflection(ReflectionKind.Property, property, undefined);
          field.type = schemaType(inner.withScope(field), property, t, 1);
          inner.finalizeDeclarationReflection(field);
        }
        shown = new ReflectionType(literal);
      }
    }
    if (shown === undefined) return;
    discard(context.project, reflection.type);
    reflection.type = shown;
    delete reflection.defaultValue;
  });

  /**
   * typedoc converts a signature and a property from the checker's type, which expands an alias of a zod
   * type into its whole structure (`replay(…): ReplayResult<{ actions: …; …}>`, 460 kB). What the author
   * wrote is what a reader wants: convert the written type node instead, where there is one.
   */
  function asWritten(context, reflection, node) {
    if (node === undefined || reflection.type === undefined) return;
    discard(context.project, reflection.type);
    reflection.type = context.converter.convertType(context, node);
  }

  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (declaration === undefined || !('parameters' in declaration)) return;
    const scope = context.withScope(signature);
    if (declaration.type !== undefined && !ts.isTypePredicateNode(declaration.type)) asWritten(scope, signature, declaration.type);
    for (const [i, parameter] of (signature.parameters ?? []).entries()) asWritten(scope.withScope(parameter), parameter, declaration.parameters[i]?.type);
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property)) return;
    const declaration = context.getSymbolFromReflection(reflection)?.valueDeclaration;
    if (declaration && (ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration))) asWritten(context.withScope(reflection), reflection, declaration.type);
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const [reflection, type] of pending) {
      discard(context.project, reflection.type);
      reflection.type = type;
    }
    pending.clear();
  });
}
