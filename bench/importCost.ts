/**
 * Part (e): cold import of the built package in fresh Node processes — the time of the `import()` (or
 * `require`) itself, without Node's own start-up — ESM and CJS, every subpath entry, the dependencies
 * alone (what part of the cost is zod, date-fns, ts-pattern), and the package bundled into one file.
 * Variants run interleaved in rounds, each in a new process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { distCjs, distEsm, root } from './lib/sdk.js';
import { type Spread, spread } from './lib/stats.js';

const dist = (f: string) => pathToFileURL(join(root, 'dist', f)).href;
const dep = (spec: string) => import.meta.resolve(spec);

const dateFns = ['addDays', 'addMonths', 'differenceInCalendarDays', 'format', 'getDaysInMonth', 'getISODay', 'parseISO'];

function esm(urls: readonly string[]): string {
  return `const t = performance.now(); ${urls.map((u) => `await import(${JSON.stringify(u)});`).join(' ')} process.stdout.write(String(performance.now() - t));`;
}

/** Milliseconds of one cold import in a fresh process. */
function once(code: string, type: 'module' | 'commonjs'): number {
  const out = execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], { encoding: 'utf8' });
  return Number(out);
}

export async function importCost(opts: { readonly rounds: number; readonly areas: readonly string[] }) {
  // the whole package bundled with its dependencies into one ESM file: what an app's bundler would load
  const dir = mkdtempSync(join(tmpdir(), 'ps-bench-'));
  const bundled = join(dir, 'bundled.mjs');
  await build({ entryPoints: [distEsm], bundle: true, minify: true, format: 'esm', platform: 'node', outfile: bundled, logLevel: 'silent' });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');

  const variants: Record<string, [string, 'module' | 'commonjs']> = {
    'esm: praca-socjalna': [esm([dist('index.js')]), 'module'],
    'cjs: praca-socjalna': [`const t = performance.now(); require(${JSON.stringify(distCjs)}); process.stdout.write(String(performance.now() - t));`, 'commonjs'],
    'esm: bundled into one file (deps included)': [esm([pathToFileURL(bundled).href]), 'module'],
    'dep: zod + zod/locales': [esm([dep('zod'), dep('zod/locales')]), 'module'],
    'dep: date-fns (7 subpaths used)': [esm(dateFns.map((f) => dep(`date-fns/${f}`))), 'module'],
    'dep: ts-pattern': [esm([dep('ts-pattern')]), 'module'],
    'deps: all three': [esm([dep('zod'), dep('zod/locales'), ...dateFns.map((f) => dep(`date-fns/${f}`)), dep('ts-pattern')]), 'module'],
    ...Object.fromEntries(opts.areas.map((a) => [`esm: praca-socjalna/${a}`, [esm([dist(`${a}.js`)]), 'module'] as [string, 'module']])),
  };
  const names = Object.keys(variants);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < opts.rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + r) % names.length] as string;
      const [code, type] = variants[name] as [string, 'module' | 'commonjs'];
      (samples[name] as number[]).push(once(code, type));
    }
  }
  const result: Record<string, Spread> = Object.fromEntries(names.map((n) => [n, spread(samples[n] as number[])]));
  const sdk = result['esm: praca-socjalna'] as Spread;
  const deps = result['deps: all three'] as Spread;
  // what the package's own modules cost on top of its dependencies: module evaluation, mostly schema construction
  const own = spread((samples['esm: praca-socjalna'] as number[]).map((x, i) => x - ((samples['deps: all three'] as number[])[i] as number)));
  return { variants: result, esmMs: sdk.median, cjsMs: (result['cjs: praca-socjalna'] as Spread).median, bundledEsmMs: (result['esm: bundled into one file (deps included)'] as Spread).median, depsMs: deps.median, ownModulesMs: own };
}
