import { describe, expect, it } from 'vitest';
import { breachInput } from '../../test/support/breach.js';
import { type BreachAssessment, assessBreach } from './assessBreach.js';
import { BreachGround } from '../law/breachGround.js';
import { explainBreach, explainBreachReason } from './explainBreach.js';

function assess(o: Record<string, unknown> = {}): BreachAssessment {
  const r = assessBreach(breachInput(o));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
const available = (a: BreachAssessment) => a.measures.filter((m) => m.available).map((m) => m.measure);

describe('art. 11 — examples.md', () => {
  it('refusal to conclude a social contract, unjustified → ust. 2: refuse, revoke, suspend; dependants listed (ust. 3)', () => {
    const a = assess();
    expect(a.outcome).toBe('groundMayApply');
    expect(a.basis).toEqual({ act: 'ups', article: '11', paragraph: '2' });
    expect(available(a)).toEqual(['refuseBenefit', 'revokeDecision', 'suspendCashBenefits']);
    expect(a.dependants.map((d) => [d.name, d.minor, d.why])).toEqual([['Ola Kamińska', true, 'minor'], ['Kuba Kamiński', true, 'minor']]);
    expect(a.dependants[0]?.basis).toEqual({ act: 'ups', article: '11', paragraph: '3' });
    expect(a.proportionality).toEqual(['gravity', 'milderMeans', 'dependants', 'basicNeeds', 'informedAndHeard', 'justification']);
    expect(explainBreach(a, 'pl')).toContain('„mogą stanowić podstawę”');
  });

  it('a purpose allowance for fuel spent on something else → ust. 1: limit, refuse, or help in kind', () => {
    const a = assess({ ground: 'usingAgainstPurpose', description: 'Zasiłek celowy na opał wydany na inny cel' });
    expect(a.basis).toEqual({ act: 'ups', article: '11', paragraph: '1' });
    expect(a.measures.map((m) => m.measure)).toEqual(['limitBenefits', 'refuseBenefit', 'inKindInsteadOfCash']);
    expect(a.outcome).toBe('groundMayApply');
  });

  it('a therapy session missed with a medical certificate → justified → no ground', () => {
    const a = assess({
      ground: 'breakingContract',
      hearing: { status: 'explained', receivedOn: '2025-03-05', text: 'Byłem chory, mam zaświadczenie lekarskie.' },
      justifiedReason: { found: true, reasoning: 'zaświadczenie lekarskie z 2025-03-04' },
    });
    expect(a.outcome).toBe('noGround');
    expect(a.reasons.map((r) => r.rule)).toEqual(['art11.justifiedReason']);
  });

  it('suspension applies only to cash benefits: with none paid it is not available', () => {
    const a = assess({ situation: { pendingApplication: false, benefitGranted: true, cashBeingPaid: false } });
    const suspend = a.measures.find((m) => m.measure === 'suspendCashBenefits');
    expect(suspend?.available).toBe(false);
    expect(suspend?.why).toEqual({ code: 'cashOnly', situation: ['cashBeingPaid'] });
    expect(a.measures.find((m) => m.measure === 'revokeDecision')?.why).toEqual({ code: 'met', situation: ['benefitGranted'] });
    expect(a.measures.find((m) => m.measure === 'refuseBenefit')?.why).toEqual({ code: 'needsAnyOf', situation: ['pendingApplication'] });
    expect(explainBreach(a, 'en')).toContain('- suspending cash benefits: not available — Only cash benefits can be suspended, and none is being paid. (art. 11 ust. 2 u.p.s.)');
    expect(explainBreach(a, 'pl')).toContain('- odmowa przyznania świadczenia: środek niedostępny — Środek możliwy tylko wtedy, gdy wniosek oczekuje na decyzję. (art. 11 ust. 2 u.p.s.)');
    expect(available(a)).toEqual(['revokeDecision']);
  });
});

describe('art. 11 — every ground, justified and unjustified', () => {
  const cases = BreachGround.options.flatMap((ground) => [[ground, true], [ground, false]] as const);
  it.each(cases)('%s with a justified reason: %s', (ground, justified) => {
    const a = assess({
      ground,
      hearing: { status: 'explained', receivedOn: '2025-03-10', text: 'Wyjaśnienie klienta' },
      justifiedReason: { found: justified, reasoning: justified ? 'powód uzasadniony' : 'powód nieuzasadniony' },
    });
    expect(a.outcome).toBe(justified ? 'noGround' : 'groundMayApply');
    expect(a.trace.length).toBeGreaterThan(3);
    expect(a.measures.length).toBe(3);
  });
});

describe('art. 11 — conditions of the grounds', () => {
  it('refusing a job applies only to an unemployed person', () => {
    const a = assess({ ground: 'refusingJob', clientFacts: { unemployed: false, addictedToAlcohol: false } });
    expect(a.outcome).toBe('noGround');
    expect(a.reasons.map((r) => r.rule)).toEqual(['art11.unemployed']);
  });

  it('refusing addiction treatment applies only to a person addicted to alcohol, and its wording is marked unverified', () => {
    expect(assess({ ground: 'refusingAddictionTreatment', clientFacts: { unemployed: true, addictedToAlcohol: false } }).outcome).toBe('noGround');
    const a = assess({ ground: 'refusingAddictionTreatment' });
    expect(a.trace[0]?.flags).toEqual(['unverified']);
  });

  it('a contract breach needs a contract in force on that date', () => {
    const a = assess({ ground: 'breakingContract', contractPeriods: [{ contractId: 'k-1', from: '2025-04-01', to: '2025-12-31' }] });
    expect(a.outcome).toBe('noGround');
    const reason = a.reasons[0];
    expect(reason).toEqual({ rule: 'art11.contractInForce', basis: { act: 'ups', article: '11', paragraph: '2' }, inputs: { occurredOn: '2025-03-03' }, units: { occurredOn: 'date' } });
    expect(reason && explainBreachReason(reason, 'en')).toBe('No social contract was in force on 3 March 2025: none could be broken.');
    expect(reason && explainBreachReason(reason, 'pl')).toBe('W dniu 3 marca 2025 r. nie obowiązywał żaden kontrakt socjalny: nie można go naruszyć.');
    expect(a.trace.find((st) => st.rule === 'art11.contractInForce')).toMatchObject({ inputs: { occurredOn: '2025-03-03', contractId: null, from: null, to: null }, outcome: false });
  });

  it('marks the labour-market grounds unverified from 2025-06-01, and the PAI ground unsupported', () => {
    expect(assess({ ground: 'refusingJob', occurredOn: '2025-05-31' }).trace[0]?.flags).toEqual([]);
    expect(assess({ ground: 'refusingJob', occurredOn: '2025-06-01', asOf: '2025-06-20' }).trace[0]?.flags).toEqual(['unverified']);
    expect(assess({ ground: 'refusingSocialIntegration', occurredOn: '2025-06-01', asOf: '2025-06-20' }).outcome).toBe('unsupported');
  });

  it('waits for the hearing: not asked, or asked and the deadline still running', () => {
    expect(assess({ hearing: { status: 'notAsked' } }).outcome).toBe('awaitingHearing');
    expect(assess({ hearing: { status: 'asked', requestedOn: '2025-03-10', deadline: '2025-03-24' } }).outcome).toBe('awaitingHearing');
    expect(assess({ hearing: { status: 'asked', requestedOn: '2025-03-10', deadline: '2025-03-17' } }).outcome).toBe('groundMayApply');
    expect(assess({ hearing: { status: 'explained', receivedOn: '2025-03-12', text: 'x' } }).outcome).toBe('awaitingHearing');
  });

  it('refuses invalid input with typed issues', () => {
    const r = assessBreach(breachInput({ ground: 'stealing', clientId: 'nobody' }));
    expect(r.ok ? [] : r.error.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_input', 'ground']]);
    const r2 = assessBreach(breachInput({ clientId: 'nobody' }));
    expect(r2.ok ? [] : r2.error.map((i) => i.code)).toEqual(['unknown_reference']);
  });
});

describe('explainBreach', () => {
  it('renders an assessment read back from JSON, and says so, never throwing, when it is not one', () => {
    const a = assess();
    expect(explainBreach(JSON.parse(JSON.stringify(a)), 'pl')).toBe(explainBreach(a, 'pl'));
    for (const bad of [null, {}, { ...a, outcome: 'future' }, { ...a, trace: [{ ...a.trace[0], inputs: null }] }]) {
      expect(explainBreach(bad as never, 'pl')).toBe('Nie można przedstawić oceny: jej dane są niepełne albo pochodzą z innej wersji — oceń zgłoszenie ponownie.');
    }
  });

  it('renders the refusal example for the file, in Polish', () => {
    expect(explainBreach(assess(), 'pl')).toMatchInlineSnapshot(`
      "Ocena okoliczności z art. 11 ustawy o pomocy społecznej
      Podstawa: odmowa zawarcia kontraktu socjalnego — art. 11 ust. 2 u.p.s.
      → okoliczność może stanowić podstawę do zastosowania środka

      Środki:
      - odmowa przyznania świadczenia: środek dostępny — wniosek oczekuje na decyzję (art. 11 ust. 2 u.p.s.)
      - uchylenie decyzji o przyznaniu świadczenia: środek dostępny — świadczenie przyznano decyzją (art. 11 ust. 2 u.p.s.)
      - wstrzymanie świadczeń pieniężnych: środek dostępny — wypłacane jest świadczenie pieniężne (art. 11 ust. 2 u.p.s.)

      Osoby pozostające na utrzymaniu (art. 11 ust. 3):
      - dziecko, 9 lat, osoba małoletnia
      - dziecko, 5 lat, osoba małoletnia

      Proporcjonalność — do rozważenia:
      - [ ] Czy środek jest proporcjonalny do wagi i powtarzalności naruszenia?
      - [ ] Czy wcześniej zastosowano łagodniejsze środki (motywowanie, modyfikacja planu, nowy kontrakt)?
      - [ ] Jak środek wpłynie na osoby pozostające na utrzymaniu, zwłaszcza dzieci (art. 11 ust. 3)?
      - [ ] Czy pomoc w formie niepieniężnej zabezpieczy podstawowe potrzeby (schronienie, posiłek, ubranie)?
      - [ ] Czy osobę pouczono o skutkach (np. w kontrakcie) i czy ją wysłuchano?
      - [ ] Czy uzasadnienie decyzji wskazuje fakty, dowody i rozważenie sytuacji osób na utrzymaniu?

      Ustalenia:
      1. Zgłoszono: Odmowa podpisania kontraktu socjalnego (3 marca 2025 r.). Podstawa: odmowa zawarcia kontraktu socjalnego. Dowody: notatka służbowa z 2025-03-03. — art. 11 ust. 2 u.p.s.
      2. Osoba nie złożyła wyjaśnień w terminie (17 marca 2025 r.). — art. 11 ust. 2 u.p.s.
      3. Możliwe środki (art. 11 ust. 2): odmowa przyznania świadczenia — środek dostępny; uchylenie decyzji o przyznaniu świadczenia — środek dostępny; wstrzymanie świadczeń pieniężnych — środek dostępny. — art. 11 ust. 2 u.p.s.
      4. Przy decyzji bierze się pod uwagę sytuację osób pozostających na utrzymaniu: 2 osoby małoletnie. — art. 11 ust. 3 u.p.s.

      Okoliczności z art. 11 „mogą stanowić podstawę” — rozstrzyga organ (kierownik ośrodka lub osoba upoważniona) w decyzji administracyjnej z uzasadnieniem; ta ocena nie jest decyzją."
    `);
  });
});

describe('art. 11 — coverage and contract periods', () => {
  it('is unsupported for an event before the act', () => {
    const a = assess({ occurredOn: '2004-04-30', asOf: '2004-05-10', hearing: { status: 'noAnswer', deadline: '2004-05-07' } });
    expect([a.outcome, a.reasons.map((r) => r.rule)]).toEqual(['unsupported', ['ups.inForce']]);
  });
});
