/**
 * Timing on a shared, noisy machine: compared variants run interleaved in rounds (the order rotating
 * each round), ratios are paired within a round, and every figure is a median with its min–max.
 */
import { cpus, loadavg } from 'node:os';

/** A median with its range, over the rounds. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
}

export function spread(xs: readonly number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return { median, min: s[0] ?? NaN, max: s.at(-1) ?? NaN, n: s.length };
}

export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** Milliseconds per call of `fn`, timed over a batch of `batch` calls. */
export async function msPerCall(fn: () => unknown, batch: number): Promise<number> {
  const t0 = now();
  for (let i = 0; i < batch; i++) {
    const r = fn();
    if (r instanceof Promise) await r;
  }
  return (now() - t0) / batch;
}

/** How many calls of `fn` fill about `targetMs`, from one timed call after a warm-up. */
export async function calibrate(fn: () => unknown, targetMs: number): Promise<number> {
  for (let i = 0; i < 3; i++) await msPerCall(fn, 1);
  const one = await msPerCall(fn, 5);
  return Math.max(1, Math.min(1_000_000, Math.round(targetMs / Math.max(one, 1e-6))));
}

/**
 * Runs the variants interleaved in `rounds` rounds (order rotated every round) and returns, per variant,
 * the milliseconds per call in each round — the same index is the same round, so ratios pair.
 */
export async function interleave(
  variants: Readonly<Record<string, () => unknown>>,
  opts: { readonly rounds: number; readonly targetMs: number },
): Promise<Record<string, number[]>> {
  const names = Object.keys(variants);
  const batches: Record<string, number> = {};
  for (const name of names) batches[name] = await calibrate(variants[name] as () => unknown, opts.targetMs);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < opts.rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + r) % names.length] as string;
      (samples[name] as number[]).push(await msPerCall(variants[name] as () => unknown, batches[name] as number));
    }
  }
  return samples;
}

/** The per-round ratio `slow / fast` (times faster: > 1 means `fast` is faster), paired by round. */
export function pairedRatio(slow: readonly number[], fast: readonly number[]): Spread {
  return spread(slow.map((s, i) => s / (fast[i] as number)));
}

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));
export const fmtSpread = (s: Spread, digits = 2, unit = ''): string =>
  `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
export const roundSpread = (s: Spread, digits = 3): Spread => ({ median: round(s.median, digits), min: round(s.min, digits), max: round(s.max, digits), n: s.n });

/** The machine the figures came from. */
export function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg().map((x) => round(x)),
  };
}
