/**
 * The stream of examples/zpsNr3Sobriety.ts (seed 000, ZPS nr 3): a man with alcohol dependence gives
 * written consent, is referred to the addiction clinic and accepted; a referral without consent and one
 * by a worker who is not on the case team are refused. Persons are invented. Shipped as the fixture
 * `zps3-sobriety`.
 */
import type { CaseEventInput } from '../../src/index.js';
import { eventLog } from './eventLog.js';

export const worker = { id: 'sw-halina', name: 'Halina Zając', role: 'socialWorker' } as const;
export const otherWorker = { id: 'sw-robert', name: 'Robert Bąk', role: 'socialWorker' } as const;

/** The case: opened, interviewed, consent recorded, referral sent and accepted. */
export function zpsNr3Sobriety(): CaseEventInput[] {
  const { events, add } = eventLog('zps3-2025-031');
  add('caseOpened', '2025-02-03', worker, {
    household: { id: 'h-jan', kind: 'singlePerson', members: [{ person: { id: 'p-jan', firstName: 'Jan', lastName: 'Mazur', birthDate: '1971-09-14' }, relation: 'applicant' }] },
    owner: worker,
    source: 'application',
    note: 'Zgłoszenie z komisji rozwiązywania problemów alkoholowych.',
  });
  add('interviewConducted', '2025-02-05', worker, { summary: 'Wywiad w miejscu zamieszkania; klient przyznaje problem alkoholowy.', urgent: false });
  add('consentRecorded', '2025-02-05', worker, {
    consentId: 'zgoda-1', personId: 'p-jan', institutionKinds: ['addictionClinic', 'alcoholCommission'], form: 'written', purpose: 'Podjęcie terapii uzależnienia od alkoholu',
  });
  add('referralSent', '2025-02-06', worker, {
    referralId: 'skier-1', personId: 'p-jan', consentId: 'zgoda-1', institution: { kind: 'addictionClinic', name: 'Poradnia Leczenia Uzależnień' },
    form: 'therapeuticReferral', purpose: 'Terapia w poradni', followUpOn: '2025-02-20',
  });
  add('referralAccepted', '2025-02-12', worker, { referralId: 'skier-1', note: 'Pierwsza sesja 18 lutego' });
  return events;
}

/** Two referrals the machine refuses on that case: one naming a consent the client never gave, one by a worker off the team. */
export function refusedReferrals(events: readonly CaseEventInput[]): { readonly noConsent: unknown; readonly offTeam: unknown } {
  const sent = events[3] as CaseEventInput;
  return {
    noConsent: { ...sent, id: 'zps3-2025-031/x1', date: '2025-02-12', payload: { ...(sent.payload as object), referralId: 'skier-2', consentId: 'zgoda-9' } },
    offTeam: { ...sent, id: 'zps3-2025-031/x2', date: '2025-02-12', actor: otherWorker, payload: { ...(sent.payload as object), referralId: 'skier-3' } },
  };
}
