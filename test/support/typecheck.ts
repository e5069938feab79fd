import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Type-checks snippets of code as if each were a file in test/, against the project's tsconfig.
 * Imports of 'praca-socjalna' are pointed at src/. Returns the diagnostics as text, one per line.
 */
export function typecheckSnippets(snippets: readonly { name: string; code: string }[]): string[] {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root);
  // Snippets show a value and move on: unused locals there are not mistakes.
  const options = { ...config.options, noUnusedLocals: false, noUnusedParameters: false, noEmit: true };
  const files = new Map(
    snippets.map((s) => [join(root, 'test', '__snippets__', `${s.name}.ts`), s.code.replaceAll("'praca-socjalna'", "'../../src/index.js'")]),
  );
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (f) => files.get(f) ?? readFile(f);
  host.fileExists = (f) => files.has(f) || fileExists(f);
  const program = ts.createProgram([...files.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.has(d.file.fileName))
    .map((d) => `${d.file?.fileName.split('__snippets__/')[1]}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

/** Transpiles a snippet to JavaScript that can run in a Function body (imports removed). */
export function toRunnable(code: string): string {
  const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return js.replace(/^import .*$/gm, '').replace(/^export \{\};?$/gm, '');
}
