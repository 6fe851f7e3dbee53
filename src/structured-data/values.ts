import { devWarning } from '../internal/devWarning';
import { parseDate, type DateInput } from '../internal/dates';
import { safeHref } from '../internal/safeHref';

/** Name used in development warnings. */
export const BUILDER = 'buildArticleGraph';

/** Trimmed text, or `undefined` when there is none; a non-string warns. */
export function text(value: unknown, prop: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    if (process.env.NODE_ENV !== 'production') devWarning(BUILDER, prop, `should be a string, got ${typeof value}; it is left out.`);
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The canonical URL without its fragment, or `null` when it is not an absolute http(s) URL. */
export function canonicalUrl(value: unknown): string | null {
  if (typeof value !== 'string' || safeHref(value) === null) return null;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/**
 * An absolute http(s) URL for a link the page shows, resolved against the
 * page's URL. Unsafe or unusable URLs warn and give `undefined`. Without a
 * base, a relative URL stays relative (JSON-LD resolves it against the page).
 */
export function absoluteUrl(value: unknown, base: string | null, prop: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const safe = safeHref(value);
  if (safe === null) {
    if (process.env.NODE_ENV !== 'production') devWarning(BUILDER, prop, `"${String(value)}" is not a safe URL; it is left out.`);
    return undefined;
  }
  try {
    const url = base === null ? new URL(safe) : new URL(safe, base);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    if (base === null && !/^[a-z][a-z0-9+.-]*:/i.test(safe)) return safe;
  }
  if (process.env.NODE_ENV !== 'production') devWarning(BUILDER, prop, `"${String(value)}" is not a web address; it is left out.`);
  return undefined;
}

/** An ISO date (`2026-03-04`) or instant for a `DateInput`; invalid dates warn and give `undefined`. */
export function isoDate(value: DateInput | undefined, prop: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const parsed = parseDate(value);
  if (parsed === null) {
    if (process.env.NODE_ENV !== 'production') devWarning(BUILDER, prop, `"${String(value)}" is not a valid date; it is left out.`);
    return undefined;
  }
  return parsed.dateTime;
}

/** A list from one value or many. */
export function toList<T>(value: T | T[] | undefined | null): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** One value alone, several as an array, none as `undefined`: never an empty array. */
export function oneOrMany<T>(values: T[]): T | T[] | undefined {
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}

/**
 * A copy without `undefined` values, so the graph never carries empty
 * properties (strings and arrays are already `undefined` when empty).
 */
export function defined<T extends object>(node: T): T {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined)) as T;
}
