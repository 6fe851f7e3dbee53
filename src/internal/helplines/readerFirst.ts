import { helplineCountry } from '../../helplines/lines';
import type { Helpline } from '../../helplines/types';

/** A two-letter place code as written by a publisher or a CDN ("gb", "UK", "us"): upper case, `UK` read as `GB`. */
export function placeCode(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const code = value.trim().toUpperCase();
  if (code === 'UK') return 'GB';
  return /^[A-Z]{2}$/.test(code) ? code : null;
}

/** A `country` prop as a list of codes (one code or several); anything else gives none. */
export function countryList(country: unknown): string[] {
  if (typeof country === 'string') return [country];
  return Array.isArray(country) ? country.filter((code): code is string => typeof code === 'string') : [];
}

/**
 * The lines with the reader's country first: those whose `country` (or a `region`
 * written as a code, such as "UK") is one of `readers`, in `readers`' order; the
 * others after them as given. A line for the `EU` comes first for a reader in a
 * member state. Nothing is dropped; with no reader country the order is the
 * author's.
 */
export function readerFirst<Line extends Helpline>(lines: readonly Line[], readers: readonly string[]): Line[] {
  const codes = readers.map(placeCode).filter((code): code is string => code !== null);
  if (codes.length === 0) return [...lines];
  const rank = (line: Line) => {
    const place = placeCode(line.country) ?? placeCode(line.region);
    if (place === null) return codes.length;
    const index = codes.findIndex((code) => code === place || (place === 'EU' && helplineCountry(code) === 'EU'));
    return index < 0 ? codes.length : index;
  };
  // Array.prototype.sort is stable: lines of one rank keep the author's order.
  return lines
    .map((line) => ({ line, rank: rank(line) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ line }) => line);
}
