/**
 * Part (a): eligibility for a periodic allowance (art. 5, 13, 8 ust. 1, the income test, the amount of
 * art. 38) three ways — the SDK, json-rules-engine encoding the same rules, and a hand-written minimal
 * function (the floor) — after checking that all three give the same answers.
 */
import { Engine } from 'json-rules-engine';
import { type Sdk, optional } from './lib/sdk.js';
import { generatedHousehold, march2025, periodicRequest, threePersonSixItems } from './fixtures/households.js';

type Req = ReturnType<typeof periodicRequest>;
/** What every implementation must agree on. */
export interface Answer {
  readonly status: string;
  readonly amount: number | null;
}

/** The law the two baselines need, read from the SDK's own tables on the date (never typed in here). */
export function lawOn(sdk: Sdk, asOf: string) {
  const criteria = sdk.valueAt(sdk.incomeCriteria, asOf as never);
  const rule = sdk.valueAt(sdk.periodicAllowanceRules, asOf as never);
  if (!criteria.ok || !rule.ok) throw new Error(`no law on ${asOf}`);
  // the kinds of receipt counted as income on the date, read from the dated tables like every parameter
  const counted = new Set(Object.entries(sdk.incomeTreatments).filter(([, t]) => {
    const inForce = sdk.valueAt(t, asOf as never);
    return inForce.ok && inForce.value.value.treatment === 'counted';
  }).map(([s]) => s));
  const grounds = new Set(Object.entries(sdk.assistanceGrounds).filter(([, g]) => g.countsForArticle8).map(([k]) => k));
  return {
    singlePerson: criteria.value.value.singlePerson as number,
    perPersonInFamily: criteria.value.value.perPersonInFamily as number,
    minimum: rule.value.value.minimum as number,
    sharePercent: rule.value.value.minimumShareOfDifferencePercent,
    counted,
    grounds,
    fullStatuses: ['polishCitizen', 'foreignerFullRights', 'euEftaCitizen'],
    refusingCustody: ['servingSentence', 'pretrialDetention'],
  };
}
export type Law = ReturnType<typeof lawOn>;

