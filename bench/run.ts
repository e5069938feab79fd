/**
 * npm run bench — the SDK's speed beside what a vendor would otherwise use, on the built package (`dist/`),
 * with every compared variant interleaved in rounds and ratios paired per round (the machine may be
 * shared and noisy). Prints a Markdown table and writes bench/results.json. Ratios are "times faster":
 * above 1 the SDK is faster.
 *
 *   npm run bench            the full run (several minutes)
 *   npm run bench -- --quick everything tiny, only to prove the bench still runs (CI)
 *   npm run bench -- --only=a,c  some parts: (a) eligibility, (b) replay, (c) scaling, (d) bulk,
 *                            (e) cold import, (f) bundle sizes, (g) agenda, (h) compareUnder
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSdk, root } from './lib/sdk.js';
import { type Spread, fmtSpread, interleave, machine, pairedRatio, round, spread } from './lib/stats.js';
import { checkSameAnswers, floor, lawOn, rulesEngine, sdkPaths } from './eligibility.js';
import { march2025, periodicRequest, threePersonSixItems } from './fixtures/households.js';
import { checkSameReplay, replayScaling, replayVsXState, transitionOnLongCase } from './replay.js';
import { importCost } from './importCost.js';
import { importProfile } from './importProfile.js';
import { bundleSizes } from './bundle.js';
import { agendaActor, agendaOfCentre, compareUnderCentre } from './centre.js';

const quick = process.argv.includes('--quick');
const cfg = quick
  ? { rounds: 2, targetMs: 10, check: 50, replayN: 1000, sizes: [250, 500, 1000], scalingRounds: 1, scalingBudgetMs: 2000, bulkN: 2000, bulkBudget: 5, importRounds: 2, agendaCases: 200, agendaEvents: 20, compareN: 2000, compareRounds: 1 }
  : { rounds: 9, targetMs: 150, check: 2000, replayN: 10_000, sizes: [1000, 2000, 4000, 8000, 16_000, 64_000], scalingRounds: 5, scalingBudgetMs: 30_000, bulkN: 1_000_000, bulkBudget: 90, importRounds: 15, agendaCases: 5000, agendaEvents: 200, compareN: 100_000, compareRounds: 3 };
const areas = ['law', 'case', 'process', 'eligibility', 'contract', 'breach', 'interview', 'monitoring'];

const log = (s: string) => process.stderr.write(`${s}\n`);
const rows: string[][] = [];
const row = (measure: string, value: string, target = '', note = '') => rows.push([measure, value, target, note]);
const met = (ok: boolean) => (ok ? 'met' : 'missed');
const startedAt = new Date().toISOString();
const loadAtStart = machine().loadAverage;
const sdk = await loadSdk();
const paths = sdkPaths(sdk);

// (a) Eligibility
async function partA() {
  log('(a) eligibility: checking that every implementation gives the same answers…');
  const agreement = await checkSameAnswers(sdk, cfg.check);
  const law = lawOn(sdk, march2025.asOf);
  const jre = rulesEngine(law);
  const req = threePersonSixItems();
  const parsed = paths.parse(req);
  const eligVariants: Record<string, () => unknown> = {
    assessEligibility: () => paths.assess(req),
    jsonRulesEngine: () => jre(req),
    floor: () => floor(req, law),
  };
  if (paths.validated) eligVariants['assessValidatedEligibility'] = () => (paths.validated as (p: unknown) => unknown)(parsed);
  if (paths.amount) eligVariants['eligibleAmount'] = () => (paths.amount as (p: unknown) => unknown)(parsed);
  log('(a) eligibility: timing…');
  const e = await interleave(eligVariants, { rounds: cfg.rounds, targetMs: cfg.targetMs });
  const sdkMs = e['assessEligibility'] as number[];
  const jreMs = e['jsonRulesEngine'] as number[];
  const floorMs = e['floor'] as number[];
  const fastName = paths.amount ? 'eligibleAmount' : paths.validated ? 'assessValidatedEligibility' : null;
  const pathFigures = (name: string) => {
    const ms = e[name] as number[];
    return { name, opsPerSec: round(1000 / spread(ms).median, 0), vsFloor: pairedRatio(floorMs, ms), vsJsonRulesEngine: pairedRatio(jreMs, ms) };
  };
  const eligibility = {
    household: '3 persons, 6 income items, periodic allowance, full trace',
    agreement,
    opsPerSec: round(1000 / spread(sdkMs).median, 0),
    msPerCall: Object.fromEntries(Object.entries(e).map(([k, v]) => [k, spread(v)])),
    vsJsonRulesEngine: pairedRatio(jreMs, sdkMs),
    vsFloor: pairedRatio(floorMs, sdkMs),
    // the trusted path with the full trace, on a request parsed once
    validatedPath: paths.validated ? pathFigures('assessValidatedEligibility') : null,
    // the amount alone, on a request parsed once
    fastPath: fastName ? pathFigures(fastName) : null,
  };
  const slower = (ms: readonly number[]) => `${fmtSpread(pairedRatio(ms, floorMs), ms === sdkMs ? 0 : 1)} × slower`;
  row('eligibility, assessEligibility: ops/s', String(eligibility.opsPerSec), '', 'validated input, full trace');
  row('eligibility, assessEligibility vs json-rules-engine (× faster)', fmtSpread(eligibility.vsJsonRulesEngine), '≥ 50×', met(eligibility.vsJsonRulesEngine.median >= 50));
  row('eligibility, assessEligibility vs hand-written floor', slower(sdkMs), '', 'results.json keeps times faster');
  const v = eligibility.validatedPath;
  if (v) {
    row('eligibility, assessValidatedEligibility: ops/s; vs floor', `${v.opsPerSec}; ${slower(e[v.name] as number[])}`, '', 'parsed request, full trace');
    row('eligibility, assessValidatedEligibility vs json-rules-engine (× faster)', fmtSpread(v.vsJsonRulesEngine), '', '');
  }
  const f = eligibility.fastPath;
  if (f && f.name !== v?.name) {
    row(`eligibility, ${f.name}: ops/s; vs floor`, `${f.opsPerSec}; ${slower(e[f.name] as number[])}`, '≤ 3× slower', met(f.vsFloor.median >= 1 / 3));
    row(`eligibility, ${f.name} vs json-rules-engine (× faster)`, fmtSpread(f.vsJsonRulesEngine), '', 'parsed request, the amount alone');
  }
  if (!eligibility.fastPath) row('eligibility fast path vs floor', 'not in the package yet', '≤ 3× slower', 'missed');
  return eligibility;
}

// (b) Replay
async function partB() {
  log(`(b) replay of ${cfg.replayN} events…`);
  checkSameReplay(sdk, cfg.replayN);
  const rp = await replayVsXState(sdk, cfg.replayN, quick ? 2 : 7);
  const replay10k = {
    events: rp.events,
    validatedMs: rp.validatedMs.median, trustedMs: rp.trustedMs?.median ?? null, xstateMs: rp.xstateMs.median,
    spreads: { validated: rp.validatedMs, trusted: rp.trustedMs, xstate: rp.xstateMs },
    vsXState: rp.vsXState,
  };
  row(`replay ${rp.events} events, validated (ms)`, fmtSpread(rp.validatedMs, 1), '< 50 ms', met(rp.validatedMs.median < 50));
  row(`replay ${rp.events} events, trusted (ms)`, rp.trustedMs ? fmtSpread(rp.trustedMs, 1) : 'replayTrusted not in the package yet', '< 10 ms', rp.trustedMs ? met(rp.trustedMs.median < 10) : 'missed');
  row('replay vs XState v5 actor (× faster)', `validated ${fmtSpread(rp.vsXState.validated)}${rp.vsXState.trusted ? `; trusted ${fmtSpread(rp.vsXState.trusted)}` : ''}`, '', `XState ${fmtSpread(rp.xstateMs, 1, ' ms')}`);
  return replay10k;
}

// (c) Scaling
async function partC() {
  log('(c) scaling…');
  const replayScale = await replayScaling(sdk, cfg.sizes, cfg.scalingRounds, cfg.scalingBudgetMs);
  const eligScale = await interleave(
    Object.fromEntries([1, 10, 100].map((n) => {
      const r = periodicRequest({ size: 3, items: n, net: 150_000 });
      return [`${n}`, () => paths.assess(r)];
    })),
    { rounds: cfg.rounds, targetMs: cfg.targetMs },
  );
  const transitionLong = await transitionOnLongCase(sdk, cfg.replayN, cfg.rounds);
  type ScaleRow = NonNullable<typeof replayScale.validated>[number];
  // issue 8's test of linearity: the time ratio per doubling over the whole span 8k → 64k (three doublings)
  const span = (t: readonly ScaleRow[]) => {
    const a = t.find((s) => s.events === 8000);
    const b = t.find((s) => s.events === 64_000);
    return a && b ? (b.ms.median / a.ms.median) ** (1 / 3) : null;
  };
  const scaling = {
    replay: replayScale,
    eligibilityByIncomeItems: Object.fromEntries(Object.entries(eligScale).map(([k, v]) => [k, spread(v)])),
    transitionOnLongCase: transitionLong,
    perDoubling8kTo64k: { validated: span(replayScale.validated ?? []), trusted: replayScale.trusted ? span(replayScale.trusted) : null },
  };
  const doublings = (t: readonly ScaleRow[]) => t.map((s) => (s.ratioPerDoubling === null ? '' : `${s.events / 1000}k ${s.ratioPerDoubling.toFixed(2)}`)).filter(Boolean).join(', ');
  const linear = (t: readonly ScaleRow[]) => {
    const r = span(t);
    return r === null ? 'no 8k and 64k sizes in this run' : `8k→64k: ${r.toFixed(2)} per doubling, ${met(r <= 2.2)}`;
  };
  row('replay time ratio per doubling of the case (validated)', doublings(replayScale.validated ?? []), '8k→64k ≤ 2.2 per doubling', linear(replayScale.validated ?? []));
  if (replayScale.trusted) row('replay time ratio per doubling (trusted)', doublings(replayScale.trusted), '8k→64k ≤ 2.2 per doubling', linear(replayScale.trusted));
  row('replay, largest case (ms)', (replayScale.validated ?? []).slice(-1).map((s) => `${s.events / 1000}k events: ${s.ms.median.toFixed(0)} ms, ${s.usPerEvent.toFixed(0)} µs/event`).join(''), '', '');
  row('eligibility by income items 1 / 10 / 100 (ms)', ['1', '10', '100'].map((k) => spread(eligScale[k] as number[]).median.toFixed(3)).join(' / '), 'linear');
  row(`transition on a ${transitionLong.events}-event case: newest / older state (ms)`, `${transitionLong.newestMs.median.toFixed(4)} / ${transitionLong.olderMs.median.toFixed(4)}`, '< 0.05 ms, both', `${met(Math.max(transitionLong.newestMs.median, transitionLong.olderMs.median) < 0.05)}; older = the state half-way through the same chain`);
  return scaling;
}

// (d) Bulk, each mode in its own process so the peak RSS is its own
async function partD() {
  log(`(d) bulk: ${cfg.bulkN} households, at most ${cfg.bulkBudget} s per mode…`);
  const bulkRun = (mode: string) =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'bench/bulk.ts', mode, String(cfg.bulkN), String(cfg.bulkBudget)], { cwd: root, encoding: 'utf8' })) as {
      threads: number; households: number; complete: boolean; seconds: number; secondsForN: number; eligible: number; peakMB: number; path: string; prepareSecondsForN: number; decideSecondsForN: number;
    };
  const single = bulkRun('single');
  const workers = bulkRun('workers');
  const bulk1M = {
    households: cfg.bulkN,
    criteriaChange: '2025-01-01 (asOf 2025-01-20, application 2025-01-15)',
    path: single.path,
    seconds: round(single.secondsForN, 1),
    measured: { households: single.households, seconds: round(single.seconds, 1), extrapolated: !single.complete },
    peakMB: round(single.peakMB, 0),
    eligible: single.eligible,
    // the re-verification proper, on households already validated (the SDK's trusted path), and the cost of
    // preparing them (generating + validating each request), both on one thread
    decideSeconds: round(single.decideSecondsForN, 2),
    prepareSeconds: round(single.prepareSecondsForN, 1),
    workers: [{ threads: workers.threads, seconds: round(workers.secondsForN, 1), measured: { households: workers.households, seconds: round(workers.seconds, 1), extrapolated: !workers.complete }, peakMB: round(workers.peakMB, 0), speedUp: round(single.secondsForN / workers.secondsForN) }],
  };
  row(`bulk ${cfg.bulkN} validated households re-verified, 1 thread (s)`, `${bulk1M.decideSeconds} (deciding only; validating them took ${bulk1M.prepareSeconds} s more)`, '< 5 s', met(bulk1M.decideSeconds < 5));
  row(`bulk ${cfg.bulkN} households, 1 thread (s)`, `${bulk1M.seconds}${single.complete ? '' : ` (extrapolated from ${single.households})`}; peak ${bulk1M.peakMB} MB`, '< 5 s', met(bulk1M.seconds < 5));
  row(`bulk, ${workers.threads} worker threads (s)`, `${bulk1M.workers[0]?.seconds}${workers.complete ? '' : ` (extrapolated from ${workers.households})`}; ×${bulk1M.workers[0]?.speedUp}; peak ${bulk1M.workers[0]?.peakMB} MB`, '< 5 s', met((bulk1M.workers[0]?.seconds ?? Infinity) < 5));
  return bulk1M;
}

// (e) Cold import
async function partE() {
  log('(e) cold import…');
  const imp = await importCost({ rounds: cfg.importRounds, areas });
  const profile = importProfile(quick ? 1 : 5);
  const importResult = { profileMs: profile, esmMs: round(imp.esmMs, 1), cjsMs: round(imp.cjsMs, 1), bundledEsmMs: round(imp.bundledEsmMs, 1), dependenciesMs: round(imp.depsMs, 1), ownModulesMs: imp.ownModulesMs, variants: imp.variants };
  row('cold import, ESM (ms)', fmtSpread(imp.variants['esm: praca-socjalna'] as Spread, 1), '< 50 ms', met(imp.esmMs < 50));
  row('cold import, CJS (ms)', fmtSpread(imp.variants['cjs: praca-socjalna'] as Spread, 1), '', '');
  row('cold import, ESM bundled with its deps (ms)', fmtSpread(imp.variants['esm: bundled into one file (deps included)'] as Spread, 1), '< 50 ms', met(imp.bundledEsmMs < 50));
  row('of which: zod+locales / date-fns / ts-pattern (ms)', ['dep: zod + zod/locales', 'dep: date-fns (7 subpaths used)', 'dep: ts-pattern'].map((k) => (imp.variants[k] as Spread).median.toFixed(1)).join(' / '), '', `the package's own modules ≈ ${imp.ownModulesMs.median.toFixed(1)} ms on top`);
  row('cold ESM import, CPU profile (ms)', Object.entries(profile).map(([k, v]) => `${k} ${v.median.toFixed(1)}`).join('; '), '', 'zod called by the package = schemas built at import; node = start-up, loading, compiling, GC');
  row('cold import per subpath, ESM (ms)', areas.map((a) => `${a} ${(imp.variants[`esm: praca-socjalna/${a}`] as Spread).median.toFixed(0)}`).join(', '), '', '');
  return importResult;
}

// (f) Bundle sizes
async function partF() {
  log('(f) bundle sizes…');
  const bundle = await bundleSizes();
  const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
  const whole = bundle['whole package'] as (typeof bundle)[string];
  row('bundle, whole package, deps external (min+gz)', kb(whole.external.gzipBytes), '< 25 kB', met(whole.external.gzipBytes < 25_000));
  row('bundle, whole package, deps included (min+gz)', kb(whole.included.gzipBytes), '', '');
  for (const [name, s] of Object.entries(bundle)) {
    if (name === 'whole package') continue;
    row(`bundle, ${name} alone: external / included (min+gz)`, `${kb(s.external.gzipBytes)} / ${kb(s.included.gzipBytes)}`, '< 60 kB included', met(s.included.gzipBytes < 60_000));
  }
  return bundle;
}

// (g) Agenda of a whole centre, on case states built once
async function partG() {
  log(`(g) agenda of ${cfg.agendaCases} cases × ${cfg.agendaEvents} events…`);
  const a = await agendaOfCentre(sdk, { cases: cfg.agendaCases, events: cfg.agendaEvents, rounds: cfg.rounds });
  row(`agenda, ${a.cases} cases × ${a.eventsPerCase} events, the head (ms)`, fmtSpread(a.headMs, 1), '< 100 ms', `${met(a.headMs.median < 100)}; ${a.items.head} items`);
  row(`agenda, the same, for assistant ${agendaActor.id} (ms)`, fmtSpread(a.assistantMs, 2), '< 100 ms', `${met(a.assistantMs.median < 100)}; ${a.items.assistant} items`);
  return a;
}

// (h) compareUnder over a centre's households, parsed once
function partH() {
  log(`(h) compareUnder on ${cfg.compareN} households…`);
  const c = compareUnderCentre(sdk, { households: cfg.compareN, rounds: cfg.compareRounds });
  row(`compareUnder, ${c.households} households, two laws (s)`, `${fmtSpread(c.seconds, 2)}; ${c.usPerHousehold.toFixed(1)} µs a household`, 'seconds', `${met(c.seconds.median < 10)} (< 10 s); parsing them once took ${c.parseSeconds.toFixed(1)} s`);
  return c;
}

// --only=a,c runs some parts (to re-measure after a change); the figures go to a temporary file, since
// bench/results.json always holds a complete run
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',') ?? null;
const want = (part: string) => only === null || only.includes(part);
const eligibility = want('a') ? await partA() : null;
const replay10k = want('b') ? await partB() : null;
const scaling = want('c') ? await partC() : null;
const bulk1M = want('d') ? await partD() : null;
const importResult = want('e') ? await partE() : null;
const bundle = want('f') ? await partF() : null;
const agendaResult = want('g') ? await partG() : null;
const compareResult = want('h') ? partH() : null;

const results = {
  date: startedAt, quick, machine: { ...machine(), loadAverageAtStart: loadAtStart },
  method: 'built dist/; variants interleaved in rounds, ratios paired per round; medians with min–max; ratios are times faster (> 1: the SDK is faster)',
  eligibility, replay10k, scaling, bulk1M, import: importResult, bundle, agenda: agendaResult, compareUnder: compareResult,
};
// --quick proves the bench runs; its figures mean nothing, so they stay out of the repository
const out = quick || only ? join(tmpdir(), `praca-socjalna-bench.${quick ? 'quick' : 'partial'}.json`) : join(root, 'bench/results.json');
writeFileSync(out, `${JSON.stringify(results, (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? round(v, 4) : v), 2)}\n`);

const header = ['measure', 'SDK (median, min–max)', 'target', 'status / note'];
const m = results.machine;
process.stdout.write(`\nMachine: ${m.cpu}, ${m.cores} cores, Node ${m.node}, load average ${loadAtStart.join(' ')} at the start, ${m.loadAverage.join(' ')} at the end; ${startedAt}${quick ? ' (--quick: figures meaningless)' : ''}\n\n`);
process.stdout.write(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n\nWritten: ${quick || only ? out : 'bench/results.json'}\n\n`);
