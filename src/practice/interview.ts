import * as z from 'zod';
import { Id } from '../case/id.js';
import { IncomeItem } from '../eligibility/incomeItem.js';
import { PersonFacts } from '../eligibility/personFacts.js';
import { CivilDate } from '../law/civilDate.js';
import { ClaimBenefit } from './benefitClaim.js';
import { SocialWorkForm } from './vocabulary.js';

const Text = z.string().min(1).max(10_000);

/**
 * One item of the help plan (plan pomocy): a benefit to apply for, or a form of social work, with what
 * it is for and why.
 *
 * @example
 * ```ts
 * import { HelpPlanItem } from 'praca-socjalna';
 * HelpPlanItem.parse({ id: 'pp-1', benefit: 'periodicAllowance', form: null, description: 'Zasiłek okresowy na czas szukania pracy', justification: 'Brak dochodu' });
 * ```
 * @category Practice
 */
export const HelpPlanItem = z
  .strictObject({
    id: Id.describe('The id of the item, unique in the plan.'),
    benefit: ClaimBenefit.nullable().describe('The benefit proposed, or null for a form of social work.'),
    form: SocialWorkForm.nullable().describe('The form of social work proposed, or null for a benefit.'),
    description: Text.describe('What is proposed.'),
    justification: Text.describe('Why (uzasadnienie).'),
  })
  .refine((i) => (i.benefit === null) !== (i.form === null), { error: 'an item names either a benefit or a form of social work', path: ['benefit'] });
/** An item of the help plan; see {@link HelpPlanItem}. */
export type HelpPlanItem = z.infer<typeof HelpPlanItem>;

/**
 * The social worker's interview as the benefits officer reads it (Brzeziny standard: one interview, no
 * second visit), in the sections of part I of the interview form that the reference names: A — data of
 * the applicant and the family (the facts each person's eligibility needs), H — needs and expectations,
 * I — diagnosis with the worker's conclusions, J — the help plan; and the income established, whose
 * segment letter the reference does not give (so none is used).
 *
 * @remarks Polish: rodzinny wywiad środowiskowy, część I: A (dane wnioskodawcy i rodziny), H (potrzeby
 * i oczekiwania zgłaszane w trakcie wywiadu), I (diagnoza sytuacji, w tym wnioski pracownika socjalnego),
 * J (plan pomocy) — rozporządzenie z 8 kwietnia 2021 r. (confidence S for the segment names). The household
 * and its problems are the case's own, not repeated here.
 * @example
 * ```ts
 * import { SocialWorkInterview } from 'praca-socjalna';
 * SocialWorkInterview.parse({
 *   interviewId: 'rws-1', conductedOn: '2025-03-05', conductedBy: 'sw-anna',
 *   applicantAndFamily: { persons: [{ personId: 'p-ewa', legalStatus: 'polishCitizen', residesInPoland: true, custody: 'none', unableToWork: null }] },
 *   income: [], needsAndExpectations: ['Praca'], diagnosis: { conclusions: 'Długotrwałe bezrobocie', problemIds: [] },
 *   helpPlan: [{ id: 'pp-1', benefit: null, form: 'employmentHelp', description: 'Rejestracja w PUP', justification: 'Brak pracy' }],
 * });
 * ```
 * @category Practice
 */
export const SocialWorkInterview = z.strictObject({
  interviewId: Id.describe('The id of the interview.'),
  conductedOn: CivilDate.describe('The day the interview was conducted.'),
  conductedBy: Id.describe('The social worker who conducted it, by staff id.'),
  applicantAndFamily: z
    .strictObject({ persons: z.array(PersonFacts).min(1).max(50).describe('The facts of each person, 1–50.') })
    .describe('Part A: the applicant and the family (dane wnioskodawcy i rodziny).'),
  income: z.array(IncomeItem).max(1000).describe('The income established (dochód), item by item.'),
  needsAndExpectations: z.array(Text).min(1).max(100).describe('Part H: the needs and expectations voiced (potrzeby i oczekiwania).'),
  diagnosis: z
    .strictObject({
      conclusions: Text.describe("The worker's conclusions (wnioski pracownika socjalnego)."),
      problemIds: z.array(Id).max(100).describe('The problems of the case the diagnosis finds, by id.'),
    })
    .describe('Part I: the diagnosis of the situation (diagnoza sytuacji).'),
  helpPlan: z.array(HelpPlanItem).min(1).max(100).describe('Part J: the help plan (plan pomocy).'),
});
/** The social worker's interview; see {@link SocialWorkInterview}. */
export type SocialWorkInterview = z.infer<typeof SocialWorkInterview>;
/**
 * The interview as a caller writes it (`z.input`): plain `YYYY-MM-DD` strings for dates.
 *
 * @example
 * ```ts
 * import { type SocialWorkInterviewInput } from 'praca-socjalna';
 * const i: SocialWorkInterviewInput['diagnosis'] = { conclusions: 'Długotrwałe bezrobocie', problemIds: ['pr-1'] };
 * ```
 * @category Practice
 */
export type SocialWorkInterviewInput = z.input<typeof SocialWorkInterview>;

/**
 * The sections of {@link SocialWorkInterview}: the segment of part I of the form where the reference names
 * it, whether the form makes it mandatory, and its name in Polish and English.
 *
 * @example
 * ```ts
 * import { interviewSections } from 'praca-socjalna';
 * interviewSections.find((s) => s.key === 'helpPlan')?.segment; //=> 'J'
 * ```
 * @category Practice
 */
export const interviewSections: readonly {
  readonly key: 'applicantAndFamily' | 'income' | 'needsAndExpectations' | 'diagnosis' | 'helpPlan';
  readonly segment: 'A' | 'H' | 'I' | 'J' | null;
  readonly mandatory: boolean | null;
  readonly pl: string;
  readonly en: string;
}[] = [
  { key: 'applicantAndFamily', segment: 'A', mandatory: true, pl: 'dane wnioskodawcy i rodziny', en: 'data of the applicant and the family' },
  { key: 'income', segment: null, mandatory: null, pl: 'sytuacja dochodowa', en: 'income' },
  { key: 'needsAndExpectations', segment: 'H', mandatory: true, pl: 'potrzeby i oczekiwania zgłaszane w trakcie wywiadu', en: 'needs and expectations reported in the interview' },
  { key: 'diagnosis', segment: 'I', mandatory: true, pl: 'diagnoza sytuacji, w tym wnioski pracownika socjalnego', en: 'diagnosis of the situation, with the worker’s conclusions' },
  { key: 'helpPlan', segment: 'J', mandatory: true, pl: 'plan pomocy', en: 'plan of help' },
];
