// Checks what `npm pack` would publish: every file package.json points at (exports, main, module, types,
// bin) and the documents a reader of the registry page follows (README, LICENCE, CHANGELOG, docs/*.md,
// JSON Schemas) are in it, and nothing else is (no sources, tests, generated API site, local output).
// Needs `npm run build` first. Prints the size of the tarball and of the unpacked package.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
const files = new Set(packed.files.map((f) => f.path));

/** Every string target in an `exports` map (conditions nested at any depth). Patterns with `*` are checked as globs. */
function targets(node) {
  if (typeof node === 'string') return [node];
  if (node === null || typeof node !== 'object') return [];
  return Object.values(node).flatMap(targets);
}
const rel = (p) => p.replace(/^\.\//, '');
const glob = (pattern) => new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);

const required = new Set([
  'package.json', 'README.md', 'README.pl.md', 'LICENSE', 'CHANGELOG.md',
  ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`),
  ...[pkg.main, pkg.module, pkg.types].filter(Boolean).map(rel),
  ...Object.values(typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {})).map(rel),
]);
const patterns = targets(pkg.exports).map(rel).filter((t) => t !== 'package.json');
for (const t of patterns) if (!t.includes('*')) required.add(t);

/** What may be published besides the required files: built code, its maps and types, the JSON Schemas. */
const allowed = [/^dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts)$/, /^dist\/[\w.-]+\.(js|cjs)\.map$/, /^schemas\/[\w.-]+\.json$/];

const problems = [];
for (const f of required) if (!files.has(f)) problems.push(`missing: ${f}`);
for (const t of patterns.filter((p) => p.includes('*'))) {
  if (![...files].some((f) => glob(t).test(f))) problems.push(`missing: nothing matches the export ${t}`);
}
for (const f of files) if (!required.has(f) && !allowed.some((re) => re.test(f))) problems.push(`unexpected: ${f}`);

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`npm pack: ${files.size} files, tarball ${kB(packed.size)}, unpacked ${kB(packed.unpackedSize)}`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('package contents as expected');
