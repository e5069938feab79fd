import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'praca-socjalna': 'bin/praca-socjalna.ts' },
  format: ['esm', 'cjs'],
  // TypeScript 6 deprecates options tsup's dts build still sets; this silences them for that build only.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
