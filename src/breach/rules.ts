import type { ReasonBook, ReasonIn, RuleBook, StepIn } from '../law/trace.js';

/**
 * The rules of the art. 11 assessment, by id, with the units of what each reads and gives: the data every
 * trace step of {@link assessBreach} is checked against and the catalogues render from.
 *
 * @remarks The caller's own words (the description, the client's explanation, the worker's reasoning) are
 * inputs of unit `text`, rendered as written. Evidence is listed as the caller wrote it (`texts`). A contract is named by its id
 * (`id`, never rendered in prose). The dependants step counts persons; who they are is in
 * `BreachAssessment.dependants`, the one place that holds their names.
 * - `art11.ground`: the reported ground and the wording of art. 11 in force on the day (its confidence and
 *   the day that wording took effect; `null` before the act);
 * - `art11.unemployed`, `art11.addicted`, `art11.benefitGranted`: a condition of the ground (art. 11 ust. 1–2);
 * - `art11.contractInForce`: a contract in force on the day of a contract breach;
 * - `art11.hearing`: the right to be heard (status, dates, the client's explanation); gives whether the
 *   client has been heard;
 * - `art11.justifiedReason`: the worker's finding; gives whether the ground still stands;
 * - `art11.measures`: the benefit situation and the measures of the paragraph; gives how many are available;
 * - `art11.dependants` (ust. 3): household members and the worker's records, then the dependants counted by why
 *   they count — `minors` (maintained as minors, by default) and `recorded` (recorded by the worker as
 *   maintained); gives how many dependants.
 * @example
 * ```ts
 * import { breachRules } from 'praca-socjalna';
 * breachRules['art11.hearing'].outcome; //=> 'boolean'
 * ```
 * @category Breach
 */
export const breachRules = {
  'art11.ground': {
    inputs: { ground: 'code', occurredOn: 'date', description: 'text', evidence: 'texts', wordingConfidence: 'code?', wordingFrom: 'date?' },
    outcome: 'code',
  },
  'art11.unemployed': { inputs: { unemployed: 'boolean' }, outcome: 'boolean' },
  'art11.addicted': { inputs: { addictedToAlcohol: 'boolean' }, outcome: 'boolean' },
  'art11.contractInForce': { inputs: { occurredOn: 'date', contractId: 'id?', from: 'date?', to: 'date?' }, outcome: 'boolean' },
  'art11.benefitGranted': { inputs: { benefitGranted: 'boolean' }, outcome: 'boolean' },
  'art11.hearing': {
    inputs: { hearing: 'code', asOf: 'date', requestedOn: 'date?', receivedOn: 'date?', deadline: 'date?', explanation: 'text?' },
    outcome: 'boolean',
  },
  'art11.justifiedReason': { inputs: { found: 'boolean', reasoning: 'text' }, outcome: 'boolean' },
  'art11.measures': {
    inputs: { pendingApplication: 'boolean', benefitGranted: 'boolean', cashBeingPaid: 'boolean', measures: 'codes', available: 'codes' },
    outcome: 'count',
  },
  'art11.dependants': { inputs: { members: 'count', maintainedRecorded: 'count', minors: 'count', recorded: 'count' }, outcome: 'count' },
} as const satisfies RuleBook;

/**
 * The reasons the art. 11 assessment gives, by id, with the units of their inputs: why there is no ground
 * (a condition missing, a justified reason), why the answer waits for the hearing, or why it is unsupported.
 *
 * @remarks
 * - `ups.inForce`: the event is before the act entered into force;
 * - `art11.activationBefore2011`: before 2011-05-03 art. 11 ust. 2 named only socially useful work;
 * - `art11.pai`: the Programme Activation and Integration was in the act repealed on 2025-06-01;
 * - `art11.unemployed`, `art11.addicted`, `art11.contractInForce`, `art11.benefitGranted`: the condition of
 *   the ground is missing;
 * - `art11.justifiedReason`: the worker found a justified reason (the worker's words);
 * - `art11.hearing`: the client has not been heard (`heard: false`), or the explanation is not assessed yet.
 * @example
 * ```ts
 * import { breachReasons } from 'praca-socjalna';
 * Object.keys(breachReasons).includes('art11.pai'); //=> true
 * ```
 * @category Breach
 */
export const breachReasons = {
  'ups.inForce': { occurredOn: 'date', actInForceFrom: 'date' },
  'art11.activationBefore2011': { occurredOn: 'date', activationAddedOn: 'date' },
  'art11.pai': { occurredOn: 'date', repealedOn: 'date' },
  'art11.unemployed': {},
  'art11.addicted': {},
  'art11.contractInForce': { occurredOn: 'date' },
  'art11.benefitGranted': {},
  'art11.justifiedReason': { reasoning: 'text' },
  'art11.hearing': { heard: 'boolean' },
} as const satisfies ReasonBook;

/**
 * A step of the art. 11 trace: a union discriminated by `rule`, its inputs typed by {@link breachRules}.
 *
 * @example
 * ```ts
 * import { type BreachStep } from 'praca-socjalna';
 * declare const s: BreachStep;
 * if (s.rule === 'art11.hearing') s.inputs.deadline; // CivilDate | null
 * ```
 * @category Breach
 */
export type BreachStep = StepIn<typeof breachRules>;

/**
 * A reason of the art. 11 assessment: a union discriminated by `rule`, its inputs typed by {@link breachReasons}.
 *
 * @example
 * ```ts
 * import { type BreachReason } from 'praca-socjalna';
 * declare const r: BreachReason;
 * if (r.rule === 'art11.justifiedReason') r.inputs.reasoning;
 * ```
 * @category Breach
 */
export type BreachReason = ReasonIn<typeof breachReasons>;
