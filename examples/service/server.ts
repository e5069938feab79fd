/**
 * The example service's HTTP API on node:http, over the store in store.ts:
 *   POST /cases/:caseId/events   { "expectedVersion": n, "event": {…} }
 *        201 appended · 200 duplicate (same id, same content) · 409 conflict · 422 refused, with issues
 *   GET  /cases/:caseId          the state replayed from the stream (404 if none)
 *   GET  /cases/:caseId/contracts/:contractId   the contract as HTML for signature (renderContract)
 *   GET  /agenda?worker=&role=&asOf=&horizonDays=   a worker's agenda across the stored cases
 *   POST /eligibility            a request → { result, explanation } (422 with issues)
 *   GET  /openapi.json           the OpenAPI 3.1 document, generated from the JSON Schemas (openapi.ts)
 * Messages and documents in Polish, or English with ?lang=en. Bodies are bounded (1 MiB).
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import {
  type CaseState, type Issue, type Language, Role, agenda, agendaMarkdown, assessEligibility, explain, formatIssue, isCivilDate, renderContract,
} from '../../src/index.js';
import { type Db, append, readAllCases, readCase } from './store.js';

/** What the service is given besides its database: the OpenAPI document it serves, and its clock. */
export interface ServiceOptions {
  readonly openapi?: Record<string, unknown> | undefined;
  /** Today's date, for an agenda asked without `asOf`. */
  readonly today?: (() => string) | undefined;
}

const MAX_BODY = 1024 * 1024;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendHtml(res: ServerResponse, html: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
  res.end(html);
}

/** The role the stored cases record for an actor id: as the owner or a member of the team. */
function roleOf(states: readonly CaseState[], actorId: string): string | undefined {
  for (const s of states) {
    if (s.owner.id === actorId) return s.owner.role;
    const member = s.team.find((t) => t.member.id === actorId);
    if (member) return member.member.role;
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new HttpError(413, 'body too large'));
      else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new HttpError(400, 'body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const issuesIn = (issues: readonly Issue[], lang: Language) => issues.map((i) => ({ ...i, message: formatIssue(i, lang) }));

/** The request handler, given a database. */
export function handler(db: Db, options: ServiceOptions = {}) {
  const today = options.today ?? (() => new Date().toLocaleDateString('sv-SE'));
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const lang: Language = url.searchParams.get('lang') === 'en' ? 'en' : 'pl';
    try {
      const events = /^\/cases\/([^/]+)\/events$/.exec(url.pathname);
      const one = /^\/cases\/([^/]+)$/.exec(url.pathname);
      if (events && req.method === 'POST') {
        const body = (await readBody(req)) as { expectedVersion?: unknown; event?: unknown };
        if (typeof body !== 'object' || body === null || !Number.isInteger(body.expectedVersion) || (body.expectedVersion as number) < 0) {
          throw new HttpError(400, 'expectedVersion must be a non-negative integer');
        }
        const caseId = decodeURIComponent(events[1]!);
        const r = await append(db, caseId, body.expectedVersion as number, body.event);
        if (r.kind === 'appended') return send(res, 201, { version: r.version, stage: r.state.stage });
        if (r.kind === 'duplicate') return send(res, 200, { version: r.version, duplicate: true });
        if (r.kind === 'conflict') return send(res, 409, { conflict: r.reason, currentVersion: r.currentVersion });
        return send(res, 422, { issues: issuesIn(r.issues, lang) });
      }
      if (one && req.method === 'GET') {
        const state = await readCase(db, decodeURIComponent(one[1]!));
        return state ? send(res, 200, state) : send(res, 404, { error: 'no such case' });
      }
      const contract = /^\/cases\/([^/]+)\/contracts\/([^/]+)$/.exec(url.pathname);
      if (contract && req.method === 'GET') {
        const state = await readCase(db, decodeURIComponent(contract[1]!));
        const found = state?.contracts.find((c) => c.contractId === decodeURIComponent(contract[2]!));
        if (state === undefined || found === undefined) return send(res, 404, { error: state === undefined ? 'no such case' : 'no such contract' });
        return sendHtml(res, renderContract(found, state.household, lang));
      }
      if (url.pathname === '/agenda' && req.method === 'GET') {
        const asOf = url.searchParams.get('asOf') ?? today();
        if (!isCivilDate(asOf)) throw new HttpError(400, 'asOf must be a date YYYY-MM-DD');
        const horizon = url.searchParams.get('horizonDays');
        const horizonDays = horizon === null ? undefined : Number(horizon);
        if (horizonDays !== undefined && !(Number.isInteger(horizonDays) && horizonDays >= 0 && horizonDays <= 366)) throw new HttpError(400, 'horizonDays must be an integer 0–366');
        const states = await readAllCases(db);
        const worker = url.searchParams.get('worker');
        const askedRole = url.searchParams.get('role');
        if (askedRole !== null && !Role.safeParse(askedRole).success) throw new HttpError(400, 'role is not a role of the SDK');
        // A worker no case records sees nothing of theirs: the role only matters for the head, who sees all.
        const actor = worker === null ? undefined : { id: worker, role: askedRole ?? roleOf(states, worker) ?? 'socialWorker' };
        const due = agenda(states, asOf, { actor, horizonDays });
        const names = new Map(states.map((s) => [s.caseId, s.household.members.find((m) => m.relation === 'applicant')?.person]));
        const caseName = (id: string) => {
          const p = names.get(id);
          return p ? `${p.firstName} ${p.lastName}` : lang === 'pl' ? 'sprawa bez wnioskodawcy' : 'a case with no applicant';
        };
        // Staff are named as the cases record them: owners, team members, authorised persons.
        const staff = new Map(states.flatMap((s) => [s.owner, ...s.ownerHistory.map((h) => h.owner), ...s.team.map((t) => t.member), ...s.authorisations.map((x) => x.holder)]).map((a) => [a.id, a.name]));
        return send(res, 200, { agenda: due, markdown: agendaMarkdown(due, lang, { caseName, staffName: (id) => staff.get(id) ?? '' }) });
      }
      if (url.pathname === '/openapi.json' && req.method === 'GET' && options.openapi) return send(res, 200, options.openapi);
      if (url.pathname === '/eligibility' && req.method === 'POST') {
        const r = assessEligibility(await readBody(req));
        return r.ok ? send(res, 200, { result: r.value, explanation: explain(r.value, lang) }) : send(res, 422, { issues: issuesIn(r.error, lang) });
      }
      send(res, 404, { error: 'not found' });
    } catch (err) {
      if (err instanceof HttpError) return send(res, err.status, { error: err.message });
      send(res, 500, { error: 'internal error' });
    }
  };
}

/** An HTTP server over `db`; call `listen` on it. */
export function createService(db: Db, options: ServiceOptions = {}) {
  const handle = handler(db, options);
  return createServer((req, res) => void handle(req, res));
}
