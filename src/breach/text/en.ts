import type { CivilDate } from '../../law/civilDate.js';
import { formatCivilDate } from '../../law/deadlineText.js';
import { label } from '../../i18n/labels.js';
import { labourMarketActRepealedOn } from '../../law/ups/art11.js';
import type { BenefitSituation } from '../measure.js';
import { type BreachCatalogue, clause, groundInfo } from './catalogue.js';

/** A date as an English document writes it („3 March 2025”); a missing one as a dash. */
const date = (d: CivilDate | null): string => (d === null ? '—' : formatCivilDate(d, 'en'));
const situation: { readonly [K in keyof BenefitSituation]: string } = {
  pendingApplication: 'an application awaits a decision',
  benefitGranted: 'a benefit was granted by a decision',
  cashBeingPaid: 'a cash benefit is being paid',
};
const notUnemployed = 'This ground applies only to an unemployed person, which the client is not.';
const notAddicted = 'This ground applies only to a person addicted to alcohol.';
const noContract = (on: CivilDate): string => `No social contract was in force on ${date(on)}: none could be broken.`;
const noBenefit = 'This ground concerns granted benefits, and none was granted.';
const persons = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** @internal The English catalogue of the art. 11 assessment. */
export const breachEn = {
  steps: {
    'art11.ground': ({ inputs: i }) => {
      const unverified = i.wordingConfidence !== null && i.wordingConfidence !== 'V';
      // The labour-market wordings became unverified when the act they point to was repealed: say so.
      const repeal = i.wordingFrom === labourMarketActRepealedOn;
      const note = unverified ? ` — note: the wording is not verified${repeal ? ` after the ${date(i.wordingFrom)} repeal of the employment-promotion act` : ''}` : '';
      const evidence = i.evidence.length > 0 ? `Evidence: ${i.evidence.map(clause).join('; ')}.` : 'No evidence given.';
      return `Reported: ${clause(i.description)} (${date(i.occurredOn)}). Ground: ${groundInfo(i.ground)?.nameEn ?? 'a circumstance of art. 11'}${note}. ${evidence}`;
    },
    'art11.unemployed': (s) => (s.outcome ? 'The client is an unemployed person.' : notUnemployed),
    'art11.addicted': (s) => (s.outcome ? 'The client is addicted to alcohol.' : notAddicted),
    'art11.contractInForce': ({ inputs: i, outcome }) =>
      outcome ? `A contract was in force on ${date(i.occurredOn)} (${date(i.from)} to ${date(i.to)}).` : noContract(i.occurredOn),
    'art11.benefitGranted': (s) => (s.outcome ? 'A benefit was granted.' : noBenefit),
    'art11.hearing': ({ inputs: i, outcome: heard }) => {
      switch (i.hearing) {
        case 'explained': return `The client explained (${date(i.receivedOn)}): "${i.explanation ?? ''}".`;
        case 'noAnswer': return heard ? `The client gave no explanation by the deadline (${date(i.deadline)}).` : `No explanation yet, but the time to answer (${date(i.deadline)}) has not passed.`;
        case 'asked': return `Asked for an explanation (${date(i.requestedOn)}), deadline ${date(i.deadline)}${heard ? ', passed with no answer' : ''}.`;
        default: return 'The client has not been asked for an explanation yet.';
      }
    },
    'art11.justifiedReason': ({ inputs: i }) =>
      i.found ? `Worker's finding: a justified reason — ${clause(i.reasoning)}. A justified reason removes the ground.` : `Worker's finding: no justified reason — ${clause(i.reasoning)}.`,
    'art11.measures': ({ basis, inputs: i }) => {
      const list = i.measures.map((m) => `${label(m, 'en', 'Measure') ?? 'a measure of art. 11'} — ${i.available.includes(m) ? 'available' : 'not available'}`);
      return `Possible measures${basis.paragraph === undefined ? '' : ` (art. 11 ust. ${basis.paragraph})`}: ${list.length > 0 ? list.join('; ') : 'none'}.`;
    },
    'art11.dependants': ({ inputs: i, outcome: n }) => {
      if (n === 0) return 'By the data, no one in the household is maintained by the client: check whether anyone is, also outside the household.';
      const parts = [
        ...(i.minors > 0 ? [persons(i.minors, 'minor')] : []),
        ...(i.recorded > 0 ? [`${persons(i.recorded, 'person')} maintained as the worker recorded`] : []),
      ];
      return `The decision takes into account the persons maintained: ${parts.join(' and ')}.`;
    },
  },
  reasons: {
    'ups.inForce': ({ inputs: i }) => `The event of ${date(i.occurredOn)} is before the act entered into force (${date(i.actInForceFrom)}).`,
    'art11.activationBefore2011': ({ inputs: i }) =>
      `Before ${date(i.activationAddedOn)} art. 11 ust. 2 named only a refusal of socially useful work; training, internship and intervention works were added from ${date(i.activationAddedOn)}. The ground exists only if the refusal concerned socially useful work (then use the refusal-of-work ground) — the worker assesses it.`,
    'art11.pai': ({ inputs: i }) =>
      `The Programme Activation and Integration was set by the act repealed on ${date(i.repealedOn)}; whether this ground still applies does not follow from the reference.`,
    'art11.unemployed': () => notUnemployed,
    'art11.addicted': () => notAddicted,
    'art11.contractInForce': ({ inputs: i }) => noContract(i.occurredOn),
    'art11.benefitGranted': () => noBenefit,
    'art11.justifiedReason': ({ inputs: i }) => `A justified reason: ${clause(i.reasoning)}.`,
    'art11.hearing': ({ inputs: i }) =>
      i.heard ? "The worker has not yet assessed the client's explanation." : 'The client must be heard before the assessment (the right to explain).',
  },
  title: 'Assessment of the circumstances of art. 11 of the Social Assistance Act',
  malformed: 'The assessment cannot be shown: its data are incomplete or come from another version — assess the report again.',
  groundHeading: 'Ground',
  ground: (g) => groundInfo(g)?.nameEn ?? 'a circumstance of art. 11',
  outcome: {
    groundMayApply: 'the circumstance may be a basis for a measure',
    noGround: 'no ground',
    awaitingHearing: 'incomplete — hear the client first',
    unsupported: 'cannot be settled from the reference',
  },
  why: 'Why',
  measuresHeading: 'Measures',
  measure: (m) => label(m, 'en', 'Measure') ?? 'a measure of art. 11',
  available: (a) => (a ? 'available' : 'not available'),
  measureWhy: (why) => {
    const facts = why.situation.map((k) => situation[k]);
    switch (why.code) {
      case 'met': return facts.join('; ');
      case 'cashOnly': return 'Only cash benefits can be suspended, and none is being paid.';
      default: return `Needs that ${facts.join(' or ')}.`;
    }
  },
  dependantsHeading: 'Dependants (art. 11 ust. 3)',
  noDependants: 'none in the household',
  dependant: (d, withName) => `${withName ? `${d.name}, ` : ''}${label(d.relation, 'en', 'Relation') ?? 'household member'}, ${d.age} years${d.minor ? ', a minor' : ''}`,
  checklistHeading: 'Proportionality — to consider',
  proportionality: {
    gravity: 'Is the measure proportionate to the gravity and repetition of the breach?',
    milderMeans: 'Were milder means tried first (motivating, modifying the plan, a new contract)?',
    dependants: 'How will the measure affect the dependants, children above all (art. 11 ust. 3)?',
    basicNeeds: 'Can help in kind secure basic needs (shelter, meal, clothing)?',
    informedAndHeard: 'Was the client told of the consequences (e.g. in the contract) and heard?',
    justification: "Does the decision's justification state the facts, the evidence and the dependants' situation?",
  },
  findingsHeading: 'Findings',
  flags: {
    localLaw: 'local law',
    unverified: 'wording not verified — check before deciding',
    integratorDecision: "centre's decision",
    lowConfidence: 'weak source — check before deciding',
  },
  discretion:
    'The circumstances of art. 11 "may be a basis" — the authority (the head of the centre or an authorised person) decides, in an administrative decision with a justification; this assessment is not a decision.',
} satisfies BreachCatalogue;
