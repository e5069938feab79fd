/** A family of four for the art. 11 tests: the client, a partner and two children. */
export const family = {
  id: 'h-k',
  kind: 'family',
  members: [
    { person: { id: 'p-ewa', firstName: 'Ewa', lastName: 'Kamińska', birthDate: '1990-06-11' }, relation: 'applicant' },
    { person: { id: 'p-jan', firstName: 'Jan', lastName: 'Kamiński', birthDate: '1988-01-20' }, relation: 'partner' },
    { person: { id: 'p-ola', firstName: 'Ola', lastName: 'Kamińska', birthDate: '2015-04-02' }, relation: 'child' },
    { person: { id: 'p-kuba', firstName: 'Kuba', lastName: 'Kamiński', birthDate: '2019-09-30' }, relation: 'child' },
  ],
} as const;

export function breachInput(o: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    asOf: '2025-03-20',
    ground: 'refusingContract',
    occurredOn: '2025-03-03',
    description: 'Odmowa podpisania kontraktu socjalnego',
    evidence: ['notatka służbowa z 2025-03-03'],
    clientId: 'p-ewa',
    household: family,
    clientFacts: { unemployed: true, addictedToAlcohol: true },
    hearing: { status: 'noAnswer', deadline: '2025-03-17' },
    justifiedReason: null,
    contractPeriods: [{ contractId: 'k-1', from: '2025-01-01', to: '2025-12-31' }],
    situation: { pendingApplication: true, benefitGranted: true, cashBeingPaid: true },
    ...o,
  };
}
