import * as z from 'zod';
import { CivilDate } from '../law/civilDate.js';
import { Action } from '../case/action.js';
import { Actor } from '../case/actor.js';
import { Goal } from '../case/goal.js';
import { Id } from '../case/id.js';
import { Limitation } from '../case/limitation.js';
import { Problem } from '../case/problem.js';
import { Resource } from '../case/resource.js';

/**
 * The support the centre gives under a contract: its form, scope and time.
 *
 * @remarks Polish: „wsparcie ze strony ośrodka: forma, zakres, czas”.
 * @example
 * ```ts
 * import { CentreSupport } from 'praca-socjalna';
 * CentreSupport.parse({ form: 'zasiłek celowy', scope: 'na bilet miesięczny', time: 'marzec–maj 2025' });
 * ```
 * @category Contract
 */
export const CentreSupport = z.strictObject({
  form: z.string().min(1).describe('The form of support from the centre (forma wsparcia).'),
  scope: z.string().min(1).describe('Its scope (zakres).'),
  time: z.string().min(1).describe('When or how long (termin, okres).'),
});
/** Centre support; see {@link CentreSupport}. */
export type CentreSupport = z.infer<typeof CentreSupport>;

/**
 * The extra diagnosis of variant B (an unemployed person): causes of unemployment, limitations in finding a
 * job, earlier activation and why it failed; and the labour-office referral, when there was one.
 *
 * @remarks Variant B of the 2010 form (część I B i II B); the referral is „skierowanie powiatowego urzędu
 * pracy” (art. 108 u.p.s.), which the act allows, not requires. After 2025-06-01 (the new labour-market act)
 * the referral route is not verified in the reference.
 * @example
 * ```ts
 * import { UnemploymentDiagnosis } from 'praca-socjalna';
 * UnemploymentDiagnosis.parse({
 *   unemploymentCauses: ['likwidacja zakładu'], jobSearchLimitations: ['brak prawa jazdy'],
 *   previousActivation: ['kurs kasjera 2021'], reasonsForFailure: ['przerwany z powodu opieki nad dzieckiem'],
 *   referral: { labourOffice: 'PUP w Brzezinach', date: '2025-01-20' },
 * });
 * ```
 * @category Contract
 */
export const UnemploymentDiagnosis = z.strictObject({
  unemploymentCauses: z.array(z.string().min(1)).describe('The causes of unemployment (przyczyny bezrobocia).'),
  jobSearchLimitations: z.array(z.string().min(1)).describe('What limits the search for work (ograniczenia w poszukiwaniu pracy).'),
  previousActivation: z.array(z.string().min(1)).describe('The activation tried before (dotychczasowe formy aktywizacji).'),
  reasonsForFailure: z.array(z.string().min(1)).describe('Why it did not work (przyczyny niepowodzeń).'),
  referral: z
    .strictObject({
      labourOffice: z.string().min(1).describe('The labour office (powiatowy urząd pracy).'),
      date: CivilDate.describe('The day of the referral.'),
    })
    .nullable()
    .describe('A referral to the labour office, or null.'),
});
/** The variant B diagnosis; see {@link UnemploymentDiagnosis}. */
export type UnemploymentDiagnosis = z.infer<typeof UnemploymentDiagnosis>;

/**
 * What a contract (or IPWzB, or family work plan) says: the assessment of the situation, goals, actions,
 * the centre's support, the period, and how and when it is evaluated. One version of it.
 *
 * @remarks The assessment is taken from the process stages (see {@link draftContractFromCase}), never
 * typed twice. `evaluation.everyDays` is the review cadence: the old IPWzB template said at least every two
 * weeks (14 days), a policy a centre may set.
 * @example
 * ```ts
 * import { ContractContent } from 'praca-socjalna';
 * ContractContent.parse({
 *   assessment: { causes: [{ id: 'pr', ground: 'unemployment', description: 'Bezrobocie', personIds: [] }], resources: [], limitations: [], summary: null },
 *   unemployment: null,
 *   mainGoal: { id: 'g', description: 'Podjąć pracę', targetDate: '2025-08-31', problemIds: ['pr'] },
 *   specificGoals: [],
 *   actions: [{ id: 'a', description: 'Rejestracja w PUP', goalId: 'g', responsible: { kind: 'client' }, deadline: '2025-03-15', expectedResult: 'Status bezrobotnego', status: 'planned' }],
 *   centreSupport: [], period: { from: '2025-03-01', to: '2025-08-31' }, evaluation: { method: 'rozmowa i dokumenty', everyDays: 30 },
 * });
 * ```
 * @category Contract
 */
export const ContractContent = z.strictObject({
  assessment: z.strictObject({
    causes: z.array(Problem).describe('The causes of the difficult situation (przyczyny trudnej sytuacji), as diagnosed problems.'),
    resources: z.array(Resource).describe('The resources (zasoby).'),
    limitations: z.array(Limitation).describe('The limitations (ograniczenia).'),
    summary: z.string().min(1).nullable().describe('The summary of the assessment (ocena sytuacji), or null.'),
  }).describe('The assessment of the situation (ocena sytuacji).'),
  unemployment: UnemploymentDiagnosis.nullable().describe('The diagnosis of unemployment, for a client out of work; otherwise null.'),
  mainGoal: Goal.describe('The main goal (cel główny).'),
  specificGoals: z.array(Goal).describe('The specific goals (cele szczegółowe).'),
  actions: z.array(Action).min(1).describe('The actions agreed (działania), at least one.'),
  centreSupport: z.array(CentreSupport).describe('What the centre provides (wsparcie ośrodka).'),
  period: z
    .strictObject({ from: CivilDate.describe('The first day.'), to: CivilDate.describe('The last day.') })
    .describe('The period the contract covers (okres obowiązywania).'),
  evaluation: z
    .strictObject({
      method: z.string().min(1).describe('How it is evaluated (sposób oceny).'),
      everyDays: z.int().min(1).max(366).describe('How often, in days (1–366).'),
    })
    .describe('How and how often the progress is evaluated (sposób i częstotliwość oceny).'),
});
/** The content of a contract; see {@link ContractContent}. */
export type ContractContent = z.infer<typeof ContractContent>;

/**
 * The parties of a contract: the client persons (the person, or members of the family), the worker who
 * concludes it for the centre (a social worker; for a family work plan, the family assistant), and the centre.
 *
 * @example
 * ```ts
 * import { ContractParties } from 'praca-socjalna';
 * ContractParties.parse({ clientIds: ['p-1'], worker: { id: 'sw-1', name: 'Anna Nowak', role: 'socialWorker' }, centre: 'MOPS w Sopocie' });
 * ```
 * @category Contract
 */
export const ContractParties = z.strictObject({
  clientIds: z.array(Id).min(1).describe('The clients who are parties, by person id.'),
  worker: Actor.describe('The social worker who concludes it for the centre.'),
  centre: z.string().min(1).describe('The name of the centre (ośrodek pomocy społecznej).'),
});
/** The parties of a contract; see {@link ContractParties}. */
export type ContractParties = z.infer<typeof ContractParties>;
