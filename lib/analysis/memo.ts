/**
 * A memo for the analyzer's pure, text-keyed steps. The panel assesses again on every keystroke
 * and on every new message, and most of what it reads has not changed since the last time: the
 * earlier messages when one arrives, the draft when the conversation moves. Bounded, so a long
 * session cannot grow it; past the limit it starts over (cheap, and rare).
 */
export function memoize<A, V>(
  limit: number,
  keyOf: (input: A) => string,
  compute: (input: A) => V,
): (input: A) => V {
  let entries = new Map<string, V>();
  return (input) => {
    const key = keyOf(input);
    const hit = entries.get(key);
    if (hit !== undefined) return hit;
    const value = compute(input);
    if (entries.size >= limit) entries = new Map();
    entries.set(key, value);
    return value;
  };
}
