/**
 * A URL-fragment-friendly slug: lower case, letters and digits of any script
 * kept, everything else collapsed to single hyphens. Accents are dropped from
 * Latin letters so "Qué es" becomes "que-es"; Arabic or Greek headings keep
 * their letters (valid in HTML ids and fragments).
 */
export function slugify(text: string, fallback = 'section'): string {
  const slug = text
    // Drop only the Latin combining accents, then recompose: NFKD alone would
    // strip marks that are part of letters in other scripts (Arabic hamza).
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

export interface Slugger {
  /** A slug for `text` that this slugger has not returned before. */
  slug(text: string, fallback?: string): string;
  /**
   * Reserves an id given by an author so generated slugs never collide with it.
   * Spaces become hyphens (an id cannot hold whitespace); an empty id becomes
   * `fallback`; a repeated one gets a number.
   */
  reserve(id: string, fallback?: string): string;
}

/**
 * An author's id as a valid HTML id: trimmed, with runs of whitespace turned
 * into hyphens (an id cannot hold whitespace, and ARIA id lists split on it).
 */
export function idToken(id: string): string {
  return id.trim().replace(/\s+/g, '-');
}

/**
 * Makes unique slugs in order: "Risks", "Risks" gives `risks`, `risks-2`.
 * Pure and deterministic, so the server and the browser agree on every id.
 */
export function createSlugger(): Slugger {
  const used = new Set<string>();
  const claim = (base: string): string => {
    let candidate = base;
    for (let n = 2; used.has(candidate); n += 1) candidate = `${base}-${n}`;
    used.add(candidate);
    return candidate;
  };
  return {
    slug: (text, fallback) => claim(slugify(text, fallback)),
    reserve: (id, fallback = 'section') => claim(idToken(id) || fallback),
  };
}
