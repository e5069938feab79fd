export { type Rhythm, type PolicySource, type MonitoringPolicy, sopotPolicy } from './policy.js';
export type { CaseView, ContractView, CaseMonitoringData } from './caseView.js';
export { type Caseload, caseloadOf, type CaseloadWarning, caseloadWarnings } from './caseload.js';
export { type RhythmSource, type AssignmentRhythm, type RhythmWarning, meetingRhythmWarnings } from './rhythm.js';
export { type ProgrammeLengthWarning, programmeLengthWarnings } from './programmeLength.js';
export { type AgendaItemKind, type AgendaBasis, type AgendaItem, type AgendaOptions, type Agenda, agenda } from './agenda.js';
export { reportedPlanKinds, type ContractTally, type MonitoringReport, report } from './report.js';
export { type MonitoringCode, monitoringLabel } from './labels.js';
export { type Names, type MonitoringWarning, agendaMarkdown, describeWarning, reportSummary, reportMarkdown } from './render.js';