/** The month before the application date (art. 8 ust. 2), for `YYYY-MM-DD`. */
function monthBefore(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Family income of the reference month: net receipts per member, a member never below 0. */
function familyIncome(req: Req, law: Law): number {
  const month = monthBefore(req.application.date);
  const perMember = new Map<string, number>();
  for (const item of req.income) {
    if (item.month !== month || !law.counted.has(item.source)) continue;
    const net = item.gross - item.incomeTax - item.healthContribution - item.socialContributions;
    perMember.set(item.personId, (perMember.get(item.personId) ?? 0) + net);
  }
  let sum = 0;
  for (const v of perMember.values()) sum += Math.max(0, v);
  return sum;
}

const criterionOf = (req: Req, law: Law) =>
  req.household.kind === 'family' ? law.perPersonInFamily * req.household.members.length : law.singlePerson;
const amountOf = (crit: number, income: number, law: Law) =>
  Math.max(Math.ceil(((crit - income) * law.sharePercent) / 100), law.minimum);

/** The floor: the same rules by hand, no validation, no trace — what the logic costs at the least. */
export function floor(req: Req, law: Law): Answer {
  const a = req.persons[0] as Req['persons'][number];
  if (!law.fullStatuses.includes(a.legalStatus) || !a.residesInPoland) return { status: 'notEligible', amount: null };
  if (law.refusingCustody.includes(a.custody)) return { status: 'notEligible', amount: null };
  if (!req.problems.some((p) => law.grounds.has(p.ground))) return { status: 'notEligible', amount: null };
  const income = familyIncome(req, law);
  const crit = criterionOf(req, law);
  if (income >= crit) return { status: 'notEligible', amount: null };
  return { status: 'eligible', amount: amountOf(crit, income, law) };
}

/** json-rules-engine with one rule per article; the income and the amount are facts computed on demand. */
export function rulesEngine(law: Law): (req: Req) => Promise<Answer> {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addFact('applicant', (_p, almanac) => almanac.factValue<Req['persons']>('persons').then((ps) => ps[0]));
  engine.addFact('qualifyingGrounds', (_p, almanac) =>
    almanac.factValue<Req['problems']>('problems').then((ps) => ps.filter((p) => law.grounds.has(p.ground)).length));
  engine.addFact('familyIncome', async (_p, almanac) => {
    const req = { income: await almanac.factValue('income'), application: await almanac.factValue('application') } as Req;
    return familyIncome(req, law);
  });
  engine.addFact('criterion', async (_p, almanac) => {
    const household = await almanac.factValue<Req['household']>('household');
    return criterionOf({ household } as Req, law);
  });
  engine.addFact('amount', async (_p, almanac) =>
    amountOf(await almanac.factValue<number>('criterion'), await almanac.factValue<number>('familyIncome'), law));
  engine.addRule({ name: 'art5', conditions: { all: [
    { fact: 'applicant', path: '$.legalStatus', operator: 'in', value: law.fullStatuses },
    { fact: 'applicant', path: '$.residesInPoland', operator: 'equal', value: true },
  ] }, event: { type: 'art5' } });
  engine.addRule({ name: 'art13', conditions: { all: [{ fact: 'applicant', path: '$.custody', operator: 'notIn', value: law.refusingCustody }] }, event: { type: 'art13' } });
  engine.addRule({ name: 'art8.1', conditions: { all: [{ fact: 'qualifyingGrounds', operator: 'greaterThan', value: 0 }] }, event: { type: 'art8.1' } });
  engine.addRule({ name: 'art38.incomeTest', conditions: { all: [{ fact: 'familyIncome', operator: 'lessThan', value: { fact: 'criterion' } }] }, event: { type: 'art38.incomeTest' } });
  return async (req) => {
    const { results, almanac } = await engine.run(req as unknown as Record<string, unknown>);
    if (results.length < 4) return { status: 'notEligible', amount: null };
    return { status: 'eligible', amount: await almanac.factValue<number>('amount') };
  };
}

/** The SDK's answer, reduced to what the baselines decide. */
function sdkAnswer(r: ReturnType<Sdk['assessEligibility']>): Answer {
  if (!r.ok) return { status: `invalid: ${r.error.map((i) => i.code).join(',')}`, amount: null };
  return { status: r.value.status, amount: r.value.status === 'eligible' ? r.value.amount : null };
}

/** The SDK entry points, the fast ones when they exist (feature-detected on the module). */
export function sdkPaths(sdk: Sdk) {
  const parseFn = optional<(x: unknown) => unknown>(sdk, 'parseEligibilityRequest');
  const parse = (x: unknown): unknown => {
    if (parseFn) {
      const r = parseFn(x) as { ok: boolean; value?: unknown };
      if (!r.ok) throw new Error('parseEligibilityRequest refused a bench request');
      return r.value;
    }
    return sdk.EligibilityRequest.parse(x);
  };
  const validated = optional<(r: unknown) => ReturnType<Sdk['assessEligibility']> | unknown>(sdk, 'assessValidatedEligibility');
  const amountFn = optional<(r: unknown) => unknown>(sdk, 'eligibleAmount');
  return {
    parse,
    assess: (x: unknown) => sdkAnswer(sdk.assessEligibility(x)),
    validated: validated && ((parsed: unknown) => {
      const r = validated(parsed) as { ok?: boolean; value?: unknown; status?: string };
      // a Result or the result itself: accept both shapes
      return sdkAnswer((r && 'ok' in r ? r : { ok: true, value: r }) as ReturnType<Sdk['assessEligibility']>);
    }),
    amount: amountFn && ((parsed: unknown): number | null => {
      const r = amountFn(parsed) as unknown;
      if (typeof r === 'number' || r === null) return r as number | null;
      if (r && typeof r === 'object' && 'ok' in r) {
        const v = (r as { ok: boolean; value?: unknown }).ok ? (r as { value?: unknown }).value : null;
        return typeof v === 'number' ? v : v && typeof v === 'object' && 'amount' in v ? ((v as { amount: number | null }).amount) : null;
      }
      if (r && typeof r === 'object' && 'amount' in r) return (r as { amount: number | null }).amount;
      return null;
    }),
  };
}

/** Checks every implementation against the SDK on `n` generated households; throws on the first difference. */
export async function checkSameAnswers(sdk: Sdk, n: number): Promise<{ checked: number; eligible: number; fastPaths: string[] }> {
  const law = lawOn(sdk, march2025.asOf);
  const jre = rulesEngine(law);
  const paths = sdkPaths(sdk);
  let eligible = 0;
  const requests = [threePersonSixItems(), ...Array.from({ length: n }, (_, i) => generatedHousehold(i, march2025))];
  for (const [i, req] of requests.entries()) {
    const want = paths.assess(req);
    const got: Record<string, Answer> = { floor: floor(req, law), jsonRulesEngine: await jre(req) };
    if (paths.validated) got['assessValidatedEligibility'] = paths.validated(paths.parse(req));
    if (paths.amount) {
      const amount = paths.amount(paths.parse(req));
      if (amount !== want.amount) throw new Error(`household ${i}: eligibleAmount gives ${amount}, assessEligibility ${want.amount}`);
    }
    for (const [name, a] of Object.entries(got)) {
      if (a.status !== want.status || a.amount !== want.amount) {
        throw new Error(`household ${i}: ${name} gives ${JSON.stringify(a)}, the SDK ${JSON.stringify(want)}`);
      }
    }
    if (want.status === 'eligible') eligible += 1;
  }
  const fastPaths = [paths.validated && 'assessValidatedEligibility', paths.amount && 'eligibleAmount'].filter((x): x is string => !!x);
  return { checked: requests.length, eligible, fastPaths };
}
