import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');
const lawDir = join(src, 'law');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []))
    .sort();
}

const docs: Record<string, string> = {
  eligibility: 'docs/eligibility.md',
  breach: 'docs/breach.md',
  contract: 'docs/contract.md',
  process: 'docs/process.md',
  law: 'docs/eligibility.md',
  case: 'docs/glossary.md',
  interview: 'README.md',
  monitoring: 'docs/monitoring.md',
  practice: 'docs/practice.md',
};

interface Basis { readonly act?: unknown; readonly article?: unknown; readonly paragraph?: unknown }

/** „8 ust. 4”: the row of a basis of u.p.s., by article and paragraph; `undefined` for another act. */
function row(b: Basis): string | undefined {
  if (b.act !== 'ups' || typeof b.article !== 'string') return undefined;
  return typeof b.paragraph === 'string' ? `${b.article} ust. ${b.paragraph}` : b.article;
}

/**
 * The bases a law module declares: every `basis` of its exported tables, catalogues and constants (the data
 * the rules read), found by walking the exported values — never by reading the text.
 */
function declaredBases(value: unknown, out: Set<string>, others: ReadonlySet<unknown>, depth = 0, seen = new Set<unknown>()): void {
  if (depth > 4 || typeof value !== 'object' || value === null || seen.has(value) || '_zod' in value) return;
  // a table another law module exports is that module's: an aggregate (builtInLaw) does not declare it again
  if (depth > 0 && others.has(value)) return;
  seen.add(value);
  const basis = (value as { basis?: unknown }).basis;
  if (typeof basis === 'object' && basis !== null) {
    const r = row(basis as Basis);
    if (r !== undefined) out.add(r);
  }
  for (const v of Array.isArray(value) ? value : Object.values(value)) declaredBases(v, out, others, depth + 1, seen);
}

/**
 * The bases a rule declares in code: `basis: { act: 'ups', article: … }` object literals and values typed
 * `LegalBasis`, read from the syntax tree (comments and doc examples are not code, so they never count).
 */
/** Where the basis is among the arguments of the functions that record trace steps and reasons. */
const basisArgument: Readonly<Record<string, number>> = { ruleStep: 1, ruleReason: 1, breachStep: 1, breachReason: 1, traceStep: 2, traceReason: 2 };

