import * as z from 'zod';
import { CivilDate } from './civilDate.js';

/**
 * The resolution of a gmina council (uchwała rady gminy) that is the source of a local rule.
 *
 * @remarks `source` is where the caller found the resolution, in its own words, and stays free text on
 * purpose: local law is not in the SDK's catalogue of acts (`legalSources`), which holds only the acts the
 * reference verifies. A resolution is prawo miejscowe, published in one of sixteen voivodeship journals
 * (Dziennik Urzędowy Województwa …), cited in more than one way („Dz. Urz. Woj. Pom. 2024 poz. 1234”, older
 * ones with „Nr”), and the reference gives no form for those citations; a structured field would reject
 * true citations or invent one form. The SDK prints `source` as written, beside the number and the date.
 *
 * @example
 * ```ts
 * import { Resolution } from 'praca-socjalna';
 * Resolution.parse({ number: 'XII/85/2024', adoptedOn: '2024-03-28', source: 'Dz. Urz. Woj. Pom. 2024 poz. 1234' });
 * ```
 * @category Law
 */
export const Resolution = z.strictObject({
  number: z.string().min(1),
  adoptedOn: CivilDate,
  source: z.string().min(1),
});
/** A council resolution; see {@link Resolution}. */
export type Resolution = z.infer<typeof Resolution>;

const inForce = { from: CivilDate, to: CivilDate.nullable(), resolution: Resolution };

/**
 * A local rule a gmina may adopt by resolution, in force over a period (`to` inclusive, `null` while open).
 *
 * @remarks
 * - `raisedThreshold`: art. 8 ust. 2 u.p.s. — the council may raise the amounts entitling to the periodic
 *   and purpose allowances, here as a percent of the statutory criterion (e.g. 150);
 * - `raisedPeriodicMinimumShare`: art. 38 ust. 6 — the council may raise the minimum share of the periodic
 *   allowance above 50% of the difference (the cap is not raised).
 * @example
 * ```ts
 * import { LocalRule } from 'praca-socjalna';
 * LocalRule.parse({
 *   kind: 'raisedThreshold', allowance: 'purposeAllowance', percentOfCriterion: 150, from: '2024-04-01', to: null,
 *   resolution: { number: 'XII/85/2024', adoptedOn: '2024-03-28', source: 'Dz. Urz. Woj. 2024 poz. 1234' },
 * });
 * ```
 * @category Law
 */
export const LocalRule = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('raisedThreshold'),
    allowance: z.enum(['periodicAllowance', 'purposeAllowance']),
    percentOfCriterion: z.int().min(101).max(1000),
    ...inForce,
  }),
  z.strictObject({
    kind: z.literal('raisedPeriodicMinimumShare'),
    percentOfDifference: z.int().min(51).max(100),
    ...inForce,
  }),
]);
/** A local rule; see {@link LocalRule}. */
export type LocalRule = z.infer<typeof LocalRule>;

/**
 * The local law of a gmina the integrator passes in: the gmina's name and its rules.
 *
 * @example
 * ```ts
 * import { LocalLaw } from 'praca-socjalna';
 * LocalLaw.parse({ gmina: 'Sopot', rules: [] });
 * ```
 * @category Law
 */
export const LocalLaw = z.strictObject({ gmina: z.string().min(1), rules: z.array(LocalRule) });
/** The local law of a gmina; see {@link LocalLaw}. */
export type LocalLaw = z.infer<typeof LocalLaw>;

/**
 * The local rules of a kind in force on a date (the latest adopted first).
 *
 * @example
 * ```ts
 * import { localRulesAt, type CivilDate } from 'praca-socjalna';
 * localRulesAt({ gmina: 'Sopot', rules: [] }, 'raisedThreshold', '2025-01-01' as CivilDate); //=> []
 * ```
 * @category Law
 */
export function localRulesAt<K extends LocalRule['kind']>(
  law: LocalLaw | undefined,
  kind: K,
  asOf: CivilDate,
): Extract<LocalRule, { kind: K }>[] {
  if (law === undefined) return [];
  return law.rules
    .filter((r): r is Extract<LocalRule, { kind: K }> => r.kind === kind && r.from <= asOf && (r.to === null || asOf <= r.to))
    .sort((a, b) => (a.resolution.adoptedOn < b.resolution.adoptedOn ? 1 : a.resolution.adoptedOn > b.resolution.adoptedOn ? -1 : 0));
}
