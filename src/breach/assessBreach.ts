import { type Result, fail, ok } from '../_lib/result.js';
import { parseWith } from '../issues/fromZod.js';
import type { Issue } from '../issues/issue.js';
import { type CivilDate, ageOn } from '../law/civilDate.js';
import type { LegalBasis } from '../law/legalBasis.js';
import { traceReason, traceStep } from '../law/trace.js';
import type { Relation } from '../case/household.js';
import type { BreachGround } from '../law/breachGround.js';
import { activationAddedOn, breachGrounds } from './breachGround.js';
import { valueAt } from '../law/period.js';
import { legalConstants } from '../law/ups/constants.js';
import { labourMarketActRepealedOn } from '../law/ups/art11.js';
import { BreachAssessmentInput } from './breachInput.js';
import { type BenefitSituation, type Measure, measuresFor } from './measure.js';
import { type BreachReason, type BreachStep, breachReasons, breachRules } from './rules.js';

/**
 * The questions of proportionality the assessment asks the authority to weigh before a measure (art. 11
 * with art. 7 k.p.a.), in the order they are shown:
 * - `gravity`: is the measure proportionate to the gravity and repetition of the breach;
 * - `milderMeans`: were milder means tried first (motivating, modifying the plan, a new contract);
 * - `dependants`: how will the measure affect the dependants, children above all (art. 11 ust. 3);
 * - `basicNeeds`: can help in kind secure basic needs (shelter, a meal, clothing);
 * - `informedAndHeard`: was the client told of the consequences (e.g. in the contract) and heard;
 * - `justification`: does the justification of the decision state the facts, the evidence and the
 *   dependants' situation.
 *
 * @example
 * ```ts
 * import { proportionalityQuestions } from 'praca-socjalna';
 * proportionalityQuestions[0]; //=> 'gravity'
 * ```
 * @category Breach
 */
export const proportionalityQuestions = ['gravity', 'milderMeans', 'dependants', 'basicNeeds', 'informedAndHeard', 'justification'] as const;
/**
 * A question of proportionality; see {@link proportionalityQuestions}.
 *
 * @example
 * ```ts
 * import { type ProportionalityQuestion } from 'praca-socjalna';
 * const q: ProportionalityQuestion = 'milderMeans';
 * ```
 * @category Breach
 */
export type ProportionalityQuestion = (typeof proportionalityQuestions)[number];

/**
 * Why a measure of art. 11 is or is not available, as data: `met` — the facts of the benefit situation
 * that make it possible (`situation`, those present); `needsAnyOf` — none of the facts it needs is present
 * (`situation`, those it needs); `cashOnly` — suspension concerns cash benefits only and none is being paid.
 *
 * @example
 * ```ts
 * import { type MeasureReason } from 'praca-socjalna';
 * const why: MeasureReason = { code: 'needsAnyOf', situation: ['pendingApplication'] };
 * ```
 * @category Breach
 */
export interface MeasureReason {
  readonly code: 'met' | 'needsAnyOf' | 'cashOnly';
  readonly situation: readonly (keyof BenefitSituation)[];
}

/**
 * The art. 11 assessment: decision support for the worker and the authority, never a decision. Data only:
 * the sentences are rendered by `explainBreach` (and `explainBreachStep`, `explainBreachReason`) from the
 * catalogues of each language.
 *
 * @remarks `outcome`: `groundMayApply` (the law „may be a basis”; the authority decides), `noGround` (a
 * justified reason, or a condition of the ground is missing), `awaitingHearing` (the client has not been
 * heard yet, or the worker has not assessed the explanation), `unsupported` (the reference cannot settle it).
 * `statutePl` is the statute's wording of the ground (law data, from `breachGrounds`).
 * @example
 * ```ts
 * import { type BreachAssessment } from 'praca-socjalna';
 * declare const a: BreachAssessment;
 * a.measures.filter((m) => m.available).map((m) => m.measure);
 * ```
 * @category Breach
 */
export interface BreachAssessment {
  readonly ground: BreachGround;
  readonly basis: LegalBasis;
  readonly statutePl: string;
  readonly outcome: 'groundMayApply' | 'noGround' | 'awaitingHearing' | 'unsupported';
  readonly reasons: readonly BreachReason[];
  readonly measures: readonly { readonly measure: Measure; readonly basis: LegalBasis; readonly available: boolean; readonly why: MeasureReason }[];
  /**
   * The persons the client maintains (art. 11 ust. 3), each with its basis and why it counts: `minor` (a minor
   * member, maintained by default) or `recorded` (the worker recorded the person as maintained).
   */
  readonly dependants: readonly {
    readonly personId: string;
    readonly name: string;
    readonly relation: Relation;
    readonly age: number;
    readonly minor: boolean;
    readonly basis: LegalBasis;
    readonly why: 'minor' | 'recorded';
  }[];
  readonly proportionality: readonly ProportionalityQuestion[];
  readonly trace: readonly BreachStep[];
}

