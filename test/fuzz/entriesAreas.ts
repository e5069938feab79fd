/**
 * The fuzz table, second part: the areas added with the one stream — monitoring, practice (referrals,
 * groups, benefit claims, the benefits bridge), labels, the law calendar and deadlines, the eligibility
 * fast paths, zod issues, and the machine kernel. Entries marked `trusted` take only what their doc says
 * they take (typed, already validated), with edge values; `validated` ones take anything.
 */
import fc from 'fast-check';
import * as api from '../../src/index.js';
import type { CaseState, CivilDate, EligibilityRequest, Grosze } from '../../src/index.js';
import { generateCentre } from '../support/monitoringCases.js';
import { request } from '../support/eligibility.js';
import { sampleEvent } from '../support/factory.js';
import { anyInput, randomJson, streamMutations, weird } from './arbitraries.js';
import { benefitAccess, benefitEvents, benefitStates, breachStates, caseAccess, caseForBenefits, communityActivity, groupEvents, groupState, referralEvents, referralStates, sobrietyContent, states } from './fixtures.js';
import type { FuzzEntry } from './harness.js';

type Entry = FuzzEntry;
const unary = (name: string, trust: Entry['trust'], arg: fc.Arbitrary<unknown>, call: (a: unknown) => unknown, rest: Partial<Entry> = {}): Entry => ({ name, trust, args: arg.map((a) => [a]), call: (a) => call(a), ...rest });
const isResult = (r: unknown) => r !== null && typeof r === 'object' && 'ok' in r && typeof (r as { ok: unknown }).ok === 'boolean';
const resultShape = (r: unknown) => (isResult(r) ? undefined : 'not a Result {ok, …}');
const isText = (r: unknown) => (typeof r === 'string' ? undefined : 'not a string');
const deadlineShape = (r: unknown) => (r !== null && typeof r === 'object' && ['decided', 'unsupported'].includes((r as { status: string }).status) ? undefined : 'not a DeadlineResult {status, …}');
const textOrUndefined = (r: unknown) => (r === undefined || typeof r === 'string' ? undefined : 'neither a string nor undefined');

const lang = fc.constantFrom('pl', 'en') as fc.Arbitrary<'pl' | 'en'>;
const day = (from: string, to: string) => fc.integer({ min: api.civilDayNumber(from) as number, max: api.civilDayNumber(to) as number }).map((n) => api.civilDateFromDayNumber(n) as CivilDate);
const recentDate = day('2004-05-01', '2030-12-31');
const anyDate = day(api.EARLIEST_CIVIL_DATE, api.LATEST_CIVIL_DATE);
/** A date argument of a function that accepts `CivilDate | string`: valid, at the edges, or anything. */
const dateOrWeird = fc.oneof({ weight: 3, arbitrary: recentDate as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: anyDate as fc.Arbitrary<unknown> }, { weight: 2, arbitrary: weird });
const names: api.Names = { caseName: (id) => `sprawa ${id.length}`, staffName: (id) => `pracownik ${id.length}` };

// ---------- monitoring ----------
const centre = generateCentre({ seed: 7, cases: 12, events: 40 });
/** Case views: the SDK's own states (a CaseState is a CaseView), a generated centre, and mutations of both. */
const cases: fc.Arbitrary<unknown> = fc.oneof(
  fc.subarray([...states.slice(-6), ...breachStates.slice(-2)] as unknown[]),
  fc.constant(centre as unknown),
  anyInput(fc.constant([states.at(-1), centre[0], centre[1]] as unknown)),
  randomJson,
);
const policy = fc.constant(api.sopotPolicy);
const agendas = fc.tuple(fc.subarray([...centre, ...states.slice(-3)] as unknown[]), recentDate).map(([c, d]) => api.agenda(c as never, d));
const reports = fc.tuple(fc.subarray([...centre, ...states.slice(-3)] as unknown[]), recentDate, recentDate).map(([c, a, b]) => api.report(c as never, { from: a < b ? a : b, to: a < b ? b : a }));
const warnings = fc.tuple(fc.subarray(centre as unknown[]), recentDate).map(([c, d]) => [...api.caseloadWarnings(c as never, d, api.sopotPolicy), ...api.meetingRhythmWarnings(c as never, d, api.sopotPolicy), ...api.programmeLengthWarnings(c as never, d, api.sopotPolicy)]).filter((w) => w.length > 0).chain((w) => fc.constantFrom(...w));
const monitoringCodes = ['hearingAnswer', 'decision', 'interviewUpdate', 'actionDeadline', 'contractReview', 'meeting'];

