/**
 * @internal A fingerprint of a validated event: FNV-1a (64 bits, as two 32-bit halves) over its JSON.
 * Validated events are built by strict schemas, so their keys always come in the schema's order and the
 * same content always gives the same JSON. Used to tell a redelivered event from a different event that
 * reuses an id; not a security hash.
 */
export function digestOf(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
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
