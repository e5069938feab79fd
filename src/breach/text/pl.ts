import type { CivilDate } from '../../law/civilDate.js';
import { end, formatCivilDate } from '../../law/deadlineText.js';
import { countPl } from '../../i18n/plural.js';
import { label } from '../../i18n/labels.js';
import type { BenefitSituation } from '../measure.js';
import { type BreachCatalogue, clause, groundInfo, wordingNote } from './catalogue.js';

/** A date as a Polish document writes it („3 marca 2025 r.”); a missing one as a dash. */
const date = (d: CivilDate | null): string => (d === null ? '—' : formatCivilDate(d, 'pl'));
const years = ['rok', 'lata', 'lat'] as const;
const situation: { readonly [K in keyof BenefitSituation]: string } = {
  pendingApplication: 'wniosek oczekuje na decyzję',
  benefitGranted: 'świadczenie przyznano decyzją',
  cashBeingPaid: 'wypłacane jest świadczenie pieniężne',
};
const notUnemployed = 'Ta podstawa dotyczy tylko osoby bezrobotnej, a ta osoba nie ma takiego statusu.';
const notAddicted = 'Ta podstawa dotyczy tylko osoby uzależnionej od alkoholu.';
const noContract = (on: CivilDate): string => `W dniu ${date(on)} nie obowiązywał żaden kontrakt socjalny: nie można go naruszyć.`;
const noBenefit = 'Ta podstawa dotyczy przyznanych świadczeń, a żadnego nie przyznano.';

