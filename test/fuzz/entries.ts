/**
 * The fuzz table: one entry per public function of src/index.ts, with the arbitrary of its arguments.
 * When a function's API changes, change its entry (and only it). `test/fuzz/fuzz.test.ts` checks that
 * every exported function has an entry.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as api from '../../src/index.js';
import type { CaseEventType, CaseState, CivilDate, Grosze, Issue, IssueCode } from '../../src/index.js';
import { breachStates, breachStream, events, foreign, procedureId, states, withContract } from './fixtures.js';
import { breachInput, family } from '../support/breach.js';
import { request } from '../support/eligibility.js';
import { sampleEvent } from '../support/factory.js';
import { messagesPl } from '../../src/issues/messages.pl.js';
import { anyInput, randomJson, streamMutations, weird } from './arbitraries.js';
import { areaEntries } from './entriesAreas.js';
import type { FuzzEntry } from './harness.js';

const { MAX_GROSZE, EARLIEST_CIVIL_DATE, LATEST_CIVIL_DATE } = api;

// ---------- fixtures ----------
const bInput = breachInput();
const breachAssessment = (() => {
  const r = api.assessBreach(bInput);
  if (!r.ok) throw new Error('the breach input must be valid');
  return r.value;
})();
/** Assessments with every kind of step and reason: a condition missing, a justified reason, unsupported, awaiting the hearing. */
const breachSamples = ([
  {}, { ground: 'breakingContract', contractPeriods: [] }, { ground: 'refusingJob', clientFacts: { unemployed: false, addictedToAlcohol: false } },
  { ground: 'refusingAddictionTreatment', hearing: { status: 'explained', receivedOn: '2025-03-10', text: 'Wyjaśnienie.' }, justifiedReason: { found: true, reasoning: 'Uzasadnione.' } },
  { ground: 'refusingSocialIntegration', occurredOn: '2025-06-01', asOf: '2025-06-20' }, { ground: 'refusingActivation', occurredOn: '2011-05-02' },
  { occurredOn: '2004-04-30', asOf: '2004-05-10' }, { hearing: { status: 'asked', requestedOn: '2025-03-10', deadline: '2025-03-24' } },
  { ground: 'usingAgainstPurpose', situation: { pendingApplication: false, benefitGranted: false, cashBeingPaid: false } },
] as Record<string, unknown>[]).map((o) => {
  const r = api.assessBreach(breachInput(o));
  if (!r.ok) throw new Error('the breach samples must be valid');
  return r.value;
});
/** Eligibility answers with every kind of step and reason: eligible with open parts, not eligible, unsupported, every income kind. */
const eligibilitySamples = ([
  { benefit: 'permanentAllowance' }, { benefit: 'periodicAllowance', grounds: ['unemployment'] }, { benefit: 'purposeAllowance', grounds: ['poverty'] },
  { benefit: 'specialPurposeAllowance', income: 900_000 }, { benefit: 'randomEventPurposeAllowance', grounds: ['disaster'] }, { benefit: 'socialWork', legalStatus: 'foreignerHumanitarian' },
  { benefit: 'periodicAllowance', grounds: ['unemployment'], asOf: '2021-06-15' }, { benefit: 'permanentAllowance', asOf: '2004-04-30' }, { benefit: 'permanentAllowance', custody: 'servingSentence' },
] as const).map((o) => {
  const asOf = 'asOf' in o ? o.asOf : '2025-03-01';
  const r = api.assessEligibility({
    benefit: o.benefit, asOf, application: { date: asOf, incomeLost: false },
    household: { id: 'h', kind: 'singlePerson', members: [{ person: { id: 'p', firstName: 'A', lastName: 'B', birthDate: '1950-01-01' }, relation: 'applicant' }] },
    problems: ('grounds' in o ? o.grounds : ['disability']).map((ground, i) => ({ id: `pr${i}`, ground, description: 'opis', personIds: ['p'] })),
    persons: [{ personId: 'p', legalStatus: 'legalStatus' in o ? o.legalStatus : 'polishCitizen', residesInPoland: true, custody: 'custody' in o ? o.custody : 'none', unableToWork: 'age' }],
    income: [
      { kind: 'receipt', id: 'i1', personId: 'p', source: 'pension', month: `${asOf.slice(0, 4)}-02`, gross: 'income' in o ? o.income : 50_000, incomeTax: 0, healthContribution: 0, socialContributions: 0, oneOff: false, forPeriod: null },
      { kind: 'receipt', id: 'i2', personId: 'p', source: 'goodStart', month: `${asOf.slice(0, 4)}-02`, gross: 30_000, incomeTax: 0, healthContribution: 0, socialContributions: 0, oneOff: false, forPeriod: null },
      { kind: 'farm', id: 'f', personId: 'p', conversionHectares: '1.5' },
    ],
    particularlyJustified: true,
    unverifiedIncomeDecisions: { goodStart: 'exclude' },
  });
  if (!r.ok) throw new Error(`the eligibility samples must be valid: ${JSON.stringify(r.error)}`);
  return r.value;
});
/** A non-empty text: mutated inputs may carry any string (even „undefined”), which the text then quotes as given. */
const isText = (r: unknown) => (typeof r === 'string' && r.length > 0 ? undefined : `not a text: ${String(r).slice(0, 80)}`);
/** A non-empty sentence with nothing unrendered in it. */
const isSentence = (r: unknown) => (typeof r === 'string' && r.length > 0 && !/\bundefined\b|\[object/.test(r) ? undefined : `not a sentence: ${String(r).slice(0, 80)}`);
const textOrNothing = (r: unknown) => (r === undefined || (typeof r === 'string' && r.length > 0 && !r.includes('undefined')) ? undefined : `not a sentence or undefined: ${String(r).slice(0, 80)}`);
const calendar = { source: 'kalendarz MOPS 2025', covers: { from: '2025-01-01', to: '2025-12-31' }, holidays: ['2025-04-21', '2025-05-01', '2025-05-03'] };
/** Contracts as the stream holds them: every contract of every Sopot state (drafted, signed, approved, annexed, completed). */
const contractStates = withContract.flatMap((s) => s.contracts);
const INJECTIONS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '</td></tr><script>x</script>', '&lt;script&gt;', '{{constructor.constructor("x")()}}', '${process.exit()}', '\u0000<', "'; DROP TABLE kontrakt; --", '[x](javascript:alert(1))'];
/** A copy of a value with every string (ids, dates, names, texts) replaced by an injection payload. */
function everyString(value: unknown, payload: string): unknown {
  if (typeof value === 'string') return payload;
  if (Array.isArray(value)) return value.map((v) => everyString(v, payload));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, everyString(v, payload)]));
  return value;
}

