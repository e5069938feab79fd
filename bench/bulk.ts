/**
 * Part (d), run in its own process so its peak RSS is its own: re-verifies generated households after the
 * criteria change of 2025-01-01, on one thread or on worker threads, until `n` households or the time
 * budget, whichever comes first (then the figure for `n` is extrapolated, and says so).
 *
 *   node --import tsx bench/bulk.ts <single|workers> <n> <budgetSeconds>
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { loadSdk } from './lib/sdk.js';
import { sdkPaths } from './eligibility.js';
import { generatedHousehold } from './fixtures/households.js';
import { now } from './lib/stats.js';

interface Slice { readonly from: number; readonly to: number; readonly deadline: number }
interface Done { readonly count: number; readonly eligible: number; readonly path: string; readonly prepareMs: number; readonly decideMs: number }

/** Re-verifies households `from`..`to` until the deadline (epoch ms). */
async function verify(slice: Slice): Promise<Done> {
  const sdk = await loadSdk();
  const paths = sdkPaths(sdk);
  // the fastest complete path the package has: validate, then the amount only; else the full assessment.
  // Households are prepared (generated, then validated as a centre validates them when recorded) in chunks,
  // timed apart from deciding: re-verifying after a criteria change runs on data validated long before.
  const amount = paths.amount;
  const chunk = 4096;
  let count = 0;
  let eligible = 0;
  let prepareMs = 0;
  let decideMs = 0;
  for (let start = slice.from; start < slice.to; start += chunk) {
    const t0 = now();
    const batch: unknown[] = [];
    for (let i = start; i < Math.min(slice.to, start + chunk); i++) batch.push(amount ? paths.parse(generatedHousehold(i)) : generatedHousehold(i));
    const t1 = now();
    if (amount) for (const x of batch) eligible += amount(x) !== null ? 1 : 0;
    else for (const x of batch) eligible += paths.assess(x).status === 'eligible' ? 1 : 0;
    const t2 = now();
    prepareMs += t1 - t0;
    decideMs += t2 - t1;
    count += batch.length;
    if (Date.now() > slice.deadline) break;
  }
  return { count, eligible, path: amount ? 'parse, then eligibleAmount' : 'assessEligibility', prepareMs, decideMs };
}

if (!isMainThread) {
  parentPort?.postMessage(await verify(workerData as Slice));
} else {
  const [mode = 'single', nArg = '1000000', budgetArg = '60'] = process.argv.slice(2);
  const n = Number(nArg);
  const deadline = Date.now() + Number(budgetArg) * 1000;
  const t0 = now();
  let results: Done[];
  let threads = 1;
  if (mode === 'single') {
    results = [await verify({ from: 0, to: n, deadline })];
  } else {
    threads = availableParallelism();
    const per = Math.ceil(n / threads);
    // a worker does not inherit the TypeScript loader on Node 20: it registers it, then loads this file
    const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
    results = await Promise.all(Array.from({ length: threads }, (_, k) => new Promise<Done>((resolve, reject) => {
      const w = new Worker(boot, { eval: true, workerData: { from: k * per, to: Math.min(n, (k + 1) * per), deadline } satisfies Slice });
      w.once('message', resolve);
      w.once('error', reject);
    })));
  }
  const seconds = (now() - t0) / 1000;
  const count = results.reduce((s, r) => s + r.count, 0);
  process.stdout.write(`${JSON.stringify({
    mode, threads, households: count, complete: count >= n, seconds,
    secondsFor: n, secondsForN: count >= n ? seconds : (seconds * n) / Math.max(count, 1),
    eligible: results.reduce((s, r) => s + r.eligible, 0),
    peakMB: process.resourceUsage().maxRSS / 1024, path: results[0]?.path,
    // per thread, summed: what preparing (generate + validate) and deciding cost, scaled to n
    prepareSecondsForN: (results.reduce((s, r) => s + r.prepareMs, 0) / 1000) * (n / Math.max(count, 1)),
    decideSecondsForN: (results.reduce((s, r) => s + r.decideMs, 0) / 1000) * (n / Math.max(count, 1)),
  })}\n`);
}
