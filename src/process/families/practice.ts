import type * as z from 'zod';
import { contractStatusOn } from '../../contract/contractStatusOn.js';
import type { Issue } from '../../issues/issue.js';
import type { Machine } from '../../machine/machine.js';
import {
  type BenefitAccess, type BenefitContext, type BenefitEvent, type ClaimMachineState, applyBenefit, benefitClaimMachine, benefitEventSchemas, locateClaim,
} from '../../practice/benefitClaim.js';
import {
  type ConsentEvent, type ReferralContext, type ReferralLifecycleEvent, applyReferralInPlace, consentEventSchemas, consentMachine, locateReferral, referralEventSchemas, referralMachine,
} from '../../practice/referral.js';
import type { CaseAccess } from '../../practice/step.js';
import { type Draft, own } from '../draft.js';
import type { Family } from '../family.js';
import { authorisationOn, isOnTeam } from './teamAccess.js';

/**
 * A practice machine over the case draft: its conditions and guards read the practice context built
 * from the draft; its table, states and permissions are unchanged.
 */
function onDraft<Ctx, E extends { readonly type: string }, S extends string, C extends string>(m: Machine<Ctx, E, S, C>, ctx: (d: Draft) => Ctx): Machine<Draft, E, S, C> {
  const wrap = <F extends (c: Ctx, e: never) => unknown>(fs: Record<string, F>) =>
    Object.fromEntries(Object.entries(fs).map(([k, f]) => [k, (d: Draft, e: never) => f(ctx(d), e)]));
  return { ...m, conditions: wrap(m.conditions as never), guards: wrap(m.guards as never) } as unknown as Machine<Draft, E, S, C>;
}

function caseAccess(d: Draft): CaseAccess {
  return {
    ownerId: d.s.owner.id,
    isOnTeam: (id, role) => isOnTeam(d, id, role),
    isHouseholdMember: (personId) => d.s.household.members.some((m) => m.person.id === personId),
  };
}

const referralContext = (d: Draft): ReferralContext => ({ s: { consents: d.s.consents, referrals: d.s.referrals }, access: caseAccess(d) });

/** Applies in place to the draft's own lists (each copied at most once per fold). */
function applyReferrals(d: Draft, e: ConsentEvent | ReferralLifecycleEvent): void {
  const consents = own(d, d.s.consents);
  const referrals = own(d, d.s.referrals);
  d.s.consents = consents;
  d.s.referrals = referrals;
  applyReferralInPlace(consents, referrals, e);
}

/** @internal The client's consents to referral in the case stream. */
export const consentFamily: Family<ConsentEvent> = {
  schemas: consentEventSchemas as unknown as readonly z.ZodObject[],
  machine: onDraft(consentMachine, referralContext),
  locate: (d, e) => locateReferral({ consents: d.s.consents, referrals: d.s.referrals }, e),
  apply: applyReferrals,
};

/** @internal Outgoing referrals in the case stream (consent checked by the guard of `referralSent`). */
export const referralFamily: Family<ReferralLifecycleEvent> = {
  schemas: referralEventSchemas as unknown as readonly z.ZodObject[],
  machine: onDraft(referralMachine, referralContext),
  locate: (d, e) => locateReferral({ consents: d.s.consents, referrals: d.s.referrals }, e),
  apply: applyReferrals,
};

function benefitAccess(d: Draft): BenefitAccess {
  return {
    ...caseAccess(d),
    contractInForceOn: (date, contractId) =>
      d.s.contracts.some((c) => c.kind === 'socialContract' && (contractId === null || c.contractId === contractId) && contractStatusOn(c, date) === 'inForce'),
    isAuthorisedToDecide: (id, date) => authorisationOn(d, id, date, 'benefitDecisions') !== undefined,
  };
}

/**
 * The benefit machine in the stream: the stream checks `authorised` against the art. 11 authorisation,
 * so here the scope is checked by the guard, against an authorisation to decide on benefits.
 */
const benefitOnDraft: Machine<Draft, BenefitEvent, ClaimMachineState, 'decisionGrants'> = (() => {
  const m = onDraft(benefitClaimMachine, (d): BenefitContext => ({ claims: d.s.claims, access: benefitAccess(d) }));
  const permissions = Object.fromEntries(Object.entries(m.permissions).map(([k, p]) => [k, { ...p, scope: 'anyoneOfRole' as const }])) as typeof m.permissions;
  const guards = Object.fromEntries(
    Object.entries(m.guards).map(([k, g]) => [
      k,
      (d: Draft, e: BenefitEvent): readonly Issue[] => {
        if (benefitClaimMachine.permissions[e.type].scope === 'authorised' && e.actor.role !== 'head' && authorisationOn(d, e.actor.id, e.date, 'benefitDecisions') === undefined) {
          return [{ code: 'scope_not_met', path: ['actor', 'id'], machine: 'benefitClaim', eventType: e.type, role: e.actor.role, scope: 'authorised' }];
        }
        return (g as (d: Draft, e: BenefitEvent) => readonly Issue[])(d, e);
      },
    ]),
  ) as unknown as typeof m.guards;
  return { ...m, permissions, guards };
})();

/** @internal Claims for benefits and their decisions in the case stream. */
export const benefitFamily: Family<BenefitEvent> = {
  schemas: benefitEventSchemas as unknown as readonly z.ZodObject[],
  machine: benefitOnDraft,
  locate: (d, e) => locateClaim(d.s.claims, e),
  apply: (d, e, next) => {
    d.s.claims = applyBenefit(d.s.claims, e, next as ClaimMachineState) as Draft['s']['claims'];
  },
};
