import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActCode, actSources, builtInLaw, breachGrounds, concurrentEntitlementList, formatLegalBasis, incomeChangeTolerance, incomeTreatments, legalSources, sourceText, type EffectiveTable } from '../src/index.js';

/**
 * The law in one place: no legal date (a `'YYYY-MM-DD'` literal), no age-of-majority comparison and no
 * citation of the Journal of Laws (a „Dz.U.” / „Dz. U.” string or a „poz. 123” position) in the code of
 * `src/` outside `src/law/`. Doc comments and `@example`s may show them; code may not: a rule or a renderer
 * reads the date from a law table and the citation from the source catalogue (`legalSources`).
 */
const src = new URL('../src/', import.meta.url).pathname;
const outsideLaw = (rel: string) => !rel.startsWith('law/');
const legalDate = /'(19|20)\d\d-\d\d-\d\d'|[<>]=? ?18\b/g;
const journalCitation = /Dz\. ?U\.|\bpoz\. ?\d/g;

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
  it('no legal date literal and no age-of-majority number in src/ outside src/law/', () => {
    const offenders: string[] = [];
    for (const f of files(src)) {
      const rel = relative(src, f);
      if (!outsideLaw(rel)) continue;
      for (const m of code(readFileSync(f, 'utf8')).matchAll(legalDate)) offenders.push(`${rel}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });
  it('no Dz.U. citation and no „poz.” position in src/ outside src/law/: they come from legalSources', () => {
    const offenders: string[] = [];
    for (const f of files(src)) {
      const rel = relative(src, f);
      if (!outsideLaw(rel)) continue;
      for (const m of code(readFileSync(f, 'utf8')).matchAll(journalCitation)) offenders.push(`${rel}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });
  it('the checks see what they look for, and not comments', () => {
    const sample = ["const d = '2025-06-01';", "const s = 'rozp. (Dz.U. 2010 Nr 218 poz. 1439)';", "const t = 'Dz. U. z 2021 r.';", '/** Dz.U. 2024 poz. 1044, 2025-01-01 */', '// Dz.U. 2024 poz. 1044'].join('\n');
    const body = code(sample);
    expect([...body.matchAll(legalDate)].map((m) => m[0])).toEqual(["'2025-06-01'"]);
    expect([...body.matchAll(journalCitation)].map((m) => m[0])).toEqual(['Dz.U.', 'poz. 1', 'Dz. U.']);
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
        // a Dz.U. position no text confirms is never printed as settled
        if (journal !== null && p.sourceId !== undefined && legalSources[p.sourceId].confidence === 'R') expect(p.source, t.name).toContain(`${journal} (pozycja niepotwierdzona)`);
        expect(['V', 'S', 'R', 'C'], t.name).toContain(p.confidence);
        if (i > 0) expect(p.from > (t.periods[i - 1]?.from ?? ''), t.name).toBe(true);
      });
    }
  });
  it('every act a legal basis cites is a catalogue entry, and its name in a basis is the catalogue’s', () => {
    for (const act of ActCode.options) {
      const entry = legalSources[actSources[act].id];
      const words = formatLegalBasis({ act, article: '1' });
      expect(words, act).toBe(`art. 1 ${entry.abbreviation ?? entry.title}${actSources[act].withJournal === true && entry.journal !== null ? ` (${entry.journal})` : ''}`);
    }
    expect(formatLegalBasis({ act: 'rozpKryteria2024', section: '1' })).toBe('§ 1 rozp. RM z 12 lipca 2024 r. (Dz.U. 2024 poz. 1044)');
  });
  it('a Dz.U. position no text confirms is printed as unconfirmed', () => {
    const unconfirmed = Object.entries(legalSources).filter(([, s]) => s.confidence === 'R' && s.journal !== null);
    expect(unconfirmed.map(([id]) => id)).toContain('labourMarket2025');
    for (const [id, s] of unconfirmed) expect(sourceText(id as keyof typeof legalSources)).toContain(`${s.journal} (pozycja niepotwierdzona)`);
  });
});
