import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { parseWith } from './fromZod.js';

describe('parseWith', () => {
  const schema = z.strictObject({ asOf: z.string(), size: z.int() });

  it('parses valid input once and gives the data', () => {
    expect(parseWith(schema, { asOf: '2025-03-01', size: 2 })).toEqual({ ok: true, value: { asOf: '2025-03-01', size: 2 } });
  });

  it('says what type was received when it refuses (the refused input is parsed again to report it), never the value', () => {
    const r = parseWith(schema, { asOf: 20250301, size: 'dwa' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((i) => i.path)).toEqual([['asOf'], ['size']]);
    const details = r.error.map((i) => ('detail' in i ? (i.detail as { en: string }).en : ''));
    expect(details[0]).toMatch(/received number/);
    expect(details.join(' ')).not.toMatch(/20250301|dwa/);
  });
});
