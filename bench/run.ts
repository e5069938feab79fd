/**
 * npm run bench — speed and memory as ratios against baselines measured in the same run, so the numbers
 * mean the same on any machine: the cost of the SDK's logic over the cost of merely validating its input
 * with zod, and how replay scales with the length of a log.
 */
import {
  type CaseEvent, type CivilDate, CaseEvent as CaseEventSchema, EligibilityRequest, addCivilDays, assessEligibility, replay,
} from '../src/index.js';
import { homelessManSopot, assistant } from '../examples/scenarios/homelessManSopot.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Median time of `fn` in microseconds over `runs` runs, after a warm-up. */
function time(fn: () => unknown, runs = 15): number {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  return median(samples);
}

/** The Sopot log, then `extra` assistant notes in monitoring (before the closure), as a long case would grow. */
function longLog(extra: number): CaseEvent[] {
  const base = homelessManSopot() as unknown as CaseEvent[];
  const closing = base.at(-1) as CaseEvent;
  const body = base.slice(0, -1);
  let date = (body.at(-1) as CaseEvent).date;
  const notes: CaseEvent[] = [];
  for (let i = 0; i < extra; i++) {
    if (i % 4 === 0) date = addCivilDays(date, 0) as CivilDate;
    notes.push({
      schemaVersion: 2, id: `n-${i}`, caseId: closing.caseId, date: date > closing.date ? closing.date : date, actor: assistant,
      type: 'monitoringNoteAdded', payload: { kind: 'note', text: `Spotkanie ${i}` },
    } as CaseEvent);
  }
  return [...body, ...notes, closing];
}

const rows: string[][] = [];
const row = (...cells: (string | number)[]) => rows.push(cells.map(String));

// 1. Replay against validation alone
for (const n of [100, 1000, 4000]) {
  const log = longLog(n);
  const parse = time(() => log.map((e) => CaseEventSchema.parse(e)));
  const rep = time(() => replay(log));
  row(`replay, ${log.length} events`, rep.toFixed(0), parse.toFixed(0), (rep / parse).toFixed(2), 'zod parse of the same events');
}

// 2. Scaling: doubling the log should about double the time (linear), not quadruple it
{
  const a = longLog(2000);
  const b = longLog(4000);
  const ta = time(() => replay(a), 9);
  const tb = time(() => replay(b), 9);
  row(`replay scaling ${b.length}/${a.length} events`, tb.toFixed(0), ta.toFixed(0), (tb / ta).toFixed(2), 'replay of half the log (2.00 = linear)');
}

// 3. Eligibility against validation alone
{
  const request = {
    benefit: 'periodicAllowance', asOf: '2025-03-20', application: { date: '2025-03-15', incomeLost: false },
    household: { id: 'h', kind: 'family', members: [
      { person: { id: 'a', firstName: 'A', lastName: 'B', birthDate: '1980-01-01' }, relation: 'applicant' },
      { person: { id: 'b', firstName: 'C', lastName: 'B', birthDate: '1982-01-01' }, relation: 'spouse' },
      { person: { id: 'c', firstName: 'D', lastName: 'B', birthDate: '2012-01-01' }, relation: 'child' },
    ] },
    problems: [{ id: 'pr', ground: 'unemployment', description: 'Bezrobocie', personIds: [] }],
    persons: [{ personId: 'a', legalStatus: 'polishCitizen', residesInPoland: true, custody: 'none', unableToWork: null }],
    income: Array.from({ length: 12 }, (_, i) => ({
      kind: 'receipt', id: `i${i}`, personId: i % 2 ? 'a' : 'b', source: 'employment', month: '2025-02', gross: 50000 + i, incomeTax: 1000,
      healthContribution: 3000, socialContributions: 5000, oneOff: false, forPeriod: null,
    })),
  };
  const parse = time(() => { for (let i = 0; i < 100; i++) EligibilityRequest.parse(request); });
  const assess = time(() => { for (let i = 0; i < 100; i++) assessEligibility(request); });
  row('assessEligibility ×100 (12 income items)', assess.toFixed(0), parse.toFixed(0), (assess / parse).toFixed(2), 'EligibilityRequest.parse ×100');
}

// 4. Memory: the replayed state against the JSON of its log
{
  const log = longLog(4000);
  const logBytes = Buffer.byteLength(JSON.stringify(log));
  const r = replay(log);
  const stateBytes = r.ok ? Buffer.byteLength(JSON.stringify(r.value)) : 0;
  row(`state size, ${log.length} events (bytes of JSON)`, stateBytes, logBytes, (stateBytes / logBytes).toFixed(2), 'the JSON of its event log');
}

const header = ['measure', 'value (µs or bytes)', 'baseline', 'ratio', 'baseline is'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ');
process.stdout.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}\n${rows.map(line).join('\n')}\n`);
