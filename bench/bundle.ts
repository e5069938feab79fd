/**
 * Part (f): what an app's bundler would ship — esbuild, minified, then gzip level 9 — for the whole package
 * and for single functions, with the dependencies external (the SDK's own code) and included.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { distEsm } from './lib/sdk.js';

export interface Size { readonly minBytes: number; readonly gzipBytes: number }

/** min and min+gzip bytes of a bundle of `source` (an ES module importing the built package). */
export async function bundleSize(source: string, external: boolean): Promise<Size> {
  const out = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent',
    mainFields: ['module', 'main'], treeShaking: true,
    external: external ? ['zod', 'zod/*', 'date-fns', 'date-fns/*', 'ts-pattern'] : [],
  });
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

export const singleEntries = ['assessEligibility', 'transition', 'renderContract', 'assessBreach', 'formatPln'] as const;

export async function bundleSizes() {
  const pkg = JSON.stringify(distEsm);
  const entries: Record<string, string> = {
    'whole package': `export * from ${pkg};`,
    ...Object.fromEntries(singleEntries.map((f) => [f, `export { ${f} } from ${pkg};`])),
  };
  const out: Record<string, { external: Size; included: Size }> = {};
  for (const [name, source] of Object.entries(entries)) {
    out[name] = { external: await bundleSize(source, true), included: await bundleSize(source, false) };
  }
  return out;
}