const monitoring: Entry[] = [
  { name: 'agenda', trust: 'validated', args: fc.tuple(cases, dateOrWeird, fc.oneof(fc.constant(undefined), fc.record({ actor: fc.record({ id: fc.constantFrom('sw-anna', 'as-0', '__proto__'), role: fc.constantFrom('socialWorker', 'assistant', 'head') }) }) as fc.Arbitrary<unknown>, randomJson)), call: (c, d, o) => api.agenda(c as never, d as string, o as never), echoesInput: 'items carry the ids and dates of the cases given' },
  { name: 'caseloadOf', trust: 'validated', args: fc.tuple(cases, fc.oneof(fc.constantFrom('sw-anna', 'as-0', 'sw-1') as fc.Arbitrary<unknown>, weird), dateOrWeird), call: (c, a, d) => api.caseloadOf(c as never, a as string, d as string), echoesInput: 'the caseload names the actor id given' },
  { name: 'caseloadWarnings', trust: 'validated', args: fc.tuple(cases, dateOrWeird, policy), call: (c, d, p) => api.caseloadWarnings(c as never, d as string, p as never), echoesInput: 'warnings carry the ids of the cases given' },
  { name: 'meetingRhythmWarnings', trust: 'validated', args: fc.tuple(cases, dateOrWeird, policy), call: (c, d, p) => api.meetingRhythmWarnings(c as never, d as string, p as never), echoesInput: 'warnings carry the ids of the cases given' },
  { name: 'programmeLengthWarnings', trust: 'validated', args: fc.tuple(cases, dateOrWeird, policy), call: (c, d, p) => api.programmeLengthWarnings(c as never, d as string, p as never), echoesInput: 'warnings carry the ids of the cases given' },
  { name: 'report', trust: 'validated', args: fc.tuple(cases, fc.oneof(fc.record({ from: dateOrWeird, to: dateOrWeird }) as fc.Arbitrary<unknown>, randomJson)), call: (c, p) => api.report(c as never, p as never), echoesInput: 'the report names the period given' },
  // The renderers take what agenda/report/the warnings produced (trusted).
  { name: 'agendaMarkdown', trust: 'trusted', args: fc.tuple(agendas, lang), call: (a, l) => api.agendaMarkdown(a as never, l as 'pl', names), check: isText },
  { name: 'reportMarkdown', trust: 'trusted', args: fc.tuple(reports, lang), call: (r, l) => api.reportMarkdown(r as never, l as 'pl', names), check: isText },
  { name: 'reportSummary', trust: 'trusted', args: fc.tuple(reports, lang), call: (r, l) => api.reportSummary(r as never, l as 'pl'), check: isText },
  { name: 'describeWarning', trust: 'trusted', args: fc.tuple(warnings, lang), call: (w, l) => api.describeWarning(w as never, l as 'pl', names), check: isText },
  { name: 'monitoringLabel', trust: 'trusted', args: fc.tuple(fc.constantFrom(...monitoringCodes), lang), call: (c, l) => api.monitoringLabel(c as never, l as 'pl'), check: isText },
];

