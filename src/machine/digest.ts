/** @internal JSON with the keys of every object sorted, so that the same content always gives the same text. */
function canonical(value: unknown, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      canonical(value[i], out);
    }
    out.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  out.push('{');
  let first = true;
  for (const k of keys) {
    if (record[k] === undefined) continue;
    if (!first) out.push(',');
    first = false;
    out.push(JSON.stringify(k), ':');
    canonical(record[k], out);
  }
  out.push('}');
}

/**
 * @internal A fingerprint of an event's content: FNV-1a (64 bits, as two 32-bit halves) over its JSON
 * with sorted keys, so the order in which a caller wrote the fields does not matter. Used to tell a
 * redelivered event from a different event that reuses an id; not a security hash.
 */
export function digestOf(value: unknown): string {
  const parts: string[] = [];
  canonical(value, parts);
  const text = parts.join('');
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
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
