import { match } from 'ts-pattern';
import type { CaseEvent } from '../../src/index.js';

/** One line of a timeline per event, for people. */
export function describeEvent(e: CaseEvent): string {
  const who = `${e.actor.name}`;
  return match(e)
    .with({ type: 'caseOpened' }, (x) => `Założenie sprawy (${x.payload.source}), prowadzi: ${x.payload.owner.name}`)
    .with({ type: 'interviewConducted' }, (x) => `Wywiad środowiskowy: ${x.payload.summary}`)
    .with({ type: 'problemDiagnosed' }, (x) => `Problem (art. 7: ${x.payload.problem.ground}): ${x.payload.problem.description}`)
    .with({ type: 'diagnosisCompleted' }, (x) => `Ocena sytuacji: ${x.payload.assessment}`)
    .with({ type: 'resourceIdentified' }, (x) => `Zasób (${x.payload.resource.holder}): ${x.payload.resource.description}`)
    .with({ type: 'resourcesCompleted' }, () => 'Zasoby rozpoznane')
    .with({ type: 'limitationIdentified' }, (x) => `Ograniczenie (${x.payload.limitation.source}): ${x.payload.limitation.description}`)
    .with({ type: 'limitationsCompleted' }, () => 'Ograniczenia rozpoznane')
    .with({ type: 'mainGoalSet' }, (x) => `Cel główny: ${x.payload.goal.description} (do ${x.payload.goal.targetDate})`)
    .with({ type: 'specificGoalAdded' }, (x) => `Cel szczegółowy: ${x.payload.goal.description} (do ${x.payload.goal.targetDate})`)
    .with({ type: 'actionPlanned' }, (x) => `Działanie: ${x.payload.action.description} (termin ${x.payload.action.deadline ?? '—'})`)
    .with({ type: 'actionRevised' }, (x) => `Zmiana działania: ${x.payload.action.description} (termin ${x.payload.action.deadline ?? '—'})`)
    .with({ type: 'contractProposed' }, (x) => `Propozycja planu: ${x.payload.kind}`)
    .with({ type: 'contractSigned' }, (x) => `Podpisano ${x.payload.contractId} (${x.payload.validFrom} – ${x.payload.validTo})`)
    .with({ type: 'contractRefused' }, (x) => `Odmowa zawarcia kontraktu${x.payload.reason ? `: ${x.payload.reason}` : ''}`)
    .with({ type: 'planStartedWithoutContract' }, (x) => `Plan bez kontraktu: ${x.payload.note}`)
    .with({ type: 'monitoringNoteAdded' }, (x) => `${who} (${x.payload.kind}): ${x.payload.text}`)
    .with({ type: 'actionProgressRecorded' }, (x) =>
      `${who}: ${x.payload.actionId} → ${x.payload.status}. ${x.payload.text}${x.payload.justification ? ` Usprawiedliwienie: ${x.payload.justification}` : ''}`)
    .with({ type: 'circumstanceObserved' }, (x) => `${who} — okoliczność z art. 11 (${x.payload.ground}): ${x.payload.description}`)
    .with({ type: 'planModified' }, (x) => `Modyfikacja planu: ${x.payload.reason}`)
    .with({ type: 'situationChanged' }, (x) => `Zmiana sytuacji: ${x.payload.description}`)
    .with({ type: 'caseReassigned' }, (x) => `Przekazanie sprawy: ${x.payload.newOwner.name}`)
    .with({ type: 'caseClosed' }, (x) => `Zamknięcie sprawy: ${x.payload.reason}`)
    .exhaustive();
}
