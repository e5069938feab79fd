import { match } from 'ts-pattern';
import type { LegalBasis } from '../law/legalBasis.js';
import type { Collector } from './collector.js';
import type { PersonFacts } from './personFacts.js';
import type { Benefit } from './result.js';
import { step } from '../law/trace.js';
import { label } from '../i18n/labels.js';

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

/** @internal Art. 5 (who is entitled at all) and art. 13 (custody), for the applicant. */
export function checkEntitlement(facts: PersonFacts, benefit: Benefit, c: Collector): void {
  const inputs = { legalStatus: facts.legalStatus, residesInPoland: facts.residesInPoland, benefit };
  const verdict = match(facts.legalStatus)
    .returnType<'full' | 'limited' | 'none' | 'unclear'>()
    .with('polishCitizen', 'foreignerFullRights', 'euEftaCitizen', () => 'full')
    .with('foreignerHumanitarian', () => (humanitarianForms[benefit] === 'yes' ? 'limited' : humanitarianForms[benefit] === 'no' ? 'none' : 'unclear'))
    .with('traffickingVictim', () => 'unclear')
    .with('noEntitlement', () => 'none')
    .exhaustive();
  const residenceMissing = facts.legalStatus !== 'traffickingVictim' && !facts.residesInPoland;

  if (verdict === 'unclear') {
    c.unsupported.push({
      rule: 'art5.scope',
      basis: facts.legalStatus === 'traffickingVictim' ? { act: 'ups', article: '5a' } : { ...art5, point: '2', letter: 'b' },
      text: {
        pl: `Zakres uprawnień osoby o statusie „${legalStatusPl[facts.legalStatus]}” do świadczenia „${benefitPl[benefit]}” nie jest rozstrzygnięty w materiale źródłowym (art. 5a / art. 5 pkt 2 lit. b niezweryfikowane w tym zakresie).`,
        en: `Whether the status "${label(facts.legalStatus, 'en', 'LegalStatus') ?? ''}" gives a right to "${label(benefit, 'en', 'Benefit') ?? ''}" is not settled by the reference (art. 5a / art. 5 pkt 2 lit. b not verified on this point).`,
      },
    });
  } else if (verdict === 'none' || residenceMissing) {
    c.reasons.push({
      rule: 'art5.entitlement',
      basis: art5,
      text: residenceMissing
        ? { pl: 'Brak miejsca zamieszkania i pobytu na terytorium RP.', en: 'No residence and stay in Poland.' }
        : { pl: `Status „${legalStatusPl[facts.legalStatus]}” nie daje prawa do świadczenia „${benefitPl[benefit]}”.`, en: `The status "${label(facts.legalStatus, 'en', 'LegalStatus') ?? ''}" gives no right to "${label(benefit, 'en', 'Benefit') ?? ''}".` },
    });
  }
  c.trace.push(step({
    rule: 'art5.entitlement',
    basis: art5,
    text: {
      pl: `Prawo do świadczeń (art. 5): ${legalStatusPl[facts.legalStatus]}, zamieszkanie w RP: ${facts.residesInPoland ? 'tak' : 'nie'} → ${verdict === 'full' && !residenceMissing ? 'pełne' : verdict === 'limited' && !residenceMissing ? 'ograniczone (schronienie, posiłek, ubranie, zasiłek celowy)' : verdict === 'unclear' ? 'nierozstrzygnięte' : 'brak'}.`,
      en: `Right to benefits (art. 5): ${label(facts.legalStatus, 'en', 'LegalStatus') ?? ''}, resides in Poland: ${facts.residesInPoland ? 'yes' : 'no'} → ${verdict === 'full' && !residenceMissing ? 'full' : verdict === 'limited' && !residenceMissing ? 'limited (shelter, meal, clothing, purpose allowance)' : verdict === 'unclear' ? 'not settled' : 'none'}.`,
    },
    inputs,
    parameters: [],
    output: residenceMissing ? 'none' : verdict,
  }));

  const art13: LegalBasis = { act: 'ups', article: '13' };
  if (facts.custody === 'servingSentence' || facts.custody === 'pretrialDetention') {
    const serving = facts.custody === 'servingSentence';
    c.reasons.push({
      rule: 'art13.custody',
      basis: art13,
      text: serving
        ? { pl: 'Osobie odbywającej karę pozbawienia wolności nie przysługuje prawo do świadczeń.', en: 'A person serving a prison sentence has no right to benefits.' }
        : { pl: 'Osobie tymczasowo aresztowanej zawiesza się prawo do świadczeń.', en: 'The right to benefits of a person in pre-trial detention is suspended.' },
    });
  }
  c.trace.push(step({
    rule: 'art13.custody',
    basis: art13,
    text: {
      pl: `Pozbawienie wolności (art. 13): ${facts.custody === 'none' ? 'nie' : facts.custody === 'servingSentenceElectronicMonitoring' ? 'kara w systemie dozoru elektronicznego — prawo zachowane' : facts.custody === 'servingSentence' ? 'odbywa karę — brak prawa' : 'tymczasowe aresztowanie — prawo zawieszone'}.`,
      en: `Deprivation of liberty (art. 13): ${facts.custody === 'none' ? 'no' : facts.custody === 'servingSentenceElectronicMonitoring' ? 'sentence under electronic monitoring — right kept' : facts.custody === 'servingSentence' ? 'serving a sentence — no right' : 'pre-trial detention — right suspended'}.`,
    },
    inputs: { custody: facts.custody },
    parameters: [],
    output: facts.custody === 'none' || facts.custody === 'servingSentenceElectronicMonitoring',
  }));
}

/** Art. 5 statuses as a worker reads them. */
const legalStatusPl = {
  polishCitizen: 'obywatelstwo polskie',
  foreignerFullRights: 'cudzoziemiec z pełnym prawem do świadczeń (art. 5 pkt 2 lit. a)',
  foreignerHumanitarian: 'cudzoziemiec na pobycie humanitarnym lub tolerowanym',
  euEftaCitizen: 'obywatel państwa UE lub EFTA z prawem pobytu',
  traffickingVictim: 'ofiara handlu ludźmi (art. 5a)',
  noEntitlement: 'brak tytułu z art. 5',
} as const satisfies Record<PersonFacts['legalStatus'], string>;

const benefitPl = {
  permanentAllowance: 'zasiłek stały',
  periodicAllowance: 'zasiłek okresowy',
  purposeAllowance: 'zasiłek celowy',
  randomEventPurposeAllowance: 'zasiłek celowy w związku ze zdarzeniem losowym',
  specialPurposeAllowance: 'specjalny zasiłek celowy',
  socialWork: 'praca socjalna',
} as const satisfies Record<Benefit, string>;
