import type { Actor, CaseEvent, CaseEventInput, CaseEventInputOf, CaseEventType } from '../../src/index.js';

/**
 * A small helper for writing a case stream by hand: numbers the events of one case (`<caseId>/e1`,
 * `/e2`, …) and types each payload by its event type, dates as plain `'YYYY-MM-DD'` strings. Integrators
 * use their own ids; the SDK only asks that they are unique within the stream. `audit` is when and by
 * which user account the event was recorded (the audit trail), distinct from the date of the fact.
 */
export function eventLog(caseId: string) {
  const events: CaseEventInput[] = [];
  function add<T extends CaseEventType>(
    type: T,
    date: string,
    actor: Actor,
    payload: CaseEventInputOf<T>['payload'],
    audit?: { readonly recordedAt: string; readonly recordedBy: string },
  ): CaseEventInput {
    const event = { schemaVersion: 2, id: `${caseId}/e${events.length + 1}`, caseId, date, actor, type, payload, ...audit } as CaseEventInput;
    events.push(event);
    return event;
  }
  return { events, add, asEvents: () => events as readonly unknown[] as readonly CaseEvent[] };
}
