/**
 * npm run demo — the homeless man in Sopot (scenario 1), from intake to closure, in one case stream,
 * printed as a timeline: the assistant joins the team, the IPWzB reaches monitoring only after the head's
 * approval (art. 49), an annex follows the missed therapy and the art. 11 assessment reads it; one step
 * the machine refuses (an assistant who is not on the team), in Polish and English.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  type CaseEvent, type CaseState, CaseState as CaseStateSchema, assessBreachFromCase, breachCandidatesFromCase, contractPeriodsOf, explainBreach,
  formatIssues, openCase, renderContract, replay, reviewSchedule, streamLabels, transition,
} from '../src/index.js';
import { caseId, homelessManSopot, otherAssistant } from './scenarios/homelessManSopot.js';
import { monitoringSection } from './scenarios/monitoringSection.js';
import { describeEvent } from './scenarios/describeEvent.js';
import { type Language, say, writesFiles } from './scenarios/say.js';

const events = homelessManSopot();
// the timeline is Polish; the refused step shows the English twin, and a line for the developer is English
const out: { lang: Language; text: string }[] = [];
const print = (line = '', lang: Language = 'pl') => out.push({ lang, text: line });
const pl = (key: string) => streamLabels[key]?.pl ?? key;

print('praca-socjalna — demo: asystent osoby bezdomnej, MOPS Sopot (IPWzB, art. 49 u.p.s.), jeden strumień zdarzeń sprawy');
print('='.repeat(100));

let state: CaseState | undefined;
for (const input of events) {
  const result = state === undefined ? openCase(input) : transition(state, input);
  if (!result.ok) throw new Error(`demo stream refused at ${input.id}:\n${formatIssues(result.error, 'en')}`);
  const before = state;
  state = result.value;
  const event = input as unknown as CaseEvent;
  const moved = before !== undefined && state.stage !== before.stage;
  const contract = state.contracts[0];
  const status = event.type.startsWith('contract') && contract ? `   [kontrakt: ${pl(contract.status)}]` : '';
  print(`${event.date}  ${`[${pl(state.stage)}]`.padEnd(24)} ${describeEvent(event)}${status}${moved ? `   → ${pl(state.stage)}` : ''}`);

  if (event.type === 'contractSigned' && contract?.status === 'signed') {
    print(`            Oba podpisy złożone, ale IPWzB czeka na zatwierdzenie kierownika (art. 49): sprawa zostaje na etapie „${pl(state.stage)}”.`);
  }
  // At the first meeting, show the team rule: an assistant who is not on this case's team may not record in it.
  if (event.type === 'meetingRecorded' && event.date === '2025-02-06') {
    const refused = transition(state, {
      schemaVersion: 2, id: `${caseId}/x1`, caseId, date: event.date, type: 'meetingRecorded', actor: otherAssistant,
      payload: { place: 'street', clientIds: ['p-marek'], staffIds: [otherAssistant.id], attendance: 'attended', formsOfWork: ['observing'], note: null },
    });
    print();
    print('  ✋ Odrzucony krok: spotkanie zapisuje asystent spoza zespołu sprawy');
    print('  ✋ Refused step: an assistant who is not on the case team records a meeting', 'en');
    if (!refused.ok) for (const lang of ['pl', 'en'] as const) print(formatIssues(refused.error, lang).replace(/^/gm, `     [${lang}] `), lang);
    print(`     Stan bez zmian: wersja ${state.version}, etap „${pl(state.stage)}”.`);
    print(`     The state is unchanged: version ${state.version}, stage ${state.stage}.`, 'en');
    print();
  }
}

const final = replay(events);
if (!final.ok || state === undefined) throw new Error('replay failed');
print('='.repeat(100));
print(`Zamknięta ${state.closure?.date}: ${state.closure?.evaluation}`);
print(`Etapy: ${state.stageHistory.map((s) => `${pl(s.stage)} (${s.enteredOn})`).join(' → ')}`);
print(`Zespół: ${state.team.map((m) => `${m.member.name} (${pl(m.member.role)}, od ${m.from})`).join('; ')}`);
print(`Replay of ${events.length} events equals the step-by-step state: ${JSON.stringify(final.value) === JSON.stringify(state)}; state passes its schema: ${CaseStateSchema.safeParse(state).success}`, 'en');

// The IPWzB lives in the same stream: drafted, signed by both, approved by the head, reviewed, annexed, completed.
const contract = state.contracts[0];
if (contract === undefined) throw new Error('the IPWzB is in the stream');
print();
print(`IPWzB: ${pl(contract.status)}; zatwierdzenie: ${contract.approval?.by.name}, ${contract.approval?.date}; w mocy od ${contract.inForceFrom}; wersje: ${contract.versions.length} (aneks z ${contract.versions[1]?.effectiveFrom}).`);
const schedule = reviewSchedule(contract, '2025-06-01');
print(`Oceny co 14 dni do 2025-06-01: ${schedule.due.length}; pominięte: ${schedule.missed.join(', ') || 'brak'}.`);
const html = renderContract(contract, state.household, 'pl');
if (writesFiles()) {
  mkdirSync(new URL('../out/', import.meta.url), { recursive: true });
  writeFileSync(new URL('../out/ipwzb-sopot.pl.html', import.meta.url), html);
}
print(`Do podpisu: out/ipwzb-sopot.pl.html (${html.length} znaków).`);

// Art. 11 reads the same stream: the missed therapy session (justified by a medical certificate), against
// the contract periods as the approval, the annex and the completion set them.
const atAnnex = replay(events.filter((e) => e.date <= '2025-03-12'));
if (!atAnnex.ok) throw new Error('prefix replays');
const missed = breachCandidatesFromCase(atAnnex.value)[0];
if (missed) {
  print();
  print(`Okresy obowiązywania kontraktu po aneksie: ${contractPeriodsOf(atAnnex.value.contracts).map((p) => `${p.from} – ${p.to}`).join('; ')}`);
  const assessment = assessBreachFromCase(atAnnex.value, {
    asOf: '2025-03-12',
    eventId: missed.eventId,
    clientFacts: { unemployed: true, addictedToAlcohol: true },
    situation: { pendingApplication: false, benefitGranted: true, cashBeingPaid: false },
    justifiedReason: { found: true, reasoning: 'choroba potwierdzona zaświadczeniem lekarskim z 2025-03-04' },
  });
  if (!assessment.ok) throw new Error(formatIssues(assessment.error, 'en'));
  print(explainBreach(assessment.value, 'pl').split('\n').slice(0, 6).join('\n'));
}

// Monitoring across a small centre (docs/monitoring.md): the assistant's agenda on two dates, warnings
// and a closing report, read from case states.
print();
for (const line of monitoringSection()) print(line);

for (const line of out) say(line.lang, line.text);
