/**
 * @internal A value from a map by an own key only: a key such as `constructor`, `toString` or `__proto__`,
 * from JavaScript or from stored data, finds nothing instead of what `Object.prototype` holds. One lookup
 * for every catalogue of words.
 */
export function ownValue<V>(map: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
