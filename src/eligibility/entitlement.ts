import type { LegalBasis } from '../law/legalBasis.js';
import type { Collector } from './collector.js';
import type { PersonFacts } from './personFacts.js';
import type { Benefit } from './result.js';
import { ruleReason, ruleStep } from './rules.js';

const art5: LegalBasis = { act: 'ups', article: '5' };

/** Forms open to foreigners on humanitarian or tolerated stay: shelter, meal, clothing, purpose allowance (art. 5 pkt 2 lit. b). */
const humanitarianForms: Record<Benefit, 'yes' | 'no' | 'unclear'> = {
  purposeAllowance: 'yes',
  randomEventPurposeAllowance: 'yes',
  specialPurposeAllowance: 'unclear',
  socialWork: 'unclear',
  permanentAllowance: 'no',
  periodicAllowance: 'no',
};

/** Art. 5 as data: the right each status gives to a benefit (a table, so a new status without a row does not compile). */
const verdicts: Readonly<Record<PersonFacts['legalStatus'], (benefit: Benefit) => 'full' | 'limited' | 'none' | 'unclear'>> = {
  polishCitizen: () => 'full',
  foreignerFullRights: () => 'full',
  euEftaCitizen: () => 'full',
  foreignerHumanitarian: (benefit) => (humanitarianForms[benefit] === 'yes' ? 'limited' : humanitarianForms[benefit] === 'no' ? 'none' : 'unclear'),
  traffickingVictim: () => 'unclear',
  noEntitlement: () => 'none',
};

/** @internal Art. 5 (who is entitled at all) and art. 13 (custody), for the applicant. */
export function checkEntitlement(facts: PersonFacts, benefit: Benefit, c: Collector): void {
  const inputs = { legalStatus: facts.legalStatus, residesInPoland: facts.residesInPoland, benefit };
  const verdict = verdicts[facts.legalStatus](benefit);
  const residenceMissing = facts.legalStatus !== 'traffickingVictim' && !facts.residesInPoland;

  if (verdict === 'unclear') {
    c.unsupported.push(ruleReason('art5.scope', facts.legalStatus === 'traffickingVictim' ? { act: 'ups', article: '5a' } : { ...art5, point: '2', letter: 'b' }, { legalStatus: facts.legalStatus, benefit }));
  } else if (verdict === 'none' || residenceMissing) {
    c.reasons.push(ruleReason('art5.entitlement', art5, { legalStatus: facts.legalStatus, benefit, residenceMissing }));
  }
  c.trace.push(ruleStep('art5.entitlement', art5, inputs, residenceMissing ? 'none' : verdict));

  const art13: LegalBasis = { act: 'ups', article: '13' };
  if (facts.custody === 'servingSentence' || facts.custody === 'pretrialDetention') c.reasons.push(ruleReason('art13.custody', art13, { custody: facts.custody }));
  c.trace.push(ruleStep('art13.custody', art13, { custody: facts.custody }, facts.custody === 'none' || facts.custody === 'servingSentenceElectronicMonitoring'));
}
