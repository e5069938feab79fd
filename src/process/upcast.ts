import type { Issue } from '../issues/issue.js';
import type { Result } from '../_lib/result.js';
import { digestOf } from '../machine/digest.js';
import type { ReplayError } from '../machine/result.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Ids the upcaster derives: the source id, a slash and a suffix; shortened (with a fingerprint of the
 * source id, so two long ids stay apart) to fit the 128-character limit of `Id`, and numbered until
 * unused in the stream, so a derived id never collides with an id the stream already has.
 */
function deriver(taken: Set<string>) {
  return (base: string, suffix: string): string => {
    const head = base.length + suffix.length + 1 <= 120 ? base : `${base.slice(0, 100)}~${digestOf(base)}`;
    let candidate = `${head}/${suffix}`;
    for (let n = 2; taken.has(candidate); n++) candidate = `${head}/${suffix}-${n}`;
    taken.add(candidate);
    return candidate;
  };
}

const progressOf: Record<string, string> = { inProgress: 'partly', done: 'done', missed: 'notDone' };

/** One 0.1 case-log event in the current shape (contract events are handled apart); `undefined` drops it. */
function caseEvent(e: Json, base: Json): Json | undefined {
  const p = isObject(e['payload']) ? e['payload'] : {};
  const type = str(e['type']);
  switch (type) {
    case 'monitoringNoteAdded':
      if (p['kind'] === 'meeting') {
        return { ...base, type: 'meetingRecorded', payload: { place: null, clientIds: [], staffIds: [], attendance: 'attended', formsOfWork: [], note: p['text'] } };
      }
      return { ...base, type, payload: { kind: p['kind'], text: p['text'] } };
    case 'actionProgressRecorded':
      return { ...base, type, payload: { actionId: p['actionId'], progress: progressOf[str(p['status'])] ?? p['status'], text: p['text'], justification: p['justification'] } };
    case 'circumstanceObserved':
      return { ...base, type: 'breachCircumstanceNoted', payload: { ground: p['ground'], description: p['description'], evidence: p['evidence'] } };
    default:
      return { ...base, type, payload: p };
  }
}

const contractTypes: Record<string, string> = {
  drafted: 'contractDrafted', draftRevised: 'contractDraftRevised', signed: 'contractSigned', approved: 'contractApproved', refused: 'contractRefused',
  reviewed: 'contractReviewed', amended: 'contractAnnexed', completed: 'contractCompleted', terminated: 'contractTerminated', expired: 'contractExpired',
};

/** One 0.1 contract-log event in the current shape, for the case `caseId`. */
function contractEvent(e: Json, caseId: string): Json {
  const p = isObject(e['payload']) ? e['payload'] : {};
  const contractId = e['contractId'];
  const head = { schemaVersion: 2, id: e['id'], caseId, date: e['date'], actor: e['actor'], type: contractTypes[str(e['type'])] ?? e['type'] };
  if (e['type'] === 'drafted') {
    const { caseId: _c, household: _h, shelter, ...rest } = p;
    return { ...head, payload: { contractId, ...rest, shelter: shelter ?? null } };
  }
  return { ...head, payload: { contractId, ...p } };
}

/** Ties on a date: contract events first (an approval before the meeting it allows), but a draft after the case's own events of that day, and closure last. */
function rank(e: Json, fromContractLog: boolean): number {
  if (e['type'] === 'caseClosed') return 3;
  if (fromContractLog) return e['type'] === 'contractDrafted' ? 2 : 0;
  return 1;
}