// ---------- practice ----------
const referralStep = fc.tuple(fc.constantFrom(...referralStates), anyInput(fc.constantFrom(...(referralEvents as unknown[])))).map(([s, e]) => [s, e]);
const benefitStep = fc.tuple(fc.constantFrom(...benefitStates), anyInput(fc.constantFrom(...(benefitEvents as unknown[])))).map(([s, e]) => [s, e]);
const claimBenefits = api.ClaimBenefit.options;
const practice: Entry[] = [
  { name: 'stepReferral', trust: 'validated', args: referralStep, call: (s, e) => api.stepReferral(s as never, e, caseAccess), check: resultShape },
  { name: 'referralsToFollowUp', trust: 'trusted', args: fc.tuple(fc.constantFrom(...referralStates), recentDate), call: (s, d) => api.referralsToFollowUp(s as never, d as CivilDate) },
  { name: 'stepBenefit', trust: 'validated', args: benefitStep, call: (s, e) => api.stepBenefit(s as never, e, benefitAccess), check: resultShape },
  { name: 'benefitSituationOn', trust: 'trusted', args: fc.tuple(fc.constantFrom(...benefitStates), recentDate), call: (s, d) => api.benefitSituationOn(s as never, d as CivilDate) },
  { name: 'stepGroup', trust: 'validated', args: fc.tuple(fc.constantFrom(null, groupState), anyInput(fc.constantFrom(...(groupEvents as unknown[])))), call: (s, e) => api.stepGroup(s as never, e), check: resultShape },
  unary('replayGroup', 'validated', streamMutations(fc.nat({ max: groupEvents.length }).map((k) => groupEvents.slice(0, k)), groupEvents.map((e) => ({ ...e, groupId: 'kis-2' }))), (s) => api.replayGroup(s), { check: resultShape }),
  { name: 'groupWorkForCase', trust: 'trusted', args: fc.tuple(fc.constant(groupState), fc.constantFrom('c-1', 'c-4', 'c-9', '__proto__')), call: (g, c) => api.groupWorkForCase(g as never, c as string) },
  // The bridge: the case's data is the SDK's (trusted); the benefit, the day and the centre's choices vary. A request it builds must pass parseEligibilityRequest.
  { name: 'eligibilityRequestFromCase', trust: 'trusted', args: fc.tuple(fc.constantFrom(...claimBenefits), recentDate, fc.constantFrom({}, { periodicCapSinglePerson: { kind: 'perPersonCriterion', source: 'opinia radcy prawnego' } })), call: (b, d, c) => api.eligibilityRequestFromCase(caseForBenefits, b as never, d as CivilDate, c as never), check: (r) => resultShape(r) ?? ((r as { ok: boolean }).ok && !api.parseEligibilityRequest((r as { value: { request: unknown } }).value.request).ok ? 'built a request parseEligibilityRequest refuses' : undefined) },
  { name: 'goalBasisIssues', trust: 'trusted', args: fc.tuple(fc.array(fc.record({ goalId: fc.constantFrom('g-1', 'g-2', '__proto__'), resourceIds: fc.subarray(['r-1', 'r-2', 'constructor']), limitationIds: fc.subarray(['l-1', 'l-9']) }), { maxLength: 5 }), fc.record({ goalIds: fc.subarray(['g-1', 'g-2']), resourceIds: fc.subarray(['r-1']), limitationIds: fc.subarray(['l-1']) })), call: (b, d) => api.goalBasisIssues(b as never, d as never) },
  { name: 'sobrietyMonitoring', trust: 'trusted', args: fc.tuple(fc.array(fc.record({ commitmentId: fc.constantFrom('st-1', 'st-2', 'st-9'), date: recentDate, kept: fc.boolean(), confirmedBy: fc.constantFrom('therapistConfirmation', 'attendanceList', 'workerObservation', 'clientDeclaration') }), { maxLength: 6 }), recentDate, recentDate), call: (c, s, d) => api.sobrietyMonitoring(sobrietyContent, c as never, s as CivilDate, d as CivilDate) },
  { name: 'recordCommunityActivity', trust: 'validated', args: fc.tuple(fc.constantFrom([], [api.CommunityActivity.parse(communityActivity)]), anyInput(fc.constant(communityActivity as unknown))), call: (l, i) => api.recordCommunityActivity(l as never, i), check: resultShape },
  { name: 'lastDayAfterEmployment', trust: 'trusted', args: fc.tuple(recentDate, fc.integer({ min: 0, max: 12 }), fc.option(recentDate, { nil: null })), call: (e, m, d) => api.lastDayAfterEmployment(e as CivilDate, m as number, d as CivilDate | null) },
];

