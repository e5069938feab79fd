import { describe, expect, it } from 'vitest';
import { sopotIpwzb } from '../../examples/scenarios/sopotIpwzb.js';
import type { ContractEvent } from './contractEvents.js';
import { replayContract } from './contractTransition.js';
import { renderContract } from './renderContract.js';

function contract(events: ContractEvent[]) {
  const r = replayContract(events);
  if (!r.ok) throw new Error('fixture');
  return r.value;
}

describe('renderContract', () => {
  const ipwzb = contract(sopotIpwzb());

  it('renders the Sopot IPWzB in Polish as on file', async () => {
    await expect(renderContract(ipwzb, 'pl')).toMatchFileSnapshot('./__snapshots__/ipwzb-sopot.pl.html');
  });

  it('renders it in English as on file', async () => {
    await expect(renderContract(ipwzb, 'en')).toMatchFileSnapshot('./__snapshots__/ipwzb-sopot.en.html');
  });

  it('renders a social contract, variant B, with the labour-market diagnosis and the art. 11 notice', async () => {
    const [drafted] = sopotIpwzb() as [Extract<ContractEvent, { type: 'drafted' }>];
    const b = contract([{
      ...drafted,
      payload: {
        ...drafted.payload,
        kind: 'socialContract',
        variant: 'B',
        content: { ...drafted.payload.content, unemployment: { unemploymentCauses: ['Długotrwała bezdomność'], jobSearchLimitations: ['Brak dowodu osobistego'], previousActivation: [], reasonsForFailure: [], referral: { labourOffice: 'PUP w Sopocie', date: '2025-01-20' as never } } },
      },
    }]);
    const html = renderContract(b, 'pl');
    expect(html).toContain('<h1>KONTRAKT SOCJALNY</h1>');
    expect(html).toContain('(część I B i II B)');
    expect(html).toContain('Skierowanie powiatowego urzędu pracy</th><td>PUP w Sopocie, 20.01.2025');
    expect(html).toContain('odmowa zawarcia kontraktu socjalnego');
    expect(html).toContain('projekt — niepodpisany');
    await expect(html).toMatchFileSnapshot('./__snapshots__/social-contract-B.pl.html');
  });

  it('is deterministic and escapes every text', () => {
    expect(renderContract(ipwzb, 'pl')).toBe(renderContract(structuredClone(ipwzb), 'pl'));
    const tricky = { ...ipwzb, parties: { ...ipwzb.parties, centre: '<script>alert("x")</script> & Co' } };
    const html = renderContract(tricky, 'pl');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
  });
});
