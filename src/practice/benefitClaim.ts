import * as z from 'zod';
import { Id } from '../case/id.js';
import { continuationAfterEmployment } from '../law/art39a.js';
import { addCivilMonths, CivilDate } from '../law/civilDate.js';
import { Grosze } from '../law/grosze.js';
import { valueAt } from '../law/period.js';
import type { Issue } from '../issues/issue.js';
import { addIssue, parseWith } from '../issues/fromZod.js';
import { defineMachine } from '../machine/machine.js';
import { stepFail, stepOk, type StepResult } from '../machine/result.js';
import { caseEventOf } from './envelope.js';
import { type CaseAccess, checkStep } from './step.js';

/**
 * The benefits a claim in the case stream can be for: the cash benefits the SDK assesses, and social
 * work (which needs no decision: a claim for it is refused with `decision_not_needed`).
 *
 * @remarks Polish: zasiłek stały, zasiłek okresowy, zasiłek celowy (also under art. 39a), zasiłek celowy
 * w związku ze zdarzeniem losowym, specjalny zasiłek celowy, praca socjalna. The same codes as the
 * eligibility request's `benefit`.
 * @example
 * ```ts
 * import { ClaimBenefit } from 'praca-socjalna';
 * ClaimBenefit.parse('periodicAllowance');
 * ```
 * @category Practice
 */
export const ClaimBenefit = z.enum(['permanentAllowance', 'periodicAllowance', 'purposeAllowance', 'randomEventPurposeAllowance', 'specialPurposeAllowance', 'socialWork']);
/** A benefit of a claim; see {@link ClaimBenefit}. */
export type ClaimBenefit = z.infer<typeof ClaimBenefit>;

const Period = z.strictObject({ from: CivilDate.describe('The first day.'), to: CivilDate.describe('The last day.') }).superRefine((p, ctx) => {
  if (p.to < p.from) addIssue(ctx, { code: 'deadline_before_date', path: ['to'], date: p.from, deadline: p.to });
});
const Text = z.string().min(1).max(2000);

/**
 * The payloads of the benefit family of a case stream, by event type: an application, the decision
 * (granted or refused, amount, period, and for a purpose allowance under art. 39a the contract it serves),
 * suspension and its end, revocation, and the continuation after the client takes a job (art. 38, 39a).
 *
 * @remarks Polish: wniosek o świadczenie; decyzja przyznająca lub odmawiająca; wstrzymanie, wznowienie
 * wypłaty; uchylenie decyzji; wypłata po podjęciu zatrudnienia. Amounts in grosze: per month for the
 * permanent and periodic allowance, the whole sum for a purpose allowance. A revocation or suspension
 * decided under art. 11 names its procedure.
 * @example
 * ```ts
 * import { benefitPayloads } from 'praca-socjalna';
 * benefitPayloads.benefitApplied.parse({ claimId: 'w-1', benefit: 'periodicAllowance', personId: 'p-ewa', incomeLost: false });
 * ```
 * @category Practice
 */