/**
 * Carries a 0.1.0 stream (`schemaVersion: 1`) into the current shape (`schemaVersion: 2`), merging the
 * 0.1 contract logs of the case into its one stream.
 *
 * @remarks What changes: monitoring meetings become `meetingRecorded` (place not recorded), action
 * statuses become progress (`missed` → `notDone`), `circumstanceObserved` becomes
 * `breachCircumstanceNoted`, entry ids become the event ids. The 0.1 case log's `contractProposed` and
 * `contractSigned` are replaced by the contract logs' own events (drafted, signed by each party,
 * approved, reviewed, amended → annexed, …), merged by date; without a contract log, a social contract
 * is carried as drafted from the case's goals and actions and signed by both parties, but an IPWzB is
 * refused (`upcast_failed`): 0.1 recorded the head's approval only in the contract log. 0.1 had no
 * team: every assistant, psychologist or other social worker who recorded in the case is assigned to
 * its team from their first entry (`teamMemberAssigned`, by the owner, with a derived id).
 * @example
 * ```ts
 * import { upcastStream } from 'praca-socjalna';
 * declare const caseLog01: unknown[];
 * declare const contractLog01: unknown[];
 * const r = upcastStream(caseLog01, [contractLog01]);
 * if (r.ok) r.value.length;
 * ```
 * @category Process
 */
