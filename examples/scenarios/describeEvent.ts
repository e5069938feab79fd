import { type CaseEvent, streamLabels } from '../../src/index.js';

const word = (key: string): string => streamLabels[key]?.pl ?? key;

/** One line of a timeline per event, for people: the Polish name of the step and its key facts. */
export function describeEvent(e: CaseEvent): string {
  const who = e.actor.name;
  const what = word(e.type);
  switch (e.type) {
    case 'caseOpened':
      return `${what}, prowadzi: ${e.payload.owner.name}`;
    case 'interviewConducted':
      return `${what}: ${e.payload.summary}`;
    case 'problemDiagnosed':
      return `${what} (art. 7: ${e.payload.problem.ground}): ${e.payload.problem.description}`;
    case 'diagnosisCompleted':
      return `${what}: ${e.payload.assessment}`;
    case 'resourceIdentified':
      return `${what}: ${e.payload.resource.description}`;
    case 'limitationIdentified':
      return `${what}: ${e.payload.limitation.description}`;
    case 'mainGoalSet':
    case 'specificGoalAdded':
      return `${what}: ${e.payload.goal.description} (do ${e.payload.goal.targetDate})`;
    case 'actionPlanned':
    case 'actionRevised':
      return `${what}: ${e.payload.action.description} (termin ${e.payload.action.deadline ?? '—'})`;
    case 'teamMemberAssigned':
      return `${what}: ${e.payload.member.name} (${word(e.payload.member.role)})`;
    case 'contractSigned':
      return `${what} przez ${e.payload.party === 'client' ? 'klienta' : 'pracownika socjalnego'}`;
    case 'contractApproved':
      return `${what} (${who}, art. 49 u.p.s.)${e.recordedAt ? `; wpis w systemie ${e.recordedAt} przez konto ${e.recordedBy ?? '—'}` : ''}`;
    case 'contractAnnexed':
      return `${what}: ${e.payload.reason}`;
    case 'contractReviewed':
      return `${what} (${who}): ${e.payload.summary}`;
    case 'meetingRecorded':
      return `${what} (${who}, ${e.payload.place === null ? 'miejsce nieznane' : word(e.payload.place)}; ${e.payload.formsOfWork.map(word).join(', ')}): ${e.payload.note ?? ''}`;
    case 'actionProgressRecorded':
      return `${what} (${who}): ${word(e.payload.progress)}. ${e.payload.text}${e.payload.justification ? ` Usprawiedliwienie: ${e.payload.justification}` : ''}`;
    case 'goalProgressRecorded':
      return `${what}: ${word(e.payload.progress)}. ${e.payload.text}`;
    case 'monitoringNoteAdded':
      return `${what} (${who}): ${e.payload.text}`;
    case 'planModified':
      return `${what}: ${e.payload.reason}`;
    case 'caseClosed':
      return `${what}: ${e.payload.evaluation}`;
    default:
      return what;
  }
}
