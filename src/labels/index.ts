import type * as z from 'zod';
import { ActionProgress, GoalProgress } from '../case/monitoringEntry.js';
import { Attendance, FormOfWork, MeetingPlace } from '../case/meeting.js';
import { SocialWorkForm } from '../case/socialWorkForm.js';
import { AuthorisationScope } from '../case/team.js';
import { type LabelVocabulary as CoreVocabulary, label as coreLabel, labelVocabularies as coreVocabularies } from '../i18n/labels.js';
import { streamLabels } from '../i18n/streamLabels.js';
import type { Language } from '../issues/issue.js';
import { dayKindName, publicHolidayName } from '../law/deadlineText.js';
import { PublicHolidayCode } from '../law/holidays.js';
import { DayKind } from '../law/workingDays.js';
import { ClosureOutcome } from '../monitoring/closureOutcome.js';
import { monitoringLabel } from '../monitoring/labels.js';
import { ClaimBenefit, ClaimStatus } from '../practice/benefitClaim.js';
import { practiceLabel } from '../practice/labels.js';
import { IntegrationArea } from '../practice/planContent.js';
import { ReferralStatus } from '../practice/referral.js';
import { GroupKind, InstitutionKind } from '../practice/vocabulary.js';
import { privacyLabel } from '../privacy/labels.js';
import { PersonalDataKind, Sensitivity } from '../privacy/sensitivity.js';

type Lookup = (code: string, lang: Language) => string | undefined;

/** A vocabulary whose words live in its own area's catalogue: the enum (to know its codes) and the lookup. */
const within = (schema: z.ZodEnum, lookup: Lookup): Lookup => (code, lang) =>
  (schema.options as readonly unknown[]).includes(code) ? lookup(code, lang) : undefined;
const stream: Lookup = (code, lang) => (Object.hasOwn(streamLabels, code) ? streamLabels[code]?.[lang] : undefined);

/** The vocabularies of the areas above the core catalogue, each answered by its own catalogue. */
const areaVocabularies = {
  ActionProgress: within(ActionProgress, stream),
  GoalProgress: within(GoalProgress, stream),
  Attendance: within(Attendance, stream),
  MeetingPlace: within(MeetingPlace, stream),
  FormOfWork: within(FormOfWork, stream),
  AuthorisationScope: within(AuthorisationScope, stream),
  SocialWorkForm: within(SocialWorkForm, practiceLabel),
  ClaimBenefit: within(ClaimBenefit, practiceLabel),
  ClaimStatus: within(ClaimStatus, stream),
  ReferralStatus: within(ReferralStatus, stream),
  GroupKind: within(GroupKind, practiceLabel),
  InstitutionKind: within(InstitutionKind, practiceLabel),
  IntegrationArea: within(IntegrationArea, practiceLabel),
  ClosureOutcome: within(ClosureOutcome, (code, lang) => monitoringLabel(code as ClosureOutcome, lang)),
  DayKind: within(DayKind, (code, lang) => dayKindName(code as DayKind, lang)),
  PublicHolidayCode: within(PublicHolidayCode, (code, lang) => publicHolidayName(code as PublicHolidayCode, lang)),
  Sensitivity: within(Sensitivity, privacyLabel),
  PersonalDataKind: within(PersonalDataKind, privacyLabel),
} as const satisfies Record<string, Lookup>;

type AreaVocabulary = keyof typeof areaVocabularies;

/**
 * The name of a vocabulary of codes: the exported enum it belongs to (`Measure`, `Stage`, `MeetingPlace`,
 * `InstitutionKind` …).
 *
 * @example
 * ```ts
 * import { type LabelVocabulary } from 'praca-socjalna';
 * const v: LabelVocabulary = 'MeetingPlace';
 * ```
 * @category Language
 */
export type LabelVocabulary = CoreVocabulary | AreaVocabulary;

/**
 * Every vocabulary {@link label} knows, core and area ones.
 *
 * @example
 * ```ts
 * import { labelVocabularies } from 'praca-socjalna';
 * labelVocabularies.includes('InstitutionKind'); //=> true
 * ```
 * @category Language
 */
export const labelVocabularies: readonly LabelVocabulary[] = [...coreVocabularies, ...(Object.keys(areaVocabularies) as AreaVocabulary[])];

const isArea = (v: LabelVocabulary): v is AreaVocabulary => Object.hasOwn(areaVocabularies, v);

/**
 * The label of any code the SDK emits or takes, in a language, for a UI or a document: `label('refuseBenefit',
 * 'pl')` → „odmowa przyznania świadczenia”. A code used by two vocabularies (`disability`, `other`, `done` …)
 * is resolved by `vocabulary`; without it the core catalogue answers first, then the areas' catalogues.
 * An unknown code gives `undefined`, never the code itself, so that a code can never leak into a sentence.
 *
 * @example
 * ```ts
 * import { label } from 'praca-socjalna';
 * label('suspendCashBenefits', 'pl'); //=> 'wstrzymanie świadczeń pieniężnych'
 * label('shelter', 'pl', 'MeetingPlace'); //=> 'placówka dla osób bezdomnych'
 * ```
 * @category Language
 */
export function label(code: string, lang: Language, vocabulary?: LabelVocabulary): string | undefined {
  if (typeof code !== 'string' || (lang !== 'pl' && lang !== 'en')) return undefined;
  if (vocabulary !== undefined) return isArea(vocabulary) ? areaVocabularies[vocabulary](code, lang) : coreLabel(code, lang, vocabulary);
  const core = coreLabel(code, lang);
  if (core !== undefined) return core;
  for (const lookup of Object.values(areaVocabularies)) {
    const found = lookup(code, lang);
    if (found !== undefined) return found;
  }
  return undefined;
}
