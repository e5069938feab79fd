import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lawMapPage } from '../scripts/lawMapPage.js';
import { machinePage, machinePages } from '../scripts/processDiagramPage.js';

const src = new URL('../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [join(dir, d.name)] : [],
  );
}

const graph = new Map(
  files(src).map((f) => {
    const text = readFileSync(f, 'utf8');
    const imports = [...text.matchAll(/from '(\.[^']+)'/g)].map((m) => resolve(dirname(f), (m[1] as string).replace(/\.js$/, '.ts')));
    return [f, imports] as const;
  }),
);
const area = (f: string) => relative(src, f).split('/')[0] ?? '';

/** Which areas each area may import from: dependencies point one way, towards the law. */
const allowed: Record<string, readonly string[]> = {
  '_lib': [],
  law: ['_lib'],
  i18n: ['_lib', 'law', 'issues'],
  issues: ['_lib', 'law', 'i18n'],
  machine: ['_lib', 'law', 'issues', 'case'],
  case: ['_lib', 'law', 'issues'],
  process: ['_lib', 'law', 'issues', 'case', 'machine', 'contract', 'breach', 'practice'],
  eligibility: ['_lib', 'law', 'issues', 'case', 'i18n'],
  contract: ['_lib', 'law', 'issues', 'case', 'machine'],
  breach: ['_lib', 'law', 'issues', 'case', 'machine', 'contract', 'i18n'],
  interview: ['_lib', 'law', 'issues'],
  privacy: ['_lib', 'law', 'issues', 'case'],
  monitoring: ['_lib', 'law', 'issues', 'case'],
  practice: ['_lib', 'law', 'issues', 'case', 'machine', 'eligibility', 'breach'],
  labels: ['_lib', 'law', 'issues', 'case', 'i18n', 'privacy', 'monitoring', 'practice'],
  'index.ts': ['_lib', 'law', 'issues', 'case', 'process', 'eligibility', 'contract', 'breach', 'interview', 'machine', 'i18n', 'privacy', 'monitoring', 'practice', 'labels'],
};

describe('architecture', () => {
  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(src, p)).join(' → '));
        return;
      }
      state.set(f, 'visiting');
      for (const dep of graph.get(f) ?? []) visit(dep, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('imports only from areas below it (law imports nothing but _lib)', () => {
    const wrong: string[] = [];
    for (const [f, deps] of graph) {
      for (const dep of deps) {
        const from = area(f);
        const to = area(dep);
        if (from !== to && !(allowed[from] ?? []).includes(to)) wrong.push(`${relative(src, f)} → ${relative(src, dep)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps src/ pure: no clock, randomness, I/O or logging', () => {
    const offenders = [...graph.keys()].filter((f) =>
      /Date\.now\(|new Date\(\)|Math\.random\(|from 'node:|process\.env|console\./.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(src, f))).toEqual([]);
  });

  it.each(Object.entries(machinePages))('the %s machine page (%s) is the diagram generated from its table (run npm run docs:diagram)', (name, path) => {
    expect(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')).toBe(machinePage(name as keyof typeof machinePages));
  });

  it('declares guards as exhaustive maps: no catch-all `.otherwise` anywhere in src/', () => {
    const offenders = [...graph.keys()].filter((f) => /\.otherwise\(/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(src, f))).toEqual([]);
  });

  it('dispatches events with a switch or a handler table, not ts-pattern, in the case stream', () => {
    const offenders = [...graph.keys()].filter((f) => /src\/(machine|process)\//.test(f) && /from 'ts-pattern'/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(src, f))).toEqual([]);
  });

  it('docs/law-map.md lists every article cited in src/ (run npm run docs:lawmap)', () => {
    expect(readFileSync(new URL('../docs/law-map.md', import.meta.url), 'utf8')).toBe(lawMapPage());
  });
});
