import { type Result, fail, ok } from '../_lib/result.js';
import { parseWith } from '../issues/fromZod.js';
import type { Issue } from '../issues/issue.js';
import { ageOn } from '../law/civilDate.js';
import type { LegalBasis } from '../law/legalBasis.js';
import { type Bilingual, type Reason, type TraceStep, step } from '../law/trace.js';
import type { Relation } from '../case/household.js';
import type { BreachGround } from '../law/breachGround.js';
import { activationAddedOn, breachGrounds, wordingAt } from './breachGround.js';
import { legalConstants } from '../law/ups/constants.js';
import { labourMarketActRepealedOn } from '../law/ups/art11.js';
import { BreachAssessmentInput } from './breachInput.js';
import { type Measure, measuresFor } from './measure.js';
import { countPl } from '../i18n/plural.js';
import { label } from '../i18n/labels.js';

const years = ['rok', 'lata', 'lat'] as const;

/**
 * The art. 11 assessment: decision support for the worker and the authority, never a decision.
 *
 * @remarks `outcome`: `groundMayApply` (the law „may be a basis”; the authority decides), `noGround` (a
 * justified reason, or a condition of the ground is missing), `awaitingHearing` (the client has not been
 * heard yet, or the worker has not assessed the explanation), `unsupported` (the reference cannot settle it).
 * @example
 * ```ts
 * import { type BreachAssessment } from 'praca-socjalna';
 * declare const a: BreachAssessment;
 * a.measures.filter((m) => m.available).map((m) => m.measure);
 * ```
 * @category Breach
 */
export interface BreachAssessment {
  readonly ground: BreachGround;
  readonly basis: LegalBasis;
  readonly statutePl: string;
  readonly outcome: 'groundMayApply' | 'noGround' | 'awaitingHearing' | 'unsupported';
  readonly reasons: readonly Reason[];
  readonly measures: readonly { readonly measure: Measure; readonly basis: LegalBasis; readonly available: boolean; readonly why: Bilingual }[];
  /**
   * The persons the client maintains (art. 11 ust. 3), each with its basis and why it counts: `minor` (a minor
   * member, maintained by default) or `recorded` (the worker recorded the person as maintained).
   */
  readonly dependants: readonly {
    readonly personId: string;
    readonly name: string;
    readonly relation: Relation;
    readonly age: number;
    readonly minor: boolean;
    readonly basis: LegalBasis;
    readonly why: 'minor' | 'recorded';
  }[];
  readonly proportionality: readonly Bilingual[];
  readonly discretion: Bilingual;
  readonly trace: readonly TraceStep[];
}

const situationWords: Record<string, Bilingual> = {
  pendingApplication: { pl: 'wniosek oczekuje na decyzję', en: 'an application awaits a decision' },
  benefitGranted: { pl: 'świadczenie przyznano decyzją', en: 'a benefit was granted by a decision' },
  cashBeingPaid: { pl: 'wypłacane jest świadczenie pieniężne', en: 'a cash benefit is being paid' },
};

const proportionality: readonly Bilingual[] = [
  { pl: 'Czy środek jest proporcjonalny do wagi i powtarzalności naruszenia?', en: 'Is the measure proportionate to the gravity and repetition of the breach?' },
  { pl: 'Czy wcześniej zastosowano łagodniejsze środki (motywowanie, modyfikacja planu, nowy kontrakt)?', en: 'Were milder means tried first (motivating, modifying the plan, a new contract)?' },
  { pl: 'Jak środek wpłynie na osoby pozostające na utrzymaniu, zwłaszcza dzieci (art. 11 ust. 3)?', en: 'How will the measure affect the dependants, children above all (art. 11 ust. 3)?' },
  { pl: 'Czy pomoc w formie niepieniężnej zabezpieczy podstawowe potrzeby (schronienie, posiłek, ubranie)?', en: 'Can help in kind secure basic needs (shelter, meal, clothing)?' },
  { pl: 'Czy osobę pouczono o skutkach (np. w kontrakcie) i czy ją wysłuchano?', en: 'Was the client told of the consequences (e.g. in the contract) and heard?' },
  { pl: 'Czy uzasadnienie decyzji wskazuje fakty, dowody i rozważenie sytuacji osób na utrzymaniu?', en: "Does the decision's justification state the facts, the evidence and the dependants' situation?" },
];

