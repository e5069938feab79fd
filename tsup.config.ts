import { defineConfig } from 'tsup';

/**
 * One entry per area, plus the root: `praca-socjalna/law`, `/case`, … let a vendor import one area
 * without loading the others. Keep in step with `exports` in package.json (scripts/check-package.mjs
 * checks both). An area is listed only once its directory exists (`/monitoring` is reserved for
 * src/monitoring).
 */
export const areas = ['law', 'case', 'process', 'eligibility', 'contract', 'breach', 'interview', 'monitoring'] as const;

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    // the command-line tool (package `bin`)
    'praca-socjalna': 'bin/praca-socjalna.ts',
    ...Object.fromEntries(areas.map((area) => [area, `src/${area}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  // TypeScript 6 deprecates options tsup's dts build still sets; this silences them for that build only.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
