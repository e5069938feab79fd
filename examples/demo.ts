/**
 * npm run demo — the homeless man in Sopot (scenario 1), from intake to closure, printed as a timeline,
 * with one step the machine refuses and its Polish and English error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  type CaseEvent, type CaseState, type CivilDate, assessBreachFromCase, breachCandidatesFromCase, explainBreach, formatIssues,
  openCase, renderContract, replay, replayContract, reviewSchedule, transition,
} from '../src/index.js';
import { benefitsOfficer, homelessManSopot } from './scenarios/homelessManSopot.js';
import { sopotIpwzb } from './scenarios/sopotIpwzb.js';
import { describeEvent } from './scenarios/describeEvent.js';

const events = homelessManSopot();
const out: string[] = [];
const print = (line = '') => out.push(line);

print('praca-socjalna — demo: asystent osoby bezdomnej, MOPS Sopot (IPWzB, art. 49 u.p.s.)');
print('='.repeat(88));

let state: CaseState | undefined;
for (const event of events) {
  const result = state === undefined ? openCase(event) : transition(state, event);
  if (!result.ok) throw new Error(`demo log refused at ${event.id}:\n${formatIssues(result.error, 'en')}`);
  const moved = state !== undefined && result.value.stage !== state.stage;
  state = result.value;
  print(`${event.date}  ${stageCol(state.stage)}  ${describeEvent(event as CaseEvent)}${moved ? `   → ${state.stage}` : ''}`);

  // Half-way through monitoring, show the separation of duties: a benefits officer may not write social work.
  if (event.id.endsWith('/e40')) {
    const refused = transition(state, {
      schemaVersion: 1, id: 'x-1', caseId: state.caseId, date: event.date, type: 'monitoringNoteAdded',
      actor: benefitsOfficer, payload: { entryId: 'x-note', kind: 'note', text: 'Notatka pracownika ds. świadczeń' },
    });
    print();
    print('  ✋ Odrzucony krok / rejected step: a benefits officer adds a monitoring note');
    if (!refused.ok) {
      for (const lang of ['pl', 'en'] as const) print(formatIssues(refused.error, lang).replace(/^/gm, `     [${lang}] `));
    }
    print('     The state is unchanged: version ' + state.version + ', stage ' + state.stage + '.');
    print();
  }
}

const final = replay(events);
if (!final.ok || state === undefined) throw new Error('replay failed');
print('='.repeat(88));
print(`Closed on ${state.closure?.date}: ${state.closure?.reason}. ${state.closure?.evaluation}`);
print(`Stages: ${state.stageHistory.map((s) => `${s.stage} (${s.enteredOn})`).join(' → ')}`);
print(`Replay of ${events.length} events equals the incremental state: ${JSON.stringify(final.value) === JSON.stringify(state)}`);

// The IPWzB itself: its own lifecycle (drafted, signed by both, approved by the head, reviewed, amended, completed)
const ipwzb = replayContract(sopotIpwzb());
if (!ipwzb.ok) throw new Error(formatIssues(ipwzb.error.issues, 'en'));
const contract = ipwzb.value;
print();
print(`IPWzB ${contract.contractId}: ${contract.status}; approved by ${contract.approval?.by.name} on ${contract.approval?.date}; ${contract.versions.length} versions (annex of ${contract.versions[1]?.effectiveFrom}).`);
const schedule = reviewSchedule(contract, '2025-06-01' as CivilDate);
print(`Two-weekly reviews due by 2025-06-01: ${schedule.due.length}; missed: ${schedule.missed.join(', ') || 'none'}.`);
mkdirSync(new URL('../out/', import.meta.url), { recursive: true });
const file = new URL('../out/ipwzb-sopot.pl.html', import.meta.url);
writeFileSync(file, renderContract(contract, 'pl'));
print(`Rendered for signature: out/ipwzb-sopot.pl.html (${renderContract(contract, 'pl').length} characters).`);

// Art. 11 reads the same log: the missed therapy session, justified by a medical certificate.
const missed = breachCandidatesFromCase(events)[0];
if (missed) {
  const assessment = assessBreachFromCase(events, {
    asOf: '2025-03-10' as CivilDate,
    eventId: missed.eventId,
    clientFacts: { unemployed: true, addictedToAlcohol: true },
    situation: { pendingApplication: false, benefitGranted: true, cashBeingPaid: false },
    justifiedReason: { found: true, reasoning: 'choroba potwierdzona zaświadczeniem lekarskim z 2025-03-04' },
  });
  if (!assessment.ok) throw new Error(formatIssues(assessment.error, 'en'));
  print();
  print(explainBreach(assessment.value, 'pl').split('\n').slice(0, 6).join('\n'));
}

function stageCol(stage: string): string {
  return `[${stage}]`.padEnd(13);
}

process.stdout.write(out.join('\n') + '\n');
