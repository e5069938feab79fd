import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { polishTextProblems } from '../../test/support/polishText.js';
import * as api from '../index.js';
import { fieldLabel, formatIssue, formatIssuePath, formatIssues, type CivilDate, type Issue } from '../index.js';
import { benefitClaimMachine } from '../practice/benefitClaim.js';
import { groupMachine } from '../practice/group.js';
import { consentMachine, referralMachine } from '../practice/referral.js';
import { breachMachine } from '../process/families/breach.js';
import { contractMachine } from '../process/families/contract.js';
import { processMachine } from '../process/families/process.js';
import { teamMachine } from '../process/families/team.js';
import { fieldsPl } from './fields.pl.js';

/** Every property name of a zod schema, at any depth, through wrappers, unions, arrays, records and lazies. */
function propertyNames(root: z.ZodType): Set<string> {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (schema: unknown): void => {
    if (!(schema instanceof z.ZodType) || seen.has(schema)) return;
    seen.add(schema);
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object') {
      for (const [name, inner] of Object.entries(def['shape'] as Record<string, unknown>)) {
        names.add(name);
        walk(inner);
      }
    }
    if (def.type === 'lazy') walk((def['getter'] as () => unknown)());
    for (const key of ['element', 'innerType', 'left', 'right', 'keyType', 'valueType', 'in', 'out', 'rest', 'catchall']) walk(def[key]);
    for (const key of ['options', 'items']) for (const inner of (def[key] as unknown[] | undefined) ?? []) walk(inner);
  };
  walk(root);
  return names;
}

/**
 * The schemas of what the SDK answers (results and assessments, for vendors who store them) are left out: the
 * SDK never refuses a caller's input with their paths, and a result read back that fails its schema is a
 * developer's concern, named by the issue's `path` data.
 */
const resultSchemas = new Set(['EligibilityResultSchema', 'BreachAssessmentSchema']);
const schemas = Object.entries(api as Record<string, unknown>).flatMap(([name, v]) => (v instanceof z.ZodType && !resultSchemas.has(name) ? [[name, v] as const] : []));

/** The field names the rules put in an issue's path or `field` by hand, read from the source. */
function namesInSource(): Set<string> {
  const src = new URL('../', import.meta.url).pathname;
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [join(dir, d.name)] : []);
  const names = new Set<string>();
  for (const f of files(src)) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/path: \[([^\]]*)\]/g)) for (const k of (m[1] ?? '').matchAll(/'([A-Za-z]+)'/g)) names.add(k[1] ?? '');
    for (const m of text.matchAll(/\bfield: '([A-Za-z]+)'/g)) names.add(m[1] ?? '');
  }
  return names;
}

describe('the field catalogue: every field an issue can name has a Polish and an English label', () => {
  it('walks every exported schema, at any depth', () => {
    expect(schemas.length).toBeGreaterThan(50);
    const all = new Set(schemas.flatMap(([, s]) => [...propertyNames(s)]));
    expect(all.size).toBeGreaterThan(200);
    expect(all).toContain('employedOn'); // deep in BenefitEvent's payload
    const missing = [...all, ...namesInSource()].filter((n) => fieldLabel(n, 'pl') === undefined || fieldLabel(n, 'en') === undefined);
    expect(missing).toEqual([]);
  });

  it('has Polish a centre can sign: no code, no English word, never the key itself', () => {
    const bad = Object.entries(fieldsPl).filter(([key, pl]) => polishTextProblems(pl).length > 0 || (pl === key && /[A-Z]/.test(key)) || pl.trim() === '');
    expect(bad).toEqual([]);
  });

  it('answers an unknown name with nothing, never the name', () => {
    for (const n of ['createdAt', '__proto__', 'toString', 'constructor', '']) expect(fieldLabel(n, 'pl')).toBeUndefined();
  });
});

describe('formatIssuePath: the path in words', () => {
  it.each([
    [['payload', 'employedOn'], 'data zatrudnienia', 'date of employment'],
    [['income', 2, 'month'], 'dochody (pozycja 3) › miesiąc', 'income (item 3) › month'],
    [['members', 0, 'person', 'pesel'], 'członkowie gospodarstwa domowego (pozycja 1) › osoba › numer PESEL', 'household members (item 1) › person › PESEL number'],
    [['payload', 'parties', 'clientIds', 1], 'strony › osoby po stronie klienta (pozycja 2)', 'parties › client parties (item 2)'],
    [['payload'], 'treść zdarzenia', 'event content'],
    [['type'], 'rodzaj zdarzenia', 'event type'],
    [[0], 'pozycja 1', 'item 1'],
    [['applicant', 'firstName'], 'pole spoza opisu danych › imię', 'a field outside the data description › first name'],
    [[], '', ''],
  ] as const)('%j → %s', (path, pl, en) => {
    expect(formatIssuePath(path, 'pl')).toBe(pl);
    expect(formatIssuePath(path, 'en')).toBe(en);
  });

  it('never shows a key of the input, whatever the path', () => {
    const key = fc.stringMatching(/^[a-z][A-Za-z]{3,12}$/).filter((k) => !Object.hasOwn(fieldsPl, k));
    fc.assert(fc.property(fc.array(fc.oneof(key, fc.constantFrom(...Object.keys(fieldsPl)), fc.nat(500)), { maxLength: 8 }), (path) => {
      const text = formatIssuePath(path, 'pl');
      for (const segment of path) if (typeof segment === 'string' && !Object.hasOwn(fieldsPl, segment)) expect(text).not.toContain(segment);
      expect(polishTextProblems(text)).toEqual([]);
    }));
  });

  it('is what formatIssues prints, and the issue keeps its path as data', () => {
    const issue: Issue = { code: 'invalid_date', path: ['payload', 'employedOn'], field: 'employedOn' };
    expect(formatIssues([issue], 'pl')).toBe('✖ Pole „data zatrudnienia” nie zawiera prawidłowej daty w postaci RRRR-MM-DD.\n  → w polu: data zatrudnienia');
    expect(formatIssues([issue], 'en')).toBe('✖ The field "date of employment" is not a valid YYYY-MM-DD date.\n  → in the field: date of employment');
    expect(issue.path).toEqual(['payload', 'employedOn']);
  });
});