// ---------- labels ----------
const someCodes = ['refuseBenefit', 'suspendCashBenefits', 'shelter', 'disability', 'other', 'done', 'socialWorker', 'addictionClinic', 'pesel', 'specialCategory', 'holyThursday', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''];
const code = fc.oneof(fc.constantFrom(...someCodes) as fc.Arbitrary<unknown>, fc.string({ maxLength: 12 }));
const labels: Entry[] = [
  { name: 'label', trust: 'validated', args: fc.tuple(code, lang, fc.oneof(fc.constant(undefined), fc.constantFrom(...api.labelVocabularies) as fc.Arbitrary<unknown>, fc.constantFrom('__proto__', 'nope'))), call: (c, l, v) => api.label(c as string, l as 'pl', v as never), check: (r, [c, l]) => textOrUndefined(r) ?? (r !== undefined && r === c && l === 'pl' ? 'returned the code itself in Polish' : undefined) },
  {
    name: 'sourceText', trust: 'validated',
    args: fc.tuple(fc.oneof(fc.constantFrom(...Object.keys(api.legalSources)) as fc.Arbitrary<unknown>, fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'toString', null, 42), fc.record({ id: fc.oneof(fc.constantFrom(...Object.keys(api.legalSources)), fc.string({ maxLength: 8 })), cite: fc.string({ maxLength: 20 }) }))),
    call: (r) => api.sourceText(r as never), check: isText,
  },
  { name: 'practiceLabel', trust: 'validated', args: fc.tuple(code, lang), call: (c, l) => api.practiceLabel(c as string, l as 'pl'), check: textOrUndefined },
  { name: 'privacyLabel', trust: 'validated', args: fc.tuple(code, lang), call: (c, l) => api.privacyLabel(c as string, l as 'pl'), check: textOrUndefined },
  { name: 'countPl', trust: 'trusted', args: fc.tuple(fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom(0, 1, 2, 5, 11, 12, 14, 21, 22, 112, 1_000_001)), fc.constant(['dzień', 'dni', 'dni'])), call: (n, f) => api.countPl(n as number, f as never), check: isText },
  { name: 'pluralPl', trust: 'trusted', args: fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom(['dzień', 'dni', 'dni'], ['rok', 'lata', 'lat'])), call: (n, f) => api.pluralPl(n as number, f as never), check: isText },
  unary('formatPlnPl', 'trusted', fc.oneof(fc.integer({ min: -api.MAX_GROSZE, max: api.MAX_GROSZE }), fc.constantFrom(0, -1, 1, 99, 100, api.MAX_GROSZE)), (g) => api.formatPlnPl(g as number), { check: (r) => (typeof r === 'string' && /zł$/.test(r) ? undefined : 'not an amount in zł') }),
];

// ---------- the law calendar and deadlines ----------
const calendar = { source: 'kalendarz MOPS 2025', covers: { from: '2025-01-01', to: '2025-12-31' }, holidays: ['2025-04-21', '2025-05-01', '2025-05-03'] };
const year = fc.oneof(fc.integer({ min: 1990, max: 2210 }) as fc.Arbitrary<unknown>, weird);
const deadlines = fc.oneof(
  fc.tuple(recentDate, fc.boolean()).map(([d, c]) => api.decisionDeadline({ initiatedOn: d, complicated: c })),
  fc.tuple(recentDate, fc.boolean()).map(([d, u]) => api.interviewDeadlineOn({ informationReceivedOn: d, urgent: u })),
  recentDate.map((d) => api.periodicInterviewUpdateDue(d)),
);
const calendarEntries: Entry[] = [
  unary('publicHolidaysIn', 'validated', year, (y) => api.publicHolidaysIn(y as number), { check: resultShape }),
  unary('publicHolidayOn', 'validated', dateOrWeird, (d) => api.publicHolidayOn(d), { check: resultShape }),
  { name: 'dayKind', trust: 'validated', args: fc.tuple(dateOrWeird, fc.oneof(fc.constant(undefined), fc.constant(calendar as unknown), anyInput(fc.constant(calendar as unknown)))), call: (d, c) => api.dayKind(d, c as never), check: resultShape },
  unary('easterSunday', 'trusted', fc.integer({ min: api.calendarYears.from, max: api.calendarYears.to }), (y) => api.easterSunday(y as number), { check: (r, [y]) => (typeof r === 'string' && r.startsWith(`${String(y)}-0`) && (r >= `${String(y)}-03-22` && r <= `${String(y)}-04-25`) ? undefined : `not an Easter date: ${String(r)}`) }),
  { name: 'decisionDeadline', trust: 'validated', args: fc.oneof(fc.tuple(dateOrWeird, fc.boolean()).map(([d, c]) => [{ initiatedOn: d, complicated: c }]), anyInput(fc.record({ initiatedOn: recentDate, complicated: fc.boolean() })).map((i) => [i])), call: (i) => api.decisionDeadline(i as never), check: deadlineShape },
  { name: 'interviewDeadlineOn', trust: 'validated', args: fc.oneof(fc.tuple(dateOrWeird, fc.boolean()).map(([d, u]) => [{ informationReceivedOn: d, urgent: u }]), anyInput(fc.record({ informationReceivedOn: recentDate, urgent: fc.boolean(), calendar: fc.constant(calendar) })).map((i) => [i])), call: (i) => api.interviewDeadlineOn(i as never), check: deadlineShape },
  unary('periodicInterviewUpdateDue', 'validated', dateOrWeird, (d) => api.periodicInterviewUpdateDue(d as string), { check: deadlineShape }),
  { name: 'explainDeadline', trust: 'trusted', args: fc.tuple(deadlines, lang), call: (r, l) => api.explainDeadline(r as never, l as 'pl'), check: isText },
  { name: 'dayKindName', trust: 'trusted', args: fc.tuple(fc.constantFrom(...api.DayKind.options), lang), call: (k, l) => api.dayKindName(k as never, l as 'pl'), check: isText },
  { name: 'publicHolidayName', trust: 'trusted', args: fc.tuple(fc.constantFrom(...api.PublicHolidayCode.options), lang), call: (k, l) => api.publicHolidayName(k as never, l as 'pl'), check: isText },
  unary('isCivilDate', 'validated', dateOrWeird, (d) => api.isCivilDate(d), { check: (r, [d]) => (r === (api.parseCivilDate(d) !== null) ? undefined : 'disagrees with parseCivilDate') }),
];

