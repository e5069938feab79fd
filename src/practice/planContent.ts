import * as z from 'zod';
import { Id } from '../case/id.js';
import { CivilDate, civilDaysBetween } from '../law/civilDate.js';
import type { Issue } from '../issues/issue.js';
import { addIssue } from '../issues/fromZod.js';
import { InstitutionKind, SocialWorkForm } from './vocabulary.js';

const Text = z.string().min(1).max(2000);

/**
 * A commitment of a sobriety contract (kontrakt na utrzymanie trzeźwości, ZPS nr 3): what the client
 * undertakes (inpatient treatment, outpatient therapy, self-help group meetings, abstinence), where, how
 * often, and how it is monitored (therapist's confirmation, attendance list, the worker's observation, the
 * client's declaration).
 *
 * @example
 * ```ts
 * import { SobrietyCommitment } from 'praca-socjalna';
 * SobrietyCommitment.parse({ id: 'st-1', kind: 'outpatientTherapy', institution: { kind: 'addictionClinic', name: 'Poradnia Leczenia Uzależnień' }, frequency: 'raz w tygodniu', monitoredBy: ['therapistConfirmation'], actionId: 'a-1' });
 * ```
 * @category Practice
 */
export const SobrietyCommitment = z.strictObject({
  id: Id.describe('The id of the commitment, unique in the contract.'),
  kind: z.enum(['inpatientTreatment', 'outpatientTherapy', 'selfHelpGroupMeetings', 'abstinence']).describe('What the client commits to: inpatient treatment, outpatient therapy, self-help group meetings or abstinence.'),
  institution: z
    .strictObject({ kind: InstitutionKind.describe('The kind of institution.'), name: z.string().min(1).max(300).describe('The name of the institution.') })
    .nullable().describe('The institution where it is done, or null.'),
  frequency: z.string().min(1).max(200).nullable().describe('How often, in words, or null.'),
  monitoredBy: z.array(z.enum(['therapistConfirmation', 'attendanceList', 'workerObservation', 'clientDeclaration'])).min(1).max(4).describe('How keeping it is confirmed.'),
  /** The action of the plan that carries it out, if any. */
  actionId: Id.nullable().describe('The action of the plan it belongs to, or null.'),
});
/** A commitment of a sobriety contract; see {@link SobrietyCommitment}. */
export type SobrietyCommitment = z.infer<typeof SobrietyCommitment>;

/**
 * The content a kontrakt socjalny carries when it is a sobriety contract: the client's therapy and
 * abstinence commitments, how often the worker checks them, and the referral to the addiction clinic it
 * rests on. A kind of contract content, not a new kind of plan: it is a kontrakt socjalny (art. 108 u.p.s.)
 * and everything of a contract (signatures, review, art. 11) applies to it.
 *
 * @remarks Polish: kontrakt na utrzymanie trzeźwości — zobowiązanie do podjęcia leczenia (stacjonarnego
 * lub w poradni), udziału w grupach samopomocowych i utrzymania abstynencji; sposób monitorowania. At least
 * one therapy commitment and one abstinence commitment.
 * @example
 * ```ts
 * import { SobrietyContractContent } from 'praca-socjalna';
 * SobrietyContractContent.parse({
 *   commitments: [
 *     { id: 'st-1', kind: 'outpatientTherapy', institution: { kind: 'addictionClinic', name: 'Poradnia' }, frequency: 'raz w tygodniu', monitoredBy: ['therapistConfirmation'], actionId: null },
 *     { id: 'st-2', kind: 'abstinence', institution: null, frequency: null, monitoredBy: ['workerObservation', 'clientDeclaration'], actionId: null },
 *   ],
 *   reviewEveryDays: 14, referralId: 'sk-1',
 * });
 * ```
 * @category Practice
 */
export const SobrietyContractContent = z
  .strictObject({
    commitments: z.array(SobrietyCommitment).min(2).max(20).describe('The commitments, 2–20: abstinence and at least one form of therapy.'),
    /** How often, in days, the worker reviews the commitments with the client. */
    reviewEveryDays: z.int().min(1).max(366).describe('How often, in days, the worker reviews the commitments with the client.'),
    /** The referral to an addiction clinic the therapy commitment rests on, if one was sent. */
    referralId: Id.nullable().describe('The referral to an addiction clinic the therapy commitment rests on, if one was sent.'),
  })
  .superRefine((c, ctx) => {
    const kinds = new Set(c.commitments.map((x) => x.kind));
    if (!kinds.has('abstinence')) addIssue(ctx, { code: 'sobriety_commitment_missing', path: ['commitments'], commitment: 'abstinence' });
    if (!kinds.has('inpatientTreatment') && !kinds.has('outpatientTherapy') && !kinds.has('selfHelpGroupMeetings')) {
      addIssue(ctx, { code: 'sobriety_commitment_missing', path: ['commitments'], commitment: 'therapy' });
    }
  });