export const benefitPayloads = {
  benefitApplied: z.strictObject({
    claimId: Id.describe('The id of the claim, unique in the case.'),
    benefit: ClaimBenefit.describe('The benefit applied for (świadczenie).'),
    personId: Id.describe('The person applying, by person id.'),
    incomeLost: z.boolean().describe('Whether the application follows a loss of income (utrata dochodu, art. 8 ust. 3 u.p.s.).'),
  }),
  benefitDecided: z
    .strictObject({
      claimId: Id.describe('The id of the claim, unique in the case.'),
      benefit: ClaimBenefit.describe('The benefit decided on (świadczenie).'),
      personId: Id.describe('The person the decision concerns, by person id.'),
      outcome: z.enum(['granted', 'refused']).describe('Granted or refused (przyznanie, odmowa).'),
      amount: Grosze.refine((g) => g > 0, { error: 'must be positive' }).nullable().describe('The amount granted in grosze, positive; null when refused.'),
      period: Period.nullable().describe('The period granted; required for permanent and periodic allowances, null otherwise.'),
      forContractId: Id.nullable().describe('For a purpose allowance continued under art. 39a u.p.s., the contract it is tied to; otherwise null.'),
      reference: z.string().min(1).max(300).describe('The reference of the administrative decision (znak decyzji).'),
    })
    .superRefine((p, ctx) => {
      if (p.forContractId !== null && p.benefit !== 'purposeAllowance') {
        addIssue(ctx, { code: 'continuation_not_for_benefit', path: ['forContractId'], benefit: p.benefit });
      }
    }),
  benefitSuspended: z.strictObject({
    claimId: Id.describe('The claim, by id.'),
    reason: Text.describe('Why the benefit is suspended (wstrzymanie świadczenia).'),
    breachProcedureId: Id.nullable().describe('The art. 11 u.p.s. procedure it follows from, or null.'),
  }),
  benefitResumed: z.strictObject({ claimId: Id.describe('The claim, by id.') }),
  benefitRevoked: z.strictObject({
    claimId: Id.describe('The claim, by id.'),
    reason: Text.describe('Why the benefit is revoked (uchylenie decyzji).'),
    breachProcedureId: Id.nullable().describe('The art. 11 u.p.s. procedure it follows from, or null.'),
  }),
  benefitContinuedAfterEmployment: z.strictObject({
    claimId: Id.describe('The claim, by id.'),
    employedOn: CivilDate.describe('The day the client took up work.'),
    until: CivilDate.describe('The last day the benefit is still paid after taking up work (art. 38, art. 39a u.p.s.).'),
  }),
} as const;

/** @internal The event schemas of the benefit family. */
export const benefitEventSchemas = [
  caseEventOf('benefitApplied', benefitPayloads.benefitApplied),
  caseEventOf('benefitDecided', benefitPayloads.benefitDecided),
  caseEventOf('benefitSuspended', benefitPayloads.benefitSuspended),
  caseEventOf('benefitResumed', benefitPayloads.benefitResumed),
  caseEventOf('benefitRevoked', benefitPayloads.benefitRevoked),
  caseEventOf('benefitContinuedAfterEmployment', benefitPayloads.benefitContinuedAfterEmployment),
] as const;

/**
 * An event of the benefit family, in the case stream's envelope.
 *
 * @example
 * ```ts
 * import { BenefitEvent } from 'praca-socjalna';
 * BenefitEvent.parse({
 *   schemaVersion: 2, id: 'e-40', caseId: 'c-1', date: '2025-04-02', type: 'benefitResumed',
 *   actor: { id: 'k-1', name: 'Maria Wiśniewska', role: 'head' }, payload: { claimId: 'w-1' },
 * });
 * ```
 * @category Practice
 */
export const BenefitEvent = z.discriminatedUnion('type', benefitEventSchemas);
/** An event of the benefit family; see {@link BenefitEvent}. */
export type BenefitEvent = z.output<typeof BenefitEvent>;
/**
 * A benefit event as a caller writes it (`z.input`): plain `YYYY-MM-DD` strings for dates.
 *
 * @example
 * ```ts
 * import { type BenefitEventInput } from 'praca-socjalna';
 * const e: BenefitEventInput = {
 *   schemaVersion: 2, id: 'e-41', caseId: 'c-1', date: '2025-04-02', type: 'benefitResumed',
 *   actor: { id: 'k-1', name: 'Maria Wiśniewska', role: 'head' }, payload: { claimId: 'w-1' },
 * };
 * ```
 * @category Practice
 */
export type BenefitEventInput = z.input<typeof BenefitEvent>;

/**
 * The states of a claim: applied, granted, refused, suspended, revoked.
 *
 * @remarks Polish: wniosek złożony, świadczenie przyznane, odmowa przyznania, wypłata wstrzymana, decyzja uchylona.
 * @example
 * ```ts
 * import { ClaimStatus } from 'praca-socjalna';
 * ClaimStatus.parse('suspended');
 * ```
 * @category Practice
 */
