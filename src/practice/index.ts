export { SocialWorkForm, socialWorkFormBasis, InstitutionKind, GroupKind } from './vocabulary.js';
export { practiceLabel } from './labels.js';
export { type CaseAccess } from './step.js';
export {
  referralPayloads, ReferralEvent, type ReferralEventInput, ReferralConsent, ReferralStatus, Referral, type ReferralsState,
  emptyReferrals, consentMachine, referralMachine, stepReferral, referralsToFollowUp,
} from './referral.js';
export {
  ClaimBenefit, benefitPayloads, BenefitEvent, type BenefitEventInput, ClaimStatus, BenefitClaim, type BenefitAccess,
  benefitClaimMachine, lastDayAfterEmployment, stepBenefit,
} from './benefitClaim.js';
export { benefitSituationOn } from './benefitSituation.js';
export { HelpPlanItem, SocialWorkInterview, type SocialWorkInterviewInput, interviewSections } from './interview.js';
export { type CaseForBenefits, type CentreConfiguration, type BridgedRequest, eligibilityRequestFromCase } from './eligibilityFromCase.js';
export {
  groupPayloads, GroupEvent, type GroupEventInput, type GroupMember, type GroupSession, type GroupStatus, type GroupState,
  groupMachine, stepGroup, replayGroup, type GroupWorkEntry, groupWorkForCase,
} from './group.js';
export {
  SobrietyCommitment, SobrietyContractContent, SobrietyCheck, sobrietyMonitoring, IntegrationArea, InterculturalWorkPlan, planAuthors, GoalBasis, goalBasisIssues,
} from './planContent.js';
export { CommunityActivity, recordCommunityActivity } from './communityWork.js';
