/** Characters that could end the script element, start markup, or break old JavaScript parsers. */
const UNSAFE = /[<>&\u2028\u2029]/g;

const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/ld+json">` element: `JSON.stringify`,
 * then `<`, `>`, `&`, U+2028 and U+2029 written as `\u` escapes. Those
 * characters can only occur inside JSON strings, where the escape means the
 * same character, so `JSON.parse` gives back exactly the input, and no
 * content can close the element (`</script>`), open a comment (`<!--`) or add
 * markup.
 *
 * A value `JSON.stringify` cannot write (`undefined`, a function) gives
 * `"null"`; a circular structure or a BigInt throws, as `JSON.stringify` does.
 */
export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) return 'null';
  return json.replace(UNSAFE, (char) => ESCAPES[char] ?? char);
}
