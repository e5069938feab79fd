/**
 * The example service's HTTP API on node:http, over the store in store.ts:
 *   POST /cases/:caseId/events   { "expectedVersion": n, "event": {…} }
 *        201 appended · 200 duplicate (same id, same content) · 409 conflict · 422 refused, with issues
 *   GET  /cases/:caseId          the state replayed from the stream (404 if none)
 *   POST /eligibility            a request → { result, explanation } (422 with issues)
 * Messages in Polish, or English with ?lang=en. Bodies are bounded (1 MiB).
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { type Issue, type Language, assessEligibility, explain, formatIssue } from '../../src/index.js';
import { type Db, append, readCase } from './store.js';

const MAX_BODY = 1024 * 1024;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
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
export function handler(db: Db) {
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
export function createService(db: Db) {
  const handle = handler(db);
  return createServer((req, res) => void handle(req, res));
}