// ---------- value arbitraries ----------
const first = api.civilDayNumber(EARLIEST_CIVIL_DATE) as number;
const last = api.civilDayNumber(LATEST_CIVIL_DATE) as number;
/** Any supported date, edges weighted. */
export const date: fc.Arbitrary<CivilDate> = fc.oneof(
  fc.integer({ min: first, max: last }).map((n) => api.civilDateFromDayNumber(n) as CivilDate),
  fc.constantFrom('1900-01-01', '2004-05-01', '2024-02-29', '2025-12-31', '2199-12-31', '2199-12-01') as fc.Arbitrary<CivilDate>,
);
const recentDate = fc.integer({ min: api.civilDayNumber('2004-05-01') as number, max: api.civilDayNumber('2030-12-31') as number }).map((n) => api.civilDateFromDayNumber(n) as CivilDate);
const month = date.map((d) => api.monthOf(d));
const amount = fc.oneof(fc.integer({ min: -MAX_GROSZE, max: MAX_GROSZE }), fc.constantFrom(0, 1, -1, MAX_GROSZE, -MAX_GROSZE)) as fc.Arbitrary<Grosze>;
const nonNegative = fc.oneof(fc.integer({ min: 0, max: MAX_GROSZE }), fc.constantFrom(0, MAX_GROSZE)) as fc.Arbitrary<Grosze>;
const lang = fc.constantFrom('pl', 'en') as fc.Arbitrary<'pl' | 'en'>;
const smallInt = fc.integer({ min: -100000, max: 100000 });
const anyNumber = fc.oneof(smallInt, fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 1.5));
const pesel = fc.oneof(fc.constantFrom('44051401359', '02270803624', '00921500010'), fc.stringMatching(/^\d{11}$/), fc.string({ maxLength: 12 }));
const state = fc.constantFrom(...states);
const contractState = fc.constantFrom(...contractStates);
const caseTypes = [...new Set(events.map((e) => e.type))] as CaseEventType[];
const breachTypes = ['breachReported', 'breachExplanationRequested', 'breachExplanationReceived', 'breachDeadlinePassed', 'breachAssessed', 'breachMeasureProposed', 'breachDecided', 'breachDropped', 'authorisationGranted', 'authorisationRevoked'] as CaseEventType[];
/** A valid stream: the Sopot stream or the one with an art. 11 procedure, cut after any event. */
const anyPrefix: fc.Arbitrary<unknown[]> = fc.oneof(fc.nat({ max: events.length }).map((k) => events.slice(0, k)), fc.nat({ max: breachStream.length }).map((k) => breachStream.slice(0, k)));
const caseLog01 = JSON.parse(readFileSync(new URL('../fixtures/sopot-0.1.0.case-log.json', import.meta.url), 'utf8')) as unknown[];
const contractLog01 = JSON.parse(readFileSync(new URL('../fixtures/sopot-0.1.0.contract-log.json', import.meta.url), 'utf8')) as unknown[];
const household = (states.at(-1) as CaseState).household;
const hostileContract = fc.oneof(contractState as fc.Arbitrary<unknown>, fc.tuple(contractState, fc.constantFrom(...INJECTIONS)).map(([c, p]) => everyString(c, p)));
const hostileHousehold = fc.oneof(fc.constant(household as unknown), fc.constantFrom(...INJECTIONS).map((p) => everyString(household, p)));
const breachOptions = fc.record({
  asOf: recentDate, eventId: fc.constantFrom(...events.filter((e) => e.type === 'actionProgressRecorded' || e.type === 'breachCircumstanceNoted').map((e) => e.id), 'missing'),
  clientFacts: fc.record({ unemployed: fc.boolean(), addictedToAlcohol: fc.boolean() }),
  situation: fc.record({ pendingApplication: fc.boolean(), benefitGranted: fc.boolean(), cashBeingPaid: fc.boolean() }),
  justifiedReason: fc.option(fc.record({ found: fc.boolean(), reasoning: fc.constantFrom('choroba potwierdzona zaświadczeniem lekarskim', 'brak') }), { nil: null }),
});
const codes = Object.keys(messagesPl) as IssueCode[];
const issueParams = {
  eventType: 'caseOpened', stage: 'intake', allowed: ['socialWorker'], role: 'head', actorId: 'a', ownerId: 'b', workerId: 'c', expected: 'x', actual: 'y',
  date: '2025-01-01', lastEventDate: '2025-01-02', birthDate: '1944-05-14', peselBirthDate: '1944-05-14', id: 'p-1', collection: 'members', deadline: '2025-01-03',
  count: 2, kind: 'socialContract', variant: null, actionId: 'a-1', from: '2025-01-01', to: '2025-12-31', missing: ['p-1'], end: '2025-12-31', measure: 'limitBenefits',
  ground: 'usingAgainstPurpose', zodCode: 'invalid_type', detail: { pl: 'x', en: 'x' },
  machine: 'process', state: 'intake', conditions: ['hasOwner'], scope: 'owner', asOf: '2025-01-01', applicationDate: '2025-01-01', month: '2025-01',
};
const issue = fc.constantFrom(...codes).map((code) => ({ ...issueParams, code, path: ['a', 0] }) as unknown as Issue);
const eligibilityRequest = fc
  .record({
    benefit: fc.constantFrom('permanentAllowance', 'periodicAllowance', 'purposeAllowance', 'socialWork'),
    asOf: recentDate,
    grounds: fc.subarray(['disability', 'addiction', 'unemployment', 'poverty', 'longTermIllness'], { minLength: 1 }),
    amounts: fc.array(nonNegative, { maxLength: 4 }),
    members: fc.nat({ max: 3 }),
  })
  .map(({ benefit, asOf, grounds, amounts, members }) => {
    const ms = [{ id: 'p', relation: 'applicant' }, ...Array.from({ length: members }, (_, i) => ({ id: `m${i}`, relation: 'child' }))];
    const ref = api.addMonthsToMonth(api.monthOf(asOf), -1);
    return request({
      benefit: benefit as never, asOf, members: ms, grounds,
      income: amounts.map((a, i) => ({ kind: 'receipt', id: `i${i}`, personId: ms[i % ms.length]?.id, source: 'pension', month: ref, gross: a, incomeTax: 0, healthContribution: 0, socialContributions: 0, oneOff: false, forPeriod: null })),
    });
  });