export const ClaimStatus = z.enum(['applied', 'granted', 'refusedDecision', 'suspended', 'revoked']);
/** The status of a claim; see {@link ClaimStatus}. */
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/**
 * A claim for a benefit and its decision, derived from the case stream.
 *
 * @example
 * ```ts
 * import { BenefitClaim } from 'praca-socjalna';
 * BenefitClaim.parse({
 *   claimId: 'w-1', benefit: 'periodicAllowance', personId: 'p-ewa', status: 'applied', appliedOn: '2025-03-03', incomeLost: false,
 *   decision: null, suspendedOn: null, revokedOn: null, measureProcedureId: null, continuation: null,
 * });
 * ```
 * @category Practice
 */
export const BenefitClaim = z.strictObject({
  claimId: Id.describe('The id of the claim, unique in the case.'),
  benefit: ClaimBenefit.describe('The benefit claimed (świadczenie).'),
  personId: Id.describe('The person claiming, by person id.'),
  status: ClaimStatus.describe('Where the claim stands.'),
  appliedOn: CivilDate.nullable().describe('The day of the application, or null for a decision ex officio.'),
  incomeLost: z.boolean().describe('Whether the application followed a loss of income (utrata dochodu, art. 8 ust. 3 u.p.s.).'),
  decision: z
    .strictObject({
      outcome: z.enum(['granted', 'refused']).describe('Granted or refused (przyznanie, odmowa).'),
      decidedOn: CivilDate.describe('The day of the decision (data decyzji).'),
      amount: Grosze.nullable().describe('The amount granted in grosze, or null.'),
      period: z
        .strictObject({ from: CivilDate.describe('The first day.'), to: CivilDate.describe('The last day.') })
        .nullable()
        .describe('The period granted, or null.'),
      forContractId: Id.nullable().describe('The contract a continued purpose allowance is tied to (art. 39a u.p.s.), or null.'),
      reference: z.string().describe('The reference of the decision (znak decyzji).'),
    })
    .nullable()
    .describe('The administrative decision (decyzja), or null before it.'),
  suspendedOn: CivilDate.nullable().describe('The day the benefit was suspended, or null.'),
  revokedOn: CivilDate.nullable().describe('The day the decision was revoked, or null.'),
  measureProcedureId: Id.nullable().describe('The art. 11 u.p.s. procedure behind a suspension or revocation, or null.'),
  continuation: z
    .strictObject({ employedOn: CivilDate.describe('The day the client took up work.'), until: CivilDate.describe('The last day the benefit is still paid.') })
    .nullable()
    .describe('The benefit continued after taking up work, or null.'),
});
/** A claim for a benefit; see {@link BenefitClaim}. */
export type BenefitClaim = z.infer<typeof BenefitClaim>;

/**
 * What the benefit family asks the case beyond its team: whether a kontrakt socjalny is in force on a day
 * (a given one, or any), and whether a person holds the head's authorisation to decide on benefits.
 *
 * @example
 * ```ts
 * import { type BenefitAccess } from 'praca-socjalna';
 * const access: BenefitAccess = {
 *   ownerId: 'sw-anna', isOnTeam: () => false, isHouseholdMember: () => true,
 *   contractInForceOn: () => true, isAuthorisedToDecide: (id) => id === 'bo-1',
 * };
 * ```
 * @category Practice
 */
export interface BenefitAccess extends CaseAccess {
  /** Whether a contract (the named one, or any when `null`) is in force on the date. */
  readonly contractInForceOn: (date: CivilDate, contractId: string | null) => boolean;
  /** Whether the person holds a recorded authorisation to decide on benefits on the date. */
  readonly isAuthorisedToDecide: (id: string, date: CivilDate) => boolean;
}

/** @internal What the benefit machine's guards read. */
export interface BenefitContext {
  readonly claims: readonly BenefitClaim[];
  readonly access: BenefitAccess;
}

/** @internal */
export type ClaimMachineState = 'notFiled' | ClaimStatus;
const claimOf = (claims: readonly BenefitClaim[], id: string) => claims.find((c) => c.claimId === id);
const cashPeriodic = (b: ClaimBenefit) => b === 'permanentAllowance' || b === 'periodicAllowance';

