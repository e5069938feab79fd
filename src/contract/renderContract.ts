import type { Language } from '../issues/issue.js';
import { assistanceGrounds } from '../law/assistanceGround.js';
import { legalSources } from '../law/sources.js';
import type { ResponsibleParty } from '../case/action.js';
import type { Household } from '../case/household.js';
import type { ContractState } from './contractState.js';

/** Escapes any value for HTML text and attributes: whatever a state holds, even one that skipped validation. */
const esc = (value: unknown): string =>
  String(value ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const t = {
  pl: {
    socialContract: 'KONTRAKT SOCJALNY',
    homelessnessExitProgramme: 'INDYWIDUALNY PROGRAM WYCHODZENIA Z BEZDOMNOŚCI',
    familyWorkPlan: 'PLAN PRACY Z RODZINĄ',
    between: 'określający sposób współdziałania między:',
    variantA: 'osobą/rodziną a pracownikiem socjalnym w zakresie rozwiązywania trudnej sytuacji życiowej (część I A i II A)',
    variantB: 'osobą a pracownikiem socjalnym w celu wzmocnienia aktywności i samodzielności życiowej, zawodowej lub przeciwdziałania wykluczeniu społecznemu (część I B i II B)',
    ipwzb: 'opracowany przez pracownika socjalnego wspólnie z osobą bezdomną (art. 49 ustawy o pomocy społecznej)',
    ipwzbShelter: 'opracowany przez pracownika socjalnego schroniska wspólnie z osobą bezdomną (art. 49 ustawy o pomocy społecznej):',
    family: 'opracowany przez asystenta rodziny wspólnie z rodziną (ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej)',
    concluded: 'zawarty w dniu', notConcluded: 'projekt — niepodpisany', version: 'wersja',
    parties: 'Strony', client: 'Osoba / rodzina', worker: 'Pracownik', centre: 'Ośrodek', pesel: 'PESEL', born: 'ur.',
    partI: 'Część I', assessment: 'Ocena sytuacji', causes: 'Przyczyny trudnej sytuacji życiowej', resources: 'Możliwości i zasoby (mocne strony osoby, rodziny, środowiska)',
    limitations: 'Ograniczenia i bariery', summary: 'Ocena pracownika socjalnego',
    unemployment: 'Diagnoza sytuacji na rynku pracy', unemploymentCauses: 'Przyczyny bezrobocia', jobSearchLimitations: 'Ograniczenia w znalezieniu pracy',
    previousActivation: 'Wcześniejsze działania aktywizujące', reasonsForFailure: 'Powody ich niepowodzenia', referral: 'Skierowanie powiatowego urzędu pracy',
    partII: 'Część II', agreed: 'Ustalenia', mainGoal: 'Cel główny', specificGoals: 'Cele szczegółowe', goal: 'Cel', by: 'Termin osiągnięcia',
    actions: 'Działania i zobowiązania stron', no: 'Lp.', action: 'Działanie', responsible: 'Osoba odpowiedzialna', deadline: 'Termin realizacji', result: 'Oczekiwany rezultat',
    support: 'Wsparcie ze strony ośrodka', form: 'Forma', scope: 'Zakres', time: 'Czas', period: 'Okres obowiązywania', from: 'od', to: 'do',
    evaluation: 'Sposób i terminy oceny realizacji', every: 'nie rzadziej niż co', days: 'dni',
    notice: 'Pouczenie',
    noticeText: 'Brak współdziałania osoby lub rodziny z pracownikiem socjalnym, odmowa zawarcia kontraktu socjalnego oraz niedotrzymywanie jego postanowień mogą stanowić podstawę do odmowy przyznania świadczenia, uchylenia decyzji o przyznaniu świadczenia lub wstrzymania świadczeń pieniężnych z pomocy społecznej (art. 11 ust. 2 ustawy o pomocy społecznej). Przy wydawaniu takiej decyzji bierze się pod uwagę sytuację osób pozostających na utrzymaniu osoby, której dotyczą te okoliczności (art. 11 ust. 3).',
    signatures: 'Podpisy', signature: 'podpis', date: 'data', approval: 'Zatwierdzam — kierownik ośrodka', approvedOn: 'zatwierdzono dnia',
    amendments: 'Aneksy', annex: 'Aneks nr', ending: 'Zakończenie i ocena końcowa',
    responsibleKinds: { client: 'osoba / rodzina', socialWorker: 'pracownik socjalny', assistant: 'asystent', institution: '' },
    assistantKinds: { family: 'asystent rodziny', homeless: 'asystent osoby bezdomnej', disability: 'asystent osoby z niepełnosprawnością', intercultural: 'asystent międzykulturowy' },
    holders: { person: 'osoba', family: 'rodzina', environment: 'środowisko' }, sources: { person: 'osoba', environment: 'środowisko' },
    endings: { completed: 'zrealizowany', terminated: 'rozwiązany', expired: 'wygasł' },
    reasons: { breach: 'niedotrzymanie postanowień', clientWithdrawal: 'rezygnacja osoby', changedCircumstances: 'zmiana okoliczności', death: 'śmierć', movedAway: 'zmiana miejsca zamieszkania' },
    art7: 'art. 7 pkt',
    form2010: `Układ według wzoru z rozporządzenia Ministra Pracy i Polityki Społecznej z dnia 8 listopada 2010 r. w sprawie wzoru kontraktu socjalnego (${legalSources.contractForm2010.journal}); tytuły sekcji wewnętrznych niezweryfikowane.`,
    formIpwzb: `Program według art. 49 ustawy o pomocy społecznej; układ na wzór dawnego rozporządzenia w sprawie IPWzB (${legalSources.homelessnessProgramme2001.journal}), które utraciło moc.`,
    formFamily: `Plan pracy z rodziną asystenta rodziny (${legalSources.familySupport2011.title}).`,
    noticeCooperation: 'Brak współdziałania osoby lub rodziny z pracownikiem socjalnym lub asystentem rodziny w rozwiązywaniu trudnej sytuacji życiowej może stanowić podstawę do odmowy przyznania świadczenia, uchylenia decyzji o przyznaniu świadczenia lub wstrzymania świadczeń pieniężnych z pomocy społecznej (art. 11 ust. 2 ustawy o pomocy społecznej). Przy wydawaniu takiej decyzji bierze się pod uwagę sytuację osób pozostających na utrzymaniu osoby, której dotyczą te okoliczności (art. 11 ust. 3).',
  },
  en: {
    socialContract: 'SOCIAL CONTRACT',
    homelessnessExitProgramme: 'INDIVIDUAL PROGRAMME FOR LEAVING HOMELESSNESS',
    familyWorkPlan: 'PLAN OF WORK WITH THE FAMILY',
    between: 'setting out how the parties cooperate:',
    variantA: 'the person/family and the social worker, in solving a difficult life situation (parts I A and II A)',
    variantB: 'the person and the social worker, to strengthen activity and independence in life and work or to prevent social exclusion (parts I B and II B)',
    ipwzb: 'drawn up by the social worker together with the homeless person (art. 49 of the Social Assistance Act)',
    ipwzbShelter: "drawn up by the shelter's social worker together with the homeless person (art. 49 of the Social Assistance Act):",
    family: 'drawn up by the family assistant together with the family (Act of 9 June 2011 on supporting the family and the foster-care system)',
    concluded: 'concluded on', notConcluded: 'draft — not signed', version: 'version',
    parties: 'Parties', client: 'Person / family', worker: 'Worker', centre: 'Centre', pesel: 'PESEL', born: 'born',
    partI: 'Part I', assessment: 'Assessment of the situation', causes: 'Causes of the difficult life situation', resources: 'Possibilities and resources (strengths of the person, family, environment)',
    limitations: 'Limitations and barriers', summary: "The social worker's assessment",
    unemployment: 'Labour-market diagnosis', unemploymentCauses: 'Causes of unemployment', jobSearchLimitations: 'Limitations in finding a job',
    previousActivation: 'Earlier activation', reasonsForFailure: 'Why it failed', referral: 'Referral by the county labour office',
    partII: 'Part II', agreed: 'Agreed', mainGoal: 'Main goal', specificGoals: 'Specific goals', goal: 'Goal', by: 'To be reached by',
    actions: 'Actions and obligations of the parties', no: 'No.', action: 'Action', responsible: 'Responsible', deadline: 'Deadline', result: 'Expected result',
    support: 'Support from the centre', form: 'Form', scope: 'Scope', time: 'Time', period: 'Period', from: 'from', to: 'to',
    evaluation: 'How and when it is evaluated', every: 'at least every', days: 'days',
    notice: 'Notice',
    noticeText: 'Lack of cooperation with the social worker, refusal to conclude a social contract and not keeping its terms may be a basis to refuse a benefit, revoke the decision granting it, or suspend cash benefits of social assistance (art. 11 ust. 2 of the Social Assistance Act). Such a decision takes into account the situation of the persons dependent on the person concerned (art. 11 ust. 3).',
    signatures: 'Signatures', signature: 'signature', date: 'date', approval: 'Approved — head of the centre', approvedOn: 'approved on',
    amendments: 'Amendments', annex: 'Annex no.', ending: 'End and final evaluation',
    responsibleKinds: { client: 'person / family', socialWorker: 'social worker', assistant: 'assistant', institution: '' },
    assistantKinds: { family: 'family assistant', homeless: 'assistant of a homeless person', disability: 'assistant of a person with disability', intercultural: 'intercultural assistant' },
    holders: { person: 'person', family: 'family', environment: 'environment' }, sources: { person: 'person', environment: 'environment' },
    endings: { completed: 'completed', terminated: 'terminated', expired: 'expired' },
    reasons: { breach: 'breach of its terms', clientWithdrawal: "client's withdrawal", changedCircumstances: 'changed circumstances', death: 'death', movedAway: 'moved away' },
    art7: 'art. 7 pkt',
    form2010: `Laid out after the form of the regulation of the Minister of Labour and Social Policy of 8 November 2010 on the form of the social contract (${legalSources.contractForm2010.journal}); inner section titles not verified.`,
    formIpwzb: `Programme under art. 49 of the Social Assistance Act; laid out after the former IPWzB regulation (${legalSources.homelessnessProgramme2001.journal}), no longer in force.`,
    formFamily: "A family assistant's plan of work with the family (Act of 9 June 2011 on supporting the family and the foster-care system).",
    noticeCooperation: 'Lack of cooperation of the person or family with the social worker or the family assistant in solving the difficult life situation may be a basis to refuse a benefit, revoke the decision granting it, or suspend cash benefits of social assistance (art. 11 ust. 2 of the Social Assistance Act). Such a decision takes into account the situation of the persons dependent on the person concerned (art. 11 ust. 3).',
  },
} as const;

function responsible(r: ResponsibleParty | null, lang: Language): string {
  const w = t[lang];
  if (r === null) return '—';
  // A switch with a default, not an exhaustive match: a state that skipped validation must still render.
  switch (r.kind) {
    case 'institution':
      return r.name;
    case 'assistant':
      return w.assistantKinds[r.assistantKind] ?? '';
    case 'client':
    case 'socialWorker':
      return w.responsibleKinds[r.kind];
    default:
      return '';
  }
}

/** Dates as a Polish document writes them (03.02.2025), ISO in English. */
const dateIn = (lang: Language) => (date: string): string => esc(lang === 'pl' ? String(date).split('-').reverse().join('.') : date);

const list = (items: readonly string[]) => (items.length === 0 ? '<p>—</p>' : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);

/**
 * Renders a contract as a printable HTML document that follows the structure of the official form
 * (parts I and II, variant A or B; an IPWzB and a family work plan alike), ready for signature.
 *
 * @remarks Deterministic: the same contract gives the same bytes (no clock, no ids). Every value it
 * prints is escaped — names, PESEL, dates, numbers, labels — whatever the state holds, even a state that
 * skipped validation. The household is the case's (`CaseState.household`). The inner section titles of the 2010 form were not available in the reference (R): the
 * layout follows its header and the elements the sources name.
 * @example
 * ```ts
 * import { renderContract, type ContractState, type Household } from 'praca-socjalna';
 * declare const contract: ContractState;
 * declare const household: Household;
 * const html: string = renderContract(contract, household, 'pl');
 * ```
 * @category Contract
 */
export function renderContract(contract: ContractState, household: Household, lang: Language): string {
  const w = t[lang];
  const dt = dateIn(lang);
  const c = contract.content;
  const people = new Map(household.members.map((m) => [m.person.id, m.person]));
  const title = esc(w[contract.kind]);
  const purpose =
    contract.kind === 'socialContract' ? (contract.variant === 'B' ? w.variantB : w.variantA)
    : contract.kind === 'homelessnessExitProgramme' ? (contract.shelter ? `${w.ipwzbShelter} ${esc(contract.shelter.shelter)}` : w.ipwzb)
    : contract.kind === 'familyWorkPlan' ? w.family
    : '';
  const part = contract.kind === 'socialContract' ? ` ${esc(contract.variant ?? 'A')}` : '';
  const clients = contract.parties.clientIds.map((id) => {
    const p = people.get(id);
    return p ? `${esc(p.firstName)} ${esc(p.lastName)}, ${w.born} ${dt(p.birthDate)}${p.pesel ? `, ${w.pesel} ${esc(p.pesel)}` : ''}` : esc(id);
  });
  const version = contract.versions.length > 0 ? contract.versions.length : 0;

  const out: string[] = [];
  out.push('<!DOCTYPE html>', `<html lang="${esc(lang)}">`, '<head>', '<meta charset="utf-8">', `<title>${title} — ${esc(contract.contractId)}</title>`);
  out.push(
    '<style>body{font-family:serif;max-width:48em;margin:2em auto;line-height:1.4}h1{text-align:center;font-size:1.4em}' +
      'table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:.3em;vertical-align:top}' +
      '.stamp{border:1px dashed #000;width:14em;height:4em;padding:.3em}.sig{height:3em;border-bottom:1px solid #000}' +
      '@media print{body{margin:0}}</style>',
  );
  out.push('</head>', '<body>');
  const form = contract.kind === 'socialContract' ? w.form2010 : contract.kind === 'homelessnessExitProgramme' ? w.formIpwzb : w.formFamily;
  out.push(`<!-- ${form} -->`);
  out.push(`<header><div class="stamp">${esc(contract.parties.centre)}</div>`);
  out.push(`<h1>${title}</h1>`);
  out.push(`<p>${contract.kind === 'socialContract' ? `${w.between} ${purpose}` : purpose}</p>`);
  out.push(`<p>${contract.concludedOn ? `${w.concluded} ${dt(contract.concludedOn)}` : w.notConcluded} · ${esc(contract.contractId)}${version > 1 ? ` · ${w.version} ${esc(version)}` : ''}</p></header>`);

  out.push(`<section id="parties"><h2>${w.parties}</h2><table>`);
  out.push(`<tr><th>${w.client}</th><td>${clients.join('<br>')}</td></tr>`);
  out.push(`<tr><th>${w.worker}</th><td>${esc(contract.parties.worker.name)}</td></tr>`);
  out.push(`<tr><th>${w.centre}</th><td>${esc(contract.parties.centre)}</td></tr></table></section>`);

  out.push(`<section id="part-I"><h2>${w.partI}${part}. ${w.assessment}</h2>`);
  out.push(`<h3>1. ${w.causes}</h3>`);
  out.push(list(c.assessment.causes.map((p) => {
    const g = Object.hasOwn(assistanceGrounds, p.ground) ? assistanceGrounds[p.ground] : undefined;
    const ground = g?.point ? ` (${w.art7} ${esc(g.point)}: ${esc(lang === 'pl' ? g.statutePl : g.nameEn)})` : '';
    return `${esc(p.description)}${ground}`;
  })));
  out.push(`<h3>2. ${w.resources}</h3>`);
  out.push(list(c.assessment.resources.map((r) => `${esc(r.description)} <small>(${esc(w.holders[r.holder])})</small>`)));
  out.push(`<h3>3. ${w.limitations}</h3>`);
  out.push(list(c.assessment.limitations.map((l) => `${esc(l.description)} <small>(${esc(w.sources[l.source])})</small>`)));
  if (c.assessment.summary) out.push(`<h3>4. ${w.summary}</h3><p>${esc(c.assessment.summary)}</p>`);
  if (c.unemployment) {
    const u = c.unemployment;
    out.push(`<h3>${w.unemployment}</h3><table>`);
    for (const [k, v] of [[w.unemploymentCauses, u.unemploymentCauses], [w.jobSearchLimitations, u.jobSearchLimitations], [w.previousActivation, u.previousActivation], [w.reasonsForFailure, u.reasonsForFailure]] as const) {
      out.push(`<tr><th>${k}</th><td>${v.map(esc).join('; ') || '—'}</td></tr>`);
    }
    out.push(`<tr><th>${w.referral}</th><td>${u.referral ? `${esc(u.referral.labourOffice)}, ${dt(u.referral.date)}` : '—'}</td></tr></table>`);
  }
  out.push('</section>');

  out.push(`<section id="part-II"><h2>${w.partII}${part}. ${w.agreed}</h2>`);
  out.push(`<h3>1. ${w.mainGoal}</h3><p>${esc(c.mainGoal.description)} — ${w.by.toLowerCase()}: ${dt(c.mainGoal.targetDate)}</p>`);
  out.push(`<h3>2. ${w.specificGoals}</h3>`);
  out.push(`<table><tr><th>${w.no}</th><th>${w.goal}</th><th>${w.by}</th></tr>`);
  c.specificGoals.forEach((g, i) => out.push(`<tr><td>${i + 1}</td><td>${esc(g.description)}</td><td>${dt(g.targetDate)}</td></tr>`));
  out.push('</table>');
  out.push(`<h3>3. ${w.actions}</h3>`);
  out.push(`<table><tr><th>${w.no}</th><th>${w.action}</th><th>${w.responsible}</th><th>${w.deadline}</th><th>${w.result}</th></tr>`);
  c.actions.forEach((a, i) =>
    out.push(`<tr><td>${i + 1}</td><td>${esc(a.description)}</td><td>${esc(responsible(a.responsible, lang))}</td><td>${a.deadline ? dt(a.deadline) : '—'}</td><td>${a.expectedResult ? esc(a.expectedResult) : '—'}</td></tr>`),
  );
  out.push('</table>');
  out.push(`<h3>4. ${w.support}</h3>`);
  out.push(`<table><tr><th>${w.form}</th><th>${w.scope}</th><th>${w.time}</th></tr>`);
  for (const s of c.centreSupport) out.push(`<tr><td>${esc(s.form)}</td><td>${esc(s.scope)}</td><td>${esc(s.time)}</td></tr>`);
  out.push('</table>');
  out.push(`<h3>5. ${w.period}</h3><p>${w.from} ${dt(c.period.from)} ${w.to} ${dt(c.period.to)}</p>`);
  out.push(`<h3>6. ${w.evaluation}</h3><p>${esc(c.evaluation.method)}; ${w.every} ${esc(c.evaluation.everyDays)} ${w.days}</p>`);
  out.push('</section>');

  out.push(`<section id="notice"><h2>${w.notice}</h2><p>${contract.kind === 'socialContract' ? w.noticeText : w.noticeCooperation}</p></section>`);

  out.push(`<section id="signatures"><h2>${w.signatures}</h2><table><tr>`);
  const signers = [...contract.parties.clientIds.map((id) => ({ id, name: clients[contract.parties.clientIds.indexOf(id)] ?? id })), { id: contract.parties.worker.id, name: esc(contract.parties.worker.name) }];
  for (const s of signers) {
    const signed = contract.signatures.find((x) => x.id === s.id);
    out.push(`<td><div class="sig"></div>${s.name.split(',')[0]}<br><small>${w.date}: ${signed ? dt(signed.date) : '…………'}</small></td>`);
  }
  out.push('</tr></table>');
  if (contract.kind === 'homelessnessExitProgramme' && (contract.shelter === null || contract.shelter.beyondShelterMeans)) {
    out.push(`<p>${w.approval}: <span class="sig" style="display:inline-block;width:14em"></span>${contract.approval ? ` — ${esc(contract.approval.by.name)}, ${w.approvedOn} ${dt(contract.approval.date)}` : ''}</p>`);
  }
  out.push('</section>');

  if (contract.versions.length > 1) {
    out.push(`<section id="amendments"><h2>${w.amendments}</h2><ol>`);
    for (const v of contract.versions.slice(1)) out.push(`<li>${w.annex} ${esc(v.version - 1)}, ${dt(v.effectiveFrom)}: ${esc(v.reason ?? '')}</li>`);
    out.push('</ol></section>');
  }
  if (contract.ending) {
    const e = contract.ending;
    out.push(`<section id="ending"><h2>${w.ending}</h2><p>${dt(e.date)}: ${esc(w.endings[e.status])}${e.reason ? ` — ${esc(w.reasons[e.reason])}` : ''}${e.note ? `. ${esc(e.note)}` : ''}</p>`);
    if (e.finalEvaluation) out.push(`<p>${esc(e.finalEvaluation)}</p>`);
    out.push('</section>');
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}