const eligibilityResult = eligibilityRequest.map((r) => api.assessEligibility(r)).filter((r) => r.ok).map((r) => (r.ok ? r.value : (undefined as never)));

/** JSON with object keys sorted: equal for deep-equal values whatever the order of their keys. */
const sortedJson = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x !== null && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));
const unary = (name: string, trust: FuzzEntry['trust'], arg: fc.Arbitrary<unknown>, call: (a: unknown) => unknown, rest: Partial<FuzzEntry> = {}): FuzzEntry => ({ name, trust, args: arg.map((a) => [a]), call: (a) => call(a), ...rest });
const isOkResult = (r: unknown) => r !== null && typeof r === 'object' && 'ok' in r && typeof (r as { ok: unknown }).ok === 'boolean';
const resultShape = (r: unknown) => (isOkResult(r) ? undefined : 'not a Result {ok, …}');
const stateValid = (schema: { safeParse: (v: unknown) => { success: boolean } }, name: string) => (r: unknown) => {
  if (!isOkResult(r)) return 'not a Result {ok, …}';
  const res = r as { ok: boolean; value?: unknown };
  return res.ok && !schema.safeParse(res.value).success ? `produced a state that fails the ${name} schema` : undefined;
};
const caseStateValid = stateValid(api.CaseState, 'CaseState');
const moneyOk = (r: unknown) => {
  const res = r as { ok: boolean; value?: { amount?: unknown } };
  if (!res.ok || res.value === undefined) return undefined;
  const a = res.value.amount;
  return a === null || a === undefined || (api.isGrosze(a) && a >= 0) ? undefined : `amount ${String(a)} is not a non-negative bounded grosze`;
};