/**
 * A claim for a benefit as a machine of the kernel. The decision leads to `granted` or `refusedDecision`
 * by its outcome (a guarded target); a granted benefit can be suspended, resumed, revoked, or continued
 * after the client takes a job. Decisions are the head's or an authorised person's; an application is
 * received by any benefits officer, social worker or the head.
 *
 * @example
 * ```ts
 * import { benefitClaimMachine } from 'praca-socjalna';
 * benefitClaimMachine.table.granted.benefitSuspended; //=> 'suspended'
 * ```
 * @category Practice
 */
export const benefitClaimMachine = defineMachine<BenefitContext, BenefitEvent, ClaimMachineState, 'decisionGrants'>({
  name: 'benefitClaim',
  states: ['notFiled', 'applied', 'granted', 'refusedDecision', 'suspended', 'revoked'],
  initial: 'notFiled',
  table: {
    notFiled: { benefitApplied: 'applied', benefitDecided: [{ target: 'granted', when: 'decisionGrants' }, { target: 'refusedDecision' }] },
    applied: { benefitDecided: [{ target: 'granted', when: 'decisionGrants' }, { target: 'refusedDecision' }] },
    granted: { benefitSuspended: 'suspended', benefitRevoked: 'revoked', benefitContinuedAfterEmployment: 'granted' },
    suspended: { benefitResumed: 'granted', benefitRevoked: 'revoked' },
    refusedDecision: {},
    revoked: {},
  },
  follows: {},
  conditions: { decisionGrants: (_ctx, e) => e.type === 'benefitDecided' && e.payload.outcome === 'granted' },
  permissions: {
    benefitApplied: { roles: ['benefitsOfficer', 'socialWorker', 'head'], scope: 'anyoneOfRole' },
    benefitDecided: { roles: ['benefitsOfficer', 'socialWorker', 'head'], scope: 'authorised' },
    benefitSuspended: { roles: ['benefitsOfficer', 'socialWorker', 'head'], scope: 'authorised' },
    benefitResumed: { roles: ['benefitsOfficer', 'socialWorker', 'head'], scope: 'authorised' },
    benefitRevoked: { roles: ['benefitsOfficer', 'socialWorker', 'head'], scope: 'authorised' },
    benefitContinuedAfterEmployment: { roles: ['benefitsOfficer', 'socialWorker', 'head'], scope: 'authorised' },
  },
  guards: {
    benefitApplied: (ctx, e) => personIssues(ctx, e.payload.personId).concat(e.payload.benefit === 'socialWork' ? [noDecision(e.payload.benefit)] : []),
    benefitDecided: (ctx, e) => decisionIssues(ctx, e),
    benefitSuspended: () => [],
    benefitResumed: () => [],
    benefitRevoked: () => [],
    benefitContinuedAfterEmployment: (ctx, e) => continuationIssues(ctx, e),
  },
});

function noDecision(benefit: string): Issue {
  return { code: 'decision_not_needed', path: ['payload', 'benefit'], benefit, basis: { act: 'ups', article: '106', paragraph: '2' } };
}

function personIssues(ctx: BenefitContext, personId: string): Issue[] {
  return ctx.access.isHouseholdMember(personId) ? [] : [{ code: 'unknown_item', path: ['payload', 'personId'], machine: 'benefitClaim', collection: 'householdMembers' }];
}

function decisionIssues(ctx: BenefitContext, e: Extract<BenefitEvent, { type: 'benefitDecided' }>): Issue[] {
  const p = e.payload;
  if (p.benefit === 'socialWork') return [noDecision(p.benefit)];
  const issues = personIssues(ctx, p.personId);
  const filed = claimOf(ctx.claims, p.claimId);
  if (filed !== undefined && (filed.benefit !== p.benefit || filed.personId !== p.personId)) {
    issues.push({ code: 'unknown_item', path: ['payload', 'benefit'], machine: 'benefitClaim', collection: 'claims' });
  }
  if (p.outcome === 'granted') {
    if (p.amount === null) issues.push({ code: 'amount_required', path: ['payload', 'amount'] });
    if (cashPeriodic(p.benefit) && p.period === null) issues.push({ code: 'period_required', path: ['payload', 'period'] });
    if (p.forContractId !== null && !ctx.access.contractInForceOn(e.date, p.forContractId)) {
      issues.push({ code: 'contract_not_in_force', path: ['payload', 'forContractId'], date: e.date, basis: { act: 'ups', article: '39a' } });
    }
  } else if (p.amount !== null) {
    issues.push({ code: 'amount_not_expected', path: ['payload', 'amount'] });
  }
  return issues;
}

