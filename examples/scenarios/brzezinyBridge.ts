/**
 * The case of examples/brzezinyBridge.ts (seed 003, MOPS Brzeziny): an application for a periodic
 * allowance decided on the social worker's interview and help plan, without a second interview. Persons
 * are invented. Shipped as the fixture `brzeziny-bridge`.
 */
import type { CaseEventInput } from '../../src/index.js';
import { eventLog } from './eventLog.js';

export const worker = { id: 'sw-beata', name: 'Beata Kowalczyk', role: 'socialWorker' } as const;
export const officer = { id: 'bo-adam', name: 'Adam Sowa', role: 'benefitsOfficer' } as const;
export const head = { id: 'head-jan', name: 'Jan Wiśniewski', role: 'head' } as const;
export const caseId = 'brzeziny-2012-007';

/** The case up to the application (`decided: false`), or with the officer's decision too. */
export function brzezinyBridge(decided = false): CaseEventInput[] {
  const { events, add } = eventLog(caseId);
  add('caseOpened', '2012-09-03', worker, {
    household: { id: 'h-ewa', kind: 'singlePerson', members: [{ person: { id: 'p-ewa', firstName: 'Ewa', lastName: 'Kamińska', birthDate: '1977-06-11' }, relation: 'applicant' }] },
    owner: worker, source: 'application', note: null,
  });
  add('interviewConducted', '2012-09-05', worker, { summary: 'Wywiad środowiskowy (narzędzie nr 1)', urgent: false });
  add('problemDiagnosed', '2012-09-05', worker, { problem: { id: 'pr-1', ground: 'unemployment', description: 'Długotrwałe bezrobocie', personIds: [] } });
  add('authorisationGranted', '2012-09-05', head, { authorisationId: 'upo-3', holder: officer, scope: 'benefitDecisions', validFrom: '2012-01-02', validTo: null, reference: 'upoważnienie nr 3/2012' });
  add('benefitApplied', '2012-09-06', officer, { claimId: 'wn-1', benefit: 'periodicAllowance', personId: 'p-ewa', incomeLost: false });
  if (decided) {
    add('benefitDecided', '2012-09-12', officer, {
      claimId: 'wn-1', benefit: 'periodicAllowance', personId: 'p-ewa', outcome: 'granted', amount: 20000,
      period: { from: '2012-09-01', to: '2013-02-28' }, forContractId: null, reference: 'decyzja nr 412/2012',
    });
  }
  return events;
}

/** The social worker's interview: the sections of part I of the form the benefits officer reads (input of `SocialWorkInterview`). */
export const interview = {
  interviewId: 'rws-2012-007', conductedOn: '2012-09-05', conductedBy: worker.id,
  applicantAndFamily: { persons: [{ personId: 'p-ewa', legalStatus: 'polishCitizen', residesInPoland: true, custody: 'none', unableToWork: null }] },
  income: [],
  needsAndExpectations: ['Znalezienie pracy', 'Środki na utrzymanie do czasu podjęcia pracy'],
  diagnosis: { conclusions: 'Bezrobocie długotrwałe, brak dochodu; motywacja do pracy.', problemIds: ['pr-1'] },
  helpPlan: [
    { id: 'pp-1', benefit: 'periodicAllowance', form: null, description: 'Zasiłek okresowy na czas udziału w klubie integracji społecznej', justification: 'Brak dochodu' },
    { id: 'pp-2', benefit: null, form: 'employmentHelp', description: 'Trening pracy w klubie integracji społecznej', justification: 'Długotrwałe bezrobocie' },
  ],
} as const;

/** The date the request is assessed on. */
export const assessedOn = '2012-09-10';
