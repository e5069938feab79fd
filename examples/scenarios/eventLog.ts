import type { Actor, CaseEvent, CaseEventOf, CaseEventType, CivilDate } from '../../src/index.js';

/**
 * A small helper for writing event logs by hand: numbers the events of one case (`<caseId>/e1`, `/e2`, …).
 * Integrators use their own ids; the SDK only asks that they are unique within the case.
 */
export function eventLog(caseId: string) {
  const events: CaseEvent[] = [];
  function add<T extends CaseEventType>(type: T, date: string, actor: Actor, payload: CaseEventOf<T>['payload']): CaseEvent {
    const event = {
      schemaVersion: 1,
      id: `${caseId}/e${events.length + 1}`,
      caseId,
      date: date as CivilDate,
      actor,
      type,
      payload,
    } as CaseEvent;
    events.push(event);
    return event;
  }
  return { events, add };
}