/** @internal The Polish catalogue of the art. 11 assessment: correct Polish, no codes, ids or English words. */
export const breachPl = {
  steps: {
    'art11.ground': ({ inputs: i }) => {
      const unverified = i.wordingConfidence !== null && i.wordingConfidence !== 'V';
      const note = unverified ? ` — uwaga: ${wordingNote(i.ground, i.wordingFrom) ?? 'brzmienie niezweryfikowane'}` : '';
      const evidence = i.evidence.length > 0 ? `Dowody: ${i.evidence.map(clause).join('; ')}.` : 'Dowodów nie wskazano.';
      return `Zgłoszono: ${clause(i.description)} (${date(i.occurredOn)}). Podstawa: ${groundInfo(i.ground)?.statutePl ?? 'okoliczność z art. 11'}${note}. ${evidence}`;
    },
    'art11.unemployed': (s) => (s.outcome ? 'Osoba ma status osoby bezrobotnej.' : notUnemployed),
    'art11.addicted': (s) => (s.outcome ? 'Stwierdzono uzależnienie od alkoholu.' : notAddicted),
    'art11.contractInForce': ({ inputs: i, outcome }) =>
      outcome ? `Kontrakt obowiązywał w dniu ${date(i.occurredOn)} (od ${date(i.from)} do ${date(i.to)}).` : noContract(i.occurredOn),
    'art11.benefitGranted': (s) => (s.outcome ? 'Świadczenie zostało przyznane.' : noBenefit),
    'art11.hearing': ({ inputs: i, outcome: heard }) => {
      switch (i.hearing) {
        case 'explained': return `Osoba złożyła wyjaśnienia (${date(i.receivedOn)}): „${i.explanation ?? ''}”.`;
        case 'noAnswer': return heard ? `Osoba nie złożyła wyjaśnień w terminie (${date(i.deadline)}).` : `Brak wyjaśnień, ale termin na ich złożenie (${date(i.deadline)}) jeszcze nie upłynął.`;
        case 'asked': return end(`Wezwano do wyjaśnień (${date(i.requestedOn)}), termin ${date(i.deadline)}${heard ? ' upłynął bez odpowiedzi' : ''}`);
        default: return 'Osoby nie wezwano jeszcze do złożenia wyjaśnień.';
      }
    },
    'art11.justifiedReason': ({ inputs: i }) =>
      i.found ? `Ocena pracownika: powód uzasadniony — ${clause(i.reasoning)}. Uzasadniony powód wyłącza podstawę.` : `Ocena pracownika: brak uzasadnionego powodu — ${clause(i.reasoning)}.`,
    'art11.measures': ({ basis, inputs: i }) => {
      const list = i.measures.map((m) => `${label(m, 'pl', 'Measure') ?? 'środek z art. 11'} — ${i.available.includes(m) ? 'środek dostępny' : 'środek niedostępny'}`);
      return `Możliwe środki${basis.paragraph === undefined ? '' : ` (art. 11 ust. ${basis.paragraph})`}: ${list.length > 0 ? list.join('; ') : 'brak'}.`;
    },
    'art11.dependants': ({ inputs: i, outcome: n }) => {
      if (n === 0) return 'Według danych nikt z gospodarstwa domowego nie pozostaje na utrzymaniu tej osoby: sprawdzić, czy ktoś pozostaje na jej utrzymaniu, także poza gospodarstwem.';
      const parts = [
        ...(i.minors > 0 ? [countPl(i.minors, ['osoba małoletnia', 'osoby małoletnie', 'osób małoletnich'])] : []),
        ...(i.recorded > 0 ? [`${countPl(i.recorded, ['osoba', 'osoby', 'osób'])} na utrzymaniu według ustaleń pracownika`] : []),
      ];
      return `Przy decyzji bierze się pod uwagę sytuację osób pozostających na utrzymaniu: ${parts.join(' i ')}.`;
    },
  },
  reasons: {
    'ups.inForce': ({ inputs: i }) => `Zdarzenie z ${date(i.occurredOn)} jest sprzed wejścia w życie ustawy (${date(i.actInForceFrom)}).`,
    'art11.activationBefore2011': ({ inputs: i }) =>
      `Przed ${date(i.activationAddedOn)} art. 11 ust. 2 wymieniał tylko odmowę podjęcia prac społecznie użytecznych; ${end(`szkolenie, staż i prace interwencyjne dodano od ${date(i.activationAddedOn)}`)} Podstawa istnieje tylko wtedy, gdy odmowa dotyczyła prac społecznie użytecznych (wtedy wskaż podstawę odmowy podjęcia pracy) — ocenia pracownik.`,
    'art11.pai': ({ inputs: i }) =>
      `Program Aktywizacja i Integracja był uregulowany w ustawie uchylonej ${date(i.repealedOn)}; czy ta podstawa ma dziś zastosowanie, nie wynika z materiału źródłowego.`,
    'art11.unemployed': () => notUnemployed,
    'art11.addicted': () => notAddicted,
    'art11.contractInForce': ({ inputs: i }) => noContract(i.occurredOn),
    'art11.benefitGranted': () => noBenefit,
    'art11.justifiedReason': ({ inputs: i }) => `Uzasadniony powód: ${clause(i.reasoning)}.`,
    'art11.hearing': ({ inputs: i }) =>
      i.heard ? 'Pracownik socjalny nie ocenił jeszcze wyjaśnień tej osoby.' : 'Osoba musi zostać wysłuchana przed oceną (prawo do złożenia wyjaśnień).',
  },
  title: 'Ocena okoliczności z art. 11 ustawy o pomocy społecznej',
  malformed: 'Nie można przedstawić oceny: jej dane są niepełne albo pochodzą z innej wersji — oceń zgłoszenie ponownie.',
  groundHeading: 'Podstawa',
  ground: (g) => groundInfo(g)?.statutePl ?? 'okoliczność z art. 11',
  outcome: {
    groundMayApply: 'okoliczność może stanowić podstawę do zastosowania środka',
    noGround: 'brak podstawy',
    awaitingHearing: 'ocena niekompletna — najpierw wysłuchanie osoby',
    unsupported: 'nie można rozstrzygnąć na podstawie materiału źródłowego',
  },
  why: 'Dlaczego',
  measuresHeading: 'Środki',
  measure: (m) => label(m, 'pl', 'Measure') ?? 'środek z art. 11',
  available: (a) => (a ? 'środek dostępny' : 'środek niedostępny'),
  measureWhy: (why) => {
    const facts = why.situation.map((k) => situation[k]);
    switch (why.code) {
      case 'met': return facts.join('; ');
      case 'cashOnly': return 'Wstrzymać można tylko świadczenia pieniężne, a żadne nie jest wypłacane.';
      default: return `Środek możliwy tylko wtedy, gdy ${facts.join(' lub ')}.`;
    }
  },
  dependantsHeading: 'Osoby pozostające na utrzymaniu (art. 11 ust. 3)',
  noDependants: 'brak w gospodarstwie domowym',
  dependant: (d, withName) =>
    `${withName ? `${d.name}, ` : ''}${label(d.relation, 'pl', 'Relation') ?? 'członek gospodarstwa domowego'}, ${countPl(d.age, years)}${d.minor ? ', osoba małoletnia' : ''}`,
  checklistHeading: 'Proporcjonalność — do rozważenia',
  proportionality: {
    gravity: 'Czy środek jest proporcjonalny do wagi i powtarzalności naruszenia?',
    milderMeans: 'Czy wcześniej zastosowano łagodniejsze środki (motywowanie, modyfikacja planu, nowy kontrakt)?',
    dependants: 'Jak środek wpłynie na osoby pozostające na utrzymaniu, zwłaszcza dzieci (art. 11 ust. 3)?',
    basicNeeds: 'Czy pomoc w formie niepieniężnej zabezpieczy podstawowe potrzeby (schronienie, posiłek, ubranie)?',
    informedAndHeard: 'Czy osobę pouczono o skutkach (np. w kontrakcie) i czy ją wysłuchano?',
    justification: 'Czy uzasadnienie decyzji wskazuje fakty, dowody i rozważenie sytuacji osób na utrzymaniu?',
  },
  findingsHeading: 'Ustalenia',
  flags: {
    localLaw: 'prawo miejscowe',
    unverified: 'brzmienie niezweryfikowane — sprawdź przed decyzją',
    integratorDecision: 'decyzja ośrodka',
    lowConfidence: 'słabe źródło — sprawdź przed decyzją',
  },
  discretion:
    'Okoliczności z art. 11 „mogą stanowić podstawę” — rozstrzyga organ (kierownik ośrodka lub osoba upoważniona) w decyzji administracyjnej z uzasadnieniem; ta ocena nie jest decyzją.',
} satisfies BreachCatalogue;