/** The latest day an allowance may be paid after employment: 2 months from the day of employment, never past the decision. */
function continuationIssues(ctx: BenefitContext, e: Extract<BenefitEvent, { type: 'benefitContinuedAfterEmployment' }>): Issue[] {
  const claim = claimOf(ctx.claims, e.payload.claimId) as BenefitClaim;
  const { employedOn, until } = e.payload;
  const basis = claim.benefit === 'purposeAllowance' ? { act: 'ups' as const, article: '39a' } : { act: 'ups' as const, article: '38' };
  if (claim.benefit !== 'periodicAllowance' && claim.benefit !== 'purposeAllowance') {
    return [{ code: 'continuation_not_for_benefit', path: ['payload', 'claimId'], benefit: claim.benefit }];
  }
  const rule = valueAt(continuationAfterEmployment, employedOn);
  if (!rule.ok) {
    return [{ code: 'rule_not_in_force', path: ['payload', 'employedOn'], date: employedOn, from: ('coveredFrom' in rule.error ? rule.error.coveredFrom : null) ?? employedOn, basis }];
  }
  if (!ctx.access.contractInForceOn(employedOn, claim.decision?.forContractId ?? null)) {
    return [{ code: 'contract_not_in_force', path: ['payload', 'employedOn'], date: employedOn, basis }];
  }
  const lastAllowed = lastDayAfterEmployment(employedOn, rule.value.value.maxMonths, claim.decision?.period?.to ?? null);
  const issues: Issue[] = [];
  if (until < employedOn) issues.push({ code: 'deadline_before_date', path: ['payload', 'until'], date: employedOn, deadline: until });
  if (until > lastAllowed) issues.push({ code: 'continuation_too_long', path: ['payload', 'until'], until, lastAllowed, basis });
  return issues;
}

/**
 * The last day an allowance may still be paid after the client takes a job (art. 38 for the periodic
 * allowance, art. 39a for the purpose allowance): the day that corresponds to the day of employment two
 * months later (the last day of the month when there is none), and never past the day the decision ends.
 *
 * @remarks The months are counted as calendar months from the day of employment, as the Code of
 * Administrative Procedure counts terms in months (art. 57 § 3 k.p.a.); the reference quotes the limit
 * („nie dłużej jednak niż do 2 miesięcy od dnia, w którym osoba została zatrudniona”) but not how to count it,
 * so this reading is the SDK's and marked as such in the docs.
 * @example
 * ```ts
 * import { lastDayAfterEmployment, type CivilDate } from 'praca-socjalna';
 * lastDayAfterEmployment('2025-03-10' as CivilDate, 2, '2025-12-31' as CivilDate); //=> '2025-05-10'
 * lastDayAfterEmployment('2025-03-10' as CivilDate, 2, '2025-04-30' as CivilDate); //=> '2025-04-30'
 * ```
 * @category Practice
 */
export function lastDayAfterEmployment(employedOn: CivilDate, maxMonths: number, decisionEnds: CivilDate | null): CivilDate {
  const limit = addCivilMonths(employedOn, maxMonths);
  return decisionEnds !== null && decisionEnds < limit ? decisionEnds : limit;
}

/** @internal Where the event's claim stands. */
export function locateClaim(claims: readonly BenefitClaim[], e: BenefitEvent): { readonly state: ClaimMachineState } | { readonly issue: Issue } {
  const c = claimOf(claims, e.payload.claimId);
  if (e.type === 'benefitApplied') {
    return c === undefined ? { state: 'notFiled' } : { issue: { code: 'item_exists', path: ['payload', 'claimId'], machine: 'benefitClaim', collection: 'claims' } };
  }
  if (c === undefined) {
    return e.type === 'benefitDecided' ? { state: 'notFiled' } : { issue: { code: 'unknown_item', path: ['payload', 'claimId'], machine: 'benefitClaim', collection: 'claims' } };
  }
  return { state: c.status };
}

