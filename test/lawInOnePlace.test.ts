import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInLaw, breachGrounds, concurrentEntitlementList, incomeChangeTolerance, incomeTreatments, legalSources, type EffectiveTable } from '../src/index.js';

/**
 * The law in one place: no legal date (a `'YYYY-MM-DD'` literal) and no age-of-majority comparison in the
 * rules outside `src/law/`. Doc comments and `@example`s may show dates; code may not. The areas listed are
 * the ones whose rules have been moved; others join the list as their legal literals move into law/.
 */
const src = new URL('../src/', import.meta.url).pathname;
const checked = ['eligibility', 'breach/assessBreach.ts', 'breach/explainBreach.ts', 'breach/measure.ts', 'breach/breachInput.ts', 'breach/breachGround.ts', 'breach/rules.ts', 'breach/text'];

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
  it('one dated lookup: no code but valueAt (src/law/period.ts) searches a dated list for the entry in force', () => {
    const offenders: string[] = [];
    for (const f of files(src)) {
      const rel = relative(src, f);
      if (rel === 'law/period.ts') continue;
      const body = code(readFileSync(f, 'utf8'));
      // the backward scan of a dated list, or a `from <= day` test on a legal table's entries
      for (const m of body.matchAll(/for \(let \w+ = [\w.[\]]+\.length - 1; \w+ >= 0; \w+--\)|\w+\[\w+\]\.from <= \w+/g)) offenders.push(`${rel}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });
  it('every dated legal table has a unit, and every period a catalogued source and a confidence, in ascending order', () => {
    const tables: EffectiveTable<unknown>[] = [
      ...Object.values(builtInLaw),
      incomeChangeTolerance,
      ...Object.values(incomeTreatments),
      ...Object.values(concurrentEntitlementList),
      ...Object.values(breachGrounds).map((g) => g.wording),
    ];
    for (const t of tables) {
      expect(t.unit, t.name).toBeDefined();
      expect(t.periods.length, t.name).toBeGreaterThan(0);
      t.periods.forEach((p, i) => {
        expect(p.source.length, t.name).toBeGreaterThan(0);
        // the SDK's tables cite by catalogue id; the words are the catalogue's
        expect(p.sourceId, t.name).toBeDefined();
        const journal = p.sourceId === undefined ? null : legalSources[p.sourceId].journal;
        if (journal !== null) expect(p.source, t.name).toContain(journal);
        expect(['V', 'S', 'R', 'C'], t.name).toContain(p.confidence);
        if (i > 0) expect(p.from > (t.periods[i - 1]?.from ?? ''), t.name).toBe(true);
      });
    }
  });
});