// ---------- eligibility fast paths ----------
const nonNegative = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(0, 1, api.MAX_GROSZE)) as fc.Arbitrary<Grosze>;
/** Valid requests, parsed: the only input the trusted fast paths take. Extreme but valid: huge incomes, many members, the edges of the law's periods. */
const parsedRequest: fc.Arbitrary<EligibilityRequest> = fc
  .record({
    benefit: fc.constantFrom('permanentAllowance', 'periodicAllowance', 'purposeAllowance', 'socialWork'),
    asOf: fc.oneof(recentDate, fc.constantFrom('2004-05-01', '2018-10-01', '2025-12-31') as fc.Arbitrary<CivilDate>),
    grounds: fc.subarray(['disability', 'addiction', 'unemployment', 'poverty', 'longTermIllness'], { minLength: 1 }),
    amounts: fc.array(nonNegative, { maxLength: 4 }),
    members: fc.nat({ max: 12 }),
  })
  .map(({ benefit, asOf, grounds, amounts, members }) => {
    const ms = [{ id: 'p', relation: 'applicant' }, ...Array.from({ length: members }, (_, i) => ({ id: `m${i}`, relation: 'child' }))];
    const ref = api.addMonthsToMonth(api.monthOf(asOf), -1);
    return api.parseEligibilityRequest(request({
      benefit: benefit as never, asOf, members: ms, grounds,
      income: amounts.map((a, i) => ({ kind: 'receipt', id: `i${i}`, personId: ms[i % ms.length]?.id, source: 'pension', month: ref, gross: a, incomeTax: 0, healthContribution: 0, socialContributions: 0, oneOff: false, forPeriod: null })),
    }));
  })
  // A request the schema refuses (a total over MAX_GROSZE) is not an input of the trusted paths.
  .filter((r) => r.ok)
  .map((r) => (r.ok ? r.value : (undefined as never)));