/** The content of a sobriety contract; see {@link SobrietyContractContent}. */
export type SobrietyContractContent = z.infer<typeof SobrietyContractContent>;

/**
 * One check of a sobriety commitment, as monitoring records it: kept or not, how it was confirmed.
 *
 * @example
 * ```ts
 * import { SobrietyCheck } from 'praca-socjalna';
 * SobrietyCheck.parse({ commitmentId: 'st-1', date: '2025-04-01', kept: true, confirmedBy: 'therapistConfirmation' });
 * ```
 * @category Practice
 */
export const SobrietyCheck = z.strictObject({
  commitmentId: Id.describe('The commitment checked, by id.'),
  date: CivilDate.describe('The day of the check.'),
  kept: z.boolean().describe('Whether it was kept.'),
  confirmedBy: z.enum(['therapistConfirmation', 'attendanceList', 'workerObservation', 'clientDeclaration']).describe('How it was confirmed.'),
});
/** A check of a sobriety commitment; see {@link SobrietyCheck}. */
export type SobrietyCheck = z.infer<typeof SobrietyCheck>;

/**
 * Where a sobriety contract's monitoring stands on a day: per commitment, its last check, and whether a
 * review is due (no check within `reviewEveryDays`). Data only; what follows is the worker's judgement.
 *
 * @example
 * ```ts
 * import { sobrietyMonitoring, type CivilDate } from 'praca-socjalna';
 * const content = { commitments: [], reviewEveryDays: 14, referralId: null };
 * sobrietyMonitoring(content, [], '2025-03-01' as CivilDate, '2025-04-01' as CivilDate); //=> []
 * ```
 * @category Practice
 */
export function sobrietyMonitoring(
  content: SobrietyContractContent,
  checks: readonly SobrietyCheck[],
  signedOn: CivilDate,
  asOf: CivilDate,
): readonly { readonly commitmentId: string; readonly lastCheck: SobrietyCheck | null; readonly reviewDue: boolean }[] {
  return content.commitments.map((c) => {
    let last: SobrietyCheck | null = null;
    for (const x of checks) if (x.commitmentId === c.id && x.date <= asOf && (last === null || x.date >= last.date)) last = x;
    const since = last?.date ?? signedOn;
    return { commitmentId: c.id, lastCheck: last, reviewDue: civilDaysBetween(since, asOf) > content.reviewEveryDays };
  });
}

/**
 * An area of a foreign family's functioning that the intercultural (integration) assistant's plan of work
 * supports (MOPS Sopot): official matters, school and preschool, health care, benefits and the law,
 * learning Polish, work, housing.
 *
 * @example
 * ```ts
 * import { IntegrationArea } from 'praca-socjalna';
 * IntegrationArea.parse('schoolAndPreschool');
 * ```
 * @category Practice
 */
export const IntegrationArea = z.enum(['officialMatters', 'schoolAndPreschool', 'healthCareAccess', 'benefitsAndLaw', 'languageLearning', 'work', 'housing']);
/** An area of integration; see {@link IntegrationArea}. */
export type IntegrationArea = z.infer<typeof IntegrationArea>;

/**
 * The intercultural or integration assistant's plan of work with a foreign family (plan pracy z rodziną,
 * MOPS Sopot): the areas that need support, and for each the assistant's tasks, the forms of work, the
 * institutions involved and a review date. Drafted by the assistant of kind `intercultural` on the case
 * team, agreed with the family, complementing the social worker's plan.
 *
 * @remarks The family assistant's plan of work rests on the Act of 9 June 2011; the intercultural
 * assistant's has no statutory basis found in the reference: it is the centre's own tool.
 * @example
 * ```ts
 * import { InterculturalWorkPlan } from 'praca-socjalna';
 * InterculturalWorkPlan.parse({
 *   language: 'ukraiński', interpreterNeeded: false,
 *   areas: [{ area: 'schoolAndPreschool', need: 'Zapisanie dzieci do szkoły', tasks: ['Wspólna wizyta w szkole'], forms: ['institutionalCooperation'], institutions: ['school'], reviewOn: '2025-05-01' }],
 * });
 * ```
 * @category Practice
 */
