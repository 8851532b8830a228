/**
 * A function of one key, remembered: the value for each key is made once and kept, up to `kept` keys (the oldest
 * goes first). For figure work that depends on one setting only (a law, a slider's position), so a slider drag reads
 * it instead of recomputing it. Keys compare as Map keys do: numbers and strings by value, objects by identity.
 * Example: const curvesOf = memo((law: LawKey) => isoflopCurves(LAWS[law], budgets)); curvesOf('hoffmann2022').
 */
export function memo<K, V>(make: (key: K) => V, kept = 64): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    if (cache.size >= kept) cache.delete(cache.keys().next().value as K);
    const value = make(key);
    cache.set(key, value);
    return value;
  };
}
