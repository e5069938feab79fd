import fc from 'fast-check';

/** Values that break naive code: wrong types, extremes, prototype keys, malformed dates, long strings. */
export const weird: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null, undefined, true, 0, -0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53, 1e308,
    '', ' ', '__proto__', 'constructor', 'prototype', 'toString', '0000-01-01', '9999-12-31', '10000-01-01', '2025-02-30', '2025-04-31',
    '16.04.2025', '2018-9-30', '1899-12-31', '2199-12-31', '2200-01-01', '2025-13', '0000-01', '9999-12', 'NaN', '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>', '44051401359', [], {}, [null], { __proto__: null }, '.'.repeat(5000) + 'x', ' '.repeat(5000) + 'x',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
);

/** Random JSON-like values, with prototype keys among the object keys. */
export const randomJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, weird, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'type', 'payload', 'date'), fc.string({ maxLength: 6 })), tie('value')), { maxLength: 4 })
    .map((pairs) => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of pairs) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
      return o;
    }),
})).value;

type Path = readonly (string | number)[];

function paths(value: unknown, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  if (depth > 8 || out.length > 400) return out;
  if (Array.isArray(value)) value.forEach((v, i) => { out.push([...prefix, i]); paths(v, [...prefix, i], out, depth + 1); });
  else if (value !== null && typeof value === 'object') {
    for (const k of Object.keys(value)) { out.push([...prefix, k]); paths((value as Record<string, unknown>)[k], [...prefix, k], out, depth + 1); }
  }
  return out;
}

function setAt(root: unknown, path: Path, op: 'replace' | 'delete' | 'protoKey', replacement: unknown): unknown {
  const copy = structuredClone(root);
  if (path.length === 0) return replacement;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (op === 'delete' && !Array.isArray(parent)) delete parent[last];
  else if (op === 'protoKey' && typeof parent[last] === 'object' && parent[last] !== null) {
    Object.defineProperty(parent[last], '__proto__', { value: { polluted: 1 }, enumerable: true, writable: true, configurable: true });
  } else parent[last] = replacement;
  return copy;
}

/** One field of a valid value changed: replaced by a weird value, deleted, or given a `__proto__` key. */
export function mutated<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), fc.constantFrom('replace', 'replace', 'delete', 'protoKey') as fc.Arbitrary<'replace' | 'delete' | 'protoKey'>, weird).map(([v, n, op, w]) => {
    const all = paths(v);
    if (all.length === 0) return w;
    return setAt(v, all[n % all.length] as Path, op, w);
  });
}

/** The inputs of a validated function of one argument: valid, mutated, random JSON. */
export function anyInput<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: valid as fc.Arbitrary<unknown> }, { weight: 4, arbitrary: mutated(valid) }, { weight: 2, arbitrary: randomJson });
}

/** Stream mutations: reorder, duplicate, drop, append another case's events, redeliver an event later (as it was, or changed under its id), mutate one event. */
export function streamMutations<T>(streams: fc.Arbitrary<readonly T[]>, foreign: readonly T[]): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    streams.map((s) => [...s]),
    fc.tuple(streams, fc.nat(), fc.nat()).map(([s, i, j]) => {
      const out = [...s];
      if (out.length > 1) { const a = i % out.length; const b = j % out.length; [out[a], out[b]] = [out[b] as T, out[a] as T]; }
      return out;
    }),
    fc.tuple(streams, fc.nat()).map(([s, i]) => (s.length === 0 ? [] : [...s.slice(0, (i % s.length) + 1), s[i % s.length], ...s.slice((i % s.length) + 1)])),
    fc.tuple(streams, fc.nat()).map(([s, i]) => s.filter((_, k) => s.length === 0 || k !== i % s.length)),
    fc.tuple(streams, fc.nat()).map(([s, i]) => [...s.slice(0, i % (s.length + 1)), ...foreign.slice(0, 3)]),
    fc.tuple(streams, fc.nat()).chain(([s, i]) => (s.length === 0 ? fc.constant([] as unknown[]) : mutated(fc.constant(s[i % s.length])).map((m) => s.map((e, k) => (k === i % s.length ? m : e))))),
    fc.tuple(streams, fc.nat()).map(([s, i]) => (s.length === 0 ? [] : [...s, s[i % s.length]])),
    fc.tuple(streams, fc.nat()).chain(([s, i]) => (s.length === 0 ? fc.constant([] as unknown[]) : mutated(fc.constant(s[i % s.length])).map((m) => [...s, m]))),
    fc.array(randomJson, { maxLength: 3 }),
    weird.map((w) => w as unknown[]),
  );
}
