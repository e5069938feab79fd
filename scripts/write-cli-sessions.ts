/**
 * Rewrites the outputs of the `praca-socjalna` sessions shown in docs/integration.md from real runs on
 * examples/cli/ (test/cli.test.ts checks they agree). Run after a change of shapes or wording:
 *   npx tsx scripts/write-cli-sessions.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../bin/run.js';

const docPath = new URL('../docs/integration.md', import.meta.url).pathname;
const examples = new URL('../examples/cli/', import.meta.url).pathname;
const schemasDir = new URL('../schemas/', import.meta.url).pathname;

const doc = readFileSync(docPath, 'utf8').replace(/```console\n\$ praca-socjalna (.*)\n[\s\S]*?\[exit \d\]\n```/g, (_block, command: string) => {
  let output = '';
  const args = command.split(' ').map((a) => (a.endsWith('.json') ? join(examples, a) : a));
  const code = run(args, { stdout: (t) => (output += t), stderr: (t) => (output += t) }, schemasDir);
  return `\`\`\`console\n$ praca-socjalna ${command}\n${output.replaceAll(examples, '')}[exit ${code}]\n\`\`\``;
});
writeFileSync(docPath, doc);
console.log('docs/integration.md: CLI sessions rewritten');