export function upcastStream(caseLog: readonly unknown[], contractLogs: readonly (readonly unknown[])[] = []): Result<Record<string, unknown>[], ReplayError> {
  const fail = (index: number, issue: Issue): Result<Json[], ReplayError> => ({ ok: false, error: { index, issues: [issue] } });
  if (!Array.isArray(caseLog) || !Array.isArray(contractLogs) || !contractLogs.every((log) => Array.isArray(log))) {
    return { ok: false, error: { index: 0, issues: [{ code: 'stream_not_a_list', path: [] }] } };
  }
  const events = caseLog.filter(isObject);
  if (events.length !== caseLog.length) return fail(caseLog.findIndex((e) => !isObject(e)), { code: 'upcast_failed', path: [], eventType: 'unknown' });
  const caseId = str(events[0]?.['caseId']);
  const taken = new Set<string>([...events.map((e) => str(e['id'])), ...contractLogs.flat().filter(isObject).map((e) => str(e['id']))]);
  const derive = deriver(taken);
  const logged = new Set(contractLogs.flatMap((log) => log.filter(isObject).map((e) => str(e['contractId']))));
  const merged: { e: Json; r: number; i: number }[] = [];
  // what a contract drafted from the case log alone is made of
  const known = { problems: [] as unknown[], resources: [] as unknown[], limitations: [] as unknown[], assessment: null as unknown, mainGoal: null as unknown, specificGoals: [] as unknown[], actions: [] as Json[] };
  let owner: unknown = null;
  let proposal: Json | undefined;
  for (const [index, e] of events.entries()) {
    if (e['schemaVersion'] !== 1) return fail(index, { code: 'upcast_failed', path: ['schemaVersion'], eventType: str(e['type']) });
    const p = isObject(e['payload']) ? e['payload'] : {};
    const base = { schemaVersion: 2, id: e['id'], caseId: e['caseId'], date: e['date'], actor: e['actor'] };
    const type = str(e['type']);
    if (type === 'caseOpened') owner = p['owner'];
    if (type === 'caseReassigned') owner = p['newOwner'];
    if (type === 'problemDiagnosed') known.problems.push(p['problem']);
    if (type === 'resourceIdentified') known.resources.push(p['resource']);
    if (type === 'limitationIdentified') known.limitations.push(p['limitation']);
    if (type === 'diagnosisCompleted') known.assessment = p['assessment'];
    if (type === 'mainGoalSet') known.mainGoal = p['goal'];
    if (type === 'specificGoalAdded') known.specificGoals.push(p['goal']);
    if (type === 'actionPlanned' && isObject(p['action'])) known.actions.push(p['action']);
    if (type === 'actionRevised' && isObject(p['action'])) {
      const revised = p['action'];
      known.actions = known.actions.map((a) => (a['id'] === revised['id'] ? revised : a));
    }
    if (type === 'contractProposed') {
      proposal = e;
      continue;
    }
    if (type === 'contractSigned' || type === 'contractRefused') {
      const contractId = type === 'contractSigned' ? str(p['contractId']) : derive(str(e['id']), 'contract');
      if (logged.has(contractId) || (type === 'contractSigned' && logged.size > 0)) continue; // the contract log is authoritative
      if (type === 'contractRefused' && logged.size > 0) continue;
      const kind = isObject(proposal?.['payload']) ? proposal['payload']['kind'] : 'socialContract';
      if (kind === 'homelessnessExitProgramme' && type === 'contractSigned') return fail(index, { code: 'upcast_failed', path: ['type'], eventType: type });
      const from = type === 'contractSigned' ? p['validFrom'] : e['date'];
      const to = type === 'contractSigned' ? p['validTo'] : e['date'];
      const ready = known.actions.filter((a) => a['status'] !== 'cancelled' && a['responsible'] !== null && typeof a['deadline'] === 'string' && a['deadline'] >= str(from) && a['deadline'] <= str(to));
      const applicant = isObject(p['clientSignature']) ? p['clientSignature']['personId'] : undefined;
      const draftedId = proposal !== undefined ? proposal['id'] : derive(str(e['id']), 'draft');
      merged.push({
        e: {
          ...base, id: draftedId, date: proposal?.['date'] ?? e['date'], type: 'contractDrafted',
          payload: {
            contractId, kind, variant: kind === 'socialContract' ? 'A' : null, shelter: null,
            parties: { clientIds: applicant !== undefined ? [applicant] : [], worker: owner, centre: 'ośrodek pomocy społecznej' },
            content: {
              assessment: { causes: known.problems, resources: known.resources, limitations: known.limitations, summary: known.assessment },
              unemployment: null, mainGoal: known.mainGoal, specificGoals: known.specificGoals, actions: ready, centreSupport: [],
              period: { from, to }, evaluation: { method: 'ocena realizacji według planu (nie zapisana w wersji 1)', everyDays: 30 },
            },
          },
        },
        r: 1, i: merged.length,
      });
      if (type === 'contractRefused') {
        merged.push({ e: { ...base, type, payload: { contractId, reason: p['reason'] } }, r: 1, i: merged.length });
      } else {
        merged.push({ e: { ...base, type, payload: { contractId, party: 'client', personId: applicant } }, r: 1, i: merged.length });
        merged.push({ e: { ...base, id: derive(str(e['id']), 'worker'), type, payload: { contractId, party: 'worker' } }, r: 1, i: merged.length });
      }
      proposal = undefined;
      continue;
    }
    const mapped = caseEvent(e, base);
    if (mapped !== undefined) merged.push({ e: mapped, r: rank(mapped, false), i: merged.length });
  }
  for (const log of contractLogs) {
    for (const raw of log) {
      if (!isObject(raw) || raw['schemaVersion'] !== 1) return fail(0, { code: 'upcast_failed', path: ['schemaVersion'], eventType: str(isObject(raw) ? raw['type'] : '') });
      const mapped = contractEvent(raw, caseId);
      merged.push({ e: mapped, r: rank(mapped, true), i: merged.length });
    }
  }
  merged.sort((a, b) => (str(a.e['date']) < str(b.e['date']) ? -1 : str(a.e['date']) > str(b.e['date']) ? 1 : a.r - b.r || a.i - b.i));
  // 0.1 had no team: whoever recorded in the case joins it from their first entry, assigned by the owner
  const out: Json[] = [];
  const onTeam = new Set<string>();
  let current: Json | undefined;
  for (const { e } of merged) {
    const p = isObject(e['payload']) ? e['payload'] : {};
    if (e['type'] === 'caseOpened' && isObject(p['owner'])) current = p['owner'];
    const actor = isObject(e['actor']) ? e['actor'] : {};
    const role = str(actor['role']);
    if (current !== undefined && (role === 'assistant' || role === 'psychologist' || role === 'socialWorker') && actor['id'] !== current['id'] && !onTeam.has(str(actor['id']))) {
      onTeam.add(str(actor['id']));
      out.push({ schemaVersion: 2, id: derive(str(e['id']), 'team'), caseId: e['caseId'], date: e['date'], actor: current, type: 'teamMemberAssigned', payload: { member: actor } });
    }
    if (e['type'] === 'caseReassigned' && isObject(p['newOwner'])) current = p['newOwner'];
    out.push(e);
  }
  return { ok: true, value: out };
}