/**
 * @internal A clause for the middle of a sentence: no trailing full stops or spaces, so the sentence adds its own.
 * A backward scan, linear in the text (a trimming regex backtracked quadratically on long runs of dots).
 */
export function clause(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    // '.', space, tab, line breaks, no-break space
    if (c === 46 || c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 160) end--;
    else break;
  }
  return text.slice(0, end);
}

const discretion: Bilingual = {
  pl: 'Okoliczności z art. 11 „mogą stanowić podstawę” — rozstrzyga organ (kierownik ośrodka lub osoba upoważniona) w decyzji administracyjnej z uzasadnieniem; ta ocena nie jest decyzją.',
  en: 'The circumstances of art. 11 "may be a basis" — the authority (the head of the centre or an authorised person) decides, in an administrative decision with a justification; this assessment is not a decision.',
};

/**
 * Assesses a reported breach under art. 11 u.p.s.: which ground applies and why, the measures available
 * (ust. 1: limit, refuse, in kind instead of cash; ust. 2: refuse, revoke, suspend — suspension only while
 * a cash benefit is paid), the dependants to consider (ust. 3), a proportionality checklist, and the trace.
 *
 * @remarks A justified reason removes the ground; refusing a job applies only to an unemployed person;
 * refusing addiction treatment only to a person addicted to alcohol; a contract breach needs a contract in
 * force on the day. Before the client is heard the answer is `awaitingHearing`. Invalid input is a typed
 * error naming the field.
 * @example
 * ```ts
 * import { assessBreach, explainBreach } from 'praca-socjalna';
 * const r = assessBreach({
 *   asOf: '2025-03-10', ground: 'usingAgainstPurpose', occurredOn: '2025-02-20',
 *   description: 'Zasiłek celowy na opał wydany na inny cel', evidence: ['notatka z wizyty'],
 *   clientId: 'p', household: { id: 'h', kind: 'singlePerson', members: [{ person: { id: 'p', firstName: 'A', lastName: 'B', birthDate: '1980-01-01' }, relation: 'applicant' }] },
 *   clientFacts: { unemployed: false, addictedToAlcohol: false },
 *   hearing: { status: 'noAnswer', deadline: '2025-03-07' }, justifiedReason: null,
 *   contractPeriods: [], situation: { pendingApplication: true, benefitGranted: true, cashBeingPaid: false },
 * });
 * if (r.ok) explainBreach(r.value, 'pl');
 * ```
 * @category Breach
 */
export function assessBreach(input: unknown): Result<BreachAssessment, readonly Issue[]> {
  const parsed = parseWith(BreachAssessmentInput, input);
  if (!parsed.ok) return fail(parsed.error);
  return assessValidatedBreach(parsed.value);
}

/**
 * The art. 11 assessment of an input already validated (by {@link BreachAssessmentInput} or a schema that
 * contains it): not parsed again. A rule that calls this one — the breach procedure — passes its parsed data.
 * Only the cross-check of the client against the household can fail.
 *
 * @example
 * ```ts
 * import { assessValidatedBreach, BreachAssessmentInput } from 'praca-socjalna';
 * declare const raw: unknown;
 * const parsed = BreachAssessmentInput.safeParse(raw);
 * if (parsed.success) assessValidatedBreach(parsed.data);
 * ```
 * @category Breach
 */
