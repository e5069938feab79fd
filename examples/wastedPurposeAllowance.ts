/**
 * Scenario 5 of ../shared/law/scenarios.md: a purpose allowance for fuel spent on something else.
 * Art. 11 ust. 1 (use against the purpose): the measures are limiting benefits, refusing them, or help
 * in kind instead of cash; the household's children are named as dependants to consider (ust. 3).
 * The same situation with a justified explanation gives no ground.
 *
 * Run: npx tsx examples/wastedPurposeAllowance.ts
 */
import { assessBreach, explainBreach, explainBreachReason, formatIssues } from '../src/index.js';
import { en, pl } from './scenarios/say.js';

const household = {
  id: 'h-nowak',
  kind: 'family',
  members: [
    { person: { id: 'p-adam', firstName: 'Adam', lastName: 'Nowak', birthDate: '1981-02-14' }, relation: 'applicant' },
    { person: { id: 'p-iza', firstName: 'Iza', lastName: 'Nowak', birthDate: '1984-07-01' }, relation: 'spouse' },
    { person: { id: 'p-tomek', firstName: 'Tomek', lastName: 'Nowak', birthDate: '2014-11-23' }, relation: 'child' },
  ],
};

const report = {
  asOf: '2025-02-24',
  ground: 'usingAgainstPurpose',
  occurredOn: '2025-02-03',
  description: 'Zasiłek celowy 800,00 zł na zakup opału (decyzja z 2025-01-28) wydany na spłatę pożyczki; opału nie zakupiono',
  evidence: ['notatka z wizyty w miejscu zamieszkania 2025-02-10', 'brak faktury za opał'],
  clientId: 'p-adam',
  household,
  clientFacts: { unemployed: false, addictedToAlcohol: false },
  hearing: { status: 'explained', receivedOn: '2025-02-20', text: 'Musiałem spłacić pożyczkę, opał kupię później.' },
  justifiedReason: { found: false, reasoning: 'Spłata pożyczki nie uzasadnia wydania zasiłku celowego na inny cel; w domu jest dziecko, a mieszkanie jest nieogrzewane.' },
  contractPeriods: [],
  situation: { pendingApplication: true, benefitGranted: true, cashBeingPaid: false },
};

const unjustified = assessBreach(report);
if (!unjustified.ok) throw new Error(formatIssues(unjustified.error, 'en'));
pl(explainBreach(unjustified.value, 'pl'));

const justified = assessBreach({
  ...report,
  hearing: { status: 'explained', receivedOn: '2025-02-20', text: 'Opał kupił sąsiad na kredyt, zasiłek oddałem mu w całości; mam potwierdzenie.' },
  justifiedReason: { found: true, reasoning: 'Przeznaczenie zachowane: opał zakupiony, potwierdzenie przelewu do sprzedawcy.' },
});
if (!justified.ok) throw new Error(formatIssues(justified.error, 'en'));
en('\n— the same report, with a justified explanation —');
en(`outcome: ${justified.value.outcome}; ${justified.value.reasons.map((r) => explainBreachReason(r, 'en')).join(' ')}`);
