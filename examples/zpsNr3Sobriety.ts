/**
 * Seed 000 (ZPS nr 3, a MOPS social-work team): a man with alcohol dependence. The worker records his
 * written consent and refers him to the addiction clinic, all in the case's one stream; the clinic
 * accepts him; the sobriety contract (kontrakt na utrzymanie trzeźwości) carries his therapy and
 * abstinence commitments and how they are monitored; a referral without consent, and one by a worker
 * who is not on the case team, are refused — in Polish and English. Persons are invented.
 *
 * Run: npx tsx examples/zpsNr3Sobriety.ts
 */
import {
  type CivilDate, SobrietyContractContent, formatIssues, practiceLabel, referralsToFollowUp, replay, sobrietyMonitoring, transition,
} from '../src/index.js';
import { eventLog } from './scenarios/eventLog.js';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const worker = { id: 'sw-halina', name: 'Halina Zając', role: 'socialWorker' } as const;
const otherWorker = { id: 'sw-robert', name: 'Robert Bąk', role: 'socialWorker' } as const;

const { events, add } = eventLog('zps3-2025-031');
add('caseOpened', '2025-02-03', worker, {
  household: { id: 'h-jan', kind: 'singlePerson', members: [{ person: { id: 'p-jan', firstName: 'Jan', lastName: 'Mazur', birthDate: '1971-09-14' }, relation: 'applicant' }] },
  owner: worker,
  source: 'application',
  note: 'Zgłoszenie z komisji rozwiązywania problemów alkoholowych.',
});
add('interviewConducted', '2025-02-05', worker, { summary: 'Wywiad w miejscu zamieszkania; klient przyznaje problem alkoholowy.', urgent: false });
add('consentRecorded', '2025-02-05', worker, {
  consentId: 'zgoda-1', personId: 'p-jan', institutionKinds: ['addictionClinic', 'alcoholCommission'], form: 'written', purpose: 'Podjęcie terapii uzależnienia od alkoholu',
});
add('referralSent', '2025-02-06', worker, {
  referralId: 'skier-1', personId: 'p-jan', consentId: 'zgoda-1', institution: { kind: 'addictionClinic', name: 'Poradnia Leczenia Uzależnień' },
  form: 'therapeuticReferral', purpose: 'Terapia w poradni', followUpOn: '2025-02-20',
});
add('referralAccepted', '2025-02-12', worker, { referralId: 'skier-1', note: 'Pierwsza sesja 18 lutego' });

const r = replay(events);
if (!r.ok) throw new Error(formatIssues(r.error.issues, 'en'));
const state = r.value;
const ref = state.referrals[0];
if (ref === undefined) throw new Error('the referral is in the case');
console.log(`Skierowanie do: ${practiceLabel(ref.institution.kind, 'pl')} — ${ref.institution.name}; forma pracy: ${practiceLabel(ref.form, 'pl')}.`);
console.log(`Instytucja przyjęła skierowanie ${ref.answeredOn}; sprawdzenie ${ref.followUpOn}.`);
console.log(`Skierowania do sprawdzenia na dzień 2025-02-20: ${referralsToFollowUp({ consents: state.consents, referrals: state.referrals }, '2025-02-20' as CivilDate).length}.`);

// The sobriety contract's commitments (the content of a kontrakt socjalny; see docs/practice.md for how
// it is carried in the contract's content).
const sobriety = SobrietyContractContent.parse({
  commitments: [
    { id: 'zob-1', kind: 'outpatientTherapy', institution: { kind: 'addictionClinic', name: 'Poradnia Leczenia Uzależnień' }, frequency: 'raz w tygodniu', monitoredBy: ['therapistConfirmation'], actionId: null },
    { id: 'zob-2', kind: 'selfHelpGroupMeetings', institution: null, frequency: 'dwa razy w miesiącu', monitoredBy: ['clientDeclaration'], actionId: null },
    { id: 'zob-3', kind: 'abstinence', institution: null, frequency: null, monitoredBy: ['workerObservation', 'clientDeclaration'], actionId: null },
  ],
  reviewEveryDays: 14,
  referralId: 'skier-1',
});
const checks = [{ commitmentId: 'zob-1', date: '2025-03-04' as CivilDate, kept: true, confirmedBy: 'therapistConfirmation' as const }];
for (const m of sobrietyMonitoring(sobriety, checks, '2025-02-20' as CivilDate, '2025-03-10' as CivilDate)) {
  const c = sobriety.commitments.find((x) => x.id === m.commitmentId);
  console.log(`${cap(practiceLabel(c?.kind ?? '', 'pl') ?? '')}: ${m.lastCheck ? `ostatnie sprawdzenie ${m.lastCheck.date}` : 'jeszcze niesprawdzone'}${m.reviewDue ? ' — czas na ocenę' : ''}.`);
}

// Refused: a referral without a consent, and one by a worker who is not on the case team.
const noConsent = transition(state, { ...events[3], id: 'zps3-2025-031/x1', date: '2025-02-12', payload: { ...(events[3]?.payload as object), referralId: 'skier-2', consentId: 'zgoda-9' } } as never);
if (!noConsent.ok) console.log(`PL: ${formatIssues(noConsent.error, 'pl')}\nEN: ${formatIssues(noConsent.error, 'en')}`);
const offTeam = transition(state, { ...events[3], id: 'zps3-2025-031/x2', date: '2025-02-12', actor: otherWorker, payload: { ...(events[3]?.payload as object), referralId: 'skier-3' } } as never);
if (!offTeam.ok) console.log(`PL: ${formatIssues(offTeam.error, 'pl')}\nEN: ${formatIssues(offTeam.error, 'en')}`);
