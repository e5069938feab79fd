/**
 * npm run bench — the SDK's speed beside what a vendor would otherwise use, on the built package (`dist/`),
 * with every compared variant interleaved in rounds and ratios paired per round (the machine may be
 * shared and noisy). Prints a Markdown table and writes bench/results.json. Ratios are "times faster":
 * above 1 the SDK is faster.
 *
 *   npm run bench            the full run (several minutes)
 *   npm run bench -- --quick everything tiny, only to prove the bench still runs (CI)
 *   npm run bench -- --only=a,c  some parts: (a) eligibility, (b) replay, (c) scaling, (d) bulk,
 *                            (e) cold import, (f) bundle sizes
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

const quick = process.argv.includes('--quick');
const cfg = quick
  ? { rounds: 2, targetMs: 10, check: 50, replayN: 1000, sizes: [250, 500, 1000], scalingRounds: 1, scalingBudgetMs: 2000, bulkN: 2000, bulkBudget: 5, importRounds: 2 }
  : { rounds: 9, targetMs: 150, check: 2000, replayN: 10_000, sizes: [1000, 2000, 4000, 8000, 16_000, 64_000], scalingRounds: 5, scalingBudgetMs: 30_000, bulkN: 1_000_000, bulkBudget: 90, importRounds: 15 };
const areas = ['law', 'case', 'process', 'eligibility', 'contract', 'breach', 'interview'];

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
  const fastName = paths.amount ? 'eligibleAmount' : paths.validated ? 'assessValidatedEligibility' : null;
  const eligibility = {
    household: '3 persons, 6 income items, periodic allowance, full trace',
    agreement,
    opsPerSec: round(1000 / spread(sdkMs).median, 0),
    msPerCall: Object.fromEntries(Object.entries(e).map(([k, v]) => [k, spread(v)])),
    vsJsonRulesEngine: pairedRatio(e['jsonRulesEngine'] as number[], sdkMs),
    vsFloor: pairedRatio(e['floor'] as number[], sdkMs),
    fastPath: fastName
      ? { name: fastName, opsPerSec: round(1000 / spread(e[fastName] as number[]).median, 0), vsFloor: pairedRatio(e['floor'] as number[], e[fastName] as number[]), vsJsonRulesEngine: pairedRatio(e['jsonRulesEngine'] as number[], e[fastName] as number[]) }
      : null,
  };
  row('eligibility, assessEligibility (ops/s)', String(eligibility.opsPerSec), '', 'validated, full trace');
  row('eligibility vs json-rules-engine (× faster)', fmtSpread(eligibility.vsJsonRulesEngine), '≥ 50×', met(eligibility.vsJsonRulesEngine.median >= 50));
  const slowerThanFloor = pairedRatio(sdkMs, e['floor'] as number[]);
  row('eligibility vs hand-written floor', `${fmtSpread(slowerThanFloor, 0)} × slower`, '', 'the full validated path; results.json keeps times faster');
  if (eligibility.fastPath) {
    const f = eligibility.fastPath;
    row(`eligibility fast path ${f.name}: ops/s; vs floor`, `${f.opsPerSec}; ${fmtSpread(pairedRatio(e[f.name] as number[], e['floor'] as number[]), 1)} × slower`, '≤ 3× slower', met(f.vsFloor.median >= 1 / 3));
    row(`eligibility fast path ${f.name} vs json-rules-engine (× faster)`, fmtSpread(f.vsJsonRulesEngine), '≥ 50×', met(f.vsJsonRulesEngine.median >= 50));
  } else row('eligibility fast path vs floor', 'not in the package yet', '≤ 3× slower', 'missed');
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
  row(`replay ${rp.events} events, validated (ms)`, fmtSpread(rp.validatedMs, 1), '< 10 ms', met(rp.validatedMs.median < 10));
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
  const scaling = {
    replay: replayScale,
    eligibilityByIncomeItems: Object.fromEntries(Object.entries(eligScale).map(([k, v]) => [k, spread(v)])),
    transitionOnLongCase: transitionLong,
  };
  type ScaleRow = NonNullable<typeof replayScale.validated>[number];
  const doublings = (t: readonly ScaleRow[]) => t.map((s) => (s.ratioPerDoubling === null ? '' : `${s.events / 1000}k ${s.ratioPerDoubling.toFixed(2)}`)).filter(Boolean).join(', ');
  const linear = (t: readonly ScaleRow[]) => met(t.every((s) => s.ratioPerDoubling === null || s.ratioPerDoubling < 2.4));
  row('replay time ratio per doubling of the case (validated)', doublings(replayScale.validated ?? []), '≈ 2.00 (linear)', linear(replayScale.validated ?? []));
  if (replayScale.trusted) row('replay time ratio per doubling (trusted)', doublings(replayScale.trusted), '≈ 2.00 (linear)', linear(replayScale.trusted));
  row('replay, largest case (ms)', (replayScale.validated ?? []).slice(-1).map((s) => `${s.events / 1000}k events: ${s.ms.median.toFixed(0)} ms, ${s.usPerEvent.toFixed(0)} µs/event`).join(''), '', '');
  row('eligibility by income items 1 / 10 / 100 (ms)', ['1', '10', '100'].map((k) => spread(eligScale[k] as number[]).median.toFixed(3)).join(' / '), 'linear');
  row(`transition on a ${transitionLong.events}-event case: newest / older state (ms)`, `${transitionLong.newestMs.median.toFixed(3)} / ${transitionLong.olderMs.median.toFixed(3)}`, '', 'older = the state half-way through the same chain');
  return scaling;
}

// (d) Bulk, each mode in its own process so the peak RSS is its own
async function partD() {
  log(`(d) bulk: ${cfg.bulkN} households, at most ${cfg.bulkBudget} s per mode…`);
  const bulkRun = (mode: string) =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'bench/bulk.ts', mode, String(cfg.bulkN), String(cfg.bulkBudget)], { cwd: root, encoding: 'utf8' })) as {
      threads: number; households: number; complete: boolean; seconds: number; secondsForN: number; eligible: number; peakMB: number; path: string;
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
    workers: [{ threads: workers.threads, seconds: round(workers.secondsForN, 1), measured: { households: workers.households, seconds: round(workers.seconds, 1), extrapolated: !workers.complete }, peakMB: round(workers.peakMB, 0), speedUp: round(single.secondsForN / workers.secondsForN) }],
  };
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

const results = {
  date: startedAt, quick, machine: { ...machine(), loadAverageAtStart: loadAtStart },
  method: 'built dist/; variants interleaved in rounds, ratios paired per round; medians with min–max; ratios are times faster (> 1: the SDK is faster)',
  eligibility, replay10k, scaling, bulk1M, import: importResult, bundle,
};
// --quick proves the bench runs; its figures mean nothing, so they stay out of the repository
const out = quick || only ? join(tmpdir(), `praca-socjalna-bench.${quick ? 'quick' : 'partial'}.json`) : join(root, 'bench/results.json');
writeFileSync(out, `${JSON.stringify(results, (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? round(v, 4) : v), 2)}\n`);

const header = ['measure', 'SDK (median, min–max)', 'target', 'status / note'];
const m = results.machine;
process.stdout.write(`\nMachine: ${m.cpu}, ${m.cores} cores, Node ${m.node}, load average ${loadAtStart.join(' ')} at the start, ${m.loadAverage.join(' ')} at the end; ${startedAt}${quick ? ' (--quick: figures meaningless)' : ''}\n\n`);
process.stdout.write(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n\nWritten: ${quick || only ? out : 'bench/results.json'}\n\n`);