export const InterculturalWorkPlan = z.strictObject({
  /** The family's language, in words (e.g. „ukraiński”). */
  language: z.string().min(1).max(100).describe('The family\'s language, in words (e.g. „ukraiński”).'),
  interpreterNeeded: z.boolean().describe('Whether an interpreter is needed.'),
  areas: z
    .array(
      z.strictObject({
        area: IntegrationArea.describe('The area of integration.'),
        need: Text.describe('The need in this area.'),
        tasks: z.array(Text).min(1).max(50).describe('The tasks agreed, 1–50.'),
        forms: z.array(SocialWorkForm).max(11).describe('The forms of social work used.'),
        institutions: z.array(InstitutionKind).max(18).describe('The kinds of institution involved.'),
        reviewOn: CivilDate.describe('When the area is reviewed.'),
      }),
    )
    .min(1)
    .max(7)
    .describe('The areas of integration worked on, 1–7.'),
});
/** The intercultural assistant's plan of work; see {@link InterculturalWorkPlan}. */
export type InterculturalWorkPlan = z.infer<typeof InterculturalWorkPlan>;

/**
 * Who drafts each plan kind on the family side of assistance: the plan of work with a family is drafted
 * by a family assistant or an intercultural assistant (today's check accepts only the family assistant
 * and refuses the intercultural one with `worker_role_for_kind`); a kontrakt socjalny and an IPWzB by the
 * social worker (art. 108, art. 49 u.p.s.).
 *
 * @example
 * ```ts
 * import { planAuthors } from 'praca-socjalna';
 * planAuthors.familyWorkPlan.assistantKinds; //=> ['family', 'intercultural']
 * ```
 * @category Practice
 */
export const planAuthors = {
  socialContract: { role: 'socialWorker', assistantKinds: [] },
  homelessnessExitProgramme: { role: 'socialWorker', assistantKinds: [] },
  familyWorkPlan: { role: 'assistant', assistantKinds: ['family', 'intercultural'] },
} as const;

/**
 * The basis of a goal: the resources it builds on and the limitations it answers (IPWzB preparation in the
 * MOPS Sopot material: goals set „w oparciu o analizę punktów 2–4” — causes, possibilities, limitations).
 *
 * @example
 * ```ts
 * import { GoalBasis } from 'praca-socjalna';
 * GoalBasis.parse({ goalId: 'g-1', resourceIds: ['r-1'], limitationIds: ['l-1'] });
 * ```
 * @category Practice
 */
export const GoalBasis = z.strictObject({
  goalId: Id.describe('The goal, by id.'),
  resourceIds: z.array(Id).max(100).describe('The resources it builds on, by id.'),
  limitationIds: z.array(Id).max(100).describe('The limitations it answers, by id.'),
});
/** The basis of a goal; see {@link GoalBasis}. */
export type GoalBasis = z.infer<typeof GoalBasis>;

/**
 * Checks the bases of goals against the case's diagnosis: every goal, resource and limitation named must
 * exist, and every goal must build on at least one resource or answer at least one limitation.
 *
 * @example
 * ```ts
 * import { goalBasisIssues } from 'praca-socjalna';
 * goalBasisIssues([{ goalId: 'g-1', resourceIds: [], limitationIds: [] }], { goalIds: ['g-1'], resourceIds: [], limitationIds: [] }).length; //=> 1
 * ```
 * @category Practice
 */
export function goalBasisIssues(
  bases: readonly GoalBasis[],
  diagnosis: { readonly goalIds: readonly string[]; readonly resourceIds: readonly string[]; readonly limitationIds: readonly string[] },
): readonly Issue[] {
  const goals = new Set(diagnosis.goalIds);
  const resources = new Set(diagnosis.resourceIds);
  const limitations = new Set(diagnosis.limitationIds);
  const issues: Issue[] = [];
  bases.forEach((b, i) => {
    if (!goals.has(b.goalId)) issues.push({ code: 'goal_basis_unknown', path: [i, 'goalId'], collection: 'goals' });
    b.resourceIds.forEach((id, j) => {
      if (!resources.has(id)) issues.push({ code: 'goal_basis_unknown', path: [i, 'resourceIds', j], collection: 'resources' });
    });
    b.limitationIds.forEach((id, j) => {
      if (!limitations.has(id)) issues.push({ code: 'goal_basis_unknown', path: [i, 'limitationIds', j], collection: 'limitations' });
    });
    if (b.resourceIds.length === 0 && b.limitationIds.length === 0) issues.push({ code: 'goal_without_basis', path: [i] });
  });
  return issues;
}
