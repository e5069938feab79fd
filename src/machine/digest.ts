/**
 * @internal A fingerprint of an event's content: FNV-1a (64 bits, as two 32-bit halves) fed by a walk
 * of the value with the keys of every object sorted, so the order in which a caller wrote the fields
 * does not matter. Strings are fed with their length, so no two different values feed the same
 * sequence. No intermediate text is built: one pass, no garbage. Used to tell a redelivered event from
 * a different event that reuses an id; not a security hash.
 */
export function digestOf(value: unknown): string {
  const h = new Int32Array([0x811c9dc5 | 0, 0x01000193]);
  walk(value, h);
  return ((h[0] as number) >>> 0).toString(16).padStart(8, '0') + ((h[1] as number) >>> 0).toString(16).padStart(8, '0');
}

function feedText(s: string, h: Int32Array): void {
  let a = Math.imul((h[0] as number) ^ s.length, 0x01000193);
  let b = Math.imul((h[1] as number) ^ s.length, 0x5bd1e995);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  h[0] = a;
  h[1] = b;
}

function feed(c: number, h: Int32Array): void {
  h[0] = Math.imul((h[0] as number) ^ c, 0x01000193);
  h[1] = Math.imul((h[1] as number) ^ c, 0x5bd1e995);
}

function walk(v: unknown, h: Int32Array): void {
  if (typeof v === 'string') {
    feed(1, h);
    feedText(v, h);
  } else if (typeof v === 'number') {
    feed(2, h);
    feedText(String(v), h);
  } else if (typeof v === 'boolean') {
    feed(v ? 3 : 4, h);
  } else if (v === null || v === undefined) {
    feed(5, h);
  } else if (Array.isArray(v)) {
    feed(6, h);
    feed(v.length, h);
    for (let i = 0; i < v.length; i++) walk(v[i], h);
  } else if (typeof v === 'object') {
    const record = v as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length > 1) keys.sort();
    feed(7, h);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      const item = record[k];
      if (item === undefined) continue;
      feedText(k, h);
      walk(item, h);
    }
    feed(8, h);
  } else {
    feed(9, h);
  }
}

/** @internal One received event: its id and the fingerprint of its content. */
export interface Receipt {
  readonly id: string;
  readonly digest: string;
}

/** @internal Where `id` is, or would go, in receipts sorted by id (binary search: O(log n)). */
export function receiptIndex(receipts: readonly Receipt[], id: string): number {
  let lo = 0;
  let hi = receipts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((receipts[mid] as Receipt).id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** @internal The receipt of `id`, if the stream has one. */
export function findReceipt(receipts: readonly Receipt[], id: string): Receipt | undefined {
  const r = receipts[receiptIndex(receipts, id)];
  return r !== undefined && r.id === id ? r : undefined;
}

/** @internal A copy of the receipts with one more, kept sorted (one array copy: a single step, not a replay). */
export function withReceipt(receipts: readonly Receipt[], receipt: Receipt): Receipt[] {
  const at = receiptIndex(receipts, receipt.id);
  const next = receipts.slice();
  next.splice(at, 0, receipt);
  return next;
}

/** @internal Receipts from a replay's map, sorted once at the end. */
export function sortedReceipts(byId: ReadonlyMap<string, string>): Receipt[] {
  const out: Receipt[] = [];
  for (const [id, digest] of byId) out.push({ id, digest });
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
