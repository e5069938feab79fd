// The size budget of the built package, as an app's bundler would ship it (esbuild, minified, gzip -9;
// 1 kB = 1000 bytes): the SDK's own code with its dependencies external < 25 kB, and any single
// function bundled with its dependencies included < 60 kB. Prints every figure; exits 1 only when a
// threshold is exceeded (with --report-only, never: the figures are printed and the misses named).
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const reportOnly = process.argv.includes('--report-only');
const dist = JSON.stringify(fileURLToPath(new URL('../dist/index.js', import.meta.url)));
const dependencies = ['zod', 'zod/*', 'date-fns', 'date-fns/*', 'ts-pattern'];

async function gzipped(contents, external) {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'],
    write: false, logLevel: 'silent', external: external ? dependencies : [],
  });
  return gzipSync(out.outputFiles[0].contents, { level: 9 }).length;
}

const checks = [
  { name: 'whole package, dependencies external', source: `export * from ${dist};`, external: true, limit: 25_000 },
  ...['assessEligibility', 'transition', 'renderContract', 'assessBreach', 'formatPln'].map((f) => ({
    name: `${f} alone, dependencies included`, source: `export { ${f} } from ${dist};`, external: false, limit: 60_000,
  })),
];

let missed = 0;
for (const c of checks) {
  const bytes = await gzipped(c.source, c.external);
  const ok = bytes < c.limit;
  if (!ok) missed += 1;
  console.log(`${ok ? 'ok    ' : 'MISSED'} ${c.name}: ${(bytes / 1000).toFixed(1)} kB min+gz (budget < ${c.limit / 1000} kB)`);
}
if (missed > 0) {
  console.log(`${missed} size budget(s) missed${reportOnly ? ' (--report-only: not failing)' : ''}`);
  if (!reportOnly) process.exit(1);
}