function basesInCode(file: string): Set<string> {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out = new Set<string>();
  const literal = (node: ts.Node): void => {
    // `cond ? { … } : { … }`, `a ?? { … }`, `( … )`: every object literal the basis may be
    if (ts.isConditionalExpression(node)) { literal(node.whenTrue); literal(node.whenFalse); return; }
    if (ts.isBinaryExpression(node)) { literal(node.left); literal(node.right); return; }
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) { literal(node.expression); return; }
    if (!ts.isObjectLiteralExpression(node)) return;
    // each field's possible values: a string, or either branch of `cond ? 'a' : 'b'`
    const options = (e: ts.Expression): string[] =>
      ts.isStringLiteral(e) ? [e.text] : ts.isConditionalExpression(e) ? [...options(e.whenTrue), ...options(e.whenFalse)] : [];
    const b: { act?: string[]; article?: string[]; paragraph?: string[] } = {};
    for (const p of node.properties) {
      if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name)) continue;
      const name = p.name.text;
      if (name === 'act' || name === 'article' || name === 'paragraph') b[name] = options(p.initializer);
    }
    for (const article of b.article ?? []) {
      const paragraphs = b.paragraph === undefined || b.paragraph.length === 0 ? [undefined] : b.paragraph;
      for (const paragraph of paragraphs) {
        const r = row({ act: b.act?.[0], article, paragraph });
        if (r !== undefined) out.add(r);
      }
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'basis') literal(node.initializer);
    // the basis a rule records a step or a reason with: `ruleStep(rule, basis, …)`, `traceStep(book, rule, basis, …)`
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const at = basisArgument[node.expression.text];
      const arg = at === undefined ? undefined : node.arguments[at];
      if (arg !== undefined) literal(arg);
    }
    // a value typed LegalBasis, or a constant named for a basis (`const basis = { … } as const`)
    if (ts.isVariableDeclaration(node) && node.initializer !== undefined && ((node.type !== undefined && node.type.getText(sf) === 'LegalBasis') || (ts.isIdentifier(node.name) && /basis/i.test(node.name.text)))) literal(node.initializer);
    if (ts.isReturnStatement(node) && node.expression !== undefined) {
      const fn = node.parent?.parent;
      if (fn !== undefined && (ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn)) && fn.type?.getText(sf) === 'LegalBasis') literal(node.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const importsOf = (f: string): string[] =>
  [...readFileSync(f, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => resolve(dirname(f), (m[1] as string).replace(/\.js$/, '.ts')));
/** The modules a file uses at run time: `import type` brings no law into a rule. */
const valueImportsOf = (f: string): string[] =>
  [...readFileSync(f, 'utf8').matchAll(/^(?:import|export) (?!type )[^;]*?from '(\.[^']+)'/gm)].map((m) => resolve(dirname(f), (m[1] as string).replace(/\.js$/, '.ts')));

/** A module that only passes on another's exports (`export … from`): its importers use the module behind it. */
function isReExport(f: string): boolean {
  const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, false);
  return sf.statements.length > 0 && sf.statements.every((s) => ts.isExportDeclaration(s) && s.moduleSpecifier !== undefined);
}

/**
 * The law map: for every article of u.p.s. the SDK declares as a basis, the law files whose tables declare it,
 * the rules that read those files or cite the article in their own trace, the tests that reach those rules,
 * and the page that explains them. Built from the declared bases (the values the law modules export and the
 * `basis` fields the rules write), not from a search of the text.
 */
export async function lawMapPage(): Promise<string> {
  const all = files(src);
  const code = all.filter((f) => !f.endsWith('.test.ts'));
  const lawFiles = code.filter((f) => f.startsWith(`${lawDir}/`) && !f.endsWith('/index.ts'));

  // article → law files declaring it (from the exported data)
  const lawByArticle = new Map<string, Set<string>>();
  const modules = new Map<string, Record<string, unknown>>();
  for (const f of lawFiles) modules.set(f, (await import(pathToFileURL(f).href)) as Record<string, unknown>);
  for (const [f, mod] of modules) {
    const others = new Set<unknown>();
    for (const [g, m] of modules) if (g !== f) for (const v of Object.values(m)) if (!Object.values(mod).includes(v)) others.add(v);
    const bases = new Set<string>();
    for (const v of Object.values(mod)) declaredBases(v, bases, others);
    for (const a of bases) lawByArticle.set(a, (lawByArticle.get(a) ?? new Set()).add(f));
  }

  // who reads each law file: importers outside src/law/, through modules that only re-export
  // message catalogues (`*/text/*.ts`) render what rules decided: they read the law's words, they apply no rule
  const rules = code.filter((f) => !f.startsWith(`${lawDir}/`) && !f.endsWith('/index.ts') && f !== join(src, 'index.ts') && !f.includes('/text/'));
  const readers = new Map<string, Set<string>>();
  const reExports = new Set(rules.filter(isReExport));
  for (const r of rules) {
    if (reExports.has(r)) continue;
    const reached = new Set<string>();
    const walk = (f: string): void => {
      for (const dep of valueImportsOf(f)) {
        if (reached.has(dep)) continue;
        reached.add(dep);
        if (reExports.has(dep)) walk(dep);
      }
    };
    walk(r);
    for (const dep of reached) if (dep.startsWith(`${lawDir}/`)) readers.set(dep, (readers.get(dep) ?? new Set()).add(r));
  }

  // article → rule files: readers of its law files, and rules that declare it in their own steps
  const rulesByArticle = new Map<string, Set<string>>();
  for (const [a, law] of lawByArticle) for (const f of law) for (const r of readers.get(f) ?? []) rulesByArticle.set(a, (rulesByArticle.get(a) ?? new Set()).add(r));
  for (const r of rules) for (const a of basesInCode(r)) rulesByArticle.set(a, (rulesByArticle.get(a) ?? new Set()).add(r));

  // tests: which source files each test reaches through its imports (tests of the whole package are left
  // out: they reach everything and say nothing about where a rule is proved)
  const tests = all.filter((f) => f.endsWith('.test.ts')).concat(files(join(root, 'test')).filter((f) => f.endsWith('.test.ts')));
  const reach = (f: string, seen = new Set<string>()): Set<string> => {
    for (const dep of importsOf(f)) if (dep.startsWith(src) && !seen.has(dep)) { seen.add(dep); reach(dep, seen); }
    return seen;
  };
  const focused = tests.filter((t) => !importsOf(t).some((i) => i === join(src, 'index.ts')));
  const reached = new Map(focused.map((t) => [t, reach(t)]));

  const key = (a: string) => a.split(/[ .a-z]+/).map((x) => Number.parseInt(x, 10) || 0);
  const articles = [...new Set([...lawByArticle.keys(), ...rulesByArticle.keys()])].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
    return a.localeCompare(b);
  });
  const list = (fs: Iterable<string>) => [...fs].map((f) => relative(root, f)).sort();
  const cell = (fs: string[]) => fs.map((f) => `\`${f}\``).join('<br>') || '—';
  const rows = articles.map((a) => {
    const law = list(lawByArticle.get(a) ?? []);
    const ruleFiles = list(rulesByArticle.get(a) ?? []);
    const where = [...law, ...ruleFiles];
    const covering = [...reached].filter(([, fs]) => where.some((w) => fs.has(join(root, w)))).map(([t]) => relative(root, t)).sort();
    const pages = [...new Set(where.map((w) => docs[w.split('/')[1] ?? ''] ?? 'README.md'))].sort();
    return `| art. ${a} | ${cell(law)} | ${cell(ruleFiles)} | ${cell(covering)} | ${pages.join(', ')} |`;
  });
  return [
    '# Law map',
    '',
    '<!-- Generated by `npm run docs:lawmap` from the declared bases in src/. Do not edit by hand. -->',
    '',
    'Every article of the Social Assistance Act (u.p.s.) the SDK declares as a basis: the law files whose tables, catalogues and constants declare it (read from their exported data), the rules that read those files or give the article as the basis of their own steps (read from the code, never from comments), the tests that reach them, and the page that explains them.',
    '',
    '| article | law file | rules using it | tested by | docs |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
