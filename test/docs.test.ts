import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messagesEn } from '../src/issues/messages.en.js';

describe('docs', () => {
  it('docs/issues.md documents every issue code', () => {
    const doc = readFileSync(new URL('../docs/issues.md', import.meta.url), 'utf8');
    const missing = Object.keys(messagesEn).filter((code) => !doc.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});
