/**
 * The IPWzB (art. 49 u.p.s.) of the homeless man in Sopot, as a contract log: drafted from the case at
 * the contract stage, signed by both parties, approved by the head of the centre, reviewed every two
 * weeks, amended after the missed therapy, completed at closure.
 */
import { type CaseState, type CivilDate, type ContractEvent, type ContractEventOf, type ContractEventType, draftContractFromCase, replay } from '../../src/index.js';
import { assistant, head, homelessManSopot, worker } from './homelessManSopot.js';

/** The case state on the day the IPWzB was proposed. */
export function sopotCaseAtContract(): CaseState {
  const log = homelessManSopot();
  const index = log.findIndex((e) => e.type === 'contractProposed');
  const r = replay(log.slice(0, index + 1));
  if (!r.ok) throw new Error('the Sopot log must replay');
  return r.value;
}

export function sopotIpwzb(): ContractEvent[] {
  const state = sopotCaseAtContract();
  const content = draftContractFromCase(state, {
    period: { from: '2025-02-03' as CivilDate, to: '2026-01-31' as CivilDate },
    centreSupport: [
      { form: 'praca socjalna i asystentura', scope: 'spotkania z asystentem osoby bezdomnej: towarzyszenie, motywowanie, monitorowanie', time: 'raz w tygodniu przez okres programu' },
      { form: 'schronienie', scope: 'miejsce w noclegowni do czasu wynajęcia pokoju', time: 'luty 2025 – styczeń 2026' },
      { form: 'zasiłek celowy', scope: 'opłata za dowód osobisty i zdjęcia', time: 'luty 2025' },
      { form: 'dofinansowanie najmu', scope: 'współfinansowanie najmu pokoju przez MOPS', time: 'od wynajęcia pokoju' },
    ],
    evaluation: { method: 'spotkania ewaluacyjne pracownika socjalnego, asystenta i klienta; dokumentacja asystenta', everyDays: 14 },
  });
  if (content === undefined) throw new Error('the case has a main goal at the contract stage');
  const events: ContractEvent[] = [];
  const add = <T extends ContractEventType>(type: T, date: string, actor: ContractEvent['actor'], payload: ContractEventOf<T>['payload']) =>
    events.push({ schemaVersion: 1, id: `ipwzb-2025-001/e${events.length + 1}`, contractId: 'ipwzb-2025-001', date: date as CivilDate, actor, type, payload } as ContractEvent);

  add('drafted', '2025-01-29', worker, {
    caseId: state.caseId,
    kind: 'homelessnessExitProgramme',
    variant: null,
    household: state.household,
    parties: { clientIds: ['p-marek'], worker, centre: 'Miejski Ośrodek Pomocy Społecznej w Sopocie' },
    content,
  });
  add('signed', '2025-02-03', worker, { party: 'client', personId: 'p-marek' });
  add('signed', '2025-02-03', worker, { party: 'worker' });
  add('approved', '2025-02-03', head, { note: 'Program zatwierdzony; realizacja z asystentem osoby bezdomnej.' });
  add('reviewed', '2025-02-17', assistant, { summary: 'Dowód osobisty w trakcie wydawania; spotkania co tydzień.' });
  add('reviewed', '2025-03-03', worker, { summary: 'Terapia umówiona; rejestracja w PUP przed terminem.' });
  const amended = {
    ...content,
    actions: content.actions.map((a) =>
      a.id === 'a-therapy' ? { ...a, description: 'Podjąć terapię w poradni leczenia uzależnień (nowy termin)', deadline: '2025-03-31' as CivilDate, status: 'inProgress' as const } : a,
    ),
  };
  add('amended', '2025-03-12', worker, { content: amended, reason: 'Nieobecność na terapii usprawiedliwiona zaświadczeniem lekarskim; nowy termin rozpoczęcia terapii.', signedByClientIds: ['p-marek'] });
  for (const [date, summary] of [
    ['2025-03-26', 'Regularny udział w terapii.'],
    ['2025-04-09', 'Poszukiwanie pracy z doradcą PUP.'],
    ['2025-04-23', 'Rozmowy kwalifikacyjne.'],
    ['2025-05-07', 'Oferta pracy spawacza.'],
    ['2025-05-21', 'Podjął pracę na otwartym rynku.'],
  ] as const) add('reviewed', date, worker, { summary });
  add('completed', '2026-01-30', worker, { finalEvaluation: 'Cele programu osiągnięte: praca na otwartym rynku, terapia ukończona, pokój wynajęty ze współfinansowaniem MOPS.' });
  return events;
}
