import { ownValue } from '../../_lib/ownValue.js';
import { formatPlnPl as zl } from '../../i18n/pln.js';
import { countPl } from '../../i18n/plural.js';
import { label } from '../../i18n/labels.js';
import { assistanceGrounds } from '../../law/assistanceGround.js';
import { formatCivilDate, formatCivilMonth } from '../../law/deadlineText.js';
import { formatLegalBasis } from '../../law/legalBasis.js';
import type { PersonFacts } from '../personFacts.js';
import type { Benefit } from '../result.js';
import type { EligibilityCatalogue } from './catalogue.js';

const capital = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
/** Items are named by their kind, never by their id. */
const src = (source: string): string => capital(label(source, 'pl', 'ReceiptSource') ?? 'przychód');
const persons = (n: number): string => countPl(n, ['osoba', 'osoby', 'osób']);
const lower = (a: boolean, yes: string, no: string): string => (a ? yes : no);
const day = (d: string): string => formatCivilDate(d as never, 'pl');
const month = (m: string): string => formatCivilMonth(m, 'pl');
const fromMonth = (m: string): string => formatCivilMonth(m, 'pl', 'genitive');
/** „z lutego”, but „ze stycznia”: the preposition before a month in the genitive. */
const zMonth = (m: string): string => `${m.slice(5, 7) === '01' ? 'ze' : 'z'} ${fromMonth(m)}`;
const inMonth = (m: string): string => formatCivilMonth(m, 'pl', 'locative');
const months = (n: number): string => countPl(n, ['miesiąc', 'miesiące', 'miesięcy']);

/** Art. 5 statuses as a worker reads them. */
const legalStatus: Readonly<Record<PersonFacts['legalStatus'], string>> = {
  polishCitizen: 'obywatelstwo polskie',
  foreignerFullRights: 'osoba cudzoziemska z pełnym prawem do świadczeń (art. 5 pkt 2 lit. a)',
  foreignerHumanitarian: 'osoba cudzoziemska na pobycie humanitarnym lub tolerowanym',
  euEftaCitizen: 'osoba z obywatelstwem państwa UE lub EFTA i prawem pobytu',
  traffickingVictim: 'ofiara handlu ludźmi (art. 5a)',
  noEntitlement: 'brak tytułu z art. 5',
};
const status = (s: string): string => ownValue(legalStatus, s) ?? 'status nieznany';

/** Benefits in the middle of a sentence. */
const benefitName: Readonly<Record<Benefit, string>> = {
  permanentAllowance: 'zasiłek stały',
  periodicAllowance: 'zasiłek okresowy',
  purposeAllowance: 'zasiłek celowy',
  randomEventPurposeAllowance: 'zasiłek celowy w związku ze zdarzeniem losowym',
  specialPurposeAllowance: 'specjalny zasiłek celowy',
  socialWork: 'praca socjalna',
};
const benefit = (b: string): string => ownValue(benefitName, b) ?? 'świadczenie';

/** Art. 37 ust. 5 benefits, in the genitive („prawo do …”). */
const concurrentGenitive: Readonly<Record<string, string>> = {
  socialPension: 'renty socjalnej',
  nursingBenefit: 'świadczenia pielęgnacyjnego',
  specialCareAllowance: 'specjalnego zasiłku opiekuńczego',
  carerAllowance: 'zasiłku dla opiekuna',
};
const concurrent = (codes: readonly string[]): string => codes.map((c) => ownValue(concurrentGenitive, c) ?? 'innego świadczenia').join(', ');

/** The statute's own words (genitive, „z powodu …”), never a code. */
const ground = (code: string): string => {
  const g = ownValue(assistanceGrounds, code);
  if (g === undefined) return 'innej okoliczności';
  return `${g.statutePl}${g.point ? ` (art. 7 pkt ${g.point})` : ''}`;
};

const entitlementOutcome: Readonly<Record<string, string>> = {
  full: 'pełne',
  limited: 'ograniczone (schronienie, posiłek, ubranie, zasiłek celowy)',
  unclear: 'nierozstrzygnięte',
  none: 'brak',
};

const custodyWords: Readonly<Record<string, string>> = {
  none: 'nie',
  servingSentenceElectronicMonitoring: 'kara w systemie dozoru elektronicznego — prawo zachowane',
  servingSentence: 'odbywa karę — brak prawa',
  pretrialDetention: 'tymczasowe aresztowanie — prawo zawieszone',
};

