/**
 * A memo for pure functions of a string that a server calls with the same few
 * values request after request (dates, page URLs): at most `limit` entries, then
 * cleared, so a long-running process stays small (decision 0018).
 */
export function rememberByString<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const values = new Map<string, V>();
  return (key) => {
    if (values.has(key)) return values.get(key) as V;
    const value = compute(key);
    if (values.size >= limit) values.clear();
    values.set(key, value);
    return value;
  };
}
