/**
 * @internal A fingerprint of an event's content: two 32-bit FNV-style lanes (64 bits) over a walk of the
 * value. The fields of an object are hashed each from the same seed and summed, so the order in which a
 * caller wrote them does not matter and no keys are sorted; arrays are hashed in order; strings with
 * their length, so no two different values feed the same sequence. No text is built. Used to tell a
 * redelivered event from a different event that reuses an id; not a security hash.
 */
export function digestOf(value: unknown): string {
  const out = new Int32Array(2);
  hash(value, 0x811c9dc5 | 0, 0x01000193, out);
  return ((out[0] as number) >>> 0).toString(16).padStart(8, '0') + ((out[1] as number) >>> 0).toString(16).padStart(8, '0');
}

const A = 0x01000193;
const B = 0x5bd1e995;

function text(s: string, a0: number, b0: number, out: Int32Array): void {
  let a = Math.imul(a0 ^ s.length, A);
  let b = Math.imul(b0 ^ s.length, B);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, A);
    b = Math.imul(b ^ c, B);
  }
  out[0] = a;
  out[1] = b;
}

function hash(v: unknown, a: number, b: number, out: Int32Array): void {
  if (typeof v === 'string') return text(v, Math.imul(a ^ 1, A), Math.imul(b ^ 1, B), out);
  if (typeof v === 'number') return text(String(v), Math.imul(a ^ 2, A), Math.imul(b ^ 2, B), out);
  if (typeof v === 'boolean' || v === null || v === undefined || typeof v !== 'object') {
    const tag = v === true ? 3 : v === false ? 4 : v === null || v === undefined ? 5 : 9;
    out[0] = Math.imul(a ^ tag, A);
    out[1] = Math.imul(b ^ tag, B);
    return;
  }
  if (Array.isArray(v)) {
    let x = Math.imul(a ^ (6 + v.length * 16), A);
    let y = Math.imul(b ^ (6 + v.length * 16), B);
    for (let i = 0; i < v.length; i++) {
      hash(v[i], x, y, out);
      x = out[0] as number;
      y = out[1] as number;
    }
    out[0] = x;
    out[1] = y;
    return;
  }
  const record = v as Record<string, unknown>;
  const seedA = Math.imul(a ^ 7, A);
  const seedB = Math.imul(b ^ 7, B);
  let sumA = 0;
  let sumB = 0;
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const item = record[k];
    if (item === undefined) continue;
    text(k, seedA, seedB, out);
    hash(item, out[0] as number, out[1] as number, out);
    // a second mixing round, so that summing the fields cannot cancel a swap of values between them
    sumA = (sumA + Math.imul((out[0] as number) ^ ((out[0] as number) >>> 15), 0x2c1b3c6d)) | 0;
    sumB = (sumB + Math.imul((out[1] as number) ^ ((out[1] as number) >>> 13), 0x297a2d39)) | 0;
  }
  out[0] = Math.imul(seedA ^ sumA, A) ^ 8;
  out[1] = Math.imul(seedB ^ sumB, B) ^ 8;
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
