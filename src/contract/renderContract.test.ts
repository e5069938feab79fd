import { describe, expect, it } from 'vitest';
import { homelessManSopot } from '../../examples/scenarios/homelessManSopot.js';
import type { Household } from '../case/household.js';
import { replay } from '../process/replay.js';
import type { CaseState } from '../process/state.js';
import type { ContractState } from './contractState.js';
import { renderContract } from './renderContract.js';

function caseUntil(predicate: (type: string) => boolean): CaseState {
  const log = homelessManSopot();
  const end = log.findIndex((e) => predicate(e.type));
  const r = replay(end < 0 ? log : log.slice(0, end + 1));
  if (!r.ok) throw new Error('fixture');
  return r.value;
}

/** Every string and number in a value replaced by the payload: a state that skipped validation, hostile in every field. */
function poison(value: unknown, payload: string): unknown {
  if (typeof value === 'string' || typeof value === 'number') return payload;
  if (Array.isArray(value)) return value.map((v) => poison(v, payload));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, payload)]));
  return value;
}

describe('renderContract', () => {
  const final = caseUntil(() => false);
  const ipwzb = final.contracts[0] as ContractState;

  it('renders the Sopot IPWzB in Polish as on file', async () => {
    await expect(renderContract(ipwzb, final.household, 'pl')).toMatchFileSnapshot('./__snapshots__/ipwzb-sopot.pl.html');
  });

  it('renders it in English as on file', async () => {
    await expect(renderContract(ipwzb, final.household, 'en')).toMatchFileSnapshot('./__snapshots__/ipwzb-sopot.en.html');
  });

  it('renders a social contract, variant B, with the labour-market diagnosis and the art. 11 notice', async () => {
    const draft = caseUntil((t) => t === 'contractDrafted');
    const c = draft.contracts[0] as ContractState;
    const b: ContractState = {
      ...c,
      kind: 'socialContract',
      variant: 'B',
      content: { ...c.content, unemployment: { unemploymentCauses: ['Długotrwała bezdomność'], jobSearchLimitations: ['Brak dowodu osobistego'], previousActivation: [], reasonsForFailure: [], referral: { labourOffice: 'PUP w Sopocie', date: '2025-01-20' as never } } },
    };
    const html = renderContract(b, draft.household, 'pl');
    expect(html).toContain('<h1>KONTRAKT SOCJALNY</h1>');
    expect(html).toContain('(część I B i II B)');
    expect(html).toContain('Skierowanie powiatowego urzędu pracy</th><td>PUP w Sopocie, 20.01.2025');
    expect(html).toContain('odmowa zawarcia kontraktu socjalnego');
    expect(html).toContain('projekt — niepodpisany');
    await expect(html).toMatchFileSnapshot('./__snapshots__/social-contract-B.pl.html');
  });

  it('is deterministic', () => {
    expect(renderContract(ipwzb, final.household, 'pl')).toBe(renderContract(structuredClone(ipwzb), structuredClone(final.household), 'pl'));
  });

  it.each([
    ['<script>alert("x")</script>'],
    ['<img src=x onerror=alert(1)>'],
    ['"><svg onload=alert(1)>'],
    ["' onmouseover='alert(1)"],
    ['</td></tr></table><iframe src=javascript:alert(1)>'],
    ['&lt;already&gt; & <b>bold</b>'],
  ])('escapes %s in every field it prints — PESEL, dates, everyDays, ids, names — even in a state that skipped validation', (payload) => {
    for (const lang of ['pl', 'en'] as const) {
      const html = renderContract(poison(ipwzb, payload) as ContractState, poison(final.household, payload) as Household, lang);
      const body = html.slice(html.indexOf('<body>'));
      expect(body).not.toMatch(/<(script|img|svg|iframe|b)[\s>]/);
      expect(body).not.toContain(payload);
      expect(body).toContain(payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
      expect(html.slice(0, html.indexOf('<body>'))).not.toContain(payload);
    }
  });
});
