import type { Actor, CaseEvent, CaseEventInput, CaseEventInputOf, CaseEventType } from '../../src/index.js';

/**
 * A small helper for writing a case stream by hand: numbers the events of one case (`<caseId>/e1`,
 * `/e2`, …) and types each payload by its event type, dates as plain `'YYYY-MM-DD'` strings. Integrators
 * use their own ids; the SDK only asks that they are unique within the stream.
 */
export function eventLog(caseId: string) {
  const events: CaseEventInput[] = [];
  function add<T extends CaseEventType>(type: T, date: string, actor: Actor, payload: CaseEventInputOf<T>['payload']): CaseEventInput {
    const event = { schemaVersion: 2, id: `${caseId}/e${events.length + 1}`, caseId, date, actor, type, payload } as CaseEventInput;
    events.push(event);
    return event;
  }
  return { events, add, asEvents: () => events as readonly unknown[] as readonly CaseEvent[] };
}
