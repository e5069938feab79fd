import type { Issue } from '../../issues/issue.js';
import type { CaseEvent } from '../events.js';
import type { CaseState } from '../state.js';
import { datesAreCoherent } from './datesAreCoherent.js';
import { hasDiagnosedProblem } from './hasDiagnosedProblem.js';
import { hasMainGoal } from './hasMainGoal.js';
import { hasReadyAction } from './hasReadyAction.js';
import { idsAreNew } from './idsAreNew.js';
import { referencesExist } from './referencesExist.js';
import { signedByApplicant } from './signedByApplicant.js';
import { wasContractRefused } from './wasContractRefused.js';

/** The guards of one event, in the order they are reported. */
function guardsFor(state: CaseState, event: CaseEvent): (Issue | undefined)[] {
  const structural = [idsAreNew(state, event), referencesExist(state, event), datesAreCoherent(event)];
  switch (event.type) {
    case 'diagnosisCompleted':
    case 'mainGoalSet':
    case 'specificGoalAdded':
      return [hasDiagnosedProblem(state), ...structural];
    case 'contractProposed':
      return [hasMainGoal(state), hasReadyAction(state), ...structural];
    case 'contractSigned':
      return [hasMainGoal(state), hasReadyAction(state), signedByApplicant(state, event), ...structural];
    case 'planStartedWithoutContract':
      return [wasContractRefused(state), ...structural];
    default:
      return structural;
  }
}

/** @internal Every guard issue of an event against a state (empty when all pass). */
export function checkGuards(state: CaseState, event: CaseEvent): Issue[] {
  return guardsFor(state, event).filter((i): i is Issue => i !== undefined);
}