const unableToWorkWords = (u: string | null): string => (u === 'age' ? 'z powodu wieku' : u === 'complete' ? 'całkowicie' : 'nie');

/** The periodic cap's origin, after the amount. */
const capWords = (origin: string | null, statedBy: string | null, changeDay: string | null): string => {
  switch (origin) {
    case 'centreAmount':
    case 'centreCriterion':
      return `wskazana przez ośrodek: ${statedBy ?? ''}`;
    case 'actAmount':
      return 'kwota z ustawy, art. 38 ust. 2 pkt 1';
    case 'actCriterion':
      return 'kryterium dochodowe na osobę w rodzinie, art. 38 ust. 2 pkt 1';
    case 'newWordingByCentreDay':
    case 'oldWordingByCentreDay':
      return `${origin === 'newWordingByCentreDay' ? 'nowe brzmienie' : 'dawne brzmienie'} art. 38 ust. 2 pkt 1 od dnia wskazanego przez ośrodek, ${changeDay === null ? '' : day(changeDay)}: ${statedBy ?? ''}`;
    default:
      return '';
  }
};

/**
 * @internal The benefits assessment in Polish: a sentence per rule and reason, in words a centre can sign —
 * no codes, no ids; plural forms by `countPl`; „osoba” where the person's sex is unknown.
 */
