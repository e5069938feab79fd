import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { homelessManSopot } from '../examples/scenarios/homelessManSopot.js';
import { jsonSchemas, zodOnlyChecks } from '../scripts/jsonSchemas.js';
import * as z from 'zod';
import * as sdk from '../src/index.js';
import { breachInput } from './support/breach.js';
import { request } from './support/eligibility.js';

const schemas = jsonSchemas();

type Json = { readonly [key: string]: unknown };
const isJson = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The JSON pointers of the properties that carry no `description`, at any depth (in `$defs` too). */
function undescribed(schema: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`));
    if (!isJson(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && isJson(value)) {
        for (const [name, property] of Object.entries(value)) {
          const here = `${at}/properties/${name}`;
          if (!(isJson(property) && typeof property['description'] === 'string' && property['description'] !== '')) out.push(here);
          walk(property, here);
        }
      } else {
        walk(value, `${at}/${key}`);
      }
    }
  };
  walk(schema, '#');
  return out;
}
// strict, but a list of types (`"type": ["number", "string"]`) is plain draft 2020-12: a trace parameter's value is either
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats.default(ajv);
const validators = new Map([...schemas].map(([name, schema]) => [name, ajv.compile(schema)]));
function valid(name: string, doc: unknown): boolean {
  const v = validators.get(name);
  if (!v) throw new Error(`no JSON Schema named ${name}`);
  return v(doc);
}
function zodCodes(name: string, doc: unknown): string[] {
  const parsed = (sdk as unknown as Record<string, { safeParse(x: unknown): { success: boolean; error?: { issues: never[] } } }>)[name]!.safeParse(doc);
  return parsed.success ? [] : sdk.toIssues(parsed.error!).map((i) => i.code);
}

const events = homelessManSopot();
const replayed = sdk.replay(events);
if (!replayed.ok) throw new Error('the Sopot scenario should replay');
const person = { id: 'p-1', firstName: 'Jan', lastName: 'Kowalski', birthDate: '1944-05-14', pesel: '44051401359' };
const single = { id: 'h-1', kind: 'singlePerson', members: [{ person, relation: 'applicant' }] };
const eligibility = request({ benefit: 'permanentAllowance', asOf: '2025-03-10' });

describe('JSON Schemas', () => {
  it('cover every public input and stored shape', () => {
    for (const name of ['CaseEvent', 'CaseState', 'EligibilityRequest', 'BreachAssessmentInput', 'ContractContent', 'ContractState', 'LocalLaw', 'HolidayCalendar', 'Person', 'Household']) {
      expect(schemas.has(name), name).toBe(true);
    }
  });

  it('are draft 2020-12, compile under ajv strict mode, and carry the TSDoc of their export', () => {
    for (const [name, schema] of schemas) {
      expect(schema['$schema'], name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(JSON.stringify(schema), name).toMatch(/"description":/);
    }
    expect(JSON.stringify(schemas.get('Person'))).toContain('Polish: „osoba”');
  });

  it('accept the documents the SDK accepts: a whole case stream (contracts and art. 11 in it), its state, requests', () => {
    for (const e of events) expect(valid('CaseEvent', e), `${e.type} ${ajv.errorsText(validators.get('CaseEvent')!.errors)}`).toBe(true);
    expect(valid('CaseState', JSON.parse(JSON.stringify(replayed.value)))).toBe(true);
    expect(valid('EligibilityRequest', eligibility)).toBe(true);
    expect(zodCodes('EligibilityRequest', eligibility)).toEqual([]);
    expect(valid('BreachAssessmentInput', breachInput())).toBe(true);
    expect(zodCodes('BreachAssessmentInput', breachInput())).toEqual([]);
  });

  it('refuse what zod refuses by shape: an unknown key, a missing field, a value outside an enum, a bad date', () => {
    const [first] = events;
    expect(valid('CaseEvent', { ...first, createdAt: '2025-01-08T10:00:00Z' })).toBe(false);
    expect(valid('Person', { ...person, lastName: undefined })).toBe(false);
    expect(valid('Household', { ...single, kind: 'commune' })).toBe(false);
    expect(valid('Person', { ...person, birthDate: '2025-02-29' })).toBe(false);
    expect(valid('EligibilityRequest', { ...eligibility, benefit: 'lottery' })).toBe(false);
  });

  it('do not express what only zod checks: each listed check passes JSON Schema and is refused by the SDK', () => {
    const documents: Record<(typeof zodOnlyChecks)[number]['code'], unknown> = {
      pesel_invalid_checksum: '44051401358',
      pesel_birth_date_mismatch: { ...person, birthDate: '1944-05-15' },
      household_applicant_count: { ...single, kind: 'family', members: [{ person, relation: 'applicant' }, { person: { ...person, id: 'p-2', pesel: undefined }, relation: 'applicant' }] },
      household_single_size: { ...single, members: [{ person, relation: 'applicant' }, { person: { ...person, id: 'p-2', pesel: undefined }, relation: 'child' }] },
      household_family_size: { ...single, kind: 'family' },
      duplicate_id: { ...single, kind: 'family', members: [{ person, relation: 'applicant' }, { person: { ...person, pesel: undefined }, relation: 'child' }] },
      other_ground_needs_justification: { id: 'pr-1', ground: 'other', description: 'opis', personIds: [] },
      unknown_reference: { ...eligibility, persons: [{ ...(eligibility['persons'] as object[])[0], personId: 'nobody' }] },
      as_of_before_application: { ...eligibility, application: { date: '2025-03-11', incomeLost: false } },
    };
    for (const check of zodOnlyChecks) {
      const doc = JSON.parse(JSON.stringify(documents[check.code]));
      expect(valid(check.schema, doc), `${check.code}: JSON Schema should accept`).toBe(true);
      expect(zodCodes(check.schema, doc), check.code).toContain(check.code);
    }
  });

  it('describe every property of every object', () => {
    const missing = [...schemas].flatMap(([name, schema]) => undescribed(schema).map((at) => `${name}.json${at}`));
    expect(missing).toEqual([]);
  });

  it('find a property with no description (the check above can fail)', () => {
    const bare = z.toJSONSchema(z.strictObject({ said: z.string().describe('A field with words.'), unsaid: z.string() }));
    expect(undescribed(bare)).toEqual(['#/properties/unsaid']);
  });

  it('keep the sensitivity tags in zod while the fields gain descriptions', () => {
    expect(sdk.sensitivityOf(sdk.Person.shape.lastName)).toEqual({ sensitivity: 'identifying', personalData: 'name' });
    expect(z.globalRegistry.get(sdk.Person.shape.lastName)?.description).toBe('Last name (nazwisko).');
    expect(JSON.stringify(schemas.get('Person'))).not.toContain('"sensitivity"');
  });

  it('are listed in docs/integration.md with every check JSON Schema cannot express', () => {
    const doc = readFileSync(new URL('../docs/integration.md', import.meta.url), 'utf8');
    expect(zodOnlyChecks.filter((c) => !doc.includes(`\`${c.code}\``)).map((c) => c.code)).toEqual([]);
  });
});
