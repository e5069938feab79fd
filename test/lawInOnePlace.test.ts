import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The law in one place: no legal date (a `'YYYY-MM-DD'` literal) and no age-of-majority comparison in the
 * rules outside `src/law/`. Doc comments and `@example`s may show dates; code may not. The areas listed are
 * the ones whose rules have been moved; others join the list as their legal literals move into law/.
 */
const src = new URL('../src/', import.meta.url).pathname;
const checked = ['eligibility', 'breach/assessBreach.ts', 'breach/explainBreach.ts', 'breach/measure.ts', 'breach/breachInput.ts', 'breach/breachGround.ts'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [join(dir, d.name)] : [],
  );
}

/** The code of a file without its comments (block comments and whole-line `//` comments). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
}

describe('the law in one place', () => {
  it('no legal date literal and no age-of-majority number in the checked rules outside src/law/', () => {
    const offenders: string[] = [];
    for (const f of files(src)) {
      const rel = relative(src, f);
      if (!checked.some((c) => rel === c || rel.startsWith(`${c}/`))) continue;
      const body = code(readFileSync(f, 'utf8'));
      for (const m of body.matchAll(/'(19|20)\d\d-\d\d-\d\d'|[<>]=? ?18\b/g)) offenders.push(`${rel}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