/** The codes the rules put in an issue's `collection`, read from the source (literals and the helpers that pass them). */
function collectionsInSource(): Set<string> {
  const src = new URL('../', import.meta.url).pathname;
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [join(dir, d.name)] : []);
  const found = new Set<string>();
  for (const f of files(src)) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/collection: '([^']+)'/g)) found.add(m[1] ?? '');
    for (const m of text.matchAll(/\b(?:duplicate|missing)\([^;]*?, '([^']+)'\)/g)) found.add(m[1] ?? '');
    for (const m of text.matchAll(/\bunknownMember\('([^']+)'\)/g)) found.add(m[1] ?? '');
  }
  return found;
}

describe('issue messages name codes in words', () => {
  const enumOf = (name: string): string[] => {
    const schema = (api as Record<string, unknown>)[name];
    return schema instanceof z.ZodEnum ? schema.options.map(String) : [];
  };
  const issues: Issue[] = [
    { code: 'empty_log', path: [] },
    { code: 'case_not_opened', path: ['type'], eventType: 'meetingRecorded' },
    { code: 'case_already_opened', path: ['type'] },
    { code: 'transition_not_allowed', path: ['type'], stage: 'diagnosis', eventType: 'contractSigned', allowed: ['problemDiagnosed', 'diagnosisCompleted'] },
    { code: 'role_not_allowed', path: ['actor', 'role'], role: 'benefitsOfficer', eventType: 'contractSigned', allowed: ['socialWorker', 'head'] },
    ...enumOf('PlanKind').flatMap((kind): Issue[] => [
      { code: 'variant_invalid', path: ['payload', 'variant'], kind, variant: null },
      { code: 'variant_invalid', path: ['payload', 'variant'], kind, variant: 'A' },
      { code: 'variant_invalid', path: ['payload', 'shelter'], kind, variant: 'shelter' },
      { code: 'worker_role_for_kind', path: ['payload', 'parties', 'worker', 'role'], kind, expected: 'socialWorker' },
      { code: 'approval_not_required', path: ['type'], kind },
    ]),
    ...enumOf('Measure').map((measure): Issue => ({ code: 'measure_not_available', path: ['payload', 'measure'], measure })),
    ...enumOf('BreachGround').map((ground): Issue => ({ code: 'ground_not_for_date', path: ['payload', 'ground'], ground, date: '2025-06-01' as CivilDate })),
    ...[...collectionsInSource()].flatMap((collection): Issue[] => [
      { code: 'duplicate_id', path: ['id'], id: 'p-1', collection },
      { code: 'unknown_reference', path: ['id'], id: 'p-1', collection },
      { code: 'unknown_item', path: ['id'], machine: 'team', collection },
      { code: 'item_exists', path: ['id'], machine: 'group', collection },
    ]),
    ...[...namesInSource()].flatMap((field): Issue[] => [
      { code: 'invalid_date', path: [field], field },
      { code: 'invalid_amount', path: [field], field, max: 100 },
    ]),
  ];

  it('finds the collections of the source', () => {
    expect(collectionsInSource()).toContain('household members');
    expect(collectionsInSource().size).toBeGreaterThan(15);
  });

  it.each(issues.map((i) => [i.code, i] as const))('%s: no code, id or English word in Polish', (_code, issue) => {
    expect(polishTextProblems(formatIssues([issue], 'pl'))).toEqual([]);
    expect(formatIssue(issue, 'en')).not.toMatch(/\b[a-z]+[A-Z]\w*/);
  });
});

describe('every word a machine puts in an issue has a label', () => {
  it('names, states, event types, roles, scopes and conditions of every machine of the stream', () => {
    const machines = [processMachine, contractMachine, breachMachine, teamMachine, consentMachine, referralMachine, groupMachine, benefitClaimMachine];
    const keys = machines.flatMap((m) => [
      m.name, ...m.states, ...Object.keys(m.conditions),
      ...Object.entries(m.permissions).flatMap(([eventType, p]) => [eventType, ...(p as { roles: readonly string[] }).roles, (p as { scope: string }).scope]),
    ]);
    expect(keys.length).toBeGreaterThan(100);
    const unnamed = [...new Set(keys)].filter((k) => ['pl', 'en'].some((lang) => /nienazwany element|an unnamed item/.test(formatIssue({ code: 'case_not_opened', path: [], eventType: k }, lang as 'pl'))));
    expect(unnamed).toEqual([]);
  });
});