/**
 * Assesses a reported breach under art. 11 u.p.s.: which ground applies and why, the measures available
 * (ust. 1: limit, refuse, in kind instead of cash; ust. 2: refuse, revoke, suspend — suspension only while
 * a cash benefit is paid), the dependants to consider (ust. 3), a proportionality checklist, and the trace.
 *
 * @remarks A justified reason removes the ground; refusing a job applies only to an unemployed person;
 * refusing addiction treatment only to a person addicted to alcohol; a contract breach needs a contract in
 * force on the day. Before the client is heard the answer is `awaitingHearing`. Invalid input is a typed
 * error naming the field.
 * @example
 * ```ts
 * import { assessBreach, explainBreach } from 'praca-socjalna';
 * const r = assessBreach({
 *   asOf: '2025-03-10', ground: 'usingAgainstPurpose', occurredOn: '2025-02-20',
 *   description: 'Zasiłek celowy na opał wydany na inny cel', evidence: ['notatka z wizyty'],
 *   clientId: 'p', household: { id: 'h', kind: 'singlePerson', members: [{ person: { id: 'p', firstName: 'A', lastName: 'B', birthDate: '1980-01-01' }, relation: 'applicant' }] },
 *   clientFacts: { unemployed: false, addictedToAlcohol: false },
 *   hearing: { status: 'noAnswer', deadline: '2025-03-07' }, justifiedReason: null,
 *   contractPeriods: [], situation: { pendingApplication: true, benefitGranted: true, cashBeingPaid: false },
 * });
 * if (r.ok) explainBreach(r.value, 'pl');
 * ```
 * @see {@link BreachAssessmentInput}, the input's schema (and its JSON Schema); {@link BreachAssessmentSchema}, the answer's.
 * @category Breach
 */
export function assessBreach(input: unknown): Result<BreachAssessment, readonly Issue[]> {
  const parsed = parseWith(BreachAssessmentInput, input);
  if (!parsed.ok) return fail(parsed.error);
  return assessValidatedBreach(parsed.value);
}

/**
 * The art. 11 assessment of an input already validated (by {@link BreachAssessmentInput} or a schema that
 * contains it): not parsed again. A rule that calls this one — the breach procedure — passes its parsed data.
 * Only the cross-check of the client against the household can fail.
 *
 * @example
 * ```ts
 * import { assessValidatedBreach, BreachAssessmentInput } from 'praca-socjalna';
 * declare const raw: unknown;
 * const parsed = BreachAssessmentInput.safeParse(raw);
 * if (parsed.success) assessValidatedBreach(parsed.data);
 * ```
 * @category Breach
 */
