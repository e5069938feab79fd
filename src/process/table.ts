import type { Role } from '../case/actor.js';
import type { CaseEventType } from './events.js';
import type { Stage } from './stage.js';

/** Moves allowed at every open stage: notes, art. 11 observations, reassignment and closure. */
const anyOpenStage = <S extends Stage>(stage: S) =>
  ({ monitoringNoteAdded: stage, circumstanceObserved: stage, caseReassigned: stage, caseClosed: 'closed' }) as const;

/**
 * The methodical process as data: for each stage, the events allowed there and the stage each leads to.
 *
 * @remarks The machine, its guards, the Mermaid diagram (docs/process.md) and the table-driven tests all
 * read this one table. Ways back: `planModified` (monitoring → goals, when the plan is adapted to the
 * client's possibilities), `situationChanged` (monitoring → diagnosis); `planStartedWithoutContract`
 * (contract → monitoring) after a recorded refusal to sign.
 * @example
 * ```ts
 * import { processTable } from 'praca-socjalna';
 * processTable.goals.contractProposed; //=> 'contract'
 * ```
 * @category Process
 */
export const processTable = {
  intake: { interviewConducted: 'diagnosis', ...anyOpenStage('intake') },
  diagnosis: { problemDiagnosed: 'diagnosis', diagnosisCompleted: 'resources', ...anyOpenStage('diagnosis') },
  resources: { resourceIdentified: 'resources', resourcesCompleted: 'limitations', ...anyOpenStage('resources') },
  limitations: { limitationIdentified: 'limitations', limitationsCompleted: 'goals', ...anyOpenStage('limitations') },
  goals: {
    mainGoalSet: 'goals',
    specificGoalAdded: 'goals',
    actionPlanned: 'goals',
    actionRevised: 'goals',
    contractProposed: 'contract',
    ...anyOpenStage('goals'),
  },
  contract: {
    contractSigned: 'monitoring',
    contractRefused: 'contract',
    planStartedWithoutContract: 'monitoring',
    planModified: 'goals',
    ...anyOpenStage('contract'),
  },
  monitoring: {
    actionProgressRecorded: 'monitoring',
    planModified: 'goals',
    situationChanged: 'diagnosis',
    ...anyOpenStage('monitoring'),
  },
  closed: {},
} as const satisfies Record<Stage, Partial<Record<CaseEventType, Stage>>>;

/**
 * Who may record each event. `ownerOnly` events are recorded by the social worker who owns the case
 * (the head of the centre may too where listed).
 *
 * @remarks Separation of duties from the Brzeziny standard: a benefits officer reads social work but
 * records none of it; an assistant adds monitoring notes and action progress but does not change the
 * diagnosis or the plan; only the owning social worker signs for the centre.
 * @example
 * ```ts
 * import { eventPermissions } from 'praca-socjalna';
 * eventPermissions.monitoringNoteAdded.roles; //=> ['socialWorker', 'assistant', 'psychologist', 'head']
 * ```
 * @category Process
 */
export const eventPermissions = {
  caseOpened: { roles: ['socialWorker', 'head'], ownerOnly: false },
  interviewConducted: { roles: ['socialWorker'], ownerOnly: false },
  problemDiagnosed: { roles: ['socialWorker'], ownerOnly: false },
  diagnosisCompleted: { roles: ['socialWorker'], ownerOnly: true },
  resourceIdentified: { roles: ['socialWorker'], ownerOnly: false },
  resourcesCompleted: { roles: ['socialWorker'], ownerOnly: false },
  limitationIdentified: { roles: ['socialWorker'], ownerOnly: false },
  limitationsCompleted: { roles: ['socialWorker'], ownerOnly: false },
  mainGoalSet: { roles: ['socialWorker'], ownerOnly: false },
  specificGoalAdded: { roles: ['socialWorker'], ownerOnly: false },
  actionPlanned: { roles: ['socialWorker'], ownerOnly: false },
  actionRevised: { roles: ['socialWorker'], ownerOnly: false },
  contractProposed: { roles: ['socialWorker'], ownerOnly: true },
  contractSigned: { roles: ['socialWorker'], ownerOnly: true },
  contractRefused: { roles: ['socialWorker'], ownerOnly: true },
  planStartedWithoutContract: { roles: ['socialWorker'], ownerOnly: true },
  monitoringNoteAdded: { roles: ['socialWorker', 'assistant', 'psychologist', 'head'], ownerOnly: false },
  actionProgressRecorded: { roles: ['socialWorker', 'assistant'], ownerOnly: false },
  circumstanceObserved: { roles: ['socialWorker', 'assistant'], ownerOnly: false },
  planModified: { roles: ['socialWorker'], ownerOnly: true },
  situationChanged: { roles: ['socialWorker'], ownerOnly: false },
  caseReassigned: { roles: ['head'], ownerOnly: false },
  caseClosed: { roles: ['socialWorker', 'head'], ownerOnly: true },
} as const satisfies Record<CaseEventType, { readonly roles: readonly Role[]; readonly ownerOnly: boolean }>;
