// Installs the packed tarball into three fresh projects, as a vendor would, and type-checks and runs each:
//   esm     — "type": "module", NodeNext, the newest zod 4 the range allows;
//   cjs     — CommonJS, NodeNext, the OLDEST zod 4 the range allows (the lower bound of our `zod` range),
//             composing the SDK's schemas with the vendor's own zod (one copy of zod, no version clash);
//   browser — bundled by esbuild for the browser (platform=browser), then run; no `node:` import allowed.
// Needs `npm run build` first and the npm registry. Usage: node scripts/consumer-test.mjs [--keep]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// `--zod X.Y.Z` tries another old zod in the cjs project (to find the floor); by default, the range's own.
const zodArg = process.argv.indexOf('--zod');
const zodFloor = zodArg > 0 ? process.argv[zodArg + 1] : /^\^(\d+\.\d+\.\d+)$/.exec(pkg.dependencies.zod)?.[1];
if (!zodFloor) throw new Error(`dependencies.zod should be a caret range, found ${pkg.dependencies.zod}`);
const bin = (name) => join(root, 'node_modules', '.bin', name);
const work = mkdtempSync(join(tmpdir(), 'praca-socjalna-consumer-'));
const keep = process.argv.includes('--keep');
const TIMEOUT = 180_000; // one npm install, bounded

function sh(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

const packed = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], root))[0];
const tarball = join(work, packed.filename);
console.log(`packed ${packed.filename}: ${packed.size} B compressed, ${packed.unpackedSize} B unpacked, ${packed.files.length} files`);

const strict = { strict: true, noEmit: false, skipLibCheck: false, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true };

/** What every project checks, written once: an eligibility answer, a refused step with its Polish message. */
const body = `
const r = valueAt(incomeCriteria, CivilDate.parse('2025-03-01'));
if (!r.ok || r.value.value.singlePerson !== 101000) throw new Error('valueAt');
const parsed = Pesel.safeParse('44051401358'); // a PESEL whose checksum is wrong
const issues = parsed.success ? [] : toIssues(parsed.error);
if (issues.length !== 1 || issues[0]?.code !== 'pesel_invalid_checksum') throw new Error('toIssues');
const message: string = formatIssues(issues, 'pl');
if (!/PESEL/.test(message)) throw new Error('Polish message');
`;
const imports = `CivilDate, valueAt, incomeCriteria, Pesel, toIssues, formatIssues`;

