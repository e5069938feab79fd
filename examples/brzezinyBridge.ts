/**
 * Seed 003 (MOPS Brzeziny, the standard of social work with an unemployed person): the benefits officer
 * decides on the social worker's interview and help plan, without a second interview. The application
 * and the decision are recorded in the case's one stream; the eligibility request is built from the case
 * and assessed. Art. 39a / art. 38: after she takes a job, the periodic allowance may be paid for up to
 * 2 months. The social integration club (KIS) recruits 20 participants and keeps a reserve list; her
 * attendance shows in her case. Persons are invented.
 *
 * Run: npx tsx examples/brzezinyBridge.ts
 */
import {
  type CivilDate, type GroupEventInput, SocialWorkInterview, assessEligibility, benefitSituationOn, continuationAfterEmployment, eligibilityRequestFromCase,
  explain, formatIssues, groupWorkForCase, lastDayAfterEmployment, replay, replayGroup, transition, valueAt,
} from '../src/index.js';
import { assessedOn, brzezinyBridge, interview as interviewInput, officer } from './scenarios/brzezinyBridge.js';
import { pl } from './scenarios/say.js';

const events = brzezinyBridge();
// The social worker's interview: the sections of part I of the form the benefits officer reads.
const interview = SocialWorkInterview.parse(interviewInput);

const before = replay(events);
if (!before.ok) throw new Error(formatIssues(before.error.issues, 'en'));
const bridged = eligibilityRequestFromCase({ ...before.value, socialWorkInterview: interview }, 'periodicAllowance', assessedOn as CivilDate);
if (!bridged.ok) throw new Error(formatIssues(bridged.error, 'en'));
const assessed = assessEligibility(bridged.value.request);
if (!assessed.ok) throw new Error(formatIssues(assessed.error, 'en'));
pl('Wniosek zbudowany z wywiadu pracownika socjalnego, bez drugiego wywiadu:');
pl(explain(assessed.value, 'pl'));

const decided = replay(brzezinyBridge(true));
if (!decided.ok) throw new Error(formatIssues(decided.error.issues, 'en'));
const situation = benefitSituationOn(decided.value.claims, '2012-10-01' as CivilDate).situation;
const yesNo = (b: boolean) => (b ? 'tak' : 'nie');
pl(`Dla art. 11 na dzień 2012-10-01, z rejestru sprawy: wniosek czeka na decyzję — ${yesNo(situation.pendingApplication)}; świadczenie przyznane — ${yesNo(situation.benefitGranted)}; wypłata trwa — ${yesNo(situation.cashBeingPaid)}.`);

// Art. 38 / 39a: she takes a job on 2012-12-17 while carrying out a kontrakt socjalny.
const rule = valueAt(continuationAfterEmployment, '2012-12-17' as CivilDate);
if (rule.ok) {
  const last = lastDayAfterEmployment('2012-12-17' as CivilDate, rule.value.value.maxMonths, '2013-02-28' as CivilDate);
  pl(`Po podjęciu zatrudnienia 2012-12-17 zasiłek okresowy można wypłacać najdłużej do ${last} (źródło: ${rule.value.period.confidence === 'S' ? 'wtórne, niezweryfikowane w tekście ustawy' : 'zweryfikowane'}).`);
}
const withoutContract = transition(decided.value, {
  schemaVersion: 2, id: 'brzeziny-2012-007/x1', caseId: 'brzeziny-2012-007', date: '2012-12-18', type: 'benefitContinuedAfterEmployment',
  actor: officer, payload: { claimId: 'wn-1', employedOn: '2012-12-17', until: '2013-02-17' },
});
if (!withoutContract.ok) pl(`Bez kontraktu socjalnego w sprawie: ${formatIssues(withoutContract.error, 'pl')}`);

// The KIS cohort: 20 participants and a reserve list, recruited by the rules.
const staff = { id: 'sw-beata', name: 'Beata Kowalczyk', role: 'socialWorker' } as const;
let k = 0;
const g = (type: string, date: string, payload: object, actor: object = staff) => ({ schemaVersion: 2, id: `kis/e${++k}`, groupId: 'kis-2012', date, actor, type, payload }) as GroupEventInput;
const kis: GroupEventInput[] = [
  g('groupFormed', '2012-06-01', {
    name: 'Klub Integracji Społecznej „Razem możemy więcej”', kind: 'socialIntegrationClubCohort', capacity: 20,
    facilitator: { id: 'ngo-tomasz', name: 'Tomasz Wójcik', organisation: 'Stowarzyszenie Wsparcie Społeczne JA-TY-MY' },
    criteria: [{ id: 'kr-1', description: 'Mieszkaniec miasta Brzeziny' }, { id: 'kr-2', description: 'Osoba pozostająca bez pracy, w trudnej sytuacji' }],
    startsOn: '2012-10-01', endsOn: '2013-11-30',
  }),
  g('candidateRecruited', '2012-09-10', { personId: 'p-ewa', caseId: 'brzeziny-2012-007', list: 'participant', criteriaMet: ['kr-1', 'kr-2'] }, officer),
  ...Array.from({ length: 19 }, (_, i) => g('candidateRecruited', '2012-09-20', { personId: `p-${i + 2}`, caseId: `brzeziny-2012-1${i}`, list: 'participant', criteriaMet: ['kr-1', 'kr-2'] })),
  g('candidateRecruited', '2012-09-28', { personId: 'p-r1', caseId: 'brzeziny-2012-201', list: 'reserve', criteriaMet: ['kr-1', 'kr-2'] }),
  g('candidateRecruited', '2012-09-28', { personId: 'p-r2', caseId: 'brzeziny-2012-202', list: 'reserve', criteriaMet: ['kr-1', 'kr-2'] }),
  g('groupStarted', '2012-10-01', {}),
  g('sessionHeld', '2012-10-02', { sessionId: 's-1', topic: 'Trening pracy', form: 'employmentHelp', attendance: [{ personId: 'p-ewa', present: true, excused: false }] }),
  g('sessionHeld', '2012-10-09', { sessionId: 's-2', topic: 'Autoprezentacja', form: null, attendance: [{ personId: 'p-ewa', present: false, excused: true }] }),
];
const group = replayGroup(kis);
if (!group.ok) throw new Error(formatIssues(group.error.issues, 'en'));
const active = group.value.members.filter((m) => m.withdrawnOn === null);
pl(`Klub: ${active.filter((m) => m.list === 'participant').length} uczestników, ${active.filter((m) => m.list === 'reserve').length} osoby na liście rezerwowej.`);
const full = replayGroup([...kis, g('candidateRecruited', '2012-10-10', { personId: 'p-x', caseId: 'brzeziny-2012-300', list: 'participant', criteriaMet: ['kr-1', 'kr-2'] })]);
if (!full.ok) pl(formatIssues(full.error.issues, 'pl'));
const hers = groupWorkForCase(group.value, 'brzeziny-2012-007');
pl(`W sprawie uczestniczki: zajęcia ${hers.summary.sessions}, obecność ${hers.summary.attended}, nieobecność usprawiedliwiona ${hers.summary.excused}.`);
