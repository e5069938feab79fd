/**
 * Rewrites the outputs of the `praca-socjalna` sessions shown in docs/integration.md from real runs on
 * examples/cli/ (test/cli.test.ts checks they agree). Run after a change of shapes or wording:
 *   npx tsx scripts/write-cli-sessions.ts
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../bin/run.js';

const docPath = new URL('../docs/integration.md', import.meta.url).pathname;
const examples = new URL('../examples/cli/', import.meta.url).pathname;
const schemasDir = new URL('../schemas/', import.meta.url).pathname;

// Files the sessions write (--html) go to a scratch directory; "today" is fixed, as in the test.
const scratch = `${mkdtempSync(join(tmpdir(), 'praca-socjalna-sessions-'))}/`;
const clock = { today: () => '2026-02-02', now: () => 0 };
const doc = readFileSync(docPath, 'utf8').replace(/```console\n\$ praca-socjalna (.*)\n[\s\S]*?\[exit \d\]\n```/g, (_block, command: string) => {
  let output = '';
  const args = command.split(' ').map((a) => (a.endsWith('.json') ? join(examples, a) : a.endsWith('.html') ? join(scratch, a) : a));
  const code = run(args, { stdout: (t) => (output += t), stderr: (t) => (output += t) }, schemasDir, clock);
  return `\`\`\`console\n$ praca-socjalna ${command}\n${output.replaceAll(examples, '').replaceAll(scratch, '')}[exit ${code}]\n\`\`\``;
});
rmSync(scratch, { recursive: true, force: true });
writeFileSync(docPath, doc);
console.log('docs/integration.md: CLI sessions rewritten');
