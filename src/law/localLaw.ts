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
  number: z.string().min(1).describe('The number of the resolution (numer uchwały), e.g. "XII/85/2024".'),
  adoptedOn: CivilDate.describe('The day the council adopted it (data podjęcia uchwały).'),
  source: z
    .string()
    .min(1)
    .describe('Where it was published (Dziennik Urzędowy Województwa …), as the caller cites it; free text, printed as written.'),
});
/** A council resolution; see {@link Resolution}. */
export type Resolution = z.infer<typeof Resolution>;

const inForce = {
  from: CivilDate.describe('The first day the rule applies.'),
  to: CivilDate.nullable().describe('The last day the rule applies (inclusive); null while it has no end.'),
  resolution: Resolution.describe('The resolution of the gmina council (uchwała rady gminy) that adopted the rule.'),
};

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
    kind: z.literal('raisedThreshold').describe('A raised amount entitling to the periodic or the purpose allowance (art. 8 ust. 2 u.p.s.).'),
    allowance: z
      .enum(['periodicAllowance', 'purposeAllowance'])
      .describe('The allowance whose entitling amount is raised: zasiłek okresowy (art. 38 u.p.s.) or zasiłek celowy (art. 39).'),
    percentOfCriterion: z
      .int()
      .min(101)
      .max(1000)
      .describe('The raised amount as a percent of the statutory income criterion (kryterium dochodowe, art. 8 ust. 1 u.p.s.), e.g. 150.'),
    ...inForce,
  }),
  z.strictObject({
    kind: z.literal('raisedPeriodicMinimumShare').describe('A raised minimum amount of the periodic allowance (art. 38 ust. 6 u.p.s.).'),
    percentOfDifference: z
      .int()
      .min(51)
      .max(100)
      .describe('The raised minimum of the periodic allowance, in percent of the difference between the income criterion and the income (art. 38 u.p.s.), e.g. 100; the cap is not raised.'),
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
export const LocalLaw = z.strictObject({
  gmina: z.string().min(1).describe('The name of the gmina whose council adopted the rules.'),
  rules: z.array(LocalRule).describe('The rules of local law (prawo miejscowe) the council adopted, each with its period and resolution.'),
});
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