export function assessValidatedBreach(x: BreachAssessmentInput): Result<BreachAssessment, readonly Issue[]> {
  const info = breachGrounds[x.ground];
  const trace: TraceStep[] = [];
  const reasons: Reason[] = [];
  const unsupported: Reason[] = [];
  const members = new Map(x.household.members.map((m) => [m.person.id, m]));
  if (!members.has(x.clientId)) {
    return fail([{ code: 'unknown_reference', path: ['clientId'], id: x.clientId, collection: 'household members' }]);
  }

  const wording = wordingAt(x.ground, x.occurredOn);
  trace.push(step({
    rule: 'art11.ground',
    basis: info.basis,
    text: {
      pl: `Zgłoszono: ${clause(x.description)} (${x.occurredOn}). Podstawa: ${info.statutePl}${wording && wording.confidence !== 'V' ? ` — uwaga: ${wording.note ?? 'brzmienie niezweryfikowane'}` : ''}. Dowody: ${x.evidence.length > 0 ? x.evidence.join('; ') : 'brak'}.`,
      en: `Reported: ${clause(x.description)} (${x.occurredOn}). Ground: ${info.nameEn}${wording && wording.confidence !== 'V' ? ` — note: the wording is not verified${x.occurredOn >= labourMarketActRepealedOn && info.requires === 'unemployed' ? ` after the ${labourMarketActRepealedOn} repeal of the employment-promotion act` : ''}` : ''}. Evidence: ${x.evidence.length > 0 ? x.evidence.join('; ') : 'none'}.`,
    },
    inputs: { ground: x.ground, occurredOn: x.occurredOn, evidence: x.evidence.length },
    parameters: [],
    output: x.ground,
    flags: wording && wording.confidence !== 'V' ? ['unverified'] : [],
  }));
  if (wording === undefined) {
    unsupported.push({ rule: 'ups.inForce', basis: { act: 'ups' }, text: { pl: `Zdarzenie z ${x.occurredOn} jest sprzed wejścia w życie ustawy (${legalConstants.actInForceFrom.value}).`, en: `The event of ${x.occurredOn} is before the act entered into force (${legalConstants.actInForceFrom.value}).` } });
  }
  if (x.ground === 'refusingActivation' && wording !== undefined && x.occurredOn < activationAddedOn) {
    unsupported.push({
      rule: 'art11.activationBefore2011',
      basis: info.basis,
      text: {
        pl: 'Do 2011-05-02 art. 11 ust. 2 wymieniał tylko odmowę podjęcia prac społecznie użytecznych; szkolenie, staż i prace interwencyjne dodano od 2011-05-03. Podstawa istnieje tylko wtedy, gdy odmowa dotyczyła prac społecznie użytecznych (wtedy wskaż podstawę odmowy podjęcia pracy) — ocenia pracownik.',
        en: 'Until 2011-05-02 art. 11 ust. 2 named only a refusal of socially useful work; training, internship and intervention works were added from 2011-05-03. The ground exists only if the refusal concerned socially useful work (then use the refusal-of-work ground) — the worker assesses it.',
      },
    });
  }
  if (x.ground === 'refusingSocialIntegration' && x.occurredOn >= labourMarketActRepealedOn) {
    unsupported.push({
      rule: 'art11.pai',
      basis: info.basis,
      text: {
        pl: `Program Aktywizacja i Integracja był uregulowany w ustawie uchylonej ${labourMarketActRepealedOn}; czy ta podstawa ma dziś zastosowanie, nie wynika z materiału źródłowego.`,
        en: `The Programme Activation and Integration was set by the act repealed on ${labourMarketActRepealedOn}; whether this ground still applies does not follow from the reference.`,
      },
    });
  }

  // conditions of the ground
  const condition = (met: boolean, text: Bilingual, rule: string, inputs: Readonly<Record<string, string>> = {}) => {
    trace.push(step({ rule, basis: info.basis, text, inputs, parameters: [], output: met }));
    if (!met) reasons.push({ rule, basis: info.basis, text });
  };
  if (info.requires === 'unemployed') {
    condition(x.clientFacts.unemployed, x.clientFacts.unemployed
      ? { pl: 'Osoba ma status osoby bezrobotnej.', en: 'The client is an unemployed person.' }
      : { pl: 'Ta podstawa dotyczy tylko osoby bezrobotnej, a ta osoba nie ma takiego statusu.', en: 'This ground applies only to an unemployed person, which the client is not.' }, 'art11.unemployed');
  }
  if (info.requires === 'addictedToAlcohol') {
    condition(x.clientFacts.addictedToAlcohol, x.clientFacts.addictedToAlcohol
      ? { pl: 'Stwierdzono uzależnienie od alkoholu.', en: 'The client is addicted to alcohol.' }
      : { pl: 'Ta podstawa dotyczy tylko osoby uzależnionej od alkoholu.', en: 'This ground applies only to a person addicted to alcohol.' }, 'art11.addicted');
  }
  if (info.requires === 'contractInForce') {
    const inForce = x.contractPeriods.find((p) => p.from <= x.occurredOn && x.occurredOn <= p.to);
    condition(inForce !== undefined, inForce
      ? { pl: `Kontrakt obowiązywał w dniu ${x.occurredOn} (od ${inForce.from} do ${inForce.to}).`, en: `A contract was in force on ${x.occurredOn} (${inForce.from} to ${inForce.to}).` }
      : { pl: `W dniu ${x.occurredOn} nie obowiązywał żaden kontrakt socjalny: nie można go naruszyć.`, en: `No social contract was in force on ${x.occurredOn}: none could be broken.` }, 'art11.contractInForce', inForce ? { contractId: inForce.contractId } : {});
  }
  if (info.requires === 'benefitGranted') {
    condition(x.situation.benefitGranted, x.situation.benefitGranted
      ? { pl: 'Świadczenie zostało przyznane.', en: 'A benefit was granted.' }
      : { pl: 'Ta podstawa dotyczy przyznanych świadczeń, a żadnego nie przyznano.', en: 'This ground concerns granted benefits, and none was granted.' }, 'art11.benefitGranted');
  }

  // the right to be heard, and the worker's finding on the reason given
  // The right to be heard: no answer counts only once the time given to answer has passed, as for `asked`.
  const deadlinePassed = (x.hearing.status === 'asked' || x.hearing.status === 'noAnswer') && x.hearing.deadline < x.asOf;
  const heard = x.hearing.status === 'explained' || deadlinePassed;
  trace.push(step({
    rule: 'art11.hearing',
    basis: info.basis,
    text: {
      pl: x.hearing.status === 'explained' ? `Osoba złożyła wyjaśnienia (${x.hearing.receivedOn}): „${x.hearing.text}”.` : x.hearing.status === 'noAnswer' ? (heard ? `Osoba nie złożyła wyjaśnień w terminie (${x.hearing.deadline}).` : `Brak wyjaśnień, ale termin na ich złożenie (${x.hearing.deadline}) jeszcze nie upłynął.`) : x.hearing.status === 'asked' ? `Wezwano do wyjaśnień (${x.hearing.requestedOn}), termin ${x.hearing.deadline}${heard ? ' upłynął bez odpowiedzi' : ''}.` : 'Osoby nie wezwano jeszcze do złożenia wyjaśnień.',
      en: x.hearing.status === 'explained' ? `The client explained (${x.hearing.receivedOn}): "${x.hearing.text}".` : x.hearing.status === 'noAnswer' ? (heard ? `The client gave no explanation by the deadline (${x.hearing.deadline}).` : `No explanation yet, but the time to answer (${x.hearing.deadline}) has not passed.`) : x.hearing.status === 'asked' ? `Asked for an explanation (${x.hearing.requestedOn}), deadline ${x.hearing.deadline}${heard ? ', passed with no answer' : ''}.` : 'The client has not been asked for an explanation yet.',
    },
    inputs: { hearing: x.hearing.status },
    parameters: [],
    output: heard,
  }));
  if (x.justifiedReason !== null) {
    trace.push(step({
      rule: 'art11.justifiedReason',
      basis: info.basis,
      text: x.justifiedReason.found
        ? { pl: `Ocena pracownika: powód uzasadniony — ${clause(x.justifiedReason.reasoning)}. Uzasadniony powód wyłącza podstawę.`, en: `Worker's finding: a justified reason — ${clause(x.justifiedReason.reasoning)}. A justified reason removes the ground.` }
        : { pl: `Ocena pracownika: brak uzasadnionego powodu — ${clause(x.justifiedReason.reasoning)}.`, en: `Worker's finding: no justified reason — ${clause(x.justifiedReason.reasoning)}.` },
      inputs: { found: x.justifiedReason.found },
      parameters: [],
      output: !x.justifiedReason.found,
    }));
    if (x.justifiedReason.found) {
      reasons.push({ rule: 'art11.justifiedReason', basis: info.basis, text: { pl: `Uzasadniony powód: ${clause(x.justifiedReason.reasoning)}.`, en: `A justified reason: ${clause(x.justifiedReason.reasoning)}.` } });
    }
  }

  const measures = measuresFor(info.paragraph, x.situation).map((m) => ({
    measure: m.measure,
    basis: m.basis,
    available: m.available,
    why: m.available
      ? { pl: m.needsAnyOf.filter((k) => x.situation[k]).map((k) => situationWords[k]?.pl).join('; '), en: m.needsAnyOf.filter((k) => x.situation[k]).map((k) => situationWords[k]?.en).join('; ') }
      : m.measure === 'suspendCashBenefits'
        ? { pl: 'Wstrzymać można tylko świadczenia pieniężne, a żadne nie jest wypłacane.', en: 'Only cash benefits can be suspended, and none is being paid.' }
        : { pl: `Wymaga, aby: ${m.needsAnyOf.map((k) => situationWords[k]?.pl).join(' lub ')}.`, en: `Needs that ${m.needsAnyOf.map((k) => situationWords[k]?.en).join(' or ')}.` },
  }));
  trace.push(step({
    rule: `art11.measures`,
    basis: { act: 'ups', article: '11', paragraph: info.paragraph },
    text: {
      pl: `Możliwe środki (art. 11 ust. ${info.paragraph}): ${measures.map((m) => `${label(m.measure, 'pl', 'Measure') ?? ''} — ${m.available ? 'środek dostępny' : 'środek niedostępny'}`).join('; ')}.`,
      en: `Possible measures (art. 11 ust. ${info.paragraph}): ${measures.map((m) => `${label(m.measure, 'en', 'Measure') ?? ''} — ${m.available ? 'available' : 'not available'}`).join('; ')}.`,
    },
    inputs: { ...x.situation },
    parameters: [],
    output: measures.filter((m) => m.available).length,
  }));

  // Art. 11 ust. 3: the persons the client maintains — minors by default, adults only when recorded.
  const recorded = new Map((x.maintained ?? []).map((r) => [r.personId, r.maintained]));
  const ust3: LegalBasis = { act: 'ups', article: '11', paragraph: '3' };
  const dependants: BreachAssessment['dependants'][number][] = [];
  for (const m of x.household.members) {
    if (m.person.id === x.clientId) continue;
    const age = ageOn(m.person.birthDate, x.asOf);
    const minor = age < legalConstants.ageOfMajority.value;
    const maintained = recorded.get(m.person.id) ?? minor;
    if (!maintained) continue;
    dependants.push({ personId: m.person.id, name: `${m.person.firstName} ${m.person.lastName}`, relation: m.relation, age, minor, basis: ust3, why: recorded.get(m.person.id) === true ? 'recorded' : 'minor' });
  }
  const unknownRecord = (x.maintained ?? []).find((r) => !members.has(r.personId));
  if (unknownRecord !== undefined) {
    return fail([{ code: 'unknown_reference', path: ['maintained'], id: unknownRecord.personId, collection: 'household members' }]);
  }
  trace.push(step({
    rule: 'art11.dependants',
    basis: { act: 'ups', article: '11', paragraph: '3' },
    text: dependants.length > 0
      ? { pl: `Przy decyzji bierze się pod uwagę sytuację osób pozostających na utrzymaniu: ${dependants.map((d) => `${d.name} (${countPl(d.age, years)}${d.minor ? ', osoba małoletnia' : ', na utrzymaniu według ustaleń pracownika'})`).join(', ')}.`, en: `The decision takes into account the persons maintained: ${dependants.map((d) => `${d.name} (${d.age}${d.minor ? ', a minor' : ', maintained as the worker recorded'})`).join(', ')}.` }
      : { pl: 'Według danych nikt z gospodarstwa domowego nie pozostaje na utrzymaniu tej osoby: sprawdzić, czy ktoś pozostaje na jej utrzymaniu, także poza gospodarstwem.', en: 'By the data, no one in the household is maintained by the client: check whether anyone is, also outside the household.' },
    inputs: { members: x.household.members.length, maintainedRecorded: (x.maintained ?? []).length },
    parameters: [],
    output: dependants.length,
  }));

  const outcome: BreachAssessment['outcome'] =
    reasons.length > 0 ? 'noGround'
    : unsupported.length > 0 ? 'unsupported'
    : !heard || (x.hearing.status === 'explained' && x.justifiedReason === null) ? 'awaitingHearing'
    : 'groundMayApply';
  const why: Reason[] =
    outcome === 'noGround' ? reasons
    : outcome === 'unsupported' ? unsupported
    : outcome === 'awaitingHearing'
      ? [{ rule: 'art11.hearing', basis: info.basis, text: heard ? { pl: 'Pracownik socjalny nie ocenił jeszcze wyjaśnień tej osoby.', en: "The worker has not yet assessed the client's explanation." } : { pl: 'Osoba musi zostać wysłuchana przed oceną (prawo do złożenia wyjaśnień).', en: 'The client must be heard before the assessment (the right to explain).' } }]
      : [];
  return ok({ ground: x.ground, basis: info.basis, statutePl: info.statutePl, outcome, reasons: why, measures, dependants, proportionality, discretion, trace });
}
