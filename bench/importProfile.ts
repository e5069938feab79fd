/**
 * Part (e), the breakdown: where a cold ESM import of the package spends its time, from V8's CPU profile
 * of fresh processes. Each sample is charged to the first of these its stack reaches from the leaf:
 * - `zod called by the package`: zod code running under a frame of the package — building schemas at import;
 * - `package code`: the package's own module evaluation (tables, catalogues, Intl formatters…);
 * - `zod`, `date-fns`, `ts-pattern`: the dependencies loading themselves;
 * - `node`: module loading, parsing and compiling, GC and the rest.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './lib/sdk.js';
import { spread, type Spread } from './lib/stats.js';

interface ProfileNode { id: number; callFrame: { url: string; functionName: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const kindOf = (url: string): string | null =>
  url.includes('/dist/') && url.includes(root) && !url.includes('node_modules') ? 'package'
    : url.includes('node_modules/zod/') ? 'zod'
      : url.includes('node_modules/date-fns/') ? 'date-fns'
        : url.includes('node_modules/ts-pattern/') ? 'ts-pattern'
          : null;

function breakdown(p: Profile): Record<string, number> {
  const parent = new Map<number, number>();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out: Record<string, number> = { 'zod called by the package': 0, 'package code': 0, zod: 0, 'date-fns': 0, 'ts-pattern': 0, node: 0 };
  p.samples.forEach((id, i) => {
    const ms = (p.timeDeltas[i] ?? 0) / 1000;
    let leaf: string | null = null;
    let underPackage = false;
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const k = kindOf(byId.get(n)?.callFrame.url ?? '');
      if (leaf === null && k !== null) leaf = k;
      if (k === 'package') underPackage = true;
    }
    const key = leaf === 'zod' && underPackage ? 'zod called by the package' : leaf === null ? 'node' : leaf === 'package' ? 'package code' : leaf;
    out[key] = (out[key] ?? 0) + ms;
  });
  return out;
}

/** The median of each part over `runs` profiled cold imports of the ESM root. */
export function importProfile(runs: number): Record<string, Spread> {
  const all: Record<string, number>[] = [];
  for (let r = 0; r < runs; r++) {
    const dir = mkdtempSync(join(tmpdir(), 'ps-prof-'));
    const url = pathToFileURL(join(root, 'dist/index.js')).href;
    execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dir, '--input-type=module', '-e', `await import(${JSON.stringify(url)});`]);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (file) all.push(breakdown(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile));
  }
  const keys = Object.keys(all[0] ?? {});
  return Object.fromEntries(keys.map((k) => [k, spread(all.map((b) => b[k] ?? 0))]));
}