const projects = [
  {
    name: 'esm',
    zod: null,
    pkg: { type: 'module' },
    tsconfig: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', outDir: 'out' },
    file: 'main.ts',
    code: `import { ${imports} } from 'praca-socjalna';\n${body}\nconsole.log('esm ok:', message);\n`,
    run: ['node', 'out/main.js'],
  },
  {
    name: 'cjs',
    zod: zodFloor,
    pkg: { type: 'commonjs' },
    tsconfig: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', outDir: 'out' },
    file: 'main.ts',
    // The vendor's own zod (the oldest our range allows) composes the SDK's schema: one zod, one type.
    code: `import * as z from 'zod';\nimport { ${imports} } from 'praca-socjalna';\n${body}
const Mine = z.object({ applicant: Pesel, createdAt: z.string() });
if (!Mine.safeParse({ applicant: '44051401359', createdAt: 'x' }).success) throw new Error('compose');
console.log('cjs ok:', message);\n`,
    run: ['node', 'out/main.js'],
  },
  {
    name: 'browser',
    zod: null,
    pkg: { type: 'module' },
    tsconfig: { module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2023', 'dom'], noEmit: true, types: [] },
    file: 'main.ts',
    code: `import { ${imports} } from 'praca-socjalna';\n${body}\nconsole.log('browser bundle ok:', message);\n`,
    bundle: true,
    run: ['node', 'bundle.mjs'],
  },
];

/** The installed `praca-socjalna` command on a good and a broken file, and the JSON Schemas by their export path. */
function tryCliAndSchemas(dir) {
  const worker = { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' };
  const opened = {
    schemaVersion: 1, id: 'e-1', caseId: 'c-1', date: '2025-01-08', type: 'caseOpened', actor: worker,
    payload: {
      household: { id: 'h-1', kind: 'singlePerson', members: [{ person: { id: 'p-1', firstName: 'Marek', lastName: 'Wiśniewski', birthDate: '1977-03-02' }, relation: 'applicant' }] },
      owner: worker, source: 'application', note: null,
    },
  };
  writeFileSync(join(dir, 'stream.json'), JSON.stringify([opened]));
  writeFileSync(join(dir, 'broken.json'), '[{"type": ');
  const cli = join(dir, 'node_modules', '.bin', 'praca-socjalna');
  const good = sh(cli, ['check', 'stream.json'], dir).trim();
  if (!good.startsWith('Sprawa odtworzona z 1 zdarzenia')) throw new Error(`cli check: ${good}`);
  try {
    execFileSync(cli, ['check', 'broken.json', '--lang', 'en'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    throw new Error('cli: a broken file should fail');
  } catch (e) {
    if (e.status !== 3 || !/not valid JSON/.test(e.stderr) || /\n\s+at /.test(e.stderr)) throw new Error(`cli on a broken file: exit ${e.status}, ${e.stderr}`);
  }
  sh(cli, ['schemas', 'schemas-out'], dir);
  const read = `import s from 'praca-socjalna/schemas/CaseEvent.json' with { type: 'json' }; console.log(s.$schema);`;
  const draft = sh('node', ['--no-warnings', '--input-type=module', '-e', read], dir).trim();
  if (draft !== 'https://json-schema.org/draft/2020-12/schema') throw new Error(`schemas export: ${draft}`);
  console.log(`esm: the praca-socjalna command checked a stream, refused a broken file with exit 3; praca-socjalna/schemas/CaseEvent.json imports`);
}

const report = [];
try {
  for (const p of projects) {
    const dir = join(work, p.name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${p.name}`, private: true, ...p.pkg }, null, 2));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...strict, ...p.tsconfig }, files: [p.file] }, null, 2));
    writeFileSync(join(dir, p.file), p.code);
    const deps = [tarball, ...(p.zod ? [`zod@${p.zod}`] : [])];
    sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...deps], dir);
    const zods = sh('npm', ['ls', 'zod', '--all', '--parseable'], dir).trim().split('\n').filter(Boolean);
    if (zods.length !== 1) throw new Error(`${p.name}: expected one zod, found ${zods.length}:\n${zods.join('\n')}`);
    const zodVersion = JSON.parse(readFileSync(join(dir, 'node_modules/zod/package.json'), 'utf8')).version;
    if (p.zod && zodVersion !== p.zod) throw new Error(`${p.name}: wanted zod ${p.zod}, got ${zodVersion}`);
    sh(bin('tsc'), ['-p', 'tsconfig.json'], dir);
    let extra = '';
    if (p.bundle) {
      sh(bin('esbuild'), [p.file, '--bundle', '--platform=browser', '--format=esm', '--minify', '--outfile=bundle.mjs', '--log-level=error'], dir);
      const code = readFileSync(join(dir, 'bundle.mjs'));
      if (/from\s*["']node:|require\(["']node:/.test(code.toString())) throw new Error('browser bundle imports a node: module');
      extra = `, bundle ${statSync(join(dir, 'bundle.mjs')).size} B minified, ${gzipSync(code).length} B gzipped`;
    }
    const out = sh(p.run[0], p.run.slice(1), dir).trim();
    console.log(`${p.name}: zod ${zodVersion}${extra} — ${out.split('\n')[0]}`);
    if (p.name === 'esm') tryCliAndSchemas(dir);
    report.push(p.name);
  }
  console.log(`consumer test: ${report.join(', ')} type-checked and ran`);
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
