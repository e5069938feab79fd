import ts from 'typescript';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import * as sdk from '../src/index.js';

/**
 * Functions that take `unknown` and are not linked to one schema, with why.
 */
const unlinked = new Map([
  ['stripUnknownKeys', 'takes the input of whichever schema it is given with it'],
]);

const index = new URL('../src/index.ts', import.meta.url).pathname;
const program = ts.createProgram([index], { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
const checker = program.getTypeChecker();
const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(index)!)!);

/** Every exported function with a parameter typed `unknown`, and the names its `@see` tags link to. */
const takingUnknown = exports.flatMap((exported) => {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  return (symbol.declarations ?? []).filter(ts.isFunctionDeclaration).flatMap((declaration) => {
    if (!declaration.parameters.some((p) => p.type?.kind === ts.SyntaxKind.UnknownKeyword)) return [];
    const seen = ts.getJSDocTags(declaration).filter((t) => t.tagName.text === 'see').map((t) => t.getText());
    const links = seen.flatMap((text) => [...text.matchAll(/\{@link\s+([A-Za-z]+)\s*\}/g)].map((m) => m[1]!));
    return [{ name: exported.name, links }];
  });
});

describe('functions taking unknown input', () => {
  it('are found (the check below can fail)', () => {
    expect(takingUnknown.map((f) => f.name)).toEqual(expect.arrayContaining(['replay', 'assessEligibility', 'interviewDeadline', 'parseCivilDate']));
  });

  it('link their input schema with @see {@link Schema}, an exported zod schema', () => {
    const exported = sdk as unknown as Record<string, unknown>;
    const wrong = takingUnknown
      .filter((f) => !unlinked.has(f.name))
      .filter((f) => f.links.length === 0 || !f.links.every((name) => exported[name] instanceof z.ZodType))
      .map((f) => `${f.name}: ${f.links.join(', ') || 'no @see {@link …}'}`);
    expect(wrong).toEqual([]);
  });

  it('list as unlinked only functions that exist and take unknown', () => {
    const names = new Set(takingUnknown.map((f) => f.name));
    expect([...unlinked.keys()].filter((name) => !names.has(name))).toEqual([]);
  });
});
