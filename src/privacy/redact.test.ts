import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { homelessManSopot, household as sopot } from '../../examples/scenarios/homelessManSopot.js';
import { breachInput } from '../../test/support/breach.js';
import { request } from '../../test/support/eligibility.js';
import { assessBreach } from '../breach/assessBreach.js';
import { Household, HouseholdMember } from '../case/household.js';
import { Person } from '../case/person.js';
import { Problem } from '../case/problem.js';
import { assessEligibility } from '../eligibility/assessEligibility.js';
import { replay } from '../process/replay.js';
import { CaseEvent } from '../process/registry.js';
import { type RedactionPolicy, logPolicy, redact } from './redact.js';
import { sensitiveFields } from './sensitiveFields.js';
import { personObjectKeys, sensitiveKeys } from './sensitiveKeys.js';
import { SPECIAL_CATEGORY_GROUNDS, sensitivityOf } from './sensitivity.js';

/** Every leaf (string or number) under a sensitive key, found by the key table. */
function sensitiveLeaves(value: unknown, out: Set<string> = new Set(), under = false, inPerson = false, open?: Set<string>): Set<string> {
  if (typeof value === 'string' || typeof value === 'number') {
    if (under) out.add(String(value));
    else open?.add(String(value));
  } else if (Array.isArray(value)) value.forEach((v) => sensitiveLeaves(v, out, under, inPerson, open));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const entry = sensitiveKeys.get(k);
      const tagged = (entry !== undefined && (entry.when === undefined || entry.when(v))) || (inPerson && k === 'id');
      sensitiveLeaves(v, out, under || tagged, personObjectKeys.has(k), open);
    }
  }
  return out;
}

/**
 * The values that stood only under sensitive keys: a value that also stands openly elsewhere (an id
 * like `pr-home` in a contract's free-text assessment and in the list of problems) is not a secret.
 */
function secretLeaves(value: unknown): Set<string> {
  const open = new Set<string>();
  const secret = sensitiveLeaves(value, new Set(), false, false, open);
  for (const v of open) secret.delete(v);
  return secret;
}

function leaves(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' || typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => leaves(v, out));
  return out;
}

/** No leaf of the redacted copy is a value that stood under a sensitive key. */
function expectNoneSurvive(original: unknown, redacted: unknown): void {
  const secret = secretLeaves(original);
  expect(secret.size).toBeGreaterThan(0);
  const survived = leaves(redacted).filter((l) => secret.has(l) && !/^\[(identifying|specialCategory|freeText)\]$/.test(l));
  expect(survived).toEqual([]);
}

const events = homelessManSopot();
const replayed = replay(events);
const state = replayed.ok ? replayed.value : null;
const eligibility = assessEligibility(request({ benefit: 'permanentAllowance', asOf: '2025-04-16', grounds: ['disability', 'addiction'], unableToWork: 'complete' }));
const breach = assessBreach(breachInput());

describe('sensitivity tags on the schemas', () => {
  it('tags a person: id, names, birth date, PESEL; and shows them in the JSON Schema', () => {
    expect(sensitiveFields(Person)).toEqual([
      { path: 'id', sensitivity: 'identifying', personalData: 'personId' },
      { path: 'firstName', sensitivity: 'identifying', personalData: 'name' },
      { path: 'lastName', sensitivity: 'identifying', personalData: 'name' },
      { path: 'birthDate', sensitivity: 'identifying', personalData: 'birthDate' },
      { path: 'pesel', sensitivity: 'identifying', personalData: 'pesel' },
    ]);
    const json = z.toJSONSchema(Person, { io: 'input' }) as { properties: Record<string, Record<string, unknown>> };
    expect(json.properties['pesel']?.['sensitivity']).toBe('identifying');
    expect(json.properties['birthDate']?.['personalData']).toBe('birthDate');
    expect(json.properties['sex']?.['sensitivity']).toBeUndefined();
  });

  it('tags the ground of a problem as special-category and its words as free text', () => {
    expect(sensitivityOf(Problem.shape.ground)?.sensitivity).toBe('specialCategory');
    expect(sensitiveFields(Problem).map((f) => `${f.path}:${f.sensitivity}`)).toEqual([
      'ground:specialCategory', 'description:freeText', 'justification:freeText', 'personIds:identifying',
    ]);
  });

  it('lists the tagged fields of a household and of an event, through arrays and unions', () => {
    expect(sensitiveFields(Household).map((f) => f.path)).toContain('members[].person.pesel');
    const paths = sensitiveFields(CaseEvent).map((f) => f.path);
    expect(paths).toContain('payload.problem.ground');
    expect(paths).toContain('payload.household.members[].person.birthDate');
  });

  it('every key of the table is a valid tag', () => {
    for (const [key, entry] of sensitiveKeys) expect(sensitivityOf(z.string().meta({ ...entry }))).toBeDefined(), expect(key).not.toBe('');
  });
});