export function assessValidatedBreach(x: BreachAssessmentInput): Result<BreachAssessment, readonly Issue[]> {
  const info = breachGrounds[x.ground];
  const trace: BreachStep[] = [];
  const reasons: BreachReason[] = [];
  const unsupported: BreachReason[] = [];
  const members = new Map(x.household.members.map((m) => [m.person.id, m]));
  if (!members.has(x.clientId)) {
    return fail([{ code: 'unknown_reference', path: ['clientId'], id: x.clientId, collection: 'household members' }]);
  }

  const inForce = valueAt(info.wording, x.occurredOn);
  const wording = inForce.ok ? inForce.value.period : undefined;
  trace.push(traceStep(breachRules, 'art11.ground', info.basis, {
    ground: x.ground,
    occurredOn: x.occurredOn,
    description: x.description,
    evidence: x.evidence,
    wordingConfidence: wording?.confidence ?? null,
    wordingFrom: wording?.from ?? null,
  }, x.ground, [], wording !== undefined && wording.confidence !== 'V' ? ['unverified'] : []));
  if (wording === undefined) {
    unsupported.push(traceReason(breachReasons, 'ups.inForce', { act: 'ups' }, { occurredOn: x.occurredOn, actInForceFrom: legalConstants.actInForceFrom.value as CivilDate }));
  }
  if (x.ground === 'refusingActivation' && wording !== undefined && x.occurredOn < activationAddedOn) {
    unsupported.push(traceReason(breachReasons, 'art11.activationBefore2011', info.basis, { occurredOn: x.occurredOn, activationAddedOn }));
  }
  if (x.ground === 'refusingSocialIntegration' && x.occurredOn >= labourMarketActRepealedOn) {
    unsupported.push(traceReason(breachReasons, 'art11.pai', info.basis, { occurredOn: x.occurredOn, repealedOn: labourMarketActRepealedOn }));
  }

  // conditions of the ground: a condition not met is a step and the reason there is no ground
  if (info.requires === 'unemployed') {
    trace.push(traceStep(breachRules, 'art11.unemployed', info.basis, { unemployed: x.clientFacts.unemployed }, x.clientFacts.unemployed));
    if (!x.clientFacts.unemployed) reasons.push(traceReason(breachReasons, 'art11.unemployed', info.basis, {}));
  }
  if (info.requires === 'addictedToAlcohol') {
    const met = x.clientFacts.addictedToAlcohol;
    trace.push(traceStep(breachRules, 'art11.addicted', info.basis, { addictedToAlcohol: met }, met));
    if (!met) reasons.push(traceReason(breachReasons, 'art11.addicted', info.basis, {}));
  }
  if (info.requires === 'contractInForce') {
    const contract = x.contractPeriods.find((p) => p.from <= x.occurredOn && x.occurredOn <= p.to);
    trace.push(traceStep(breachRules, 'art11.contractInForce', info.basis, {
      occurredOn: x.occurredOn, contractId: contract?.contractId ?? null, from: contract?.from ?? null, to: contract?.to ?? null,
    }, contract !== undefined));
    if (contract === undefined) reasons.push(traceReason(breachReasons, 'art11.contractInForce', info.basis, { occurredOn: x.occurredOn }));
  }
  if (info.requires === 'benefitGranted') {
    const met = x.situation.benefitGranted;
    trace.push(traceStep(breachRules, 'art11.benefitGranted', info.basis, { benefitGranted: met }, met));
    if (!met) reasons.push(traceReason(breachReasons, 'art11.benefitGranted', info.basis, {}));
  }

  // The right to be heard: no answer counts only once the time given to answer has passed, as for `asked`.
  const h = x.hearing;
  const deadlinePassed = (h.status === 'asked' || h.status === 'noAnswer') && h.deadline < x.asOf;
  const heard = h.status === 'explained' || deadlinePassed;
  trace.push(traceStep(breachRules, 'art11.hearing', info.basis, {
    hearing: h.status,
    asOf: x.asOf,
    requestedOn: h.status === 'asked' ? h.requestedOn : null,
    receivedOn: h.status === 'explained' ? h.receivedOn : null,
    deadline: h.status === 'asked' || h.status === 'noAnswer' ? h.deadline : null,
    explanation: h.status === 'explained' ? h.text : null,
  }, heard));
  // the worker's finding on the reason given
  if (x.justifiedReason !== null) {
    const { found, reasoning } = x.justifiedReason;
    trace.push(traceStep(breachRules, 'art11.justifiedReason', info.basis, { found, reasoning }, !found));
    if (found) reasons.push(traceReason(breachReasons, 'art11.justifiedReason', info.basis, { reasoning }));
  }

  const measures = measuresFor(info.paragraph, x.situation).map((m) => ({
    measure: m.measure,
    basis: m.basis,
    available: m.available,
    why: m.available
      ? { code: 'met' as const, situation: m.needsAnyOf.filter((k) => x.situation[k]) }
      : { code: m.measure === 'suspendCashBenefits' ? 'cashOnly' as const : 'needsAnyOf' as const, situation: [...m.needsAnyOf] },
  }));
  const available = measures.filter((m) => m.available).map((m) => m.measure);
  trace.push(traceStep(breachRules, 'art11.measures', { act: 'ups', article: '11', paragraph: info.paragraph }, {
    ...x.situation,
    measures: measures.map((m) => m.measure),
    available,
  }, available.length));

  // Art. 11 ust. 3: the persons the client maintains — minors by default, adults only when recorded.
  const recorded = new Map((x.maintained ?? []).map((r) => [r.personId, r.maintained]));
  const ust3: LegalBasis = { act: 'ups', article: '11', paragraph: '3' };
  const dependants: BreachAssessment['dependants'][number][] = [];
  for (const m of x.household.members) {
    if (m.person.id === x.clientId) continue;
    const age = ageOn(m.person.birthDate, x.asOf);
    // A member born after the day assessed (an assessment of a past event) was nobody's dependant then.
    if (age < 0) continue;
    const minor = age < legalConstants.ageOfMajority.value;
    const maintained = recorded.get(m.person.id) ?? minor;
    if (!maintained) continue;
    dependants.push({ personId: m.person.id, name: `${m.person.firstName} ${m.person.lastName}`, relation: m.relation, age, minor, basis: ust3, why: recorded.get(m.person.id) === true ? 'recorded' : 'minor' });
  }
  const unknownRecord = (x.maintained ?? []).find((r) => !members.has(r.personId));
  if (unknownRecord !== undefined) {
    return fail([{ code: 'unknown_reference', path: ['maintained'], id: unknownRecord.personId, collection: 'household members' }]);
  }
  const byRecord = dependants.filter((d) => d.why === 'recorded').length;
  trace.push(traceStep(breachRules, 'art11.dependants', ust3, {
    members: x.household.members.length,
    maintainedRecorded: (x.maintained ?? []).length,
    minors: dependants.length - byRecord,
    recorded: byRecord,
  }, dependants.length));

  const outcome: BreachAssessment['outcome'] =
    reasons.length > 0 ? 'noGround'
    : unsupported.length > 0 ? 'unsupported'
    : !heard || (h.status === 'explained' && x.justifiedReason === null) ? 'awaitingHearing'
    : 'groundMayApply';
  const why: BreachReason[] =
    outcome === 'noGround' ? reasons
    : outcome === 'unsupported' ? unsupported
    : outcome === 'awaitingHearing' ? [traceReason(breachReasons, 'art11.hearing', info.basis, { heard })]
    : [];
  return ok({ ground: x.ground, basis: info.basis, statutePl: info.statutePl, outcome, reasons: why, measures, dependants, proportionality: [...proportionalityQuestions], trace });
}
