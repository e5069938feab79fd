/**
 * The built package, as a vendor loads it: `dist/`, never the TypeScript sources. Typed by the sources'
 * declarations only (a type-only import), so the bench type-checks before a build.
 */
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Sdk = typeof import('../../src/index.js');

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const distEsm = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
export const distCjs = fileURLToPath(new URL('../../dist/index.cjs', import.meta.url));

export async function loadSdk(): Promise<Sdk> {
  return (await import(pathToFileURL(distEsm).href)) as Sdk;
}

export function requireSdk(): Sdk {
  return createRequire(import.meta.url)(distCjs) as Sdk;
}

/** A function the SDK may or may not export yet (fast paths added by other work): found by name. */
export function optional<F extends (...args: never[]) => unknown>(sdk: Sdk, name: string): F | undefined {
  const f = (sdk as unknown as Record<string, unknown>)[name];
  return typeof f === 'function' ? (f as F) : undefined;
}