// ---------- the table ----------
const coreEntries: readonly FuzzEntry[] = [
  // money
  { name: 'addGrosze', trust: 'trusted', args: fc.tuple(amount, amount), call: (a, b) => api.addGrosze(a as Grosze, b as Grosze), check: (r) => (Number.isSafeInteger(r) ? undefined : 'not an integer') },
  { name: 'subtractGrosze', trust: 'trusted', args: fc.tuple(amount, amount), call: (a, b) => api.subtractGrosze(a as Grosze, b as Grosze) },
  unary('sumGrosze', 'trusted', fc.array(amount, { maxLength: 100 }), (a) => api.sumGrosze(a as Grosze[])),
  { name: 'maxGrosze', trust: 'trusted', args: fc.tuple(amount, amount), call: (a, b) => api.maxGrosze(a as Grosze, b as Grosze) },
  { name: 'minGrosze', trust: 'trusted', args: fc.tuple(amount, amount), call: (a, b) => api.minGrosze(a as Grosze, b as Grosze) },
  { name: 'multiplyRatio', trust: 'trusted', args: fc.tuple(amount, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }), fc.constantFrom('halfUp', 'down', 'up')), call: (a, n, d, r) => api.multiplyRatio(a as Grosze, n as number, d as number, r as 'down') },
  { name: 'splitEvenly', trust: 'trusted', args: fc.tuple(nonNegative, fc.integer({ min: 1, max: 36 })), call: (a, p) => api.splitEvenly(a as Grosze, p as number), check: (r, [a]) => ((r as number[]).reduce((s, x) => s + x, 0) === a ? undefined : 'parts do not sum to the whole') },
  unary('formatPln', 'trusted', amount, (a) => api.formatPln(a as Grosze)),
  unary('isGrosze', 'validated', randomJson, (a) => api.isGrosze(a)),
  unary('checkedSumGrosze', 'validated', fc.oneof(fc.array(fc.oneof(amount as fc.Arbitrary<unknown>, weird), { maxLength: 20 }), randomJson), (a) => api.checkedSumGrosze(a as unknown[])),
  { name: 'checkedMultiplyRatio', trust: 'validated', args: fc.tuple(fc.oneof(amount as fc.Arbitrary<unknown>, weird), fc.oneof(smallInt as fc.Arbitrary<unknown>, weird), fc.oneof(smallInt as fc.Arbitrary<unknown>, weird), fc.oneof(fc.constantFrom('halfUp', 'down', 'up') as fc.Arbitrary<unknown>, weird)), call: (a, n, d, r) => api.checkedMultiplyRatio(a, n, d, r as 'up') },
  // civil dates
  { name: 'addCivilDays', trust: 'trusted', args: fc.tuple(fc.oneof(date as fc.Arbitrary<unknown>, weird.filter((w) => typeof w === 'string')), anyNumber), call: (d, n) => api.addCivilDays(d as CivilDate, n as number), echoesInput: 'an invalid date is returned unchanged (documented)', check: (r, [d]) => (api.parseCivilDate(d) === null || api.parseCivilDate(r) !== null ? undefined : 'left the supported years') },
  { name: 'addCivilMonths', trust: 'trusted', args: fc.tuple(fc.oneof(date as fc.Arbitrary<unknown>, weird.filter((w) => typeof w === 'string')), anyNumber), call: (d, n) => api.addCivilMonths(d as CivilDate, n as number), echoesInput: 'an invalid date is returned unchanged (documented)', check: (r, [d]) => (api.parseCivilDate(d) === null || api.parseCivilDate(r) !== null ? undefined : 'left the supported years') },
  { name: 'addMonthsToMonth', trust: 'trusted', args: fc.tuple(month, anyNumber), call: (m, n) => api.addMonthsToMonth(m as never, n as number) },
  { name: 'ageOn', trust: 'trusted', args: fc.tuple(date, date), call: (a, b) => api.ageOn(a as CivilDate, b as CivilDate) },
  unary('civilDateFromDayNumber', 'validated', fc.oneof(fc.integer({ min: first - 10, max: last + 10 }) as fc.Arbitrary<unknown>, weird), (n) => api.civilDateFromDayNumber(n as number)),
  unary('civilDayNumber', 'validated', fc.oneof(date as fc.Arbitrary<unknown>, weird), (d) => api.civilDayNumber(d)),
  { name: 'civilDaysBetween', trust: 'trusted', args: fc.tuple(fc.oneof(date as fc.Arbitrary<unknown>, weird.filter((w) => typeof w === 'string')), date), call: (a, b) => api.civilDaysBetween(a as CivilDate, b as CivilDate) },
  { name: 'compareCivilDates', trust: 'trusted', args: fc.tuple(date, date), call: (a, b) => api.compareCivilDates(a as CivilDate, b as CivilDate) },
  unary('daysInMonth', 'trusted', fc.oneof(month as fc.Arbitrary<unknown>, fc.string({ maxLength: 8 })), (m) => api.daysInMonth(m as never)),
  unary('firstDayOf', 'trusted', month, (m) => api.firstDayOf(m as never)),
  unary('monthOf', 'trusted', date, (d) => api.monthOf(d as CivilDate)),
  unary('parseCivilDate', 'validated', fc.oneof(date as fc.Arbitrary<unknown>, weird), (d) => api.parseCivilDate(d)),
  { name: 'tryAddCivilDays', trust: 'validated', args: fc.tuple(fc.oneof(date as fc.Arbitrary<unknown>, weird), fc.oneof(anyNumber as fc.Arbitrary<unknown>, weird)), call: (d, n) => api.tryAddCivilDays(d, n) },
  { name: 'tryAddCivilMonths', trust: 'validated', args: fc.tuple(fc.oneof(date as fc.Arbitrary<unknown>, weird), fc.oneof(anyNumber as fc.Arbitrary<unknown>, weird)), call: (d, n) => api.tryAddCivilMonths(d, n) },
  { name: 'tryAgeOn', trust: 'validated', args: fc.tuple(fc.oneof(date as fc.Arbitrary<unknown>, weird), fc.oneof(date as fc.Arbitrary<unknown>, weird)), call: (a, b) => api.tryAgeOn(a, b) },
  { name: 'tryCivilDaysBetween', trust: 'validated', args: fc.tuple(fc.oneof(date as fc.Arbitrary<unknown>, weird), fc.oneof(date as fc.Arbitrary<unknown>, weird)), call: (a, b) => api.tryCivilDaysBetween(a, b) },
  // law
  { name: 'valueAt', trust: 'trusted', args: fc.tuple(fc.constantFrom(api.incomeCriteria as unknown), date), call: (t, d) => api.valueAt(t as typeof api.incomeCriteria, d as CivilDate), check: resultShape },
  unary('formatLegalBasis', 'trusted', fc.record({ act: fc.constant('ups'), article: fc.stringMatching(/^\d{1,3}[a-z]?$/) }), (b) => api.formatLegalBasis(b as never)),
  { name: 'ups', trust: 'trusted', args: fc.tuple(fc.stringMatching(/^\d{1,3}$/), fc.option(fc.stringMatching(/^\d{1,2}$/), { nil: undefined }), fc.option(fc.stringMatching(/^\d{1,2}$/), { nil: undefined })), call: (a, p, q) => api.ups(a as string, p as string, q as string) },
  { name: 'localRulesAt', trust: 'trusted', args: fc.tuple(fc.constantFrom(undefined, { gmina: 'Sopot', rules: [] }), fc.constantFrom('raisedThreshold'), date), call: (l, k, d) => api.localRulesAt(l as never, k as 'raisedThreshold', d as CivilDate) },
  // issues
  { name: 'formatIssue', trust: 'trusted', args: fc.tuple(issue, lang), call: (i, l) => api.formatIssue(i as Issue, l as 'pl') },
  { name: 'formatIssues', trust: 'trusted', args: fc.tuple(fc.array(issue, { maxLength: 4 }), lang), call: (i, l) => api.formatIssues(i as Issue[], l as 'pl') },
  { name: 'fieldLabel', trust: 'trusted', args: fc.tuple(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('employedOn', 'income', '__proto__', 'toString')), lang), call: (f, l) => api.fieldLabel(f as string, l as 'pl') },
  { name: 'formatIssuePath', trust: 'trusted', args: fc.tuple(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.nat(1000), fc.constantFrom('payload', 'income', 'month')), { maxLength: 8 }), lang), call: (p, l) => api.formatIssuePath(p as (string | number)[], l as 'pl') },
  // case
  unary('birthDateFromPesel', 'trusted', pesel, (p) => api.birthDateFromPesel(p as string)),
  unary('hasValidPeselChecksum', 'trusted', pesel, (p) => api.hasValidPeselChecksum(p as string)),
  unary('applicantOf', 'trusted', fc.constantFrom(family as unknown), (h) => api.applicantOf(h as never)),
  // process: the one stream (contracts and art. 11 procedures are events in it)
  unary('openCase', 'validated', anyInput(fc.constant(events[0] as unknown)), (e) => api.openCase(e), { check: caseStateValid }),
  { name: 'transition', trust: 'validated', args: fc.tuple(fc.nat({ max: states.length - 2 }), fc.constantFrom(...caseTypes), fc.boolean()).chain(([i, type, useLog]) => anyInput(fc.constant((useLog ? events[i + 1] : sampleEvent(type, states[i], { n: 1000 + i })) as unknown)).map((e) => [states[i], e])), call: (s, e) => api.transition(s as CaseState, e), check: caseStateValid },
  { name: 'transition (art. 11)', fn: 'transition', trust: 'validated', args: fc.tuple(fc.nat({ max: breachStates.length - 2 }), fc.constantFrom(...breachTypes), fc.boolean()).chain(([i, type, useLog]) => anyInput(fc.constant((useLog ? breachStream[i + 1] : sampleEvent(type, breachStates[i], { n: 2000 + i })) as unknown)).map((e) => [breachStates[i], e])), call: (s, e) => api.transition(s as CaseState, e), check: caseStateValid },
  unary('replay', 'validated', streamMutations(anyPrefix, foreign), (s) => api.replay(s), { check: caseStateValid }),
  // Trusted (documented: for a stream each of whose events was accepted when appended): valid streams only, whole and cut anywhere; it must agree with replay.
  unary('replayTrusted', 'trusted', anyPrefix, (s) => api.replayTrusted(s as never), { check: (r, [s]) => caseStateValid(r) ?? (sortedJson(r) === sortedJson(api.replay(s)) ? undefined : 'differs from replay') }),
  { name: 'upcastStream', trust: 'validated', args: fc.tuple(anyInput(fc.constant(caseLog01)), fc.oneof(fc.constant([contractLog01]), fc.constant([]), anyInput(fc.constant([contractLog01])))), call: (c, k) => api.upcastStream(c as unknown[], k as unknown[][]), check: (r) => resultShape(r) ?? ((r as { ok: boolean }).ok ? caseStateValid(api.replay((r as { value: unknown }).value)) : undefined), echoesInput: 'the upcast events carry their input values' },
  { name: 'processDiagram', trust: 'trusted', args: fc.constant([]), call: () => api.processDiagram() },
  // eligibility
  unary('assessEligibility', 'validated', anyInput(eligibilityRequest), (r) => api.assessEligibility(r), { check: (r) => resultShape(r) ?? moneyOk(r) }),
  // Any result, also mutated or read back from storage, in any language value: a sentence, never a throw.
  { name: 'explain', trust: 'validated', args: fc.tuple(anyInput(eligibilityResult), fc.oneof(lang as fc.Arbitrary<unknown>, weird)), call: (r, l) => api.explain(r as never, l as 'pl'), check: isText },
  // Every step and reason of any result renders in both languages, also an id the catalogue does not know (a newer SDK's trace).
  // Any step or reason, from JavaScript too (mutated, of another area, of a newer version), in any language value: a sentence, never a throw.
  { name: 'explainEligibilityStep', trust: 'validated', args: fc.tuple(anyInput(fc.constantFrom(...eligibilitySamples.flatMap((r) => r.trace))), fc.oneof(lang as fc.Arbitrary<unknown>, weird)), call: (s, l) => api.explainEligibilityStep(s as never, l as 'pl'), check: isSentence },
  { name: 'explainEligibilityReason', trust: 'validated', args: fc.tuple(anyInput(fc.constantFrom(...eligibilitySamples.flatMap((r) => (r.status === 'eligible' ? r.unsupportedParts : r.reasons)))), fc.oneof(lang as fc.Arbitrary<unknown>, weird)), call: (x, l) => api.explainEligibilityReason(x as never, l as 'pl'), check: isSentence },
  { name: 'referenceMonth', trust: 'trusted', args: fc.tuple(date, fc.boolean()), call: (d, b) => api.referenceMonth(d as CivilDate, b as boolean) },
  unary('assessIncomeChange', 'trusted', fc.record({ asOf: date, householdKind: fc.constantFrom('singlePerson', 'family'), previousIncome: nonNegative, newIncome: nonNegative }), (i) => api.assessIncomeChange(i as never), { check: resultShape }),
  unary('computeIncome', 'trusted', fc.record({ asOf: recentDate, applicationDate: recentDate, incomeLost: fc.boolean(), amounts: fc.array(nonNegative, { maxLength: 4 }) }).map(({ asOf, applicationDate, incomeLost, amounts }) => ({
    asOf, applicationDate, incomeLost, household: family,
    items: amounts.map((a, i) => ({ kind: 'receipt', id: `i${i}`, personId: 'p-ewa', source: 'pension', month: api.monthOf(applicationDate), gross: a, incomeTax: 0, healthContribution: 0, socialContributions: 0, oneOff: false, forPeriod: null })),
  })), (i) => api.computeIncome(i as never), { check: resultShape }),
  { name: 'computeProRata', trust: 'trusted', args: fc.tuple(nonNegative, date, date), call: (a, f, t) => api.computeProRata(a as Grosze, f as CivilDate, t as CivilDate) },
  // contract (a contract is state.contracts[i] of the case)
  // renderContract's contract is a state the SDK produced, but the vendor may load it from storage: every string of it, and of the household, may hold markup.
  { name: 'renderContract', trust: 'validated', args: fc.tuple(hostileContract, hostileHousehold, lang), call: (c, h, l) => api.renderContract(c as never, h as never, l as 'pl'), check: (r) => (typeof r === 'string' && !/<script|<img/i.test(r) ? undefined : 'unescaped markup'), echoesInput: 'the contract text is the caller\'s text, escaped' },
  { name: 'contractStatusOn', trust: 'trusted', args: fc.tuple(contractState, date), call: (s, d) => api.contractStatusOn(s as never, d as CivilDate) },
  { name: 'reviewSchedule', trust: 'trusted', args: fc.tuple(contractState, recentDate), call: (s, d) => api.reviewSchedule(s as never, d as CivilDate) },
  { name: 'draftContractFromCase', trust: 'trusted', args: fc.tuple(state, fc.record({ from: recentDate, to: recentDate, everyDays: fc.integer({ min: 1, max: 90 }) })), call: (s, o) => { const { from, to, everyDays } = o as { from: CivilDate; to: CivilDate; everyDays: number }; return api.draftContractFromCase(s as CaseState, { period: { from, to }, centreSupport: [], evaluation: { method: 'spotkania', everyDays } }); } },
  unary('approvalRequired', 'trusted', fc.record({ kind: fc.constantFrom('socialContract', 'homelessnessExitProgramme', 'familyWorkPlan'), shelter: fc.constant(null) }), (c) => api.approvalRequired(c as never)),
  unary('contractPeriodsOf', 'trusted', fc.subarray(contractStates), (c) => api.contractPeriodsOf(c as never)),
  // breach (art. 11): the procedure is in the case stream
  unary('assessBreach', 'validated', anyInput(fc.constant(bInput as unknown)), (i) => api.assessBreach(i), { check: resultShape }),
  unary('assessValidatedBreach', 'trusted', fc.constant(bInput as unknown), (i) => api.assessValidatedBreach(i as never), { check: resultShape }),
  { name: 'explainBreach', trust: 'trusted', args: fc.tuple(fc.constant(breachAssessment as unknown), lang, fc.constantFrom(undefined, { names: true })), call: (a, l, o) => api.explainBreach(a as never, l as 'pl', o as never) },
  { name: 'explainBreachStep', trust: 'validated', args: fc.tuple(anyInput(fc.constantFrom(...breachSamples.flatMap((a) => a.trace))), fc.oneof(lang as fc.Arbitrary<unknown>, weird)), call: (s, l) => api.explainBreachStep(s as never, l as 'pl'), check: textOrNothing },
  { name: 'explainBreachReason', trust: 'validated', args: fc.tuple(anyInput(fc.constantFrom(...breachSamples.flatMap((a) => a.reasons))), fc.oneof(lang as fc.Arbitrary<unknown>, weird)), call: (r, l) => api.explainBreachReason(r as never, l as 'pl'), check: textOrNothing },
  { name: 'assessBreachProcedure', trust: 'validated', args: fc.tuple(fc.constantFrom(...breachStates, ...states), fc.oneof(fc.constantFrom(procedureId, 'missing', '__proto__', 'constructor') as fc.Arbitrary<unknown>, weird), fc.oneof(recentDate as fc.Arbitrary<unknown>, weird)), call: (s, p, d) => api.assessBreachProcedure(s as CaseState, p as string, d as CivilDate), check: resultShape },
  unary('breachCandidatesFromCase', 'trusted', fc.constantFrom(...states, ...breachStates), (s) => api.breachCandidatesFromCase(s as CaseState)),
  { name: 'assessBreachFromCase', trust: 'validated', args: fc.tuple(fc.constantFrom(...states.slice(-25)), anyInput(breachOptions)), call: (s, o) => api.assessBreachFromCase(s as CaseState, o as never), check: resultShape },
  // interview
  unary('interviewDeadline', 'validated', anyInput(fc.record({ informationReceivedOn: date, urgent: fc.boolean(), calendar: fc.constant(calendar) })), (i) => api.interviewDeadline(i), { check: resultShape }),
  unary('interviewUpdateDue', 'trusted', fc.oneof(date as fc.Arbitrary<unknown>, fc.constantFrom('2025-02-30', '9999-12-31')), (d) => api.interviewUpdateDue(d as CivilDate)),
  { name: 'addWorkingDays', trust: 'trusted', args: fc.tuple(date, fc.integer({ min: 0, max: 30 }), fc.constant(calendar)), call: (d, n, c) => api.addWorkingDays(d as CivilDate, n as number, c as never) },
  { name: 'isWorkingDay', trust: 'trusted', args: fc.tuple(date, fc.constant(calendar)), call: (d, c) => api.isWorkingDay(d as CivilDate, c as never) },
  // privacy
  { name: 'redact', trust: 'validated', args: fc.tuple(fc.oneof(randomJson, fc.constantFrom<unknown>(events, states.at(-1), bInput, breachAssessment)), fc.constantFrom(api.logPolicy, { identifying: 'pseudonymise', specialCategory: 'mask', freeText: 'drop', pseudonymise: (v: string) => `p${v.length}` }), fc.constantFrom<unknown>(undefined, api.Person, api.CaseEvent, api.CaseState)), call: (v, p, s) => api.redact(v, p as never, s as never), echoesInput: 'a copy of its input, non-finite numbers included' },
  unary('sensitiveFields', 'trusted', fc.constantFrom<unknown>(api.Person, api.Household, api.CaseEvent, api.CaseState, api.EligibilityRequest, api.ContractState), (s) => api.sensitiveFields(s as never)),
  unary('sensitivityOf', 'trusted', fc.constantFrom<unknown>(api.Person.shape.pesel, api.Problem.shape.ground, api.CivilDate), (s) => api.sensitivityOf(s as never)),
];

/** The whole table: the core entries above and the areas' (entriesAreas.ts). */
export const entries: readonly FuzzEntry[] = [...coreEntries, ...areaEntries];

/** Exported functions deliberately without an entry, and why. */
export const notFuzzed: Readonly<Record<string, string>> = {};

