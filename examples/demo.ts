/**
 * npm run demo — the homeless man in Sopot (scenario 1), from intake to closure, printed as a timeline,
 * with one step the machine refuses and its Polish and English error.
 */
import { type CaseState, type CaseEvent, formatIssues, openCase, replay, transition } from '../src/index.js';
import { benefitsOfficer, homelessManSopot } from './scenarios/homelessManSopot.js';
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

function stageCol(stage: string): string {
  return `[${stage}]`.padEnd(13);
}

process.stdout.write(out.join('\n') + '\n');