const laws = fc.constantFrom<api.LawOverrides>({}, { incomeCriteria: { ...api.incomeCriteria, periods: [...api.incomeCriteria.periods, { from: '2028-01-01' as CivilDate, value: { singlePerson: 110000 as Grosze, perPersonInFamily: 90000 as Grosze }, source: 'projekt', confidence: 'R' }] } as never });
const amountOk = (a: unknown) => (a === null || (api.isGrosze(a) && a >= 0) ? undefined : `amount ${String(a)} is not a non-negative bounded grosze`);
const eligibility: Entry[] = [
  unary('parseEligibilityRequest', 'validated', anyInput(parsedRequest as fc.Arbitrary<unknown>), (r) => api.parseEligibilityRequest(r), { check: resultShape }),
  // Trusted (documented: a request parseEligibilityRequest accepted): valid requests only, extremes included.
  { name: 'assessValidatedEligibility', trust: 'trusted', args: fc.tuple(parsedRequest, fc.option(laws, { nil: undefined })), call: (r, l) => api.assessValidatedEligibility(r as EligibilityRequest, l as never), check: (r) => { const v = r as { amount?: unknown }; return v === null || typeof v !== 'object' ? 'no result' : amountOk(v.amount ?? null); } },
  { name: 'eligibleAmount', trust: 'trusted', args: fc.tuple(parsedRequest, fc.option(laws, { nil: undefined })), call: (r, l) => api.eligibleAmount(r as EligibilityRequest, l as never), check: (a, [r, l]) => amountOk(a) ?? (a === ((api.assessValidatedEligibility(r as EligibilityRequest, l as never) as { amount?: unknown }).amount ?? null) ? undefined : 'differs from assessValidatedEligibility') },
  { name: 'compareUnder', trust: 'trusted', args: fc.tuple(fc.array(parsedRequest, { maxLength: 4 }), laws, laws), call: (r, a, b) => api.compareUnder(r as never, a as never, b as never) },
  { name: 'reformSummary', trust: 'trusted', args: fc.tuple(fc.tuple(fc.array(parsedRequest, { maxLength: 3 }), laws, laws).map(([r, a, b]) => api.compareUnder(r, a, b)), lang, fc.integer({ min: 0, max: 10 })), call: (c, l, t) => api.reformSummary(c as never, l as 'pl', t as number), check: isText },
  unary('lawWith', 'trusted', fc.option(laws, { nil: undefined }), (l) => api.lawWith(l as never)),
];

// ---------- zod issues and input hygiene ----------
const schemas = [api.Person, api.Household, api.CaseEvent, api.EligibilityRequest, api.CivilDate, api.Grosze, api.SocialWorkInterview];
const issuesEntries: Entry[] = [
  { name: 'toIssues', trust: 'trusted', args: fc.tuple(fc.constantFrom(...schemas), randomJson, fc.constantFrom([], ['payload', 0])).map(([s, v, p]) => { const r = (s as { safeParse: (x: unknown) => { success: boolean; error?: unknown } }).safeParse(v); return [r.success ? { issues: [] } : r.error, p]; }), call: (e, p) => api.toIssues(e as never, p as never), echoesInput: 'an issue names the input path and zod code' },
  { name: 'stripUnknownKeys', trust: 'validated', args: fc.tuple(fc.constantFrom(...schemas), fc.oneof(anyInput(fc.constant(states[0]?.household as unknown)), anyInput(fc.constant(caseForBenefits.socialWorkInterview as unknown)), randomJson)), call: (s, v) => api.stripUnknownKeys(s as never, v), echoesInput: 'returns its input without the unknown keys' },
];

// ---------- the machine kernel (declarations written in code: typed, trusted) ----------
const pm = api.processMachine;
const kernelStep = fc.tuple(fc.nat({ max: states.length - 2 }), fc.constantFrom(...(Object.keys(pm.permissions) as api.CaseEventType[]))).map(([i, t]) => [states[i] as CaseState, sampleEvent(t, states[i], { n: 3000 + i })] as const);
const kernel: Entry[] = [
  { name: 'nextState', trust: 'trusted', args: kernelStep.map(([s, e]) => [s, e]), call: (s, e) => api.nextState(pm as never, (s as CaseState).stage as never, e as never, s as never) },
  { name: 'followState', trust: 'trusted', args: kernelStep.map(([s, e]) => [s, e]), call: (s, e) => api.followState(pm as never, (s as CaseState).stage as never, e as never, s as never) },
  { name: 'permissionIssue', trust: 'trusted', args: fc.tuple(fc.constantFrom(...(Object.entries(pm.permissions) as [string, unknown][])), fc.constantFrom('socialWorker', 'benefitsOfficer', 'assistant', 'psychologist', 'head'), fc.boolean()), call: (p, r, h) => { const [type, permission] = p as [string, never]; return api.permissionIssue('process', type, permission, r as never, () => h as boolean); } },
  unary('machineDiagram', 'trusted', fc.constantFrom(...(Object.values(api.caseMachines) as unknown[]), api.referralMachine, api.consentMachine), (m) => api.machineDiagram(m as never), { check: isText }),
  unary('defineMachine', 'trusted', fc.constantFrom(...(Object.values(api.caseMachines) as unknown[])), (m) => api.defineMachine(m as never), { check: (r, [m]) => (r === m ? undefined : 'not the declaration given') }),
];

export const areaEntries: readonly Entry[] = [...monitoring, ...practice, ...labels, ...calendarEntries, ...eligibility, ...issuesEntries, ...kernel];