describe('redact', () => {
  const person = sopot.members[0]!.person;

  it('masks a person by its schema and by key, without changing the input', () => {
    const copy = structuredClone(person);
    expect(redact(person, logPolicy, Person)).toEqual({
      id: '[identifying]', firstName: '[identifying]', lastName: '[identifying]', birthDate: '[identifying]', pesel: '[identifying]', sex: 'male',
    });
    expect(redact({ person }, logPolicy)).toEqual({ person: { id: '[identifying]', firstName: '[identifying]', lastName: '[identifying]', birthDate: '[identifying]', pesel: '[identifying]', sex: 'male' } });
    expect(redact(person, logPolicy)).toMatchObject({ id: 'p-marek' }); // a bare object: only the schema says its id is a person's
    expect(person).toEqual(copy);
  });

  it('pseudonymises deterministically with the caller’s function, keeping links', () => {
    const policy: RedactionPolicy = { identifying: 'pseudonymise', specialCategory: 'drop', freeText: 'mask', pseudonymise: (v, t) => `${t.personalData}#${v.length}` };
    const r = redact(events, policy, z.array(CaseEvent)) as { payload: Record<string, unknown> }[];
    expect(redact(events, policy, z.array(CaseEvent))).toEqual(r);
    const opened = r[0]?.payload['household'] as { members: { person: Record<string, unknown> }[] };
    expect(opened.members[0]?.person).toMatchObject({ id: 'personId#7', pesel: 'pesel#11', firstName: 'name#5' });
  });

  it('drops special-category grounds but keeps grounds that reveal no health', () => {
    const r = redact(events, logPolicy) as { payload: { problem?: { ground?: string } } }[];
    const grounds = r.flatMap((e) => (e.payload.problem ? [e.payload.problem.ground ?? '(dropped)'] : []));
    expect(grounds).toEqual(['homelessness', '(dropped)', 'unemployment']);
    expect(SPECIAL_CATEGORY_GROUNDS.has('addiction')).toBe(true);
  });

  it('covers every shape: person, household, event stream, case state, eligibility request, result and trace, breach, issues', () => {
    const shapes: [string, unknown][] = [
      ['person', person],
      ['household', sopot],
      ['events', events],
      ['state', state],
      ['eligibility request', request({ benefit: 'permanentAllowance', asOf: '2025-04-16', grounds: ['addiction'] })],
      ['eligibility result', eligibility],
      ['trace', eligibility.ok ? eligibility.value.trace : null],
      ['breach input', breachInput()],
      ['breach assessment', breach],
      ['issues', [{ code: 'pesel_birth_date_mismatch', path: ['pesel'], peselBirthDate: '1944-05-14', birthDate: '1944-05-15' }]],
    ];
    for (const [name, value] of shapes) {
      expect(value, name).not.toBeNull();
      for (const policy of [logPolicy, { identifying: 'mask', specialCategory: 'mask', freeText: 'drop' } as const]) {
        const before = JSON.stringify(value);
        expectNoneSurvive(value, redact(value, policy));
        expect(JSON.stringify(value), `${name} unchanged`).toBe(before);
      }
    }
    const text = JSON.stringify(redact(breach, logPolicy));
    for (const secret of ['Kamińska', 'Kamiński', 'addictedToAlcohol', '1990-06-11', 'Odmowa podpisania']) expect(text).not.toContain(secret);
    const stateText = JSON.stringify(redact(state, logPolicy));
    for (const secret of ['Wiśniewski', '77030212356', '1977-03-02', 'alkoholu', 'addiction']) expect(stateText).not.toContain(secret);
  });

  it('never pollutes a prototype and survives cycles of depth', () => {
    const evil = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"x": 1}}, "pesel": "44051401359"}') as unknown;
    const r = redact(evil, logPolicy) as Record<string, unknown>;
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    expect(Object.keys(r)).toEqual(['__proto__', 'constructor', 'pesel']);
    let deep: unknown = { pesel: '44051401359' };
    for (let i = 0; i < 1000; i++) deep = { next: deep };
    expect(JSON.stringify(redact(deep, logPolicy))).not.toContain('44051401359');
  });

  it('property: no tagged value of a generated household survives, whatever the policy other than keep', () => {
    const marker = (p: string) => fc.string({ minLength: 1, maxLength: 8 }).map((s) => `${p}${s}`);
    const action = fc.constantFrom('mask', 'drop', 'pseudonymise') as fc.Arbitrary<'mask' | 'drop' | 'pseudonymise'>;
    const member = fc.record({
      person: fc.record({ id: marker('ID-'), firstName: marker('FN-'), lastName: marker('LN-'), birthDate: fc.constantFrom('1944-05-14', '2001-02-03'), pesel: fc.constant('44051401359') }),
      relation: fc.constantFrom('applicant', 'child'),
    });
    fc.assert(fc.property(fc.array(member, { minLength: 1, maxLength: 5 }), action, action, action, fc.boolean(), (members, identifying, specialCategory, freeText, withSchema) => {
      const h = { id: 'h-1', kind: 'family', members, problems: [{ id: 'pr', ground: 'addiction', description: 'DESC-x', personIds: members.map((m) => m.person.id) }] };
      const policy: RedactionPolicy = { identifying, specialCategory, freeText, pseudonymise: (v) => `pseudo-${v.length}` };
      const secrets = new Set(members.flatMap((m) => [m.person.id, m.person.firstName, m.person.lastName, m.person.birthDate, m.person.pesel]).concat(['addiction', 'DESC-x']));
      const out = leaves(redact(h, policy, withSchema ? z.strictObject({ id: z.string(), kind: z.string(), members: z.array(HouseholdMember), problems: z.array(Problem) }) : undefined));
      expect(out.filter((l) => secrets.has(l))).toEqual([]);
    }));
  });
});
