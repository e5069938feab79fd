import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import * as sdk from '../src/index.js';
import { typecheckSnippets } from './support/typecheck.js';

const srcDir = new URL('../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [p] : [];
  });
}

const files = sourceFiles(srcDir).map((p) => ({ path: relative(srcDir, p), text: readFileSync(p, 'utf8') }));

/** Every fenced @example in a TSDoc comment, with the comment's `*` margin removed. */
const examples = files.flatMap(({ path, text }) =>
  [...text.matchAll(/@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)].map((m, i) => ({
    name: `${path.replaceAll('/', '_').replace(/\.ts$/, '')}_${i}`,
    code: (m[1] ?? '').split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n'),
  })),
);

describe('TSDoc', () => {
  it('every exported name of the package has a TSDoc comment with an @example', () => {
    const all = files.map((f) => f.text).join('\n');
    const missing = Object.keys(sdk).filter((name) => {
      const decl = new RegExp(`/\\*\\*((?!\\*/)[\\s\\S])*@example((?!\\*/)[\\s\\S])*\\*/\\s*export (const|function|type|interface) ${name}\\b`);
      return !decl.test(all);
    });
    expect(missing).toEqual([]);
  });

  it('every exported name, types included, has a TSDoc @example on one of its declarations', () => {
    const index = new URL('../src/index.ts', import.meta.url).pathname;
    const program = ts.createProgram([index], { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
    const checker = program.getTypeChecker();
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(index) as ts.SourceFile) as ts.Symbol;
    const exported = checker.getExportsOfModule(moduleSymbol);
    const missing = exported
      .filter((sym) => {
        const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
        return !(target.declarations ?? []).some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'example'));
      })
      .map((sym) => sym.name);
    expect(exported.length).toBeGreaterThan(150);
    expect(missing).toEqual([]);
  }, 60_000);

  it(`all ${examples.length} @example blocks compile under the strict tsconfig`, () => {
    expect(examples.length).toBeGreaterThan(50);
    expect(typecheckSnippets(examples)).toEqual([]);
  }, 120_000);
});