export const eligibilityPl = {
  steps: {
    'art5.entitlement': (s) =>
      `Prawo do świadczeń (art. 5): ${status(s.inputs.legalStatus)}, zamieszkanie w RP: ${s.inputs.residesInPoland ? 'tak' : 'nie'} → ${ownValue(entitlementOutcome, s.outcome) ?? 'brak'}.`,
    'art13.custody': (s) => `Pozbawienie wolności (art. 13): ${ownValue(custodyWords, s.inputs.custody) ?? 'nie'}.`,
    'art8.grounds': (s) =>
      s.outcome
        ? `Pomoc uzasadnia powód z art. 7 pkt 2–15 lub inna okoliczność — z powodu: ${s.inputs.qualifying.map(ground).join(', ')}.`
        : 'Brak powodu z art. 7 pkt 2–15 ani innej okoliczności uzasadniającej pomoc (samo ubóstwo nie wystarcza).',
    'art8.referenceMonth': (s) =>
      s.inputs.incomeLost
        ? `Utrata dochodu: dochód z miesiąca złożenia wniosku, ${month(s.outcome)}`
        : `Dochód z miesiąca poprzedzającego złożenie wniosku (${day(s.inputs.applicationDate)}): ${month(s.outcome)}`,
    'art8.excluded': (s) => `${src(s.inputs.source)}: nie wlicza się do dochodu (${s.inputs.note}).`,
    'art8.integratorExcluded': (s) => `${src(s.inputs.source)}: przychód wyłączony z dochodu decyzją ośrodka (${s.inputs.note}).`,
    'art8.netReceipt': ({ inputs: i }) =>
      i.month === i.referenceMonth
        ? `${src(i.source)}: przychód ${zl(i.gross)} − podatek ${zl(i.incomeTax)} − składki zdrowotne ${zl(i.healthContribution)} − składki społeczne ${zl(i.socialContributions)} = ${zl(i.net)}.`
        : `${src(i.source)}: przychód otrzymany w ${inMonth(i.month)}, a dochód ustala się ${zMonth(i.referenceMonth)}: nie wlicza się.`,
    'art8.dueForPeriod': (s) =>
      `${src(s.inputs.source)}: dochód należny za okres od ${fromMonth(s.inputs.from)} do ${fromMonth(s.inputs.to)} (${months(s.inputs.months)}), w ${inMonth(s.inputs.referenceMonth)}: ${zl(s.outcome)}.`,
    'art8.oneOffSpread': ({ inputs: i, outcome }) =>
      `${src(i.source)}: dochód jednorazowy ${zl(i.net)} przekracza ${i.multiplier} × kryterium = ${zl(i.threshold)}; rozlicza się go w równych częściach na ${months(i.months)} od ${fromMonth(i.paidIn)}; w ${inMonth(i.referenceMonth)}: ${zl(outcome)}.`,
    'art8.business': ({ inputs: i }) =>
      `Działalność gospodarcza (zasady ogólne podatku dochodowego): przychód ${zl(i.revenue)} − koszty ${zl(i.costs)} − podatek ${zl(i.incomeTax)} − składki ${zl(i.contributions)} = ${zl(i.result)}${i.result < 0 ? ` (strata: przyjęto ${zl(0)})` : ''}${i.month === i.referenceMonth ? '' : `; przychód ${zMonth(i.month)}, a dochód ustala się ${zMonth(i.referenceMonth)}: nie wlicza się`}.`,
    'art8.flatRateBusiness': (s) =>
      `Działalność na ryczałcie lub karcie podatkowej: dochód zadeklarowany ${zl(s.inputs.declaredIncome)} — ${s.inputs.decision === 'count' ? 'przyjęty' : 'wyłączony'} decyzją ośrodka; wliczono ${zl(s.outcome)}.`,
    'art8.farmBelowOneHectare': (s) => `Gospodarstwo rolne: ${s.inputs.conversionHectares.replace('.', ',')} ha przeliczeniowych (łącznie poniżej ${s.inputs.thresholdHectares.replace('.', ',')} ha): nie wlicza się.`,
    'art8.farm': ({ inputs: i, outcome }) =>
      `Gospodarstwo rolne: ${i.conversionHectares.replace('.', ',')} ha przeliczeniowych × ${i.incomePerHectare === null ? 'stawka nieustalona' : zl(i.incomePerHectare)} = ${zl(i.flatIncome)}${i.monthlyContribution === null ? ' (składki KRUS nie podano: nic nie odliczono)' : ` − składka KRUS ${zl(i.monthlyContribution)}`} = ${zl(outcome)} miesięcznie.`,
    'art8.maintenancePaid': ({ inputs: i, outcome }) =>
      i.month === i.referenceMonth
        ? `Alimenty świadczone na rzecz innych osób: −${zl(-outcome)}.`
        : `Alimenty świadczone na rzecz innych osób, ${zl(i.amount)}, ${zMonth(i.month)}, a dochód ustala się ${zMonth(i.referenceMonth)}: nie odlicza się.`,
    'art8.maintenanceBeyondIncome': ({ inputs: i }) =>
      i.choice === 'wholeFamily'
        ? `Nadwyżka alimentów ponad dochód płacącego, ${zl(i.excess)}, pomniejsza dochód rodziny (wybór ośrodka).`
        : i.choice === 'memberOnly'
          ? `Nadwyżka alimentów ponad dochód płacącego, ${zl(i.excess)}, nie pomniejsza dochodu pozostałych członków (wybór ośrodka).`
          : `Nadwyżka alimentów ponad dochód płacącego: ${zl(i.excess)}; sposób liczenia nie został wybrany.`,
    'art6.familyIncome': (s) => `Dochód rodziny ${zl(s.inputs.familyIncome)}; ${persons(s.inputs.householdSize)}; dochód na osobę ${zl(s.outcome)}.`,
    'art8.singlePersonIncome': (s) => `Dochód osoby samotnie gospodarującej: ${zl(s.outcome)}.`,
    'art8.localThreshold': ({ inputs: i, outcome, basis }) =>
      `Prawo miejscowe: uchwała rady gminy ${i.gmina} nr ${i.resolution} z ${day(i.adoptedOn)} (${i.publishedIn}) podwyższa kwotę uprawniającą do tego zasiłku do ${i.percentOfCriterion}% kryterium: ${zl(outcome)} (${formatLegalBasis(basis)}).`,
    'art37.person': ({ inputs: i }) =>
      `Pełnoletność: ${i.adult ? 'tak' : 'nie'} (${countPl(i.age, ['rok', 'lata', 'lat'])}); niezdolność do pracy: ${unableToWorkWords(i.unableToWork)}.`,
    'art37.concurrentEntitlement': ({ inputs: i }) =>
      i.excluding.length > 0
        ? `Zbieg uprawnień: osoba ma prawo do ${concurrent(i.excluding)}; zasiłek stały nie przysługuje, wypłaca się ${i.excluding.length > 1 ? 'tamte świadczenia' : 'tamto świadczenie'}.`
        : 'Wskazane świadczenia nie wyłączały w tym dniu zasiłku stałego.',
    'art37.incomeTest': ({ inputs: i }) =>
      i.family
        ? `Dochód własny ${zl(i.ownIncome)} ${lower(i.ownBelow, 'jest niższy od', 'nie jest niższy od')} kryterium ${zl(i.criterion)}; dochód na osobę w rodzinie ${zl(i.incomePerPerson)} ${lower(i.familyBelow, 'jest niższy od', 'nie jest niższy od')} kryterium.`
        : `Dochód ${zl(i.ownIncome)} ${lower(i.ownBelow, 'jest niższy od', 'nie jest niższy od')} kryterium dochodowego osoby samotnie gospodarującej ${zl(i.criterion)} (wymóg: „niższy od”).`,
    'art37.amount': ({ inputs: i, outcome }) => {
      const subtracted = i.family ? `${zl(i.familyIncome)} ÷ ${i.householdSize}` : zl(i.ownIncome);
      const floor = i.computed < i.minimum ? ` → nie mniej niż ${zl(i.minimum)}` : '';
      const cap = i.maximum !== null && Math.max(i.computed, i.minimum) > i.maximum ? ` → nie więcej niż ${zl(i.maximum)}` : '';
      // the formula of the period in force (until the end of 2023: criterion − income, art. 37 ust. 2 in its old wording)
      const old = i.formula === 'criterion-minus-income' ? ' (wzór obowiązujący w tym dniu: kryterium − dochód)' : '';
      return `Kwota: ${i.percentOfCriterion}% × ${zl(i.criterion)} = ${zl(i.base)}; ${zl(i.base)} − ${subtracted} = ${zl(i.computed)}${floor}${cap} → ${zl(outcome)} miesięcznie${old}.`;
    },
    'art38.incomeTest': ({ inputs: i, outcome }) =>
      `Dochód ${i.family ? 'rodziny ' : ''}${zl(i.income)} ${lower(outcome, 'jest niższy od', 'nie jest niższy od')} ${i.family ? `kryterium dochodowego rodziny (${i.householdSize} × ${zl(i.perPersonCriterion)})` : 'kryterium dochodowego osoby samotnie gospodarującej'} ${zl(i.threshold)}${i.local ? ' (próg z uchwały gminy)' : ''}.`,
    'art38.amount': ({ inputs: i }) => {
      const cap = i.capOrigin === null ? '' : `; górna granica dla osoby samotnie gospodarującej ${i.cap === null ? 'nieustalona' : zl(i.cap)} (${capWords(i.capOrigin, i.capStatedBy, i.capChangeDay)})`;
      const range = i.maximum === null ? `co najmniej ${zl(i.minimum)} miesięcznie; górna granica nieustalona` : `od ${zl(i.minimum)} do ${zl(i.maximum)} miesięcznie`;
      return `Różnica ${zl(i.criterion)} − ${zl(i.income)} = ${zl(i.difference)}; co najmniej ${i.minimumSharePercent}% różnicy = ${zl(i.shareAmount)}, nie mniej niż ${zl(i.floor)}, nie więcej niż różnica${cap} → ${range}.`;
    },
    'art38.localMinimumShare': ({ inputs: i }) =>
      `Prawo miejscowe: uchwała nr ${i.resolution} z ${day(i.adoptedOn)} (${i.publishedIn}) podwyższa minimalną kwotę do ${i.percentOfDifference}% różnicy.`,
    'art8.incomeTest': ({ inputs: i, outcome }) =>
      `Dochód ${zl(i.income)} ${lower(outcome, 'nie przekracza', 'przekracza')} ${i.family ? 'kryterium dochodowego rodziny' : 'kryterium dochodowego osoby samotnie gospodarującej'} ${zl(i.threshold)}${i.local ? ' (próg z uchwały gminy)' : ''}.`,
    'art40.loss': ({ inputs: i }) =>
      i.event !== null
        ? `Straty w wyniku ${i.event === 'disaster' ? 'klęski żywiołowej lub ekologicznej' : 'zdarzenia losowego'}: ${i.description ?? ''}. Zasiłek może być przyznany niezależnie od dochodu i może nie podlegać zwrotowi.`
        : 'Brak zdiagnozowanego zdarzenia losowego ani klęski (art. 7 pkt 14–15).',
    'art41.incomeAbove': ({ inputs: i }) =>
      `Dochód ${zl(i.income)} ${lower(i.income > i.criterion, 'przekracza', 'nie przekracza')} kryterium ${zl(i.criterion)}; szczególnie uzasadniony przypadek: ${i.particularlyJustified === true ? 'stwierdzony' : i.particularlyJustified === false ? 'niestwierdzony' : 'nie wskazano'}.`,
    'art41.amount': (s) => `Kwota nie może przekroczyć kryterium: do ${zl(s.inputs.criterion)}; zasiłek nie podlega zwrotowi.`,
    'art45.socialWork': () => 'Praca socjalna jest świadczona bez względu na dochód (art. 45 u.p.s.); nie wymaga decyzji administracyjnej (art. 106 ust. 2).',
    'art106.proRata': ({ inputs: i, outcome }) =>
      `Niepełny miesiąc (${month(i.month)}): ${zl(i.monthlyAmount)} ÷ ${i.daysInMonth} dni × ${countPl(i.days, ['dzień', 'dni', 'dni'])} (od ${day(i.from)} do ${day(i.to)}) = ${zl(outcome)}.`,
    'art106.incomeChange': ({ inputs: i, outcome }) =>
      `Zmiana dochodu o ${zl(i.change)} ${lower(outcome, 'przekracza', 'nie przekracza')} ${i.tolerancePercent}% kryterium (${zl(i.tolerance)}): ${outcome ? 'wysokość świadczenia ustala się na nowo' : 'nie wpływa na wysokość świadczenia'}.`,
  },
  reasons: {
    'ups.inForce': ({ inputs: i }) => `Dzień ${day(i.asOf)} jest sprzed wejścia w życie ustawy o pomocy społecznej (${day(i.actInForceFrom)}): poza zakresem.`,
    'art5.scope': ({ inputs: i }) =>
      `Zakres uprawnień osoby o statusie „${status(i.legalStatus)}” do świadczenia „${benefit(i.benefit)}” nie jest rozstrzygnięty w materiale źródłowym (art. 5a / art. 5 pkt 2 lit. b niezweryfikowane w tym zakresie).`,
    'art5.entitlement': ({ inputs: i }) =>
      i.residenceMissing ? 'Brak miejsca zamieszkania i pobytu na terytorium RP.' : `Status „${status(i.legalStatus)}” nie daje prawa do świadczenia „${benefit(i.benefit)}”.`,
    'art13.custody': ({ inputs: i }) =>
      i.custody === 'servingSentence' ? 'Osobie odbywającej karę pozbawienia wolności nie przysługuje prawo do świadczeń.' : 'Osobie tymczasowo aresztowanej zawiesza się prawo do świadczeń.',
    'art8.grounds': () => 'Brak powodu z art. 7 pkt 2–15 u.p.s. ani innej okoliczności uzasadniającej pomoc: samo ubóstwo nie wystarcza.',
    'art8.incomeOfNonMember': () => 'Pozycja dochodu dotyczy osoby, która nie jest członkiem gospodarstwa domowego: popraw dane, zanim dochód zostanie ustalony.',
    'art8.kindNotInForce': ({ inputs: i }) => `${src(i.source)}: według materiału źródłowego takie świadczenie nie istniało w dniu ${day(i.asOf)}: sprawdź rodzaj pozycji.`,
    'art8.cashBenefitOnly': () =>
      'Świadczenie uzupełniające nie jest dochodem przy świadczeniach pieniężnych, a jest przy innych formach pomocy (art. 8 ust. 4a): wskaż, o jaką pomoc chodzi.',
    'art8.unverifiedIncome': ({ inputs: i }) =>
      `${src(i.source)}: traktowanie tego świadczenia jako dochodu nie jest zweryfikowane (${i.note}); ośrodek musi rozstrzygnąć: liczyć czy wyłączyć.`,
    'art8.flatRateBusiness': () =>
      'Dochód z działalności na ryczałcie lub karcie podatkowej — obecne brzmienie art. 8 ust. 5 pkt 2 niezweryfikowane (wyrok TK K 30/05); ośrodek musi rozstrzygnąć, czy przyjąć zadeklarowany dochód.',
    'art8.maintenanceBeyondIncome': ({ inputs: i }) =>
      `Alimenty świadczone przez członka gospodarstwa przewyższają jego dochód o ${zl(i.excess)}. Ustawa nie rozstrzyga, czy nadwyżka pomniejsza dochód rodziny: ośrodek musi wybrać sposób liczenia.`,
    'art37.adult': () => 'Zasiłek stały przysługuje osobie pełnoletniej.',
    'art37.unableToWork': () => 'Brak niezdolności do pracy z powodu wieku ani całkowitej niezdolności do pracy.',
    'art37.concurrentEntitlement': (r) =>
      `Zbieg uprawnień: osoba ma prawo do ${concurrent(r.inputs.excluding)}, więc zasiłek stały nie przysługuje.${r.flags?.includes('lowConfidence') ? ' Uwaga: to, że wykaz obejmuje to świadczenie, nie zostało potwierdzone w tekście ustawy — sprawdź przed decyzją.' : ''}`,
    'art37.incomeTest': ({ inputs: i }) => `Dochód nie jest niższy od kryterium dochodowego (${zl(i.criterion)}), a zasiłek stały wymaga dochodu niższego od kryterium.`,
    'art37.bornAfterAsOf': ({ inputs: i }) => `Data urodzenia wnioskodawcy jest późniejsza niż dzień oceny (${day(i.asOf)}): sprawdź dane osoby.`,
    'art38.incomeTest': ({ inputs: i }) => `Dochód ${zl(i.income)} nie jest niższy od kryterium ${zl(i.threshold)}.`,
    'art38.amountAboveStatutoryCriterion': ({ inputs: i }) =>
      `Dochód mieści się między kryterium ustawowym (${zl(i.criterion)}) a progiem z uchwały (${zl(i.threshold)}): sposób ustalenia kwoty nie wynika z materiału źródłowego — ustala go ośrodek.`,
    'art38.capSinglePerson': ({ inputs: i }) =>
      `Górna granica zasiłku okresowego dla osoby samotnie gospodarującej w tym dniu nie jest znana: nowelizacja z 2021 r. zastąpiła kwotę${i.previousCap === null ? '' : ` ${zl(i.previousCap)}`} (stosowaną na pewno do ${day(i.previousCapUntil)}) kryterium dochodowym na osobę w rodzinie (stosowanym na pewno od ${day(i.newCapFrom)}), ale dzień wejścia zmiany w życie nie został ustalony. Ośrodek musi wskazać ten dzień; do tego czasu górna granica nie jest podana.`,
    'art39.amount': () => 'Ustawa nie określa najniższej ani najwyższej kwoty zwykłego zasiłku celowego (w materiale źródłowym nie znaleziono takiej kwoty): kwotę ustala ośrodek według potrzeby.',
    'art8.incomeTest': ({ inputs: i }) =>
      `Dochód ${zl(i.income)} przekracza kryterium ${zl(i.threshold)}; w szczególnie uzasadnionym przypadku możliwy specjalny zasiłek celowy (art. 41 u.p.s.).`,
    'art40.loss': () => 'Art. 40 wymaga strat w wyniku zdarzenia losowego albo klęski żywiołowej lub ekologicznej.',
    'art41.incomeAbove': () => 'Dochód nie przekracza kryterium: właściwy jest zwykły zasiłek celowy (art. 39).',
    'art41.justified': () => 'Nie stwierdzono szczególnie uzasadnionego przypadku.',
  },
  benefits: {
    permanentAllowance: 'Zasiłek stały (art. 37 u.p.s.)',
    periodicAllowance: 'Zasiłek okresowy (art. 38 u.p.s.)',
    purposeAllowance: 'Zasiłek celowy (art. 39 u.p.s.)',
    randomEventPurposeAllowance: 'Zasiłek celowy w związku ze zdarzeniem losowym lub klęską (art. 40 u.p.s.)',
    specialPurposeAllowance: 'Specjalny zasiłek celowy (art. 41 pkt 1 u.p.s.)',
    socialWork: 'Praca socjalna (art. 45 u.p.s.)',
  },
  parameters: {
    'incomeCriteria.singlePerson': 'kryterium dochodowe osoby samotnie gospodarującej',
    'incomeCriteria.perPersonInFamily': 'kryterium dochodowe na osobę w rodzinie',
    'incomeCriteria.family': 'kryterium dochodowe rodziny',
    'permanentAllowance.percentOfCriterion': 'odsetek kryterium (zasiłek stały)',
    'permanentAllowance.min': 'najniższa kwota zasiłku stałego',
    'permanentAllowance.maxSinglePerson': 'najwyższa kwota zasiłku stałego osoby samotnie gospodarującej',
    'periodicAllowance.minimum': 'najniższa kwota zasiłku okresowego',
    'periodicMinimumShare.singlePersonPercent': 'minimalny odsetek różnicy (osoba samotnie gospodarująca)',
    'periodicMinimumShare.familyPercent': 'minimalny odsetek różnicy (rodzina)',
    periodicCapSinglePerson: 'górna granica zasiłku okresowego osoby samotnie gospodarującej',
    'lumpSumRules.multiplier': 'krotność kryterium dla dochodu jednorazowego',
    farmIncomePerHectare: 'dochód z 1 ha przeliczeniowego',
    'incomeChangeTolerance.percent': 'dopuszczalna zmiana dochodu',
  },
  tables: {
    incomeCriteria: 'kryteria dochodowe',
    permanentAllowanceRules: 'zasiłek stały: kwoty',
    periodicAllowanceRules: 'zasiłek okresowy: najniższa kwota',
    periodicMinimumShare: 'zasiłek okresowy: minimalny odsetek różnicy',
    farmIncomePerHectare: 'dochód z 1 ha przeliczeniowego',
  },
  confidence: {
    V: 'wartość potwierdzona w tekście ustawy',
    S: 'wartość z wtórnego źródła — sprawdź przed decyzją',
    R: 'wartość niepotwierdzona w żadnym tekście — sprawdź przed decyzją',
    C: 'źródła podają różne wartości — sprawdź przed decyzją',
  },
  flags: { localLaw: 'prawo miejscowe', unverified: 'niezweryfikowane', integratorDecision: 'decyzja ośrodka', lowConfidence: 'słabe źródło' },
  money: zl,
  date: day,
  warnings: {
    title: 'Uwagi',
    outside: (w) =>
      `Nie wliczono ${w.items.length === 1 ? 'pozycji dochodu' : `${w.items.length} pozycji dochodu`} ${[...new Set(w.items.map((i) => i.month))].map(zMonth).join(', ')}, bo dochód ustala się ${zMonth(w.referenceMonth)} (art. 8 ust. 3 u.p.s.): sprawdź, czy data jest właściwa.`,
    farm: (w) =>
      `Nie podano składki KRUS dla ${w.itemIds.length === 1 ? 'gospodarstwa rolnego' : 'gospodarstw rolnych'}: nic nie odliczono od dochodu z gospodarstwa (art. 8 ust. 3 pkt 2 u.p.s.).`,
    stale: (w, table) =>
      `Wartość parametru „${table}” jest niezweryfikowana od ${day(w.unverifiedFrom)}: użyto ostatniej znanej; kryteria dochodowe weryfikuje się co trzy lata (art. 9 u.p.s.): sprawdź, czy nie ogłoszono nowych.`,
  },
  words: {
    eligible: 'przysługuje',
    notEligible: 'nie przysługuje',
    unsupported: 'nie można rozstrzygnąć',
    amount: 'kwota',
    range: 'w granicach',
    from: 'od',
    to: 'do',
    month: 'miesięcznie',
    reasons: 'Powody',
    open: 'Kwestie nierozstrzygnięte',
    steps: 'Ustalenia',
    inForce: 'w mocy od',
    until: 'do',
    decision: 'Wymaga decyzji administracyjnej (art. 106 ust. 1 u.p.s.).',
    noDecision: 'Nie wymaga decyzji administracyjnej (art. 106 ust. 2 u.p.s.).',
    unknownParameter: 'parametr prawa',
    callerValue: 'wartość podana przez ośrodek, nie z ustawy w SDK',
    unknownRule: 'ustalenie spoza katalogu tej wersji',
    malformed: 'Nie można przedstawić wyniku: jego dane są niepełne albo pochodzą z innej wersji — oceń sprawę ponownie.',
  },
} as const satisfies EligibilityCatalogue;
