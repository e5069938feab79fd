import type { Role } from '../../case/actor.js';
import type { AuthorisationScope } from '../../case/team.js';
import type { CivilDate } from '../../law/civilDate.js';
import type { Draft } from '../draft.js';

/** @internal Whether a person, in a role, is on the case team now: its owner, or an assigned member not released. */
export function isOnTeam(d: Draft, id: string, role: Role): boolean {
  if (d.s.owner.id === id && role === 'socialWorker') return true;
  for (const m of d.s.team) if (m.to === null && m.member.id === id && m.member.role === role) return true;
  return false;
}

/** @internal The authorisation to decide under art. 11 a person holds on a date, if one is recorded. */
export function authorisationOn(d: Draft, id: string, date: CivilDate, scope: AuthorisationScope = 'breachDecisions'): string | undefined {
  for (const a of d.s.authorisations) {
    if (a.holder.id === id && a.scope === scope && a.revokedOn === null && a.validFrom <= date && (a.validTo === null || date <= a.validTo)) {
      return a.authorisationId;
    }
  }
  return undefined;
}
