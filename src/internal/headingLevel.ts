import { devWarning } from './devWarning';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;
export type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/**
 * The heading element for a level, clamped to h2–h6 (the page's h1 belongs to
 * the hero). An out-of-range level warns in development and uses the fallback.
 */
export function headingTag(level: number | undefined, fallback: HeadingLevel, component: string, prop = 'headingLevel'): HeadingTag {
  if (level === undefined) return `h${fallback}`;
  if (Number.isInteger(level) && level >= 2 && level <= 6) return `h${level}` as HeadingTag;
  if (process.env.NODE_ENV !== 'production') devWarning(component, prop, `expected 2 to 6, got ${String(level)}; using ${fallback}.`);
  return `h${fallback}`;
}

/** The heading one level below `tag`, never deeper than h6. */
export function subheadingTag(tag: HeadingTag): HeadingTag {
  return `h${Math.min(Number(tag.slice(1)) + 1, 6)}` as HeadingTag;
}
