#!/usr/bin/env node
/** The `praca-socjalna` command: see bin/run.ts and `praca-socjalna --help`. */
import { run } from './run.js';

// Built to dist/, beside the package's schemas/ directory; run from bin/ in the repository, the same.
const schemasDir = new URL('../schemas/', import.meta.url).pathname;
process.exitCode = run(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }, schemasDir);
