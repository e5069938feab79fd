import type { AssistantKind } from '../case/actor.js';

/**
 * How many meetings a period asks for: at least `min` and at most `max` (`null`: no upper bound) in every
 * `perDays` days.
 *
 * @example
 * ```ts
 * import { type Rhythm } from 'praca-socjalna';
 * const sopot: Rhythm = { min: 1, max: 2, perDays: 7 }; // 1–2 a week
 * ```
 * @category Monitoring
 */
export interface Rhythm {
  readonly min: number;
  readonly max: number | null;
  readonly perDays: number;
}

/**
 * Where a policy value comes from: a practice document or the centre's own rule. Policies are not law:
 * the centre sets them and every warning names this source.
 *
 * @example
 * ```ts
 * import { type PolicySource } from 'praca-socjalna';
 * const s: PolicySource = { document: 'MOPS Sopot, „Asystent osoby bezdomnej” (2010)', note: null };
 * ```
 * @category Monitoring
 */
export interface PolicySource {
  readonly document: string;
  /** A remark on the value, in both languages. */
  readonly note: { readonly pl: string; readonly en: string } | null;
}

/**
 * The monitoring policies a centre configures: caseload bounds per assistant and per social worker, the
 * meeting rhythm per kind of assistant (`'agreedInPlan'`: the rhythm agreed with the family and recorded
 * for the assignment), and how short an IPWzB may be against the time the person has been homeless.
 *
 * @remarks `null` switches a policy off. Caseload counts persons or cases, as `unit` says.
 * @example
 * ```ts
 * import { sopotPolicy, type MonitoringPolicy } from 'praca-socjalna';
 * const mine: MonitoringPolicy = { ...sopotPolicy, socialWorkerCaseload: { min: null, max: 50, unit: 'cases', source: { document: 'zarządzenie Dyrektora', note: null } } };
 * ```
 * @category Monitoring
 */
export interface MonitoringPolicy {
  readonly assistantCaseload: { readonly min: number | null; readonly max: number | null; readonly unit: 'persons' | 'cases'; readonly source: PolicySource } | null;
  readonly socialWorkerCaseload: { readonly min: number | null; readonly max: number | null; readonly unit: 'persons' | 'cases'; readonly source: PolicySource } | null;
  readonly meetingRhythm: Readonly<Record<AssistantKind, { readonly rhythm: Rhythm; readonly source: PolicySource } | 'agreedInPlan' | null>>;
  readonly programmeVersusHomelessness: { readonly minShare: number; readonly source: PolicySource } | null;
}

const sopot2010: PolicySource = { document: 'MOPS Sopot, „Asystent osoby bezdomnej”, Lębork 4 marca 2010 r.', note: null };
const sopotAssistance: PolicySource = { document: 'MOPS Sopot, „Asystowanie osobie potrzebującej”', note: null };

/**
 * The policies of the MOPS Sopot material: a homeless person's assistant supports 4–7 persons and meets
 * each 1–2 times a week; a family assistant's meetings are agreed with the family;
 * an IPWzB planned for less than half the time the person has been homeless is flagged (MOPS Sopot on assistance says
 * leaving homelessness takes about as long as the crisis lasted; "half" is this preset's choice).
 *
 * @remarks No caseload for social workers is given in the sources: it is off until the centre sets it.
 * Other kinds of assistant have no rhythm in the sources either.
 * @example
 * ```ts
 * import { sopotPolicy } from 'praca-socjalna';
 * sopotPolicy.assistantCaseload?.max; //=> 7
 * ```
 * @category Monitoring
 */
export const sopotPolicy: MonitoringPolicy = {
  assistantCaseload: { min: 4, max: 7, unit: 'persons', source: sopot2010 },
  socialWorkerCaseload: null,
  meetingRhythm: {
    homeless: { rhythm: { min: 1, max: 2, perDays: 7 }, source: sopot2010 },
    family: 'agreedInPlan',
    disability: null,
    intercultural: null,
  },
  programmeVersusHomelessness: { minShare: 0.5, source: { ...sopotAssistance, note: { pl: 'próg 0,5 przyjęto w tym ustawieniu, źródło go nie podaje', en: 'the share 0.5 is the preset’s choice, not the source’s' } } },
};