/** @internal Applies an accepted benefit event; `next` is the claim's next state from the table. */
export function applyBenefit(claims: readonly BenefitClaim[], e: BenefitEvent, next: ClaimMachineState): readonly BenefitClaim[] {
  const update = (patch: Partial<BenefitClaim>): readonly BenefitClaim[] =>
    claims.map((c) => (c.claimId === e.payload.claimId ? { ...c, ...patch, status: next as ClaimStatus } : c));
  switch (e.type) {
    case 'benefitApplied': {
      const p = e.payload;
      return [...claims, { claimId: p.claimId, benefit: p.benefit, personId: p.personId, status: 'applied', appliedOn: e.date, incomeLost: p.incomeLost, decision: null, suspendedOn: null, revokedOn: null, measureProcedureId: null, continuation: null }];
    }
    case 'benefitDecided': {
      const p = e.payload;
      const decision = { outcome: p.outcome, decidedOn: e.date, amount: p.amount, period: p.period, forContractId: p.forContractId, reference: p.reference };
      if (claimOf(claims, p.claimId) !== undefined) return update({ decision });
      return [...claims, { claimId: p.claimId, benefit: p.benefit, personId: p.personId, status: next as ClaimStatus, appliedOn: null, incomeLost: false, decision, suspendedOn: null, revokedOn: null, measureProcedureId: null, continuation: null }];
    }
    case 'benefitSuspended':
      return update({ suspendedOn: e.date, measureProcedureId: e.payload.breachProcedureId });
    case 'benefitResumed':
      return update({ suspendedOn: null });
    case 'benefitRevoked':
      return update({ revokedOn: e.date, measureProcedureId: e.payload.breachProcedureId });
    case 'benefitContinuedAfterEmployment':
      return update({ continuation: { employedOn: e.payload.employedOn, until: e.payload.until } });
  }
}

/**
 * One step of the benefit family: validates the event, checks who acts (a decision needs the head or an
 * authorised person), the table and the guards, and returns the new claims or the issues. Never throws.
 *
 * @example
 * ```ts
 * import { stepBenefit, type BenefitAccess } from 'praca-socjalna';
 * const access: BenefitAccess = { ownerId: 'sw-anna', isOnTeam: () => false, isHouseholdMember: () => true, contractInForceOn: () => false, isAuthorisedToDecide: () => false };
 * const r = stepBenefit([], {
 *   schemaVersion: 2, id: 'e-1', caseId: 'c-1', date: '2025-03-03', type: 'benefitApplied',
 *   actor: { id: 'bo-1', name: 'Jan Kowal', role: 'benefitsOfficer' },
 *   payload: { claimId: 'w-1', benefit: 'periodicAllowance', personId: 'p-ewa', incomeLost: false },
 * }, access);
 * r.ok && r.value[0]?.status; //=> 'applied'
 * ```
 * @category Practice
 */
export function stepBenefit(claims: readonly BenefitClaim[], event: BenefitEventInput | unknown, access: BenefitAccess): StepResult<readonly BenefitClaim[]> {
  const parsed = parseWith(BenefitEvent, event);
  if (!parsed.ok) return stepFail(parsed.error);
  const e = parsed.value;
  const at = locateClaim(claims, e);
  if ('issue' in at) return stepFail([at.issue]);
  const checked = checkStep(benefitClaimMachine, at.state, e, { claims, access }, (scope) =>
    scope === 'authorised' ? access.isAuthorisedToDecide(e.actor.id, e.date) : scope === 'owner' ? e.actor.id === access.ownerId : scope === 'teamMember' && access.isOnTeam(e.actor.id, e.actor.role),
  );
  if ('issues' in checked) return stepFail(checked.issues);
  return stepOk(applyBenefit(claims, e, checked.next));
}
