import { describe, expect, it } from 'vitest';
import { formatIssue } from '../issues/formatIssue.js';
import { digestOf, findReceipt, sortedReceipts, withReceipt } from './digest.js';
import { machineDiagram } from './diagram.js';
import { defineMachine, followState, nextState, permissionIssue } from './machine.js';

type Ev = { type: 'sign'; last: boolean } | { type: 'approve' } | { type: 'alarm' };
type Own = Exclude<Ev, { type: 'alarm' }>;

const doc = defineMachine<{ approval: boolean }, Own, 'draft' | 'signed' | 'inForce', 'lastNoApproval' | 'lastWithApproval', Ev>({
  name: 'contract',
  states: ['draft', 'signed', 'inForce'],
  initial: 'draft',
  table: {
    draft: {
      sign: [
        { target: 'inForce', when: 'lastNoApproval' },
        { target: 'signed', when: 'lastWithApproval' },
        { target: 'draft' },
      ],
    },
    signed: { approve: 'inForce' },
    inForce: {},
  },
  follows: { inForce: { alarm: 'draft' } },
  conditions: {
    lastNoApproval: (ctx, e) => e.type === 'sign' && e.last && !ctx.approval,
    lastWithApproval: (ctx, e) => e.type === 'sign' && e.last && ctx.approval,
  },
  permissions: { sign: { roles: ['socialWorker', 'head'], scope: 'contractParty' }, approve: { roles: ['head'], scope: 'anyoneOfRole' } },
  guards: { sign: () => [], approve: () => [] },
});

describe('machine kernel', () => {
  it('resolves guarded targets in order, the last without a condition as the default', () => {
    expect(nextState(doc, 'draft', { type: 'sign', last: false }, { approval: true })).toEqual({ next: 'draft' });
    expect(nextState(doc, 'draft', { type: 'sign', last: true }, { approval: true })).toEqual({ next: 'signed' });
    expect(nextState(doc, 'draft', { type: 'sign', last: true }, { approval: false })).toEqual({ next: 'inForce' });
  });

  it('refuses an event its table does not list, naming the machine, in Polish words only', () => {
    const r = nextState(doc, 'draft', { type: 'approve' }, { approval: true });
    expect(r).toEqual({ issue: { code: 'step_not_allowed', path: ['type'], machine: 'contract', state: 'draft', eventType: 'approve', allowed: ['sign'] } });
    if ('issue' in r) expect(formatIssue(r.issue, 'pl')).toBe('Kontrakt (obecnie: projekt): nie można wykonać kroku „nienazwany element”. Dozwolone: nienazwany element.'); // this test machine's steps have no label: never shown as codes
  });

  it('says which conditions failed when no guarded target holds', () => {
    const strict = { ...doc, table: { ...doc.table, draft: { sign: [{ target: 'inForce', when: 'lastNoApproval' }] } } } as typeof doc;
    const r = nextState(strict, 'draft', { type: 'sign', last: false }, { approval: false });
    expect(r).toMatchObject({ issue: { code: 'step_condition_not_met', conditions: ['lastNoApproval'] } });
  });

  it('does not read inherited keys of the table as moves', () => {
    expect(nextState(doc, 'draft', { type: 'toString' } as unknown as Own, { approval: false })).toMatchObject({ issue: { code: 'step_not_allowed' } });
  });

  it('follows the events of other machines only where `follows` lists them', () => {
    expect(followState(doc, 'inForce', { type: 'alarm' }, { approval: false })).toBe('draft');
    expect(followState(doc, 'draft', { type: 'alarm' }, { approval: false })).toBe('draft');
  });

  it('checks the role, then the scope; the head passes every scope where the role is allowed', () => {
    const p = doc.permissions.sign;
    expect(permissionIssue('contract', 'sign', p, 'assistant', () => true)?.code).toBe('role_not_permitted');
    expect(permissionIssue('contract', 'sign', p, 'socialWorker', () => false)).toMatchObject({ code: 'scope_not_met', scope: 'contractParty' });
    expect(permissionIssue('contract', 'sign', p, 'socialWorker', (s) => s === 'contractParty')).toBeUndefined();
    expect(permissionIssue('contract', 'sign', p, 'head', () => false)).toBeUndefined();
  });

  it('draws every move of the table, guarded targets with their condition', () => {
    const d = machineDiagram(doc);
    expect(d).toContain('draft --> inForce: sign [lastNoApproval]');
    expect(d).toContain('draft --> signed: sign [lastWithApproval]');
    expect(d).toContain('signed --> inForce: approve');
    expect(d).toContain('inForce --> draft: follows alarm');
    expect(d).toContain('note right of draft: sign');
  });
});

describe('receipts of event ids', () => {
  it('fingerprints equal content equally and different content differently', () => {
    expect(digestOf({ a: 1, b: 'x' })).toBe(digestOf({ a: 1, b: 'x' }));
    expect(digestOf({ a: 1, b: 'x' })).not.toBe(digestOf({ a: 1, b: 'y' }));
    expect(digestOf({ a: 1 })).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps receipts sorted whether built step by step or at the end of a replay', () => {
    const ids = ['e10', 'e2', '__proto__', 'e1', 'constructor'];
    let step: ReturnType<typeof withReceipt> = [];
    for (const id of ids) step = withReceipt(step, { id, digest: id });
    expect(step).toEqual(sortedReceipts(new Map(ids.map((id) => [id, id]))));
    for (const id of ids) expect(findReceipt(step, id)?.digest).toBe(id);
    expect(findReceipt(step, 'e3')).toBeUndefined();
  });
});

describe('fingerprints ignore the order of keys', () => {
  it('gives the same digest for the same content written in another order', () => {
    expect(digestOf({ a: 1, b: { c: [1, { d: 2, e: 3 }] } })).toBe(digestOf({ b: { c: [1, { e: 3, d: 2 }] }, a: 1 }));
    expect(digestOf({ a: 1, b: undefined })).toBe(digestOf({ a: 1 }));
  });
});

describe('fingerprints tell different content apart', () => {
  it('differs when values swap between fields, move between levels, or change type', () => {
    const digests = [
      { a: 1, b: 2 }, { a: 2, b: 1 }, { a: '1', b: 2 }, { a: [1, 2] }, { a: [2, 1] }, { a: { b: 1 } }, { b: { a: 1 } }, { a: null }, { a: false }, { a: '' }, {}, [],
    ].map(digestOf);
    expect(new Set(digests).size).toBe(digests.length);
  });
});
