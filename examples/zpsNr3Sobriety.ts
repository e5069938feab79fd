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
import { refusedReferrals, zpsNr3Sobriety } from './scenarios/zpsNr3Sobriety.js';
import { en, pl } from './scenarios/say.js';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const events = zpsNr3Sobriety();

const r = replay(events);
if (!r.ok) throw new Error(formatIssues(r.error.issues, 'en'));
const state = r.value;
const ref = state.referrals[0];
if (ref === undefined) throw new Error('the referral is in the case');
pl(`Skierowanie do: ${practiceLabel(ref.institution.kind, 'pl')} — ${ref.institution.name}; forma pracy: ${practiceLabel(ref.form, 'pl')}.`);
pl(`Instytucja przyjęła skierowanie ${ref.answeredOn}; sprawdzenie ${ref.followUpOn}.`);
pl(`Skierowania do sprawdzenia na dzień 2025-02-20: ${referralsToFollowUp({ consents: state.consents, referrals: state.referrals }, '2025-02-20' as CivilDate).length}.`);

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
  pl(`${cap(practiceLabel(c?.kind ?? '', 'pl') ?? '')}: ${m.lastCheck ? `ostatnie sprawdzenie ${m.lastCheck.date}` : 'jeszcze niesprawdzone'}${m.reviewDue ? ' — czas na ocenę' : ''}.`);
}

// Refused: a referral without a consent, and one by a worker who is not on the case team.
const refused = refusedReferrals(events);
const noConsent = transition(state, refused.noConsent);
if (!noConsent.ok) {
  pl(`PL: ${formatIssues(noConsent.error, 'pl')}`);
  en(`EN: ${formatIssues(noConsent.error, 'en')}`);
}
const offTeam = transition(state, refused.offTeam);
if (!offTeam.ok) {
  pl(`PL: ${formatIssues(offTeam.error, 'pl')}`);
  en(`EN: ${formatIssues(offTeam.error, 'en')}`);
}
